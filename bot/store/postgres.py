"""PostgreSQL state (NEWSBOT_DATABASE_URL=postgresql://...), shared by every worker: psycopg 3
with a connection pool (psycopg-pool), the project's own PostgreSQL driver of choice
because it is the maintained one with a real pool and server-side binding."""
from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from bot import flood
from bot.store.base import StoreError, Subscription, next_slot, query_key
from search.index.backends.postgres.schema import describe

log = logging.getLogger(__name__)
# Each entry moves the schema one version up; the applied count is kept in schema_version.
MIGRATIONS = [
    """
    CREATE TABLE subscriptions (
        chat_id BIGINT PRIMARY KEY, at TEXT NOT NULL, query TEXT, since DOUBLE PRECISION NOT NULL,
        last_period TEXT, claimed_by TEXT, claim_until TIMESTAMPTZ);
    CREATE INDEX subscriptions_due ON subscriptions (at, last_period);
    CREATE TABLE queries (key TEXT PRIMARY KEY, text TEXT NOT NULL);
    CREATE TABLE flood (user_id BIGINT PRIMARY KEY, times DOUBLE PRECISION[] NOT NULL,
                        noticed BOOLEAN NOT NULL, last_at DOUBLE PRECISION NOT NULL);
    CREATE TABLE rates (key TEXT PRIMARY KEY, slots DOUBLE PRECISION[] NOT NULL);
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    "ALTER TABLE subscriptions ADD COLUMN traditional BOOLEAN NOT NULL DEFAULT false",
]
_MIGRATE_LOCK = "newsbot:migrate"
LOCK_ID_BYTES = 8  # advisory lock ids are 64-bit
CONNECTION_WAIT = 3.0  # seconds a call waits for a connection before failing (answers go on)
_COLUMNS = "chat_id, at, query, since, last_period, traditional"
_DUE = "at <= %s AND (last_period IS NULL OR last_period < %s)"
_NOW = "extract(epoch from clock_timestamp())"


def lock_id(name: str) -> int:
    """A stable 64-bit advisory lock id for *name*."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=LOCK_ID_BYTES).digest(), "big", signed=True)


def _row(cursor: psycopg.Cursor[Any]) -> tuple[Any, ...]:
    """The one row a query always returns (the clock, a row just inserted or locked)."""
    row = cursor.fetchone()
    if row is None:
        raise StoreError("the database returned no row where one always exists")
    return row


class PostgresStore:
    """The Store protocol on a pool of autocommit connections."""

    def __init__(self, url: str, max_size: int = 10, timeout: float = 10.0) -> None:
        self._pool = ConnectionPool(url, min_size=1, max_size=max_size, kwargs={"autocommit": True},
                                    open=False, name="newsbot", timeout=CONNECTION_WAIT)
        try:
            self._pool.open(wait=True, timeout=timeout)
            self.upgrade_schema()
        except (PoolTimeout, psycopg.Error) as exc:
            self._pool.close()
            raise StoreError(f"cannot use the database {describe(url)}: {exc} "
                             f"(check NEWSBOT_DATABASE_URL and that PostgreSQL is running)") from exc

    def upgrade_schema(self) -> int:
        """Bring the schema to the newest version under an advisory lock (concurrent starts
        wait for each other); returns the version."""
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_id(_MIGRATE_LOCK),))
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            for sql in MIGRATIONS[version:]:
                conn.execute(sql)
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version VALUES (%s)", (len(MIGRATIONS),))
        return len(MIGRATIONS)

    def close(self) -> None:
        self._pool.close()

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._pool.connection() as conn:
            cur = conn.execute(sql, args)
            return cur.fetchall() if cur.description else []

    def ping(self) -> bool:
        try:
            return self._run("SELECT 1") == [(1,)]
        except (psycopg.Error, PoolTimeout):
            return False

    def subscribe(self, chat_id: int, at: str, query: str | None, since: float, traditional: bool = False) -> None:
        self._run("INSERT INTO subscriptions(chat_id, at, query, since, traditional) VALUES (%s,%s,%s,%s,%s) "
                  "ON CONFLICT(chat_id) DO UPDATE SET at=excluded.at, query=excluded.query, "
                  "traditional=excluded.traditional", (chat_id, at, query, since, traditional))

    def unsubscribe(self, chat_id: int) -> bool:
        return bool(self._run("DELETE FROM subscriptions WHERE chat_id=%s RETURNING chat_id", (chat_id,)))

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE chat_id=%s", (chat_id,))
        return Subscription(*rows[0]) if rows else None

    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE {_DUE} ORDER BY chat_id", (now_hhmm, today))
        return [Subscription(*r) for r in rows]

    def claim_due(self, today: str, now_hhmm: str, worker: str, lease: float, limit: int) -> list[Subscription]:
        rows = self._run(
            f"UPDATE subscriptions s SET claimed_by=%s, claim_until=clock_timestamp() + make_interval(secs => %s) "
            f"FROM (SELECT chat_id FROM subscriptions WHERE {_DUE} AND "
            f"(claim_until IS NULL OR claim_until < clock_timestamp()) ORDER BY chat_id LIMIT %s "
            f"FOR UPDATE SKIP LOCKED) d WHERE s.chat_id = d.chat_id "
            f"RETURNING s.chat_id, s.at, s.query, s.since, s.last_period",
            (worker, lease, now_hhmm, today, limit))
        return sorted((Subscription(*r) for r in rows), key=lambda s: s.chat_id)

    def renew(self, chat_id: int, worker: str, lease: float) -> bool:
        return bool(self._run("UPDATE subscriptions SET claim_until=clock_timestamp() + make_interval(secs => %s) "
                              "WHERE chat_id=%s AND claimed_by=%s AND claim_until >= clock_timestamp() "
                              "RETURNING chat_id", (lease, chat_id, worker)))

    def release(self, chat_id: int, worker: str) -> None:
        self._run("UPDATE subscriptions SET claimed_by=NULL, claim_until=NULL WHERE chat_id=%s AND claimed_by=%s",
                  (chat_id, worker))

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        self._run("UPDATE subscriptions SET last_period=%s, since=GREATEST(since, %s), claimed_by=NULL, "
                  "claim_until=NULL WHERE chat_id=%s", (period, since, chat_id))

    def count(self) -> int:
        return self._run("SELECT COUNT(*) FROM subscriptions")[0][0]

    def remember_query(self, text: str) -> str | None:
        """The key, or None when it cannot be stored (logged, never raised)."""
        key = query_key(text)
        try:
            self._run("INSERT INTO queries(key, text) VALUES (%s, %s) ON CONFLICT DO NOTHING", (key, text))
        except (psycopg.Error, PoolTimeout) as exc:
            log.warning("could not store a page-button query: %s", exc)
            return None
        return key

    def query(self, key: str) -> str | None:
        try:
            rows = self._run("SELECT text FROM queries WHERE key=%s", (key,))
        except (psycopg.Error, PoolTimeout) as exc:
            log.warning("could not read a page-button query: %s", exc)
            return None
        return rows[0][0] if rows else None

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        """One transaction: the new chat's own subscription, if any, is kept."""
        with self._pool.connection() as conn, conn.transaction():
            moved = conn.execute("UPDATE subscriptions SET chat_id=%s WHERE chat_id=%s AND NOT EXISTS "
                                 "(SELECT 1 FROM subscriptions WHERE chat_id=%s) RETURNING chat_id",
                                 (new_chat_id, old_chat_id, new_chat_id)).fetchall()
            conn.execute("DELETE FROM subscriptions WHERE chat_id=%s", (old_chat_id,))
        return bool(moved)

    def flood_check(self, user_id: int, burst: int, window: float) -> str:
        """The user's row is locked while deciding, so two workers never both let one through."""
        with self._pool.connection() as conn, conn.transaction():
            now = _row(conn.execute(f"SELECT {_NOW}"))[0]
            conn.execute("INSERT INTO flood(user_id, times, noticed, last_at) VALUES (%s, '{}', false, %s) "
                         "ON CONFLICT DO NOTHING", (user_id, now))
            times, noticed = _row(conn.execute("SELECT times, noticed FROM flood WHERE user_id=%s FOR UPDATE",
                                               (user_id,)))
            verdict, times, noticed = flood.decide(list(times), noticed, float(now), burst, window)
            conn.execute("UPDATE flood SET times=%s, noticed=%s, last_at=%s WHERE user_id=%s",
                         (times, noticed, now, user_id))
            return verdict

    def forget_idle(self, window: float) -> None:
        self._run(f"DELETE FROM flood WHERE last_at < {_NOW} - %s", (window,))

    def reserve_send(self, key: str, limit: int, period: float) -> float:
        """The key's row is locked while booking, so workers never book the same slot."""
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("INSERT INTO rates(key, slots) VALUES (%s, '{}') ON CONFLICT DO NOTHING", (key,))
            slots = _row(conn.execute("SELECT slots FROM rates WHERE key=%s FOR UPDATE", (key,)))[0]
            now = float(_row(conn.execute(f"SELECT {_NOW}"))[0])
            slot, slots = next_slot(list(slots), now, limit, period)
            conn.execute("UPDATE rates SET slots=%s WHERE key=%s", (slots, key))
        return slot - now

    @contextmanager
    def singleton(self, name: str, wait: bool = False) -> Iterator[bool]:
        """A session advisory lock on a connection held for the block: a dead worker's
        lock goes with its connection."""
        with self._pool.connection() as conn:
            if wait:
                conn.execute("SELECT pg_advisory_lock(%s)", (lock_id(name),))
                got = True
            else:
                got = _row(conn.execute("SELECT pg_try_advisory_lock(%s)", (lock_id(name),)))[0]
            try:
                yield got
            finally:
                if got:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (lock_id(name),))

    def get_meta(self, key: str) -> str | None:
        rows = self._run("SELECT value FROM meta WHERE key=%s", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._run("INSERT INTO meta(key, value) VALUES (%s, %s) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                  (key, value))
