"""What the bot says, independent of Telegram: input text in, Reply objects out.

These functions block (they search the index); Telegram handlers run them in a
worker thread, the terminal chat calls them directly.
"""
from __future__ import annotations

import re
import time

from bot import buttons, commands, render
from bot.render import Reply
from bot.service import Service
from bot.settings import SettingsError, digest_time
from search.model import Hit
from search.settings import feed_url

_ID = re.compile(r"^[0-9a-f]{16}$")
_TIMELIKE = re.compile(r"^[0-9０-９]+[:：.．点時时][0-9０-９]*$")  # meant as a time, valid or not
LATEST_PAGES = 20  # /latest goes back this many pages
DIGEST_SIZE = 20  # articles in one digest
SUBSCRIPTION_QUERY_CHARS = 100  # a digest's keywords are cut to this length


class Conversation(Service):
    """What the bot says over one engine and one store (named so it never reads as
    telegram.Chat); the machinery around it (ingests, digests' state) is Service's."""

    def answer(self, text: str) -> Reply:
        """Reply to a question or keywords: the answer, then matching articles."""
        text = (text or "").strip()
        if not text:
            return commands.help_text()
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
        return self.store.remember_query(text) or buttons.stateless_key(text)

    def page(self, data: str | None) -> Reply | None:
        """The page a 上一页/下一页 button asks for; None when the button is stale or forged."""
        asked = buttons.results_page(data)
        if asked is None:
            return None
        text = self.store.query(asked.key) if asked.key else asked.query
        return self.results(text, asked.page) if text else None

    def read(self, data: str | None) -> list[str] | None:
        """The full article a 阅读全文 button asks for, as HTML messages."""
        article_id = buttons.article_id(data)
        article = self.engine.show(article_id) if article_id else None
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
        per_page = render.LATEST_PAGE
        newest = self.engine.latest(page * per_page + 1)  # one more than needed: is there a next page?
        from_here = newest[(page - 1) * per_page:]
        more = len(from_here) > per_page and page < LATEST_PAGES
        return render.latest(from_here[:per_page], page, more=more)

    def follow(self, data: str | None) -> Reply | None:
        """The page a 上一页/下一页 button (results or /latest) asks for; None when stale or forged."""
        latest = buttons.latest_page(data)
        if latest is not None:
            return self.latest(latest) if latest <= LATEST_PAGES else None
        return self.page(data)

    def inline(self, text: str, page: int, per_page: int) -> tuple[list[Hit], bool]:
        """One page of inline results: the matches for *text*, or the newest articles when
        it is empty; and whether a next page follows."""
        text = text.strip()
        if text:
            found = self.engine.search(text, page, per_page)
            return list(found.hits), page < found.pages
        newest = self.engine.latest(page * per_page)
        hits = newest[(page - 1) * per_page:]
        return hits, len(hits) == per_page

    def stats(self, chat_id: int) -> Reply:
        return render.stats(self.engine.stats(), self.store.subscription(chat_id) is not None)

    def digest(self, since: float, query: str | None, limit: int = DIGEST_SIZE) -> tuple[Reply | None, float]:
        """The digest of articles added after *since*, and the new watermark."""
        hits = self.engine.latest(limit, since=since, query=query)
        if not hits:
            return None, since
        newest = max(h.added or since for h in hits)
        return render.digest(hits, query), newest

    def subscribe(self, chat_id: int, args: list[str], default_at: str, traditional: bool = False) -> Reply:
        """Parse `/subscribe [HH:MM] [关键词]` and store the subscription (its digests in
        traditional characters when *traditional*); an impossible time (25:99, 8点半…) gets
        the usage message and changes nothing."""
        args, at = list(args), default_at
        if args and _TIMELIKE.match(args[0]):
            try:
                at = digest_time(args.pop(0), "time")
            except SettingsError:
                return render.subscribe_usage(default_at)
        query = " ".join(args).strip()[:SUBSCRIPTION_QUERY_CHARS] or None
        self.store.subscribe(chat_id, at, query, since=time.time(), traditional=traditional)
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
        why = self.engine.feed_refusal(url)
        if why is not None:
            return render.feed_refused(url, why)
        return render.feed_added(url, self.engine.add_feed(url), minutes)

    def del_feed(self, args: list[str]) -> Reply:
        """/delfeed N: remove the N-th feed of /feeds."""
        if len(args) != 1 or not args[0].isdigit():
            return render.delfeed_usage()
        return render.feed_removed(self.engine.remove_feed(int(args[0])), args[0])
