"""Follow-ups: the chat's context (bot/dialog.py) kept around each message, and the
replies that lean on it (那克拉玛依呢？, 具体是哪天？, 这篇讲了什么, 来源是哪里), with summaries (/summary,
摘要, 总结一下…). Conversation (bot/conversation.py) builds on it."""
from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import replace

from bot import buttons, render
from bot.dialog import Context, Dialogs, Follow, Pages, simplified, without_pronoun
from bot.dialog import recognise as follow_up_of
from bot.render import Reply
from bot.service import Service
from bot.smalltalk import Talk, recognise
from bot.store import Store
from search.engine import Engine
from search.model import Answer, Hit, ResultPage

_ID = re.compile(r"^[0-9a-f]{16}$")
# A sentence dating its event itself (2024年, 10月, 15日, 2024-10-15): its date is the answer,
# not the article's. Without one it dates nothing, or only relative to the article (今年, 日前).
_DATES_ITSELF = re.compile(r"\d{4}\s*年|\d+\s*[月日号]|[一二三四五六七八九十〇零]+[月日号]|\d{4}[-/.]\d{1,2}")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
Searched = tuple[ResultPage, Answer | None]  # a first page already searched, with its answer


def published_day(answer: Answer) -> str:
    """The article's publication day (2024年10月15日), when *answer* to a when-question lacks
    a date and its sentence dates nothing itself (今年新疆棉花机采率…): a reader asking 具体是哪天？
    learns when the article was published, said as such; "" otherwise."""
    day = _ISO_DAY.fullmatch(answer.article.date or "")
    if answer.lacks != "when" or day is None or _DATES_ITSELF.search(answer.sentence.text):
        return ""
    return f"{day[1]}年{int(day[2])}月{int(day[3])}日"


def remember_pages(pages: Pages, reply: Reply) -> None:
    """When *reply* lists articles (results, /latest), its page buttons become the chat's
    pages, which 下一页/上一页 typed as text then turn ("" where it has none: 下一页 on the
    last page says so)."""
    shown = [b for row in reply.buttons for b in row]
    if any(buttons.article_id(b.data) or buttons.is_page(b.data) for b in shown):
        pages.clear()
        pages.update({True: "", False: ""})
        pages.update({b.label == render.NEXT_LABEL: b.data for b in shown if buttons.is_page(b.data)})


def remember(context: Context, reply: Reply) -> None:
    """What the chat's context keeps of a reply: its pages and the articles it listed (when
    it lists any), and the article it is about."""
    remember_pages(context.pages, reply)
    listed = tuple(i for row in reply.buttons for b in row if (i := buttons.article_id(b.data)))
    if listed and any(buttons.is_page(b.data) or b.label.startswith("阅读全文 ") for row in reply.buttons for b in row):
        context.shown = listed
    if reply.about:
        context.article = reply.about


def leans_on_context(text: str) -> bool:
    """Whether the reply to *text* reads (and changes) the chat's context: anything but
    small talk and questions about the bot."""
    said = recognise(text)
    return said.talk is None or said.talk in (Talk.NEXT, Talk.PREVIOUS)


class FollowUps(Service):
    """Talk with a memory: each chat's context in the Store, expired by *clock*."""

    def __init__(self, engine: Engine, store: Store, clock: Callable[[], float] = time.time) -> None:
        super().__init__(engine, store)
        self.dialogs = Dialogs(store, clock)

    # what Conversation says to anything else
    def answer(self, text: str, searched: Searched | None = None) -> Reply:
        raise NotImplementedError

    def small_talk(self, talk: Talk, text: str, admin: bool) -> Reply:
        raise NotImplementedError

    def turn_page(self, pages: dict[bool, str], forward: bool) -> Reply:
        raise NotImplementedError

    def talk(self, text: str, chat_id: int, admin: bool = False) -> Reply:
        """Reply to a message typed in chat *chat_id* (private, a group where the bot is
        addressed, the terminal): page words turn the chat's pages, small talk and questions
        about the bot get their reply (bot/smalltalk.py), follow-ups lean on the chat's
        context (bot/dialog.py), anything else is searched. *admin*: the sender may use
        /addfeed here."""
        if not leans_on_context(text):
            return self.talk_in(text, None, admin)
        context = self.dialogs.load(chat_id)
        reply = self.talk_in(text, context, admin)
        self.dialogs.save(chat_id, context)
        return reply

    def talk_in(self, text: str, context: Context | None, admin: bool = False) -> Reply:
        """talk()'s reply on a chat's *context* already loaded (updated in place; the caller
        keeps it); None (small talk, or a context that could not be read): a fresh one."""
        said = recognise(text)
        if said.talk is not None and said.talk not in (Talk.NEXT, Talk.PREVIOUS):
            return self.small_talk(said.talk, said.text, admin)
        context = Context() if context is None else context
        if said.talk is not None:
            reply = self.turn_page(context.pages, said.talk is Talk.NEXT)
        else:
            reply = self.follow_up(said.text, context) or self.asked(said.text, context)
        remember(context, reply)
        return reply

    def search_in(self, chat_id: int, text: str) -> Reply:
        """/search TEXT in chat *chat_id*: always searched; the chat's context starts from it."""
        context = self.dialogs.load(chat_id)
        reply = self.searched_in(text, context)
        self.dialogs.save(chat_id, context)
        return reply

    def searched_in(self, text: str, context: Context) -> Reply:
        """search_in()'s reply on a chat's *context* already loaded (updated in place)."""
        reply = self.asked(text, context)
        remember(context, reply)
        return reply

    def forget_idle_users(self) -> None:
        """Drop flood records with nothing in the window, and expired chat contexts."""
        super().forget_idle_users()
        self.dialogs.forget_expired()

    def asked(self, text: str, context: Context, searched: Searched | None = None) -> Reply:
        """A question of its own: searched (unless *searched* already), and the chat's
        context starts afresh from it."""
        reply = self.answer(text, searched)
        context.question, context.article, context.shown = text.strip(), reply.about, ()
        context.pages.clear()  # nothing found: no pages either
        return reply

    def follow_up(self, text: str, context: Context) -> Reply | None:
        """The reply to a follow-up (bot/dialog.py) on the chat's context; None when *text*
        is none, or the context holds nothing it could lean on (then it is searched)."""
        followed = follow_up_of(text)
        if followed is None:
            return None
        if followed.follow in (Follow.PUBLISHED, Follow.SOURCE):
            return self.told_about(context, followed.follow)
        if followed.follow is Follow.SUMMARY:
            article_id = context.article or (context.shown[0] if context.shown else None)
            return self.summary_of(article_id) if article_id else render.summary_usage()
        if followed.follow is Follow.SUMMARY_OF:
            found = self.engine.search(followed.subject, 1, 1)
            if not found.hits:
                return None
            context.question = found.hits[0].title
            return self.summary_of(found.hits[0].id)
        if not context.question:
            return render.nothing_to_follow() if followed.follow is Follow.DETAIL else None
        if followed.follow is Follow.SWAP:
            question, searched = self.swapped(context.question, followed.subject)
            return self.asked(question, context, searched)
        first = [context.article] if context.article else []
        bare = followed.follow is Follow.BARE
        answer = self.engine.ask_within(without_pronoun(text), first + [i for i in context.shown if i not in first],
                                        context.question, own_words=bare)
        if answer is None:
            return None
        context.article = answer.article.id
        return render.answer_only(answer, published_day(answer))

    def told_about(self, context: Context, follow: Follow) -> Reply:
        """这篇是什么时候发的, 来源是哪里: read from the article the chat is about (the last
        answer's or one read, else the first listed), not searched afresh."""
        article_id = context.article or (context.shown[0] if context.shown else None)
        article = self.engine.show(article_id) if article_id else None
        if article is None:
            return render.nothing_to_follow()
        return render.published(article) if follow is Follow.PUBLISHED else render.source_of(article)

    def swapped(self, question: str, subject: str) -> tuple[str, Searched | None]:
        """The last *question* with its place or name replaced by *subject* (那克拉玛依呢？),
        with its first page and answer, when each article found names the subject; else the
        subject alone, to be searched (那哈密瓜呢？ after 阿克苏苹果 asks about 哈密瓜, not about
        apples; a name no article has is then said absent). One search when the swap holds."""
        old = self.engine.names(question)
        swapped = question.replace(old[0], subject, 1) if old else f"{subject} {question}"
        searched = self.engine.query(swapped, 1, render.PER_PAGE, answer=True)
        found = searched[0]
        if found.total and not found.broadened and self.all_hold(found.hits, subject):
            return swapped, searched
        return subject, None

    def all_hold(self, hits: Sequence[Hit], name: str) -> bool:
        """True when each of *hits* names *name* (那昌吉呢？ after 博乐市消防安全进校园: a page
        still listing the 博乐 article does not answer about 昌吉; 昌吉 searched alone does)."""
        for hit in hits:
            article = self.engine.show(hit.id)
            if article is None or name not in simplified(f"{article.title}\n{article.text}"):
                return False
        return True

    def summary_of(self, article_id: str) -> Reply:
        """/summary ID, the 摘要 button, 这篇讲了什么: the article's summary."""
        told = self.engine.summary(article_id.strip().lower()) if _ID.match(article_id.strip().lower()) else None
        if told is None:
            return render.no_article(article_id) if article_id.strip() else render.summary_usage()
        return replace(render.summary(told), about=told.id)

    def summary_in(self, chat_id: int | None, article_id: str) -> Reply:
        """/summary ID and the 摘要 button: the summary; the article becomes the chat's subject."""
        reply = self.summary_of(article_id) if article_id.strip() else render.summary_usage()
        article = self.engine.show(reply.about) if reply.about else None
        if article is not None:
            self.subject(chat_id, article.id, article.title)
        return reply

    def noted(self, chat_id: int | None, reply: Reply) -> Reply:
        """*reply* (a command's, a button's) shown in chat *chat_id*: its pages, articles and
        subject become the chat's context (none for chat None)."""
        if chat_id is not None:
            context = self.dialogs.load(chat_id)
            remember(context, reply)
            self.dialogs.save(chat_id, context)
        return reply

    def subject(self, chat_id: int | None, article_id: str, title: str) -> None:
        """An article read or summed up becomes chat *chat_id*'s subject: follow-ups
        (具体是哪天？) ask about it, as if its title had been the question."""
        if chat_id is not None:
            context = self.dialogs.load(chat_id)
            context.question, context.article = title, article_id
            self.dialogs.save(chat_id, context)
