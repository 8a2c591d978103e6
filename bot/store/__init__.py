"""The bot's state behind one interface: SQLite by default, PostgreSQL for several workers,
both through the one SQL implementation in bot.store.sql."""
from __future__ import annotations

from pathlib import Path

from bot.store.base import Alert, AlertChat, Push, Store, StoreError, Subscription
from bot.store.sql import PostgresStore, SqliteStore

__all__ = ["Alert", "AlertChat", "Push", "Store", "StoreError", "Subscription", "SqliteStore", "PostgresStore",
           "open_store"]


def open_store(database_url: str, data_dir: Path) -> Store:
    """PostgreSQL when *database_url* is set, else SQLite in *data_dir*; StoreError when unusable."""
    if database_url:
        return PostgresStore(database_url)
    return SqliteStore(data_dir / "newsbot.sqlite3")
