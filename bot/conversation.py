"""What the bot says, independent of Telegram: input text in, Reply objects out.

These functions block (they search the index); Telegram handlers run them in a
worker thread, the terminal chat calls them directly.
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import replace

from bot import alerts, buttons, commands, metrics, render
from bot.dialog import Pages, asks_what_happened
from bot.examples import Examples
from bot.followups import FollowUps, Searched, remember_pages
from bot.render import Reply
from bot.settings import SettingsError, digest_time
from bot.smalltalk import Talk
from bot.store import Store
from search.engine import Engine
from search.model import Hit, IndexUnavailable, Scope
from search.settings import feed_url

log = logging.getLogger(__name__)

_ID = re.compile(r"^[0-9a-f]{16}$")
_WEEKLY = re.compile(r"^(?:每周|每星期|每礼拜|周|星期)([一二三四五六日天])$")
WEEKDAYS = "一二三四五六日"  # Monday first, as datetime.weekday() counts
_TIMELIKE = re.compile(r"^[0-9０-９]+[:：.．点時时][0-9０-９]*$")  # meant as a time, valid or not
LATEST_PAGES = 20  # /latest goes back this many pages
DIGEST_SIZE = 20  # articles in one digest
SUBSCRIPTION_QUERY_CHARS = 100  # a digest's keywords are cut to this length


class Conversation(FollowUps):
    """What the bot says over one engine and one store (named so it never reads as
    telegram.Chat); follow-ups are FollowUps', the machinery around it (ingests, digests'
    state) Service's."""

    def __init__(self, engine: Engine, store: Store, clock: Callable[[], float] = time.time) -> None:
        """*clock* times a chat's silence (its context expires after bot.dialog.TTL)."""
        super().__init__(engine, store, clock)
        self._examples = Examples()

    def examples(self) -> tuple[str, ...]:
        """Two or three searches that find the newest articles (for the welcome and /help);
        none while the index is missing or damaged (the welcome still goes out)."""
        try:
            return self._examples.get(self.engine, render.PER_PAGE)
        except IndexUnavailable:
            return ()

    def warm_up(self) -> None:
        """Service.warm_up, and the welcome's examples drawn (searches of the newest titles:
        seconds on a large index), before the first reader says hello."""
        super().warm_up()
        try:
            self.examples()
        except Exception as exc:  # the first welcome draws them
            log.warning("examples not drawn at start-up: %s", type(exc).__name__)

    def small_talk(self, talk: Talk, text: str, admin: bool) -> Reply:
        """The reply to small talk or a question about the bot (*text*: a LINK's address)."""
        if talk is Talk.GREETING:
            return render.talk.greeting(self.examples())
        if talk is Talk.THANKS:
            return render.talk.thanks()
        if talk is Talk.GOODBYE:
            return render.talk.goodbye()
        if talk is Talk.ABOUT:
            return render.talk.about(self.examples())
        if talk is Talk.LINK:
            return render.talk.link(text, admin)
        if talk is Talk.HOWTO:
            return commands.help_text(self.examples())
        return render.talk.no_words(self.examples())

    def turn_page(self, pages: Pages, forward: bool) -> Reply:
        """下一页/上一页 typed: the next or previous page of the chat's last results."""
        if not pages:
            return render.talk.nothing_to_page()
        data = pages.get(forward)
        reply = self.follow(data) if data else None
        if reply is None:
            return render.no_page(forward)
        remember_pages(pages, reply)
        return reply

    def answer(self, text: str, searched: Searched | None = None) -> Reply:
        """Reply to a question or keywords: the answer, then matching articles (*searched*:
        the first page of *text* and its answer, when already searched)."""
        text = (text or "").strip()
        if not text:
            return commands.help_text(self.examples())
        building = self.engine.rebuilding  # read first: the build may end while we search
        found = self.results(text, 1, searched)
        if found is None and (building or self.engine.rebuilding):  # not indexed yet, maybe
            return render.index_unavailable()
        return found or render.no_match(text, self.examples())

    def results(self, text: str, page: int, searched: Searched | None = None, turned: bool = False) -> Reply | None:
        """One page of results for *text* (unless *searched* already), or None when
        nothing matches; *turned*: a page turn of a query searched before."""
        search = self.engine.turned if turned else self.engine.query
        if searched is None:
            with metrics.SEARCH_SECONDS.time():
                searched = search(text, page, render.PER_PAGE, page == 1)
        found, answer = searched
        fix = found.correction  # a respelling only suggested: its button searches it
        ask = self.page_key(fix.query) if fix is not None and not fix.applied and page == 1 else None
        if not found.total and fix is not None and not fix.applied and page == 1:
            return render.did_you_mean(text, fix, ask)
        if not found.total:
            return self.nothing_in_scope(found.scope) if page == 1 else None
        if not found.hits and page > 1:
            found, _ = search(text, found.pages, render.PER_PAGE, False)
        brief = found.scope.said is not None and asks_what_happened(text)
        reply = render.results(self.page_key(text), found, answer, brief, ask)
        return replace(reply, about=answer.article.id) if answer is not None else reply

    def nothing_in_scope(self, scope: Scope) -> Reply | None:
        """Why a query limited to a time or a source found nothing (with the newest articles
        when the window was empty); None when it named neither."""
        if scope.bad_date is not None:
            return render.bad_date()
        if scope.absent:
            return render.source_absent(scope)
        if scope.said is not None:
            return render.empty_window(scope, self.engine.latest(render.LATEST_PAGE))
        return None

    def page_key(self, text: str) -> str | None:
        """What page buttons carry for *text*: a key to the stored query; if the store cannot
        be written, the query itself when it fits in the button, else None (no page buttons).
        The answer never waits on, or fails with, the store."""
        return self.store.remember_query(text) or buttons.stateless_key(text)

    def page(self, data: str | None) -> Reply | None:
        """The page a 上一页/下一页 or 你是不是要找 button asks for; None when the button is
        stale or forged."""
        asked = buttons.results_page(data) or buttons.suggestion(data)
        if asked is None:
            return None
        text = self.store.query(asked.key) if asked.key else asked.query
        return self.results(text, asked.page, turned=True) if text else None

    def read(self, data: str | None, chat_id: int | None = None) -> list[str] | None:
        """The full article a 阅读全文 button asks for, as HTML messages (its summary first);
        it becomes chat *chat_id*'s subject (这篇讲了什么)."""
        article_id = buttons.article_id(data)
        return self._read(article_id, chat_id) if article_id else None

    def read_id(self, article_id: str, chat_id: int | None = None) -> list[str]:
        """The article with this id (as typed after /read), or a short explanation."""
        article_id = article_id.strip().lower()
        if not article_id:
            return [render.read_usage().text]
        shown = self._read(article_id, chat_id) if _ID.match(article_id) else None
        return shown or [render.no_article(article_id).text]

    def _read(self, article_id: str, chat_id: int | None) -> list[str] | None:
        article = self.engine.show(article_id)
        if article is None:
            return None
        self.subject(chat_id, article_id, article.title)
        return render.article(article, self.engine.summary(article_id))

    def latest(self, page: int = 1) -> Reply:
        """One page of the newest articles."""
        per_page = render.LATEST_PAGE
        newest = self.engine.latest(page * per_page + 1)  # one more than needed: is there a next page?
        from_here = newest[(page - 1) * per_page:]
        more = len(from_here) > per_page and page < LATEST_PAGES
        return render.latest(from_here[:per_page], page, more=more)

    def follow(self, data: str | None) -> Reply | None:
        """The page a 上一页/下一页 button (results or /latest) or a 你是不是要找 button asks
        for; None when stale or forged."""
        latest = buttons.latest_page(data)
        if latest is not None:
            return self.latest(latest) if latest <= LATEST_PAGES else None
        return self.page(data)

    def inline(self, text: str, page: int, per_page: int) -> tuple[list[Hit], bool]:
        """One page of inline results: the matches for *text*, or the newest articles when
        it is empty; and whether a next page follows."""
        text = text.strip()
        if text:
            with metrics.SEARCH_SECONDS.time():
                found = self.engine.search(text, page, per_page)
            return list(found.hits), page < found.pages
        newest = self.engine.latest(page * per_page)
        hits = newest[(page - 1) * per_page:]
        return hits, len(hits) == per_page

    def stats(self, chat_id: int) -> Reply:
        return render.stats(self.engine.stats(), self.store.subscription(chat_id) is not None)

    def digest(self, since: float, query: str | None, limit: int = DIGEST_SIZE,
               weekly: bool = False) -> tuple[Reply | None, float]:
        """The digest of articles added after *since*, and the new watermark."""
        hits = self.engine.latest(limit, since=since, query=query)
        if not hits:
            return None, since
        newest = max(h.added or since for h in hits)
        return render.digest(hits, query, weekly), newest

    def subscribe(self, chat_id: int, args: list[str], default_at: str, traditional: bool = False,
                  thread_id: int | None = None) -> Reply:
        """Parse `/subscribe [每周一] [HH:MM] [关键词]` and store the subscription (its digests in
        traditional characters when *traditional*, into the forum topic *thread_id*); an
        impossible time (25:99, 8点半…) gets the usage message and changes nothing."""
        args, at, weekday = list(args), default_at, None
        if args and (day := _WEEKLY.match(args[0])):
            weekday = WEEKDAYS.index(day.group(1).replace("天", "日"))
            args.pop(0)
        if args and _TIMELIKE.match(args[0]):
            try:
                at = digest_time(args.pop(0), "time")
            except SettingsError:
                return render.subscribe_usage(default_at)
        query = " ".join(args).strip()[:SUBSCRIPTION_QUERY_CHARS] or None
        self.store.subscribe(chat_id, at, query, since=time.time(), traditional=traditional, thread_id=thread_id,
                             weekday=weekday)
        return render.subscribed(at, query, weekday)

    def unsubscribe(self, chat_id: int) -> Reply:
        return render.unsubscribed(self.store.unsubscribe(chat_id))

    # -- instant alerts (bot/alerts.py) -------------------------------------------
    def alert(self, chat_id: int, thread_id: int | None, rule: str, traditional: bool = False) -> Reply:
        """/alert RULE (pushed into *thread_id*, a forum topic, when given)."""
        return alerts.add(self.store, chat_id, thread_id, rule, traditional)

    def alerts(self, chat_id: int) -> Reply:
        """/alerts."""
        return alerts.listed(self.store, chat_id)

    def unalert(self, chat_id: int, args: list[str]) -> Reply:
        """/unalert N."""
        return alerts.remove(self.store, chat_id, args)

    def quiet(self, chat_id: int, args: list[str]) -> Reply:
        """/quiet HH:MM-HH:MM | off."""
        return alerts.quiet(self.store, chat_id, args)

    def alert_list(self, chat_id: int, data: str | None) -> Reply | None:
        """The pushes an overflow message's button lists; None when stale or forged."""
        batch = buttons.alert_batch(data)
        return alerts.overflow_list(self.store, chat_id, batch) if batch else None

    # -- live sources (admins, private chat) -------------------------------------
    def feeds(self) -> Reply:
        """/feeds: the live sources with their state."""
        return render.feeds(self.engine.feeds())

    def add_feed(self, args: list[str], minutes: float) -> Reply:
        """/addfeed URL: add an RSS/Atom feed for the next re-ingest."""
        if len(args) != 1:
            return render.addfeed_usage()
        try:
            url = feed_url(args[0], "url")
        except SettingsError:
            return render.addfeed_usage()
        why = self.engine.feed_refusal(url)
        if why is not None:
            return render.feed_refused(url, why)
        return render.feed_added(url, self.engine.add_feed(url), minutes)

    def del_feed(self, args: list[str]) -> Reply:
        """/delfeed N: remove the N-th feed of /feeds."""
        if len(args) != 1 or not args[0].isdigit():
            return render.delfeed_usage()
        return render.feed_removed(self.engine.remove_feed(int(args[0])), args[0])

    def upload(self, name: str, data: bytes) -> Reply:
        """A file an admin sent: kept and ingested at once; says which articles it holds."""
        outcome, report = self.add_upload(name, data)
        if outcome.refused:
            return render.upload_refused(name, outcome.refused)
        return render.uploaded(outcome, report)

    def upload_list(self) -> Reply:
        """/uploads: the files admins sent, numbered for /delupload."""
        return render.uploads(self.uploads())

    def del_upload(self, args: list[str]) -> Reply:
        """/delupload N: forget the N-th upload; its articles leave the index at once."""
        if len(args) != 1 or not args[0].isdigit():
            return render.delupload_usage()
        upload, report = self.remove_upload(int(args[0]))
        return render.upload_removed(upload, args[0], report)
