"""The PostgreSQL backend (NEWSBOT_SEARCH_BACKEND=postgres): documents in tables
(`schema`), written by `writer`, read by `reader` through a psycopg-pool of
connections, optionally to a streaming standby (NEWSBOT_DATABASE_REPLICA_URL).
"""
from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from search.index.backends.base import Stored, Writer
from search.index.backends.postgres import schema
from search.index.backends.postgres.reader import PgReader
from search.model import IndexBusy, IndexUnavailable
from search.secrets import mask

IDLE_SNAPSHOT_MS = 5000  # a reader's snapshot (open between its thread's queries) ends after this
POOL_MAX = 16  # connections per pool: one per thread that reads, and a few spare
_ARTICLES = "kind IN ('article', 'caption')"
BUSY = (psycopg.errors.QueryCanceled, psycopg.errors.LockNotAvailable, PoolTimeout)  # past the bounds


def bounded_options(url: str, seconds: float) -> str:
    """libpq `options` bounding each statement and each lock wait to *seconds* (server
    side), after any options *url* gives."""
    ms = max(1, round(seconds * 1000))
    given = str(conninfo_to_dict(url).get("options") or "")
    return f"{given} -c statement_timeout={ms} -c lock_timeout={ms}".strip()


def _snapshots(conn: psycopg.Connection) -> None:
    """A reader's transactions are repeatable-read and read-only: every statement of one
    query sees the same commit (document frequencies, matches and stored fields agree)."""
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    conn.commit()


class PostgresBackend:
    """Search tables in one PostgreSQL database; reads on the standby when one is given."""

    def __init__(self, url: str, replica_url: str = "", statement_timeout: float = 2.0,
                 connect_wait: float = 2.0) -> None:
        """Every read's statement and lock wait is bounded by *statement_timeout* seconds,
        its wait for a connection by *connect_wait* (IndexBusy past them)."""
        if not url:
            raise IndexUnavailable("NEWSBOT_SEARCH_BACKEND=postgres needs NEWSBOT_DATABASE_URL")
        self.url, self.replica_url = url, replica_url
        self.statement_timeout, self.connect_wait = statement_timeout, connect_wait
        self.location = "PostgreSQL " + mask(url)
        self._pool: ConnectionPool | None = None
        self._lock = threading.Lock()
        self._readers: weakref.WeakKeyDictionary[threading.Thread, PgReader] = weakref.WeakKeyDictionary()
        self._lexicon: dict = {}  # body terms, read once per commit (part-of-word search)

    def pool(self) -> ConnectionPool:
        """The readers' pool (on the standby when there is one), opened on first use."""
        with self._lock:
            if self._pool is None:
                url = self.replica_url or self.url
                options = bounded_options(url, self.statement_timeout) + \
                    f" -c idle_in_transaction_session_timeout={IDLE_SNAPSHOT_MS}"
                self._pool = ConnectionPool(url, min_size=1, max_size=POOL_MAX, open=True, timeout=self.connect_wait,
                                            kwargs={"autocommit": False, "options": options}, configure=_snapshots,
                                            check=ConnectionPool.check_connection)  # dropped by a restart
            return self._pool

    def _primary(self) -> psycopg.Connection:
        try:
            return psycopg.connect(self.url, connect_timeout=max(2, round(self.connect_wait)),
                                   options=bounded_options(self.url, self.statement_timeout))
        except psycopg.OperationalError as exc:
            raise IndexUnavailable(mask(f"cannot reach {self.location}: {exc}", self.url)) from exc

    def exists(self) -> bool:
        """True when the search tables exist (a version is recorded)."""
        with self._primary() as conn:
            return schema.meta(conn, "schema_version") is not None

    def current(self) -> bool:
        """True when this version's schema wrote the tables."""
        with self._primary() as conn:
            return schema.meta(conn, "schema_version") == schema.version_key()

    def reader(self) -> PgReader:
        """This thread's reader, on a new snapshot. A snapshot left open past
        IDLE_SNAPSHOT_MS (the thread's last query) is ended by the server, so it never
        holds back vacuum or a schema upgrade; the connection is then replaced here."""
        r = self._readers.get(threading.current_thread())
        if r is not None:
            try:
                return self._checked(r.begin())
            except psycopg.Error:  # the server ended the idle snapshot (or the connection broke)
                self.recover(Exception("a reader's connection was closed"))  # forget it, open another
        return self._checked(self._new_reader().begin())

    def _new_reader(self) -> PgReader:
        self._release_dead()
        try:
            conn = self.pool().getconn(timeout=self.connect_wait)
        except PoolTimeout as exc:
            raise IndexBusy(mask(f"no connection to {self.location} within {self.connect_wait:g} s: {exc}",
                                 self.url, self.replica_url)) from exc
        except Exception as exc:
            raise IndexUnavailable(mask(f"cannot reach {self.location}: {exc}", self.url, self.replica_url)) from exc
        r = self._readers[threading.current_thread()] = PgReader(conn, self._lexicon)
        return r

    def _checked(self, r: PgReader) -> PgReader:
        if r.generation == 0 and schema.meta(r.conn, "schema_version") is None:
            raise IndexUnavailable(f"no search tables in {self.location}")
        return r

    def _release_dead(self) -> None:
        """Give back the connections of threads that ended."""
        for thread in [t for t in list(self._readers) if not t.is_alive()]:
            r = self._readers.pop(thread, None)
            if r is not None and self._pool is not None:
                self._pool.putconn(r.conn)

    def recover(self, exc: Exception) -> None:
        """Forget this thread's reader; raise IndexUnavailable when the database is why."""
        r = self._readers.pop(threading.current_thread(), None)
        if r is not None and self._pool is not None:
            self._pool.putconn(r.conn)
        if isinstance(exc, BUSY):
            raise IndexBusy(mask(f"{self.location} did not answer in time: {exc}", self.url, self.replica_url)) from exc
        if isinstance(exc, psycopg.OperationalError):  # down or restarting: no rebuild would help
            raise IndexBusy(mask(f"cannot read {self.location}: {exc}", self.url, self.replica_url)) from exc

    def writing(self) -> AbstractContextManager[Writer]:
        """The one writer (see postgres.writer.writing)."""
        from search.index.backends.postgres.writer import writing

        return writing(self.url)

    def last_ingest(self) -> str | None:
        """When the last ingest finished."""
        with self._primary() as conn:
            return schema.meta(conn, "last_ingest")

    def iter_documents(self) -> Iterator[Stored]:
        """Every article and caption, in the order stored."""
        with self._primary() as conn, conn.cursor("search_docs_all", row_factory=dict_row) as cur:
            cur.execute(f"SELECT {schema.COLUMNS_SQL} FROM search_docs WHERE {_ARTICLES} ORDER BY seq")
            for row in cur:
                yield schema.stored(row)

    def size_bytes(self) -> int | None:
        """Bytes the search tables take in the database (see schema.size_bytes)."""
        with self._primary() as conn:
            return schema.size_bytes(conn)

    def close(self) -> None:
        """Close the readers' connections and their pool (an ingest has its own connection)."""
        with self._lock:
            pool, self._pool = self._pool, None
            readers = list(self._readers.values())
            self._readers.clear()
        for r in readers:  # checked out of the pool, which closes only what it holds
            with contextlib.suppress(psycopg.Error):
                r.conn.close()
        if pool is not None:
            pool.close()
