"""What live sources have fetched, kept so that a restart fetches nothing again: the feed
list with each feed's validators and last error, every item seen, and the pages fetched for
summary-only items. In SQLite in the data folder, or in PostgreSQL shared by every machine
(search/sources/livedb.py)."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from search.model import FeedStatus, Upload
from search.sources.livedb import PostgresDb, SqliteDb

_SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    url TEXT PRIMARY KEY, origin TEXT NOT NULL, added REAL NOT NULL, title TEXT,
    etag TEXT, last_modified TEXT, checked REAL, error TEXT, failures INTEGER NOT NULL DEFAULT 0,
    retry_at REAL NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS items (
    feed TEXT NOT NULL, key TEXT NOT NULL, seq INTEGER NOT NULL, title TEXT, link TEXT,
    published TEXT, author TEXT, html TEXT, summary_only INTEGER NOT NULL,
    PRIMARY KEY (feed, key));
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY, text TEXT, error TEXT, failures INTEGER NOT NULL DEFAULT 0, fetched REAL);
CREATE TABLE IF NOT EXISTS uploads (
    key TEXT PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL, added REAL NOT NULL, titles TEXT NOT NULL);
"""
PAGE_ATTEMPTS = 3  # a page that failed this often is not asked for again
BACKOFF_BASE, BACKOFF_MAX = 60.0, 6 * 3600.0  # seconds: doubled on each failure in a row


@dataclass(frozen=True)
class Item:
    """One feed item as stored; html is the item's own content or summary."""

    key: str
    title: str
    link: str | None
    published: str | None  # RFC 822, as RSS writes it
    author: str | None
    html: str
    summary_only: bool


class LiveStore:
    """The database behind live sources: the SQLite file at *path*, or PostgreSQL at *url*
    when given; safe to share between threads."""

    def __init__(self, path: Path, url: str = "") -> None:
        self.db: SqliteDb | PostgresDb = PostgresDb(url, _SCHEMA) if url else SqliteDb(path, _SCHEMA)

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        return self.db.run(sql, args)

    # -- the feed list ----------------------------------------------------------
    def sync_configured(self, urls: tuple[str, ...], drop: bool = True) -> None:
        """Feeds from the settings: new ones added, and with *drop* ones no longer listed
        dropped (only the ingest drops: a machine listing feeds changes nothing there)."""
        for url in urls:
            self._run("INSERT INTO feeds(url, origin, added) VALUES (?, 'settings', ?) ON CONFLICT DO NOTHING",
                      (url, time.time()))
        if not drop:
            return
        for (url,) in self._run("SELECT url FROM feeds WHERE origin = 'settings'"):
            if url not in urls:
                self.delete(url)

    def add(self, url: str) -> bool:
        """Add a feed an admin asked for; False when it is already listed."""
        before = self._run("SELECT 1 FROM feeds WHERE url = ?", (url,))
        if before:
            return False
        self._run("INSERT INTO feeds(url, origin, added) VALUES (?, 'admin', ?)", (url, time.time()))
        return True

    def delete(self, url: str) -> None:
        """Forget a feed and its items."""
        self._run("DELETE FROM items WHERE feed = ?", (url,))
        self._run("DELETE FROM feeds WHERE url = ?", (url,))

    def feeds(self) -> list[FeedStatus]:
        """Every feed in the order it was added, with its state."""
        rows = self._run("SELECT f.url, f.origin, f.title, f.checked, f.error, f.failures, "
                         "(SELECT COUNT(*) FROM items i WHERE i.feed = f.url) "
                         "FROM feeds f ORDER BY f.added, f.url")
        return [FeedStatus(url=r[0], origin=r[1], title=r[2], checked=r[3], error=r[4],
                           failures=r[5], items=r[6]) for r in rows]

    def due(self, now: float) -> list[tuple[str, str | None, str | None]]:
        """(url, etag, last_modified) of feeds not waiting out a back-off, the least recently
        checked first (a refresh cut off by its deadline reaches the others next time)."""
        return self._run("SELECT url, etag, last_modified FROM feeds WHERE retry_at <= ? "
                         "ORDER BY COALESCE(checked, 0), added", (now,))

    # -- fetch outcomes -----------------------------------------------------------
    def succeeded(self, url: str, etag: str | None, last_modified: str | None, title: str | None = None) -> None:
        """A good fetch (or a 304): validators kept, error and back-off cleared."""
        self._run("UPDATE feeds SET etag = ?, last_modified = ?, checked = ?, error = NULL, failures = 0, "
                  "retry_at = 0, title = COALESCE(?, title) WHERE url = ?",
                  (etag, last_modified, time.time(), title, url))

    def failed(self, url: str, error: str, retry_after: float | None = None) -> None:
        """A failed fetch: the error kept for /feeds, the next try put off (doubling)."""
        rows = self._run("SELECT failures FROM feeds WHERE url = ?", (url,))
        failures = (rows[0][0] if rows else 0) + 1
        wait = max(min(BACKOFF_BASE * 2 ** (failures - 1), BACKOFF_MAX), retry_after or 0)
        now = time.time()
        self._run("UPDATE feeds SET checked = ?, error = ?, failures = ?, retry_at = ? WHERE url = ?",
                  (now, error, failures, now + wait, url))

    def save_items(self, feed: str, items: list[Item]) -> int:
        """Store items not seen before (an item seen again keeps its first version unless
        its text changed); returns how many were new or changed."""
        changed = 0
        with self.db.transaction() as run:
            seq = run("SELECT COALESCE(MAX(seq), 0) FROM items WHERE feed = ?", (feed,))[0][0]
            for it in items:
                old = run("SELECT html, title FROM items WHERE feed = ? AND key = ?", (feed, it.key))
                if old and tuple(old[0]) == (it.html, it.title):
                    continue
                seq += 1
                changed += 1
                run("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (feed, key) DO UPDATE SET "
                    "seq = excluded.seq, title = excluded.title, link = excluded.link, "
                    "published = excluded.published, author = excluded.author, html = excluded.html, "
                    "summary_only = excluded.summary_only",
                    (feed, it.key, seq, it.title, it.link, it.published, it.author, it.html, int(it.summary_only)))
        return changed

    def items(self, feed: str) -> list[Item]:
        """A feed's items, oldest first."""
        rows = self._run("SELECT key, title, link, published, author, html, summary_only FROM items "
                         "WHERE feed = ? ORDER BY seq", (feed,))
        return [Item(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", bool(r[6])) for r in rows]

    # -- linked pages -------------------------------------------------------------
    def pages_wanted(self, feed: str, limit: int) -> list[str]:
        """Links of summary-only items whose page was never fetched (or failed < PAGE_ATTEMPTS)."""
        rows = self._run("SELECT i.link FROM items i LEFT JOIN pages p ON p.url = i.link "
                         "WHERE i.feed = ? AND i.summary_only = 1 AND i.link IS NOT NULL "
                         "AND (p.url IS NULL OR (p.text IS NULL AND p.failures < ?)) "
                         "ORDER BY i.seq DESC LIMIT ?", (feed, PAGE_ATTEMPTS, limit))
        return [r[0] for r in rows]

    def save_page(self, url: str, text: str | None, error: str | None) -> None:
        """A page's main text, or why there is none."""
        self._run("INSERT INTO pages(url, text, error, failures, fetched) VALUES (?, ?, ?, ?, ?) "
                  "ON CONFLICT(url) DO UPDATE SET text = excluded.text, error = excluded.error, "
                  "failures = pages.failures + excluded.failures, fetched = excluded.fetched",
                  (url, text, error, 0 if text else 1, time.time()))

    def page_text(self, url: str) -> str | None:
        """The main text extracted from a linked page, when it was fetched."""
        rows = self._run("SELECT text FROM pages WHERE url = ?", (url,))
        return rows[0][0] if rows else None

    # -- files admins sent ---------------------------------------------------------
    def add_upload(self, upload: Upload, text: str) -> bool:
        """Keep a file's text (decoded); False when the same text is kept already."""
        rows = self._run("INSERT INTO uploads(key, name, text, added, titles) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT DO NOTHING RETURNING key",
                         (upload.key, upload.name, text, upload.added, "\n".join(upload.titles)))
        return bool(rows)

    def uploads(self) -> list[Upload]:
        """Every upload, the oldest first."""
        rows = self._run("SELECT key, name, added, titles FROM uploads ORDER BY added, key")
        return [Upload(r[0], r[1], r[2], tuple(t for t in r[3].split("\n") if t)) for r in rows]

    def upload_text(self, key: str) -> str | None:
        """An upload's text (None when it was removed meanwhile)."""
        rows = self._run("SELECT text FROM uploads WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def delete_upload(self, key: str) -> None:
        """Forget an upload."""
        self._run("DELETE FROM uploads WHERE key = ?", (key,))

    def close(self) -> None:
        """Close the database."""
        self.db.close()
