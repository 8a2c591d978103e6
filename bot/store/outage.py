"""A database outage told once: one ERROR line when the first operation fails, one line when
one works again, and nothing in between (every failure is still counted in the metrics).
Callers that log their own failure use quiet_level(), which is DEBUG during a known outage,
and psycopg_pool's own connection warnings are left to these two lines."""
from __future__ import annotations

import logging
import threading
import time

from bot import metrics

log = logging.getLogger("bot.store")
_lock = threading.Lock()
_since: dict[str, float] = {}  # database name (password masked) -> when it started failing


def failed(name: str, message: str) -> None:
    """An operation on database *name* failed with *message* (already masked)."""
    metrics.count_database_error()
    with _lock:
        if name in _since:
            return
        _since[name] = time.monotonic()
    log.error("database unavailable: %s; answers that need it wait, and one line says when it is back", message)


def worked(name: str) -> None:
    """An operation on database *name* worked: an outage, if there was one, is over."""
    if name not in _since:  # the common case, without the lock
        return
    with _lock:
        started = _since.pop(name, None)
    if started is not None:
        log.warning("database %s is back after %.0f s", name, time.monotonic() - started)


def ongoing() -> bool:
    """A database is known to be down."""
    return bool(_since)


def quiet_level(level: int = logging.WARNING) -> int:
    """*level*, or DEBUG while an outage is known (it was logged once already)."""
    return logging.DEBUG if _since else level


def quiet_pool_logs() -> None:
    """psycopg_pool warns on every failed reconnection (dozens a minute): errors only."""
    logging.getLogger("psycopg.pool").setLevel(logging.ERROR)
