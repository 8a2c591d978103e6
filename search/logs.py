"""Logging set-up shared by the command line and the bot (the bot adds token redaction,
bot/logs.py)."""
from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from search.secrets import mask


def scrub(record: logging.LogRecord, clean: Callable[[str], str]) -> None:
    """*record* with *clean* applied to its message and its traceback (what a log shows)."""
    try:
        msg = record.getMessage()
    except Exception:  # a broken format string is the caller's bug; leave it alone
        return
    if (cleaned := clean(msg)) != msg:
        record.msg, record.args = cleaned, None
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = clean("".join(traceback.format_exception(*record.exc_info)).rstrip())


class _Masked(logging.Filter):
    """Database passwords masked in every record this handler writes (search/secrets.py)."""

    def filter(self, record: logging.LogRecord) -> bool:
        scrub(record, mask)
        return True


def setup_logging(level: int = logging.WARNING) -> None:
    """Log to stderr at *level*, per-request HTTP lines quieted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_Masked())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
