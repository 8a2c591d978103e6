"""Where the index lives: the Backend protocol (base.py) and its implementations."""
from __future__ import annotations

from pathlib import Path

from search.index.backends.base import Backend


def open_backend(kind: str, index_dir: Path, database_url: str = "", replica_url: str = "",
                 **bounds: float) -> Backend:
    """The backend NEWSBOT_SEARCH_BACKEND names: "whoosh" (an index folder) or "postgres"
    (search tables in *database_url*, reads on *replica_url* when given; *bounds*: its
    statement_timeout and connect_wait in seconds)."""
    if kind == "postgres":
        from search.index.backends.postgres.backend import PostgresBackend

        return PostgresBackend(database_url, replica_url, **bounds)
    from search.index.backends.whoosh.backend import WhooshBackend

    return WhooshBackend(index_dir)
