"""The Store protocol, written once in SQL over a dialect (bot.store.dialects): SQLite under
NEWSBOT_DATA_DIR by default, PostgreSQL (NEWSBOT_DATABASE_URL) shared by several workers."""
from __future__ import annotations

import datetime as dt
import logging
from contextlib import AbstractContextManager
from pathlib import Path

from bot import flood
from bot.store import migrations, outage
from bot.store.alerts import AlertsSql
from bot.store.base import StoreError, Subscription, next_slot, query_key
from bot.store.dialects import Dialect, Postgres, Sqlite
from bot.store.dialogs import DialogsSql
from bot.store.inbox import InboxSql
from bot.store.leases import LeasesSql

log = logging.getLogger(__name__)
_COLUMNS = "chat_id, at, query, since, last_period, traditional, thread_id, weekday"
_DUE = "at <= ? AND (last_period IS NULL OR last_period < ?) AND (weekday IS NULL OR weekday = ?)"


def _subscription(row: tuple) -> Subscription:
    """A row of _COLUMNS, each field of its declared type on both databases."""
    chat_id, at, query, since, last_period, traditional, thread_id, weekday = row
    return Subscription(int(chat_id), at, query, float(since), last_period, bool(traditional),
                        None if thread_id is None else int(thread_id), None if weekday is None else int(weekday))


def _weekday(today: str) -> int:
    """The day of the week (Monday 0) of a YYYY-MM-DD date."""
    return dt.date.fromisoformat(today).weekday()


class SqlStore(AlertsSql, DialogsSql, InboxSql, LeasesSql):
    """The Store protocol on any dialect; every method commits at once."""

    def __init__(self, dialect: Dialect) -> None:
        self._d = dialect
        try:
            migrations.upgrade(dialect)
        except StoreError:
            dialect.close()
            raise

    def close(self) -> None:
        self._d.close()

    def _run(self, sql: str, args: tuple = (), short: bool = False) -> list[tuple]:
        with self._d.connection(short=short) as run:
            return run(sql, args)

    def ping(self) -> bool:
        try:
            return self._run("SELECT 1") == [(1,)]
        except StoreError:
            return False

    def subscribe(self, chat_id: int, at: str, query: str | None, since: float, traditional: bool = False,
                  thread_id: int | None = None, weekday: int | None = None) -> None:
        self._run("INSERT INTO subscriptions(chat_id, at, query, since, traditional, thread_id, weekday) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET at=excluded.at, "
                  "query=excluded.query, traditional=excluded.traditional, thread_id=excluded.thread_id, "
                  "weekday=excluded.weekday", (chat_id, at, query, since, traditional, thread_id, weekday))

    def unsubscribe(self, chat_id: int) -> bool:
        return bool(self._run("DELETE FROM subscriptions WHERE chat_id=? RETURNING chat_id", (chat_id,)))

    def subscription(self, chat_id: int) -> Subscription | None:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE chat_id=?", (chat_id,))
        return _subscription(rows[0]) if rows else None

    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        rows = self._run(f"SELECT {_COLUMNS} FROM subscriptions WHERE {_DUE} ORDER BY chat_id",
                         (now_hhmm, today, _weekday(today)))
        return [_subscription(r) for r in rows]

    def claim_due(self, today: str, now_hhmm: str, worker: str, lease: float, limit: int) -> list[Subscription]:
        d = self._d
        rows = self._run(f"UPDATE subscriptions SET claimed_by=?, claim_until={d.stamp_after} WHERE chat_id IN "
                         f"(SELECT chat_id FROM subscriptions WHERE {_DUE} AND (claim_until IS NULL OR "
                         f"claim_until < {d.stamp_now}) ORDER BY chat_id LIMIT ?{d.skip_locked}) "
                         f"RETURNING {_COLUMNS}", (worker, lease, now_hhmm, today, _weekday(today), limit))
        return sorted((_subscription(r) for r in rows), key=lambda s: s.chat_id)

    def renew(self, chat_id: int, worker: str, lease: float) -> bool:
        d = self._d
        return bool(self._run(f"UPDATE subscriptions SET claim_until={d.stamp_after} WHERE chat_id=? AND "
                              f"claimed_by=? AND claim_until >= {d.stamp_now} RETURNING chat_id",
                              (lease, chat_id, worker)))

    def release(self, chat_id: int, worker: str) -> None:
        self._run("UPDATE subscriptions SET claimed_by=NULL, claim_until=NULL WHERE chat_id=? AND claimed_by=?",
                  (chat_id, worker))

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        self._run(f"UPDATE subscriptions SET last_period=?, since={self._d.greatest}(since, ?), claimed_by=NULL, "
                  "claim_until=NULL WHERE chat_id=?", (period, since, chat_id))

    def count(self) -> int:
        return int(self._run("SELECT COUNT(*) FROM subscriptions")[0][0])

    def remember_query(self, text: str) -> str | None:
        """The key, or None when it cannot be stored (database locked or disk full: logged,
        never raised; an answer waits at most dialects.ANSWER_WAIT_MS for a lock)."""
        key = query_key(text)
        try:
            self._run(f"INSERT INTO queries(key, text, used) VALUES (?, ?, {self._d.epoch}) ON CONFLICT(key) "
                      "DO UPDATE SET used=excluded.used", (key, text), short=True)
        except StoreError as exc:
            log.log(outage.quiet_level(), "could not store a page-button query: %s", exc)
            return None
        return key

    def query(self, key: str) -> str | None:
        try:
            rows = self._run("SELECT text FROM queries WHERE key=?", (key,), short=True)
        except StoreError as exc:
            log.log(outage.quiet_level(), "could not read a page-button query: %s", exc)
            return None
        return rows[0][0] if rows else None

    def forget_queries(self, keep: int) -> int:
        """Keep the *keep* page-button queries stored last."""
        return len(self._run("DELETE FROM queries WHERE key NOT IN (SELECT key FROM queries ORDER BY used DESC, "
                             "key LIMIT ?) RETURNING key", (keep,)))

    def counts(self) -> dict[str, int]:
        """Rows an operator watches: subscriptions, alerts, pushes waiting, inbox, queries."""
        sql = ("SELECT (SELECT COUNT(*) FROM subscriptions), (SELECT COUNT(*) FROM alerts), "
               "(SELECT COUNT(*) FROM alert_pushes WHERE state='new'), "
               "(SELECT COUNT(*) FROM inbox WHERE NOT done), (SELECT COUNT(*) FROM queries)")
        row = self._run(sql)[0]
        return dict(zip(("subscriptions", "alerts", "pushes_waiting", "inbox", "queries"), map(int, row), strict=True))

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        """One transaction: the new chat's own subscription, if any, is kept."""
        with self._d.connection(transaction=True) as run:
            moved = run("UPDATE subscriptions SET chat_id=? WHERE chat_id=? AND NOT EXISTS "
                        "(SELECT 1 FROM subscriptions WHERE chat_id=?) RETURNING chat_id",
                        (new_chat_id, old_chat_id, new_chat_id))
            run("DELETE FROM subscriptions WHERE chat_id=?", (old_chat_id,))
        return bool(moved)

    def flood_check(self, user_id: int, burst: int, window: float) -> str:
        """The user's row is locked while deciding, so two workers never both let one through."""
        d = self._d
        with d.connection(transaction=True, short=True) as run:
            now = float(run(f"SELECT {d.epoch}")[0][0])
            run("INSERT INTO flood(user_id, times, noticed, last_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                (user_id, d.floats([]), False, now))
            times, noticed = run(f"SELECT times, noticed FROM flood WHERE user_id=?{d.for_update}", (user_id,))[0]
            verdict, times, noticed = flood.decide(d.floats_of(times), bool(noticed), now, burst, window)
            run("UPDATE flood SET times=?, noticed=?, last_at=? WHERE user_id=?",
                (d.floats(times), noticed, now, user_id))
        return verdict

    def forget_idle(self, window: float) -> None:
        self._run(f"DELETE FROM flood WHERE last_at < {self._d.epoch} - ?", (window,))

    def reserve_send(self, key: str, limit: int, period: float) -> float:
        """The key's row is locked while booking, so workers never book the same slot."""
        d = self._d
        with d.connection(transaction=True, short=True) as run:
            run("INSERT INTO rates(key, slots) VALUES (?, ?) ON CONFLICT DO NOTHING", (key, d.floats([])))
            slots = run(f"SELECT slots FROM rates WHERE key=?{d.for_update}", (key,))[0][0]
            now = float(run(f"SELECT {d.epoch}")[0][0])
            slot, booked = next_slot(d.floats_of(slots), now, limit, period)
            run("UPDATE rates SET slots=? WHERE key=?", (d.floats(booked), key))
        return slot - now

    def singleton(self, name: str, wait: bool = False) -> AbstractContextManager[bool]:
        return self._d.singleton(name, wait)

    def get_meta(self, key: str) -> str | None:
        rows = self._run("SELECT value FROM meta WHERE key=?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str, short: bool = False) -> None:
        self._run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                  (key, value), short=short)


class SqliteStore(SqlStore):
    """The default: one file (*path*), for one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(Sqlite(path))


class PostgresStore(SqlStore):
    """PostgreSQL at *url*, shared by every worker; *max_size* pooled connections, *timeout*
    seconds to reach the server at start."""

    def __init__(self, url: str, max_size: int = 10, timeout: float = 10.0, **bounds: float) -> None:
        """*bounds*: statement_timeout and connect_wait in seconds (see dialects.Postgres)."""
        super().__init__(Postgres(url, max_size, timeout, **bounds))
