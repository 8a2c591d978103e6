"""Small talk, questions about the bot, and paging words, recognised before anything is
searched: one table, each pattern with the reason it is there.

A pattern must match the whole message, once spaces, punctuation and a name for the bot
(机器人, 小助手, bot) around it are trimmed and traditional characters folded. A leading
greeting is taken off first, so 你好，你是谁 is a question about the bot, and 你好，吐鲁番
有多少个村庄？ is searched as 吐鲁番有多少个村庄 (a greeting is never a keyword).
"""
from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

import opencc


class Talk(enum.Enum):
    """What a message that is not a question says."""

    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"
    ABOUT = "about"  # who or what the bot is, what it can do
    HOWTO = "howto"  # how to use it
    LINK = "link"  # a bare web address
    NO_WORDS = "no words"  # emoji, a sticker, punctuation: nothing to search
    NEXT = "next"  # the next page of the last results
    PREVIOUS = "previous"  # the page before


@dataclass(frozen=True)
class Pattern:
    """One row of the table: what the message is, the words (a regular expression matched
    against the whole, case-insensitive), and why the row is there."""

    talk: Talk
    words: str
    why: str


TABLE: tuple[Pattern, ...] = (
    Pattern(Talk.GREETING, r"(你好|您好|你们好|大家好|嗨|哈喽|哈啰|早上好|早安|上午好|中午好|下午好|晚上好"
                           r"|hi|hello|hey|在吗|在不在)[呀啊哇吖鸭吗]?",
            "searched, 你好 found a festival called 你好,丝路; a greeting deserves a greeting"),
    Pattern(Talk.THANKS, r"(谢谢|多谢|感谢|谢了|谢啦|辛苦了|thx|thanks|thank you|3q|ty)(你|您)?[了啦呀哈]?",
            "searched, 谢谢 got 没有找到与「谢谢」相关的文章"),
    Pattern(Talk.GOODBYE, r"(再见|拜拜|拜|回头见|下次见|晚安|bye|goodbye|see you)[了啦呀哈]?",
            "a goodbye is not a search either"),
    Pattern(Talk.ABOUT, r"(你是谁|你是什么|你是干什么的|你是做什么的|你叫什么(名字)?|你能做什么|你会做什么|你会什么"
                        r"|你能干什么|你可以做什么|你有什么用|你有什么功能|介绍一下你自己|自我介绍|who are you"
                        r"|what can you do"
                        r"|你(都|还)?(知道|有|能查到?|能找到?|收录了)(些)?(哪些|什么)(新闻|文章|消息|内容|资料)?)(呢|呀|啊)?",
            "searched, 你能做什么 got 公益就像是一粒种子; the reader wants to know what the bot is "
            "(你都知道哪些新闻 asks what it holds)"),
    Pattern(Talk.HOWTO, r"(怎么用|如何使用|怎么使用|怎样使用|使用方法|使用说明|用法|帮助|帮忙|help|菜单|教程)"
                        r"(呢|呀|啊)?",
            "the words for /help, typed without the slash"),
    Pattern(Talk.LINK, r"(https?://|www\.)\S+",
            "a pasted link: the bot searches its own articles, it does not open pages"),
    Pattern(Talk.NEXT, r"下一页|下页|更多|还有吗|还有呢|还有没有|再来点|继续",
            "paging by text, as the terminal chat always did (Telegram has buttons too)"),
    Pattern(Talk.PREVIOUS, r"上一页|上页", "paging back by text"),
)
_MATCHERS = tuple((p.talk, re.compile(p.words, re.I)) for p in TABLE)
_GREETING = re.compile(TABLE[0].words, re.I)
_LINK = re.compile(next(p.words for p in TABLE if p.talk is Talk.LINK), re.I)
_TRIM = r"[\s\W_]*"  # spaces, punctuation and emoji around the words
# a vocative or the bot named: 你好机器人, 谢谢小助手, 怎么使用这个机器人
_BOT_NAME = r"(?:(?:这个|你这个|这|你)?(?:机器人|小助手|助手|bot))?"
_EDGES = re.compile(rf"^{_TRIM}{_BOT_NAME}{_TRIM}(.*?){_TRIM}{_BOT_NAME}{_TRIM}$", re.I | re.S)
_LEADING_GREETING = re.compile(rf"^{_TRIM}(?:{_GREETING.pattern}){_TRIM}{_BOT_NAME}[\s\W_]+", re.I)


@functools.lru_cache(maxsize=1)
def _simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@dataclass(frozen=True)
class Recognised:
    """What a message is (None: a question) and its text: the question to search (a
    leading greeting taken off), or the address of a LINK."""

    talk: Talk | None
    text: str


def recognise(text: str) -> Recognised:
    """What *text* says: small talk, a question about the bot, a page turn, or a question."""
    text = (text or "").strip()
    if text and not any(c.isalnum() for c in text):
        return Recognised(Talk.NO_WORDS, "")
    folded = _simplified().convert(text)
    rest = folded
    while (m := _LEADING_GREETING.match(rest)) and rest[m.end():].strip():
        rest = rest[m.end():]
    core = _core(rest)
    for talk, words in _MATCHERS:
        if words.fullmatch(core) or (talk is Talk.GREETING and _only_greetings(core)):
            link = _LINK.search(text) if talk is Talk.LINK else None
            return Recognised(talk, link.group(0) if link else "")
    # after a greeting only what follows it is searched (folded: the search folds anyway)
    return Recognised(None, rest.strip() if rest != folded else text)


def _core(text: str) -> str:
    """*text* without spaces, punctuation and the bot's name around it."""
    m = _EDGES.match(text)
    return m.group(1) if m else text


def _only_greetings(core: str) -> bool:
    """你好你好, 嗨 你好: greetings only."""
    return bool(core) and not _GREETING.sub("", core).strip(" ，,!！~～")
