"""Bot tokens and database passwords never reach a log: redaction for every record, and
the bot's logging set-up."""
from __future__ import annotations

import logging
import re
from typing import Any

from search import logs
from search.secrets import mask

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
_installed = False


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
        return record

    logging.setLogRecordFactory(factory)
    _installed = True


def setup_logging(level: int = logging.WARNING) -> None:
    """Log to stderr at *level*, tokens redacted, per-request HTTP lines quieted."""
    install_redaction()
    logs.setup_logging(level)
