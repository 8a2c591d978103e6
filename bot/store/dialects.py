"""What truly differs between SQLite and PostgreSQL under the one SQL store (bot.store.sql):
connections and transactions, the placeholder, a few spellings, column types, arrays,
the `singleton` lock, and turning driver errors into StoreError (never with a password)."""
from __future__ import annotations

import fcntl
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, Protocol

from bot.store import outage
from bot.store.base import StoreError
from search.secrets import mask

Run = Callable[..., list[tuple]]  # run(sql, args=()): the rows (none for a statement without any)
ANSWER_WAIT_MS = 200  # SQLite: the longest an answer waits for a locked database
DEFAULT_WAIT_MS = 5000  # sqlite3.connect's default timeout (5 s), restored after an answer's short wait
CONNECTION_WAIT = 2.0  # PostgreSQL: seconds a call waits for a pooled connection (NEWSBOT_DB_CONNECT_WAIT)
STATEMENT_TIMEOUT = 2.0  # PostgreSQL: seconds a statement may run or wait for a lock (NEWSBOT_DB_STATEMENT_TIMEOUT)
LOCK_ID_BYTES = 8  # advisory lock ids are 64-bit
MIGRATE_LOCK = "newsbot:migrate"


class Dialect(Protocol):
    """One database under the SQL store. SQL is written with `?` placeholders."""

    name: str  # the database, for messages (never a password)
    epoch: str  # SQL: the database's clock, in seconds since the epoch
    stamp_now: str  # SQL: now, as the claim_until column holds it
    stamp_after: str  # SQL: one `?` seconds from now, as claim_until holds it
    greatest: str  # the two-argument maximum
    for_update: str  # after a SELECT: lock the rows read until the transaction ends
    skip_locked: str  # after a SELECT: lock them, skipping rows another worker holds
    types: dict[str, str]  # for the migrations: bigint, float, floats, stamp, bool, false

    def connection(self, transaction: bool = False, short: bool = False) -> AbstractContextManager[Run]:
        """A way to run SQL; with *transaction* it all commits at the end (or none of it);
        *short*: wait as little as an answer may for a locked database."""

    def floats(self, values: list[float]) -> Any:
        """A list of floats as its column stores it."""

    def floats_of(self, stored: Any) -> list[float]:
        """The list of floats a column holds."""

    def lock_schema(self, run: Run) -> None:
        """Inside the migration's transaction: make concurrent starts wait for each other."""

    def legacy_version(self, run: Run) -> int:
        """The schema version of a database that has no schema_version row."""

    def singleton(self, name: str, wait: bool) -> AbstractContextManager[bool]:
        """Hold the lock *name* across workers (see Store.singleton)."""

    def close(self) -> None:
        """Release the database."""


def lock_id(name: str) -> int:
    """A stable 64-bit id for *name* (PostgreSQL advisory locks; SQLite lock files)."""
    return int.from_bytes(hashlib.blake2b(name.encode(), digest_size=LOCK_ID_BYTES).digest(), "big", signed=True)


@contextmanager
def translated(errors: tuple[type[BaseException], ...], name: str, hint: str, url: str = "") -> Iterator[None]:
    """Driver errors raised in the block become StoreError naming the database (the
    password of *url* masked: drivers quote the connection string in their errors)."""
    try:
        yield
    except errors as exc:
        message = mask(f"cannot use the database {name}: {exc} ({hint})", url)
        outage.failed(name, message)
        raise StoreError(message) from exc
    outage.worked(name)


def bounded_options(url: str, seconds: float) -> str:
    """libpq `options` that bound each statement and each lock wait to *seconds* (server
    side), after any options *url* gives."""
    from psycopg.conninfo import conninfo_to_dict

    ms = max(1, round(seconds * 1000))
    given = str(conninfo_to_dict(url).get("options") or "")
    return f"{given} -c statement_timeout={ms} -c lock_timeout={ms}".strip()


class Sqlite:
    """One file under NEWSBOT_DATA_DIR, one connection shared by the process's threads."""

    epoch = "((julianday('now') - 2440587.5) * 86400.0)"
    stamp_now = epoch
    stamp_after = f"({epoch} + ?)"
    greatest = "MAX"
    for_update = skip_locked = ""  # BEGIN IMMEDIATE already holds the whole file
    types = {"bigint": "INTEGER", "float": "REAL", "floats": "TEXT", "stamp": "REAL", "bool": "INTEGER",
             "false": "0"}
    errors = (sqlite3.Error, OSError)
    hint = "check NEWSBOT_DATA_DIR and the file's permissions"

    def __init__(self, path: Path) -> None:
        self.path, self.name = path, str(path.resolve())
        with translated(self.errors, self.name, self.hint):
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")  # WAL: no fsync per commit, still consistent
        self._lock = threading.RLock()

    def _run(self, sql: str, args: tuple = ()) -> list[tuple]:
        return self._db.execute(sql, args).fetchall()

    @contextmanager
    def connection(self, transaction: bool = False, short: bool = False) -> Iterator[Run]:
        with self._lock, translated(self.errors, self.name, self.hint):
            if short:
                self._db.execute(f"PRAGMA busy_timeout = {ANSWER_WAIT_MS}")
            try:
                if not transaction:
                    yield self._run
                    return
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    yield self._run
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                self._db.execute("COMMIT")
            finally:
                if short:
                    self._db.execute(f"PRAGMA busy_timeout = {DEFAULT_WAIT_MS}")

    def floats(self, values: list[float]) -> str:
        return json.dumps(values)

    def floats_of(self, stored: Any) -> list[float]:
        return [float(v) for v in json.loads(stored)]

    def lock_schema(self, run: Run) -> None:
        """BEGIN IMMEDIATE holds the file already."""

    def legacy_version(self, run: Run) -> int:
        """Files written before schema_version kept theirs in PRAGMA user_version (0 before
        leases, 1, 2); each gains the columns it lacks, which makes it version 2."""
        names = {row[1] for row in run("PRAGMA table_info(subscriptions)")}
        if not names:
            return 0
        for column in ("claimed_by TEXT", "claim_until REAL", "traditional INTEGER NOT NULL DEFAULT 0"):
            if column.split()[0] not in names:
                run(f"ALTER TABLE subscriptions ADD COLUMN {column}")
        return 2

    @contextmanager
    def singleton(self, name: str, wait: bool) -> Iterator[bool]:
        """An exclusive flock on a file beside the database: it goes with a dead process."""
        path = self.path.with_name(f"{self.path.name}.{lock_id(name) & 0xFFFFFFFF:08x}.lock")
        with open(path, "a") as file:
            try:
                fcntl.flock(file, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
                got = True
            except BlockingIOError:
                got = False
            try:
                yield got
            finally:
                if got:
                    fcntl.flock(file, fcntl.LOCK_UN)

    def close(self) -> None:
        self._db.close()


class Postgres:
    """A pool of autocommit connections (psycopg 3 with psycopg-pool: the maintained driver
    with a real pool and server-side binding), shared by every worker."""

    epoch = "extract(epoch from clock_timestamp())::float8"
    stamp_now = "clock_timestamp()"
    stamp_after = "(clock_timestamp() + make_interval(secs => ?))"
    greatest = "GREATEST"
    for_update = " FOR UPDATE"
    skip_locked = " FOR UPDATE SKIP LOCKED"
    types = {"bigint": "BIGINT", "float": "DOUBLE PRECISION", "floats": "DOUBLE PRECISION[]",
             "stamp": "TIMESTAMPTZ", "bool": "BOOLEAN", "false": "false"}
    hint = "check NEWSBOT_DATABASE_URL and that PostgreSQL is running"

    def __init__(self, url: str, max_size: int = 10, timeout: float = 10.0,
                 statement_timeout: float = STATEMENT_TIMEOUT, connect_wait: float = CONNECTION_WAIT) -> None:
        """*statement_timeout* bounds every statement and lock wait (server side; the
        workers' turn-taking locks lift it), *connect_wait* the wait for a connection."""
        import psycopg  # psycopg only loads when PostgreSQL is asked for
        from psycopg_pool import ConnectionPool, PoolTimeout

        self.name, self.url, self.errors = mask(url), url, (psycopg.Error, PoolTimeout)
        outage.quiet_pool_logs()
        kwargs = {"autocommit": True, "options": bounded_options(url, statement_timeout)}
        self._pool = ConnectionPool(url, min_size=1, max_size=max_size, kwargs=kwargs,
                                    open=False, name="newsbot", timeout=connect_wait,
                                    check=ConnectionPool.check_connection)  # a restart broke it: a new one
        try:
            with translated(self.errors, self.name, self.hint, self.url):
                self._pool.open(wait=True, timeout=timeout)
        except StoreError:
            self._pool.close()
            raise

    @contextmanager
    def connection(self, transaction: bool = False, short: bool = False) -> Iterator[Run]:
        with translated(self.errors, self.name, self.hint, self.url), self._pool.connection() as conn:
            def run(sql: str, args: tuple = ()) -> list[tuple]:
                cursor = conn.execute(sql.replace("?", "%s"), args)
                return cursor.fetchall() if cursor.description else []

            if not transaction:
                yield run
                return
            with conn.transaction():
                yield run

    def floats(self, values: list[float]) -> list[float]:
        return values

    def floats_of(self, stored: Any) -> list[float]:
        return [float(v) for v in stored]

    def lock_schema(self, run: Run) -> None:
        run("SELECT pg_advisory_xact_lock(?)", (lock_id(MIGRATE_LOCK),))

    def legacy_version(self, run: Run) -> int:
        """PostgreSQL databases always kept a schema_version row: none is a new database."""
        return 0

    @contextmanager
    def singleton(self, name: str, wait: bool) -> Iterator[bool]:
        """A session advisory lock on a connection held for the block: a dead worker's lock
        goes with its connection."""
        key = lock_id(name)
        with self._pool.connection() as conn:  # the block's own errors stay as they are
            with translated(self.errors, self.name, self.hint, self.url):
                if wait:  # a worker's turn may come after a whole ingest: no statement bound here
                    conn.execute("SET statement_timeout = 0")
                row = conn.execute(f"SELECT pg_{'' if wait else 'try_'}advisory_lock(%s)", (key,)).fetchone()
                if wait:
                    conn.execute("RESET statement_timeout")
            got = wait or bool(row and row[0])
            try:
                yield got
            finally:
                if got:
                    conn.execute("SELECT pg_advisory_unlock(%s)", (key,))

    def close(self) -> None:
        self._pool.close()
