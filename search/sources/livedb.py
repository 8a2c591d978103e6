"""The database behind live sources (search/sources/livestore.py): a SQLite file in the data
folder on one machine, or PostgreSQL (NEWSBOT_DATABASE_URL) shared by every machine, so
the feed list, each feed's fetch state and the items fetched are the same everywhere. The
store writes SQLite's SQL; here it is spelled for PostgreSQL (placeholders, table names
with a live_ prefix beside the bot's and the search tables, float columns)."""
from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

Run = Callable[..., list[tuple]]  # (sql, args=()) -> rows
_TABLES = re.compile(r"\b(feeds|items|pages)\b")
SCHEMA_LOCK = 0x6C697665  # advisory lock id: two workers creating the tables at once wait in turn
POOL_SIZE = 4  # connections: the fetching threads (search/sources/live.py WORKERS) share them
WAIT = 10.0  # seconds to wait for a connection before the caller is told the database is down


class SqliteDb:
    """A SQLite file; safe to share between threads."""

    def __init__(self, path: Path, schema: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(schema)
        self.lock = threading.Lock()

    def run(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one statement, committed at once."""
        with self.lock:
            return self.db.execute(sql, args).fetchall()

    @contextmanager
    def transaction(self) -> Iterator[Run]:
        """Statements committed together (rolled back on an error)."""
        with self.lock:
            self.db.execute("BEGIN")
            try:
                yield lambda sql, args=(): self.db.execute(sql, args).fetchall()
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")

    def close(self) -> None:
        """Close the file."""
        self.db.close()


def postgres_sql(sql: str) -> str:
    """SQLite's SQL as PostgreSQL takes it here."""
    return _TABLES.sub(r"live_\1", sql.replace("?", "%s").replace(" REAL", " DOUBLE PRECISION"))


class PostgresDb:
    """PostgreSQL through a small pool; the tables are made on first use (the database may be
    down when the program starts)."""

    def __init__(self, url: str, schema: str) -> None:
        from psycopg_pool import ConnectionPool

        self.schema = [postgres_sql(s) for s in schema.split(";") if s.strip()]
        self.pool = ConnectionPool(url, min_size=1, max_size=POOL_SIZE, timeout=WAIT, open=True,
                                   kwargs={"autocommit": True}, check=ConnectionPool.check_connection)
        self.ready = False

    def _made(self, conn: Any) -> None:
        if self.ready:
            return
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            for statement in self.schema:
                conn.execute(statement)
        self.ready = True

    def run(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one statement, committed at once."""
        with self.pool.connection() as conn:
            self._made(conn)
            cur = conn.execute(postgres_sql(sql), args)
            return cur.fetchall() if cur.description else []

    @contextmanager
    def transaction(self) -> Iterator[Run]:
        """Statements committed together (rolled back on an error)."""
        with self.pool.connection() as conn:
            self._made(conn)
            with conn.transaction():
                def run(sql: str, args: tuple = ()) -> list[tuple]:
                    cur = conn.execute(postgres_sql(sql), args)
                    return cur.fetchall() if cur.description else []
                yield run

    def close(self) -> None:
        """Give back the connections."""
        self.pool.close()
