"""The bot's state behind one interface: SQLite by default, PostgreSQL for several workers,
both through the one SQL implementation in bot.store.sql."""
from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Any

from bot.store.base import Alert, AlertChat, Push, Store, StoreError, Subscription
from bot.store.sql import PostgresStore, SqliteStore

__all__ = ["Alert", "AlertChat", "Push", "Store", "StoreError", "Subscription", "SqliteStore", "PostgresStore",
           "open_store", "open_store_patiently", "transient"]

log = logging.getLogger(__name__)
START_PATIENCE = 60.0  # seconds a start keeps trying a database that refuses, restarts or is locked
MAX_PAUSE = 10.0  # seconds between two tries, at most (the pause doubles from one second)


def open_store(database_url: str, data_dir: Path, settings: Any = None) -> Store:
    """PostgreSQL when *database_url* is set, else SQLite in *data_dir*; StoreError when unusable.
    *settings* (search.settings.Settings) bound PostgreSQL's statements and connection waits."""
    if database_url:
        bounds = {} if settings is None else {"statement_timeout": settings.db_statement_timeout,
                                              "connect_wait": settings.db_connect_wait}
        return PostgresStore(database_url, **bounds)
    return SqliteStore(data_dir / "newsbot.sqlite3")


def transient(exc: StoreError) -> bool:
    """True when the database may work on a later try (PostgreSQL refusing, restarting or
    rejecting a password that may be rotated; a locked SQLite file); False for a setting
    that can never work (a data folder that cannot be written)."""
    cause = exc.__cause__
    if isinstance(cause, sqlite3.OperationalError):
        return any(word in str(cause) for word in ("locked", "busy"))
    return type(cause).__module__.startswith(("psycopg", "psycopg_pool"))


def open_store_patiently(database_url: str, data_dir: Path, settings: Any = None,
                         patience: float = START_PATIENCE) -> Store:
    """open_store, tried again with back-off for up to *patience* seconds while the fault is
    transient (logged once); the last StoreError is raised after that."""
    deadline, pause, said = time.monotonic() + patience, 1.0, False
    while True:
        try:
            return open_store(database_url, data_dir, settings)
        except StoreError as exc:
            if not transient(exc) or time.monotonic() + pause > deadline:
                raise
            if not said:
                log.warning("%s; trying again for up to %g s", exc, patience)
                said = True
            time.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE)
