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
_TABLES = re.compile(r"\b(feeds|items|pages|uploads)\b")
SCHEMA_LOCK = 0x6C697665  # advisory lock id: two workers creating the tables at once wait in turn
WAIT = 10  # seconds to wait for a connection before the caller is told the database is down


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
    """PostgreSQL, a connection per call (feeds are read a few times a minute; a database
    that is down is one error from psycopg, which the callers report in one line, never a
    pool retrying in the background). The tables are made on first use."""

    def __init__(self, url: str, schema: str) -> None:
        self.url = url
        self.schema = [postgres_sql(s) for s in schema.split(";") if s.strip()]
        self.ready = False

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        import psycopg

        with psycopg.connect(self.url, autocommit=True, connect_timeout=WAIT) as conn:
            if not self.ready:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
                    for statement in self.schema:
                        conn.execute(statement)
                self.ready = True
            yield conn

    def run(self, sql: str, args: tuple = ()) -> list[tuple]:
        """Rows of one statement, committed at once."""
        with self._connection() as conn:
            cur = conn.execute(postgres_sql(sql), args)
            return cur.fetchall() if cur.description else []

    @contextmanager
    def transaction(self) -> Iterator[Run]:
        """Statements committed together (rolled back on an error)."""
        with self._connection() as conn, conn.transaction():
            def run(sql: str, args: tuple = ()) -> list[tuple]:
                cur = conn.execute(postgres_sql(sql), args)
                return cur.fetchall() if cur.description else []
            yield run

    def close(self) -> None:
        """Nothing is held between calls."""
