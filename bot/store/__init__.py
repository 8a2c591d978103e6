"""The bot's state behind one interface: SQLite by default, PostgreSQL for several workers,
both through the one SQL implementation in bot.store.sql."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.store.base import Alert, AlertChat, Push, Store, StoreError, Subscription
from bot.store.sql import PostgresStore, SqliteStore

__all__ = ["Alert", "AlertChat", "Push", "Store", "StoreError", "Subscription", "SqliteStore", "PostgresStore",
           "open_store"]


def open_store(database_url: str, data_dir: Path, settings: Any = None) -> Store:
    """PostgreSQL when *database_url* is set, else SQLite in *data_dir*; StoreError when unusable.
    *settings* (search.settings.Settings) bound PostgreSQL's statements and connection waits."""
    if database_url:
        bounds = {} if settings is None else {"statement_timeout": settings.db_statement_timeout,
                                              "connect_wait": settings.db_connect_wait}
        return PostgresStore(database_url, **bounds)
    return SqliteStore(data_dir / "newsbot.sqlite3")
