"""Bot tokens and database passwords never reach a log: redaction for every record, and
the bot's logging set-up."""
from __future__ import annotations

import contextvars
import logging
import re
from typing import Any

from search import logs
from search.secrets import mask

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
_installed = False
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(worker)s %(update)s]: %(message)s"
_worker = "-"  # this process's worker name (bot.state.worker_name), once the bot has one
UPDATE: contextvars.ContextVar[str] = contextvars.ContextVar("update", default="-")  # the update being handled


def name_worker(name: str) -> None:
    """Log lines carry *name* from now on."""
    global _worker
    _worker = name


def handling(update_id: int | None) -> None:
    """Log lines of the current task (and the threads it calls) carry *update_id*."""
    UPDATE.set("-" if update_id is None else f"update={update_id}")


def redact(text: str) -> str:
    """*text* with anything shaped like a Telegram bot token replaced, and database
    passwords masked (search/secrets.py)."""
    return mask(_TOKEN.sub("<token>", text))


def install_redaction() -> None:
    """Redact tokens and passwords when each log record is made, so every handler (and test capture)
    sees the clean text: httpx and PTB put the token in request URLs and errors."""
    global _installed
    if _installed:
        return
    make = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make(*args, **kwargs)
        logs.scrub(record, redact)
        record.worker, record.update = _worker, UPDATE.get()
        return record

    logging.setLogRecordFactory(factory)
    _installed = True


def setup_logging(level: int = logging.WARNING) -> None:
    """Log to stderr at *level*, tokens redacted, per-request HTTP lines quieted."""
    install_redaction()
    logs.setup_logging(level)
    for handler in logging.getLogger().handlers:  # the worker and the update with each line
        handler.setFormatter(logging.Formatter(FORMAT))
