"""SQLite state under NEWSBOT_DATA_DIR: subscriptions and the queries behind page buttons."""
from __future__ import annotations

import hashlib
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    chat_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,               -- HH:MM, Asia/Shanghai
    query TEXT,                     -- NULL: every new article
    since REAL NOT NULL,            -- articles added after this went out already
    last_period TEXT                -- date (YYYY-MM-DD) of the last digest run
);
CREATE TABLE IF NOT EXISTS queries (key TEXT PRIMARY KEY, text TEXT NOT NULL);
"""
log = logging.getLogger(__name__)
ANSWER_WAIT_MS = 200  # the longest an answer waits for a locked database


@dataclass(frozen=True)
class Subscription:
    """A chat's daily digest."""

    chat_id: int
    at: str
    query: str | None
    since: float
    last_period: str | None


class StoreError(RuntimeError):
    """The database file cannot be opened or used; the message names the file."""


class Store:
    """Small, synchronous and thread-safe; every write commits at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use the database {path.resolve()}: {exc} "
                             f"(check NEWSBOT_DATA_DIR and the file's permissions)") from exc
        self._lock = threading.Lock()

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def subscribe(self, chat_id: int, at: str, query: str | None, since: float) -> None:
        """Create or replace a chat's subscription."""
        self._run("INSERT INTO subscriptions(chat_id, at, query, since, last_period) VALUES (?,?,?,?,NULL) "
                  "ON CONFLICT(chat_id) DO UPDATE SET at=excluded.at, query=excluded.query",
                  (chat_id, at, query, since))

    def unsubscribe(self, chat_id: int) -> bool:
        """Remove a subscription; True when there was one."""
        with self._lock:
            return self._db.execute("DELETE FROM subscriptions WHERE chat_id=?", (chat_id,)).rowcount > 0

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._run("SELECT chat_id, at, query, since, last_period FROM subscriptions WHERE chat_id=?",
                         (chat_id,))
        return Subscription(*rows[0]) if rows else None

    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        """Subscriptions whose time has come today and that have not run for today yet."""
        rows = self._run("SELECT chat_id, at, query, since, last_period FROM subscriptions "
                         "WHERE at <= ? AND (last_period IS NULL OR last_period < ?) ORDER BY chat_id",
                         (now_hhmm, today))
        return [Subscription(*r) for r in rows]

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        """Record that the digest for *period* reached the chat (or had nothing to say)."""
        self._run("UPDATE subscriptions SET last_period=?, since=MAX(since, ?) WHERE chat_id=?",
                  (period, since, chat_id))

    def count(self) -> int:
        return self._run("SELECT COUNT(*) FROM subscriptions")[0][0]

    def remember_query(self, text: str) -> str | None:
        """A short key for a query, for page buttons (callback_data is at most 64 bytes), or
        None when it cannot be stored (database locked or disk full: logged, never raised;
        an answer waits at most ANSWER_WAIT_MS for a lock)."""
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()
        try:
            with self._lock:
                self._db.execute(f"PRAGMA busy_timeout = {ANSWER_WAIT_MS}")
                try:
                    self._db.execute("INSERT OR IGNORE INTO queries(key, text) VALUES (?, ?)", (key, text))
                finally:
                    self._db.execute("PRAGMA busy_timeout = 5000")
        except sqlite3.Error as exc:
            log.warning("could not store a page-button query in %s: %s", self.path, exc)
            return None
        return key

    def query(self, key: str) -> str | None:
        """The query behind a page-button key, or None (unknown, or the store unreadable)."""
        try:
            rows = self._run("SELECT text FROM queries WHERE key=?", (key,))
        except sqlite3.Error as exc:
            log.warning("could not read a page-button query from %s: %s", self.path, exc)
            return None
        return rows[0][0] if rows else None

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        """Move a group's subscription to the supergroup it became; True when there was one.
        A subscription the new chat already has is kept."""
        with self._lock:
            cur = self._db.execute("UPDATE OR IGNORE subscriptions SET chat_id=? WHERE chat_id=?",
                                   (new_chat_id, old_chat_id))
            self._db.execute("DELETE FROM subscriptions WHERE chat_id=?", (old_chat_id,))
            return cur.rowcount > 0
