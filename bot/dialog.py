"""A chat's short context, and the follow-ups that lean on it.

Each chat (private, a group, the terminal; never inline mode) keeps what a follow-up needs:
the last question searched, the articles its page showed, the article answered from or
read, and the page buttons 下一页/上一页 typed as text turn. It lives in the Store, so any
worker continues the conversation, and expires after TTL seconds of silence.

Follow-ups are recognised by one table, each pattern with the reason it is there. A pattern
must match the whole message (spaces and punctuation around it trimmed, traditional
characters folded). A question that names its own subject matches none and starts afresh.
"""
from __future__ import annotations

import enum
import functools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import opencc

from bot.store import Store

TTL = 30 * 60  # seconds of silence after which a chat's context is forgotten
Pages = dict[bool, str]  # a chat's last page buttons: forward? -> callback data (bot/buttons.py)
Clock = Callable[[], float]


class Follow(enum.Enum):
    """What a follow-up asks."""

    SWAP = "swap"  # the last question about another place or name: 那克拉玛依呢？
    DETAIL = "detail"  # a detail of the last answer's article: 具体是哪天？
    SUMMARY = "summary"  # the summary of the article answered from or read: 这篇讲了什么
    SUMMARY_OF = "summary of"  # the summary of the article about something: 总结一下吐鲁番那篇文章
    HAPPENED = "happened"  # what happened (in a time window): each article with its one-line summary
    BARE = "bare"  # a bare predicate and a question word (吸引了多少游客？): the last article, if it says so
    PUBLISHED = "published"  # when the last answer's article was published: 这篇是什么时候发的
    SOURCE = "source"  # where the last answer's article comes from: 来源是哪里


@dataclass(frozen=True)
class Pattern:
    """One row: what the follow-up asks, its words (a regular expression matched against
    the whole message; a `subject` group names what it is about), and why it is there."""

    follow: Follow
    words: str
    why: str


_ARTICLE = r"(?:这篇|那篇|这条|这个|它|文章|这篇文章|这篇报道|这则新闻|刚才那篇)"
_ITSELF = (r"(?:这篇|那篇|这条|那条|这个|它|这|那|文章|新闻|报道|这篇文章|这篇报道|这则新闻|这条新闻|刚才那篇)?"
           r"(?:是|的)?")  # the article itself, named or not
_WHEN = r"(?:哪年|哪一年|哪个月|几月|哪天|哪一天|几号|几月几[日号]|什么时候|什么时间|何时)"
_PUT_OUT = r"(?:发布|发表|刊发|刊登|刊出|发出|发|登|出|报道|写)"
_WHO = r"(?:哪里|哪儿|哪家|哪个|什么|谁)(?:媒体|网站|报纸|报社|单位|部门)?"
_END = r"(?:呢|啊|呀|吗)?"
TABLE: tuple[Pattern, ...] = (
    Pattern(Follow.PUBLISHED, _ITSELF + r"(?:在)?" + _WHEN + _PUT_OUT + r"的?(?:新闻|文章|报道)?" + _END
            + r"|" + _ITSELF + _WHEN + r"的(?:新闻|文章|报道|消息)" + _END
            + r"|" + _ITSELF + _PUT_OUT + r"(?:时间|日期)(?:是)?(?:什么时候|哪天|哪一天|几号)?" + _END,
            "哪年发布的 after an answer searched afresh instead of reading the article's date"),
    Pattern(Follow.SOURCE, _ITSELF + r"(?:消息)?(?:来源|出处|信源)(?:是|在)?(?:" + _WHO + r")?" + _END
            + r"|" + _ITSELF + _WHO + _PUT_OUT + r"的" + _END
            + r"|" + _ITSELF + r"(?:来自|出自|从)(?:" + _WHO + r")(?:来的)?" + _END,
            "来源是哪里 after an answer searched afresh instead of reading the article's source"),
    Pattern(Follow.SUMMARY, _ARTICLE + r"?(?:主要)?(?:讲|说|写|报道)(?:了|的是)?(?:些)?什么(?:内容)?(?:呢|啊)?"
            r"|(?:总结|概括|归纳)(?:一下)?" + _ARTICLE + r"?|" + _ARTICLE + r"?的?(?:主要内容|大意|摘要)(?:是什么)?",
            "这篇讲了什么 after /read of the drill article answered about Karamay"),
    Pattern(Follow.SUMMARY_OF, r"(?:总结|概括|归纳)(?:一下)?(?P<subject>.{2,30}?)(?:那篇|这篇|的)?(?:文章|报道|新闻)?"
            r"(?:的主要内容)?",
            "总结一下吐鲁番那篇文章 listed articles, one of them matched on 总结"),
    Pattern(Follow.SUMMARY_OF, r"(?P<subject>.{2,30}?)(?:那篇|这篇|的)(?:文章|报道|新闻)?(?:主要)?(?:讲了什么|说了什么|"
            r"写了什么|讲的是什么|主要内容是什么|的主要内容|主要内容)",
            "…那篇讲了什么: the summary of the article about it"),
    Pattern(Follow.SWAP, r"(?:那|那么|那在)?(?P<subject>[\u4e00-\u9fffA-Za-z·]{2,10}?)(?:呢|怎么样呢?|如何呢?)",
            "那克拉玛依呢？ after a question about Turpan returned a generic Karamay sentence"),
    Pattern(Follow.DETAIL, r"(?:那|那么)?(?:具体|到底|究竟)?(?:是)?(?:在)?"
            r"(?:哪天|哪一天|几号|几月几[日号]|什么时候|什么时间|何时|哪年|哪一年)(?:举行|举办|开始|发生|开的)?的?(?:呢|啊)?",
            "具体是哪天？ after an answer got 没有找到"),
    Pattern(Follow.DETAIL, r"(?:那|那么)?(?:他们|她们|他|她|这些人|参加的人|主办方|承办方)?(?:都|分别)?"
            r"(?:是谁|有谁|有哪些人|有哪些单位|是哪些单位|是哪些人)(?:参加)?(?:了)?(?:呢|啊)?",
            "他们是谁？ after an answer got 没有找到"),
    Pattern(Follow.DETAIL, r"(?:那|那么)?(?:一共|总共|共|大概)?有?多少(?:人|名|个|家)?"
            r"(?:参加|参与|出席|参演)?了?(?:呢|啊)?",
            "有多少人参加？ is about the article just answered from"),
    Pattern(Follow.DETAIL, r"(?:那|那么)?(?:具体)?(?:是)?(?:在)?(?:哪里|哪儿|什么地方|哪个地方)"
            r"(?:举行|举办|开展)?的?(?:呢|啊)?|(?:为什么|为啥|怎么回事|结果(?:如何|怎么样)|持续了?多久|用了多长时间)(?:呢|啊)?",
            "where, why, how long: about the article just answered from"),
)
# Asking what happened (in a window: 这周吐鲁番有什么事) lists articles with their one-line summaries.
HAPPENED = re.compile(r"有什么事|有啥事|发生了什么|有什么新闻|有哪些新闻|有什么动态|有什么消息|出了什么事")
# A question whose subject is a pronoun (他种了多少树？, 那里有什么？, 该活动何时结束？) is about
# what the last answer was about; one with no subject at all, only a short predicate before
# its question word (吸引了多少游客？, 有哪些单位参加了演练？), may be: it is answered from the last
# answer's article when a sentence there holds its words, else searched. A question naming
# its subject (光伏基地什么时候并网的？, 演练持续了多久？) has more before its question word.
_QUESTION_WORD = r"(?:多少|几[个名场次位家项件天年月岁]|什么|哪|谁|多久|多长|怎么|怎样|如何|为什么|为何|何时)"
_PRONOUN = re.compile(r"(?:那|那么)?(?:他们|她们|它们|他|她|它|这里|那里|这儿|那儿|这些|那些|当地|"
                      r"该(?=[\u4e00-\u9fff])|[这那](?:次|项|场|位|名)(?![月年周天日]))")
_ASKED = re.compile(r".{0,20}?" + _QUESTION_WORD + r".*")
_BARE = re.compile(r"(?:那|那么)?(?:又|还|都|一共|总共|共|到底|究竟|具体)?(?:有|是|在|"
                   r"[\u4e00-\u9fff]{1,2}(?:了|过|着|到))?" + _QUESTION_WORD + r".*")
_MATCHERS = tuple((p.follow, re.compile(p.words)) for p in TABLE)
_EDGES = re.compile(r"^[\s\W_]+|[\s\W_]+$")
_ASKS = re.compile(r"多少|什么|哪|谁|几|吗|有|是|怎么|如何|为")  # a SWAP subject is a name, not a question


@functools.lru_cache(maxsize=1)
def _simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """*text* in simplified characters (as follow-ups are recognised)."""
    return _simplified().convert(text)


@dataclass(frozen=True)
class Followed:
    """A follow-up recognised: what it asks, and what it names (SWAP, SUMMARY_OF)."""

    follow: Follow
    subject: str = ""


def recognise(text: str) -> Followed | None:
    """What follow-up *text* is, or None (a question of its own)."""
    core = _EDGES.sub("", _simplified().convert(text or ""))
    for follow, words in _MATCHERS:
        m = words.fullmatch(core)
        if m is None:
            continue
        subject = (m.groupdict().get("subject") or "").strip()
        if follow is Follow.SWAP and _ASKS.search(subject):
            continue
        return Followed(follow, subject)
    pronoun = _PRONOUN.match(core)
    if pronoun and _ASKED.fullmatch(core[pronoun.end():]):
        return Followed(Follow.DETAIL)
    return Followed(Follow.BARE) if _BARE.fullmatch(core) and not HAPPENED.search(core) else None


def without_pronoun(text: str) -> str:
    """*text* without the pronoun it opens with (他种了多少树？ -> 种了多少树？): the pronoun
    stands for what the last answer was about, which the follow-up asks with it."""
    core = _EDGES.sub("", _simplified().convert(text or ""))
    pronoun = _PRONOUN.match(core)
    return core[pronoun.end():] if pronoun and pronoun.end() < len(core) else core


def asks_what_happened(text: str) -> bool:
    """True when *text* asks what happened (有什么事, 发生了什么): a list with summaries."""
    return HAPPENED.search(_simplified().convert(text or "")) is not None


@dataclass
class Context:
    """What a chat's follow-ups lean on."""

    question: str = ""  # the last question searched (a follow-up as it was understood)
    shown: tuple[str, ...] = ()  # the articles the last results page showed
    article: str | None = None  # the article answered from or read
    pages: Pages = field(default_factory=dict)  # the last page buttons (bot.conversation.remember_pages)

    def dump(self) -> str:
        """As the Store keeps it (JSON)."""
        pages = {("next" if forward else "back"): data for forward, data in self.pages.items()}
        return json.dumps({"question": self.question, "shown": list(self.shown), "article": self.article,
                           "pages": pages}, ensure_ascii=False)

    @classmethod
    def load(cls, raw: str | None) -> Context:
        """A context from the Store's JSON; an empty one from nothing or from what does not parse."""
        try:
            data = json.loads(raw) if raw else {}
            pages = {key == "next": str(v) for key, v in dict(data.get("pages") or {}).items()}
            return cls(str(data.get("question") or ""), tuple(str(i) for i in data.get("shown") or ()),
                       data.get("article") or None, pages)
        except (ValueError, TypeError, AttributeError):
            return cls()


class Dialogs:
    """Chat contexts in the Store, expired after *ttl* seconds of silence by *clock*."""

    def __init__(self, store: Store, clock: Clock = time.time, ttl: float = TTL) -> None:
        self.store, self.clock, self.ttl = store, clock, ttl

    def load(self, chat_id: int) -> Context:
        """The chat's context; empty when none was kept or it expired."""
        return Context.load(self.store.dialog(chat_id, self.clock() - self.ttl))

    def save(self, chat_id: int, context: Context) -> None:
        """Keep the chat's context as of now."""
        self.store.save_dialog(chat_id, context.dump(), self.clock())

    def forget_expired(self) -> None:
        """Drop the contexts of chats silent for longer than the ttl."""
        self.store.forget_dialogs(self.clock() - self.ttl)
