"""Logging set-up shared by the command line and the bot."""
from __future__ import annotations

import logging
import re
import sys

_TOKEN = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


class RedactTokens(logging.Filter):
    """Replace anything shaped like a Telegram bot token in a log record."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        if _TOKEN.search(msg):
            record.msg, record.args = _TOKEN.sub("<token>", msg), None
        return True


def redact(text: str) -> str:
    """*text* with bot tokens replaced."""
    return _TOKEN.sub("<token>", text)


def setup_logging(level: int = logging.WARNING) -> None:
    """Warnings to stderr, tokens redacted, noisy HTTP loggers quieted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactTokens())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
