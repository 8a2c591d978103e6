"""Logging set-up shared by the command line and the bot (the bot adds token redaction,
bot/logs.py)."""
from __future__ import annotations

import logging
import sys


def setup_logging(level: int = logging.WARNING) -> None:
    """Log to stderr at *level*, per-request HTTP lines quieted."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
