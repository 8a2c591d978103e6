"""What the bot says, independent of Telegram: input text in, Reply objects out.

These functions block (they search the index); Telegram handlers run them in a
worker thread, the terminal chat calls them directly.
"""
from __future__ import annotations

import re
import time

from bot import render
from bot.render import Reply
from bot.store import Store
from search.engine import Engine
from bot.settings import SettingsError, digest_time
from search.settings import feed_url

_READ = re.compile(r"^rd:([0-9a-f]{16})$")
_PAGE = re.compile(r"^pg:([0-9a-f]{12}):([1-9][0-9]{0,3})$")
_PAGE_STATELESS = re.compile(r"^pg:=(.+):([1-9][0-9]{0,3})$", re.S)  # the query itself, when short
_LATEST = re.compile(r"^lt:([1-9][0-9]{0,2})$")
_ID = re.compile(r"^[0-9a-f]{16}$")
_TIMELIKE = re.compile(r"^[0-9０-９]+[:：.．点時时][0-9０-９]*$")  # meant as a time, valid or not
LATEST_PAGES = 20  # /latest goes back this many pages


class Chat:
    """The conversation logic over one engine and one store."""

    def __init__(self, engine: Engine, store: Store) -> None:
        self.engine, self.store = engine, store

    def answer(self, text: str) -> Reply:
        """Reply to a question or keywords: the answer, then matching articles."""
        text = (text or "").strip()
        if not text:
            return render.help_text()
        return self.results(text, 1) or render.no_match(text)

    def results(self, text: str, page: int) -> Reply | None:
        """One page of results for *text*, or None when nothing matches."""
        found, answer = self.engine.query(text, page, render.PER_PAGE, answer=page == 1)
        if not found.total:
            return None
        if not found.hits and page > 1:
            found, _ = self.engine.query(text, found.pages, render.PER_PAGE, answer=False)
        return render.results(self.page_key(text), found, answer)

    def page_key(self, text: str) -> str | None:
        """What page buttons carry for *text*: a key to the stored query; if the store cannot
        be written, the query itself when it fits in the button, else None (no page buttons).
        The answer never waits on, or fails with, the store."""
        key = self.store.remember_query(text)
        if key is None and len(f"pg:={text}:9999".encode()) <= 64:
            return "=" + text
        return key

    def page(self, data: str) -> Reply | None:
        """The page a 上一页/下一页 button asks for; None when the button is stale or forged."""
        m = _PAGE.match(data or "")
        text = self.store.query(m.group(1)) if m else None
        if m is None and (m := _PAGE_STATELESS.match(data or "")):
            text = m.group(1).strip()
        return self.results(text, int(m.group(2))) if text else None

    def read(self, data: str) -> list[str] | None:
        """The full article a 阅读全文 button asks for, as HTML messages."""
        m = _READ.match(data or "")
        article = self.engine.show(m.group(1)) if m else None
        return render.article(article) if article else None

    def read_id(self, article_id: str) -> list[str]:
        """The article with this id (as typed after /read), or a short explanation."""
        article_id = article_id.strip().lower()
        if not article_id:
            return [render.read_usage().text]
        article = self.engine.show(article_id) if _ID.match(article_id) else None
        return render.article(article) if article else [render.no_article(article_id).text]

    def latest(self, page: int = 1) -> Reply:
        """One page of the newest articles."""
        per = render.LATEST_PAGE
        hits = self.engine.latest(page * per + 1)[(page - 1) * per:]
        return render.latest(hits[:per], page, more=len(hits) > per and page < LATEST_PAGES)

    def follow(self, data: str) -> Reply | None:
        """The page a 上一页/下一页 button (results or /latest) asks for; None when stale or forged."""
        m = _LATEST.match(data or "")
        if m:
            return self.latest(int(m.group(1))) if int(m.group(1)) <= LATEST_PAGES else None
        return self.page(data)

    def stats(self, chat_id: int) -> Reply:
        return render.stats(self.engine.stats(), self.store.subscription(chat_id) is not None)

    def digest(self, since: float, query: str | None, limit: int = 20) -> tuple[Reply | None, float]:
        """The digest of articles added after *since*, and the new watermark."""
        hits = self.engine.latest(limit, since=since, query=query)
        if not hits:
            return None, since
        newest = max(h.added or since for h in hits)
        return render.digest(hits, query), newest

    def subscribe(self, chat_id: int, args: list[str], default_at: str) -> Reply:
        """Parse `/subscribe [HH:MM] [关键词]` and store the subscription; an impossible
        time (25:99, 8点半…) gets the usage message and changes nothing."""
        args, at = list(args), default_at
        if args and _TIMELIKE.match(args[0]):
            try:
                at = digest_time(args.pop(0), "time")
            except SettingsError:
                return render.subscribe_usage(default_at)
        query = " ".join(args).strip()[:100] or None
        self.store.subscribe(chat_id, at, query, since=time.time())
        return render.subscribed(at, query)

    def unsubscribe(self, chat_id: int) -> Reply:
        return render.unsubscribed(self.store.unsubscribe(chat_id))

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
        return render.feed_added(url, self.engine.add_feed(url), minutes)

    def del_feed(self, args: list[str]) -> Reply:
        """/delfeed N: remove the N-th feed of /feeds."""
        if len(args) != 1 or not args[0].isdigit():
            return render.delfeed_usage()
        return render.feed_removed(self.engine.remove_feed(int(args[0])), args[0])
