"""SQLite state under NEWSBOT_DATA_DIR (the default): one process, one file."""
from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bot import flood
from bot.store.base import SCHEMA_VERSION, StoreError, Subscription, next_slot, query_key

_SCHEMA = """
CREATE TABLE IF NOT EXISTS subscriptions (
    chat_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,               -- HH:MM, Asia/Shanghai
    query TEXT,                     -- NULL: every new article
    since REAL NOT NULL,            -- articles added after this went out already
    last_period TEXT                -- date (YYYY-MM-DD) of the last digest run
);
CREATE TABLE IF NOT EXISTS queries (key TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
log = logging.getLogger(__name__)
ANSWER_WAIT_MS = 200  # the longest an answer waits for a locked database
DEFAULT_WAIT_MS = 5000  # sqlite3.connect's default timeout (5 s), restored after an answer's short wait
_COLUMNS = "chat_id, at, query, since, last_period, traditional"
_DUE = "at <= ? AND (last_period IS NULL OR last_period < ?)"


class SqliteStore:
    """Small, synchronous and thread-safe; every write commits at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: no fsync per commit, still consistent
            self._db.executescript(_SCHEMA)
            self._migrate()
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(f"cannot use the database {path.resolve()}: {exc} "
                             f"(check NEWSBOT_DATA_DIR and the file's permissions)") from exc
        self._lock = threading.RLock()
        self._singletons: dict[str, threading.Lock] = {}
        self._flood: dict[int, tuple[list[float], bool]] = {}
        self._slots: dict[str, list[float]] = {}

    def _migrate(self) -> None:
        """Version 0 (before leases) to 1: the claim columns; 1 to 2: the digest's script."""
        if self._db.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
            return
        names = {row[1] for row in self._db.execute("PRAGMA table_info(subscriptions)")}
        for column in ("claimed_by TEXT", "claim_until REAL", "traditional INTEGER NOT NULL DEFAULT 0"):
            if column.split()[0] not in names:
                self._db.execute(f"ALTER TABLE subscriptions ADD COLUMN {column}")
        self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def ping(self) -> bool:
        try:
            return self._run("SELECT 1") == [(1,)]
        except sqlite3.Error:
            return False

    def subscribe(self, chat_id: int, at: str, query: str | None, since: float, traditional: bool = False) -> None:
        self._run("INSERT INTO subscriptions(chat_id, at, query, since, last_period, traditional) "
                  "VALUES (?,?,?,?,NULL,?) ON CONFLICT(chat_id) DO UPDATE SET at=excluded.at, query=excluded.query, "
                  "traditional=excluded.traditional", (chat_id, at, query, since, traditional))

    def unsubscribe(self, chat_id: int) -> bool:
        with self._lock:
            return self._db.execute("DELETE FROM subscriptions WHERE chat_id=?", (chat_id,)).rowcount > 0

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE chat_id=?", (chat_id,))
        return Subscription(*rows[0]) if rows else None

    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE {_DUE} ORDER BY chat_id", (now_hhmm, today))
        return [Subscription(*r) for r in rows]

    def claim_due(self, today: str, now_hhmm: str, worker: str, lease: float, limit: int) -> list[Subscription]:
        now = time.time()
        rows = self._run(f"UPDATE subscriptions SET claimed_by=?, claim_until=? WHERE chat_id IN "
                         f"(SELECT chat_id FROM subscriptions WHERE {_DUE} AND "
                         f"(claim_until IS NULL OR claim_until < ?) ORDER BY chat_id LIMIT ?) RETURNING {_COLUMNS}",
                         (worker, now + lease, now_hhmm, today, now, limit))
        return sorted((Subscription(*r) for r in rows), key=lambda s: s.chat_id)

    def renew(self, chat_id: int, worker: str, lease: float) -> bool:
        now = time.time()
        return bool(self._run("UPDATE subscriptions SET claim_until=? WHERE chat_id=? AND claimed_by=? "
                              "AND claim_until >= ? RETURNING chat_id", (now + lease, chat_id, worker, now)))

    def release(self, chat_id: int, worker: str) -> None:
        self._run("UPDATE subscriptions SET claimed_by=NULL, claim_until=NULL WHERE chat_id=? AND claimed_by=?",
                  (chat_id, worker))

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        self._run("UPDATE subscriptions SET last_period=?, since=MAX(since, ?), claimed_by=NULL, "
                  "claim_until=NULL WHERE chat_id=?", (period, since, chat_id))

    def count(self) -> int:
        return self._run("SELECT COUNT(*) FROM subscriptions")[0][0]

    def remember_query(self, text: str) -> str | None:
        """The key, or None when it cannot be stored (database locked or disk full: logged,
        never raised; an answer waits at most ANSWER_WAIT_MS for a lock)."""
        key = query_key(text)
        try:
            with self._lock:
                self._db.execute(f"PRAGMA busy_timeout = {ANSWER_WAIT_MS}")
                try:
                    self._db.execute("INSERT OR IGNORE INTO queries(key, text) VALUES (?, ?)", (key, text))
                finally:
                    self._db.execute(f"PRAGMA busy_timeout = {DEFAULT_WAIT_MS}")
        except sqlite3.Error as exc:
            log.warning("could not store a page-button query in %s: %s", self.path, exc)
            return None
        return key

    def query(self, key: str) -> str | None:
        try:
            rows = self._run("SELECT text FROM queries WHERE key=?", (key,))
        except sqlite3.Error as exc:
            log.warning("could not read a page-button query from %s: %s", self.path, exc)
            return None
        return rows[0][0] if rows else None

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        with self._lock:
            cur = self._db.execute("UPDATE OR IGNORE subscriptions SET chat_id=? WHERE chat_id=?",
                                   (new_chat_id, old_chat_id))
            self._db.execute("DELETE FROM subscriptions WHERE chat_id=?", (old_chat_id,))
            return cur.rowcount > 0

    # One process owns the SQLite file: the flood allowance and send windows stay in its
    # memory, so an answer never waits on a database write (PostgresStore shares them).
    def flood_check(self, user_id: int, burst: int, window: float) -> str:
        with self._lock:
            times, noticed = self._flood.get(user_id, ([], False))
            verdict, times, noticed = flood.decide(times, noticed, time.time(), burst, window)
            self._flood[user_id] = (times, noticed)
            return verdict

    def forget_idle(self, window: float) -> None:
        cutoff = time.time() - window
        with self._lock:
            for user_id in [u for u, (times, _) in self._flood.items() if all(t < cutoff for t in times)]:
                del self._flood[user_id]

    def reserve_send(self, key: str, limit: int, period: float) -> float:
        now = time.time()
        with self._lock:
            slot, self._slots[key] = next_slot(self._slots.get(key, []), now, limit, period)
        return slot - now

    @contextmanager
    def singleton(self, name: str, wait: bool = False) -> Iterator[bool]:
        with self._lock:
            lock = self._singletons.setdefault(name, threading.Lock())
        got = lock.acquire(blocking=wait)
        try:
            yield got
        finally:
            if got:
                lock.release()

    def get_meta(self, key: str) -> str | None:
        rows = self._run("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                  (key, value))
