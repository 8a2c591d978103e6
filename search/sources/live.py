"""Live sources: fetch each feed (and the pages of summary-only items), keep what came in,
and write one RSS file per feed into a folder the ingest reads like the seed folder, so
items go through the same feed parsing as feed files. A feed that fails costs only itself."""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from calendar import timegm
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, wait
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
from feedparser import FeedParserDict as Entry
from lxml import etree

from search.model import FeedStatus, Upload, UploadOutcome
from search.sources import uploads
from search.sources.feeds import _item_html
from search.sources.fetch import CUT, Fetched, Limits, Polite
from search.sources.html import articles_of_page, fragment_text
from search.sources.livestore import Item, LiveStore

log = logging.getLogger(__name__)
SUMMARY_CHARS = 200  # an item without content whose text is shorter than this is a summary
PAGES_PER_RUN = 30  # linked pages fetched per feed per run; the rest on later runs
WORKERS = 4  # hosts fetched from at once (requests to one host go one at a time)
REFRESH_TIMEOUTS = 3  # a whole refresh may take this many NEWSBOT_FEED_TIMEOUTs; the rest wait
WATCH_SECONDS = 0.2  # how often a refresh looks at the program stopping and its deadline
_CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


def _key(entry: Entry) -> str:
    raw = entry.get("id") or entry.get("link") or (entry.get("title", "") + entry.get("summary", ""))
    return hashlib.sha1(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _published(entry: Entry) -> str | None:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        if entry.get(name):
            return formatdate(timegm(entry[name]))
    return None


def item_of(entry: Entry) -> Item:
    """A parsed feed entry as stored; summary-only when it has no content, a short text and a link."""
    body = _item_html(entry)
    link = (entry.get("link") or "").strip() or None
    short = not entry.get("content") and len(fragment_text(body).strip()) < SUMMARY_CHARS
    return Item(key=_key(entry), title=(entry.get("title") or "").strip(), link=link,
                published=_published(entry), author=(entry.get("author") or "").strip() or None,
                html=body, summary_only=bool(short and link))


def feed_file_name(url: str) -> str:
    """The file a feed's items are written to."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16] + ".xml"


class LiveSources:
    """The configured feeds plus those admins added, their store and their output folder."""

    def __init__(self, data_dir: Path, configured: tuple[str, ...] = (), limits: Limits | None = None,
                 database_url: str = "") -> None:
        """The store is live/live.sqlite in *data_dir*, or PostgreSQL at *database_url*
        (shared by every machine); the feed files are always written to *data_dir*."""
        self.folder = Path(data_dir) / "live"
        self.store = LiveStore(self.folder / "live.sqlite", database_url)
        self.out = self.folder / "feeds"
        self.configured, self.limits = tuple(configured), limits if limits is not None else Limits()
        self._running = threading.Lock()

    def close(self) -> None:
        """Close the store (the program stops)."""
        self.store.close()

    # -- the list admins manage -------------------------------------------------------
    def feeds(self) -> list[FeedStatus]:
        """Every feed with its state, numbered by position (1-based) for /delfeed."""
        self.store.sync_configured(self.configured, drop=False)
        return self.store.feeds()

    def add(self, url: str) -> bool:
        """Add a feed; False when it is already listed."""
        return self.store.add(url)

    def remove(self, n: int) -> FeedStatus | None:
        """Remove the n-th feed of feeds() when an admin added it; None when there is no
        such feed. A feed from NEWSBOT_FEEDS is returned unchanged (remove it there)."""
        feeds = self.feeds()
        if not 1 <= n <= len(feeds):
            return None
        feed = feeds[n - 1]
        if feed.origin == "admin":
            self.store.delete(feed.url)
        return feed

    # -- files admins sent (search/sources/uploads.py) ------------------------------------
    def uploads(self) -> list[Upload]:
        """Every upload, numbered by position (1-based) for removal."""
        return self.store.uploads()

    def add_upload(self, name: str, data: bytes) -> UploadOutcome:
        """Keep a file an admin sent (the next ingest reads it), or say why not."""
        return uploads.add(self.store, name, data)

    def remove_upload(self, n: int) -> Upload | None:
        """Forget the n-th upload (the next ingest removes its articles); None when none."""
        return uploads.remove(self.store, n)

    # -- fetching ---------------------------------------------------------------------
    def refresh(self, stop: Callable[[], bool] = lambda: False) -> list[FeedStatus]:
        """Fetch every feed that is due, then write the feed files; returns the feed states.
        One refresh at a time. Hosts are fetched from concurrently, each host's feeds in
        turn. The refresh ends by its deadline (REFRESH_TIMEOUTS feed timeouts) or when
        *stop* says the program is stopping: requests in flight are cut off, feeds not yet
        asked stay due for the next run."""
        with self._running:
            self.store.sync_configured(self.configured)
            due = self.store.due(time.time())
            if due:
                self._fetch_all(due, stop)
            self.write_files()
            return self.store.feeds()

    def _fetch_all(self, due: list[tuple[str, str | None, str | None]], stop: Callable[[], bool]) -> None:
        by_host: dict[str, list[tuple[str, str | None, str | None]]] = {}
        for row in due:
            by_host.setdefault((urlsplit(row[0]).hostname or "").lower(), []).append(row)
        ends = time.monotonic() + REFRESH_TIMEOUTS * self.limits.timeout
        polite = Polite(self.limits)
        over = threading.Event()  # stopping or past the deadline: nothing new is asked

        def one_host(rows: list[tuple[str, str | None, str | None]]) -> None:
            for row in rows:
                self._refresh_one(polite, lambda: over.is_set() or stop(), *row)

        try:
            with ThreadPoolExecutor(min(WORKERS, len(by_host))) as pool:
                running = {pool.submit(one_host, rows) for rows in by_host.values()}
                while running:
                    running = wait(running, WATCH_SECONDS).not_done
                    if running and not over.is_set() and (stop() or time.monotonic() >= ends):
                        over.set()
                        polite.cut()
                        log.warning("feed refresh cut off (%s); feeds not reached wait for the next run",
                                    "stopping" if stop() else "deadline")
        finally:
            polite.close()

    def _refresh_one(self, polite: Polite, stop: Callable[[], bool], url: str, etag: str | None,
                     last_modified: str | None) -> None:
        if stop():
            return
        try:
            got = polite.get(url, etag, last_modified)
            if got.error == CUT:  # the refresh ended: the feed stays due, not blamed
                return
            if got.error:
                log.warning("feed %s: %s", url, got.error)
                self.store.failed(url, got.error, got.retry_after)
                return
            if not got.unchanged and not self._take(url, got):
                return
            self.store.succeeded(url, got.etag, got.last_modified)
            for link in self.store.pages_wanted(url, PAGES_PER_RUN):
                if stop():
                    return
                self._page(polite, link)
        except Exception as exc:  # one feed's surprise must not stop the others
            log.exception("feed %s failed", url)
            self.store.failed(url, f"unreachable:{type(exc).__name__}")

    def _take(self, url: str, got: Fetched) -> bool:
        parsed = feedparser.parse(got.body)  # bytes: feedparser reads the XML's own encoding
        if not parsed.entries and (parsed.bozo or not parsed.get("version")):
            log.warning("feed %s: not a readable feed (%s)", url, parsed.get("bozo_exception"))
            self.store.failed(url, "malformed")
            return False
        title = (parsed.feed.get("title") or "").strip() or None
        new = self.store.save_items(url, [item_of(e) for e in parsed.entries])
        self.store.succeeded(url, got.etag, got.last_modified, title)
        log.info("feed %s: %d items, %d new or changed", url, len(parsed.entries), new)
        return True

    def _page(self, polite: Polite, link: str) -> None:
        got = polite.get(link)
        if got.error == CUT:
            return
        if got.error or got.unchanged:
            self.store.save_page(link, None, got.error or "unchanged")
            return
        found = articles_of_page(got.text(), link)
        self.store.save_page(link, found[0].text if found else None, None if found else "no_text")

    # -- output -----------------------------------------------------------------------
    def write_files(self) -> None:
        """One RSS file per feed (rewritten only when it changed), and the uploads; files of
        removed feeds and uploads go."""
        self.out.mkdir(parents=True, exist_ok=True)
        wanted = set()
        for feed in self.store.feeds():
            name = feed_file_name(feed.url)
            wanted.add(name)
            data = self.rss(feed)
            path = self.out / name
            if not path.exists() or path.read_bytes() != data:
                tmp = path.with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(path)
        for path in self.out.glob("*.xml"):
            if path.name not in wanted:
                path.unlink()
        uploads.write(self.store, self.out)

    def rss(self, feed: FeedStatus) -> bytes:
        """A feed's stored items as RSS 2.0, the linked page's text standing in for a summary."""
        root = etree.Element("rss", version="2.0", nsmap={"content": _CONTENT_NS})
        channel = etree.SubElement(root, "channel")
        etree.SubElement(channel, "title").text = feed.title or feed.url
        etree.SubElement(channel, "link").text = feed.url
        for it in self.store.items(feed.url):
            page = self.store.page_text(it.link) if it.summary_only and it.link else None
            item = etree.SubElement(channel, "item")
            for tag, value in (("title", it.title), ("link", it.link), ("pubDate", it.published),
                               ("author", it.author)):
                if value:
                    etree.SubElement(item, tag).text = _xml_safe(value)
            etree.SubElement(item, "guid", isPermaLink="false").text = it.key
            body = "".join(f"<p>{_escape(p)}</p>" for p in page.split("\n") if p.strip()) if page else it.html
            etree.SubElement(item, f"{{{_CONTENT_NS}}}encoded").text = _xml_safe(body)
        return etree.tostring(root, xml_declaration=True, encoding="utf-8")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _xml_safe(text: str) -> str:
    """Text without the control characters XML cannot hold."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 32)
