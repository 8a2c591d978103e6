"""Run the Telegram bot with PTB's own `run_polling`: it retries the start while Telegram
is unreachable (bootstrap_retries=-1), stops on SIGINT/SIGTERM in every state, and runs
the whole lifecycle (post_init, post_stop, post_shutdown), so the store is closed."""
from __future__ import annotations

import logging
import signal
import sys

from telegram.error import InvalidToken

from bot.app import build_application
from bot.store import StoreError
from search.logs import redact
from search.settings import EX_CONFIG, Settings, mask_token

log = logging.getLogger(__name__)
UPDATES = ["message", "callback_query", "inline_query"]
POLL_TIMEOUT = 30  # seconds of long polling; stopping cancels a poll at once


class _QuietStart(logging.Filter):
    """PTB logs a rejected token with a traceback before raising (`run` says it in one
    line), and a server that is not a Bot API (wrong base URL) with a JSON traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            return False
        if record.exc_info and record.name.startswith("telegram.request"):
            record.exc_info, record.exc_text = None, None
        return True


def rejected_token_line(settings: Settings, exc: InvalidToken) -> str:
    """The one line printed when Telegram rejects the token (the token masked)."""
    reason = redact(str(exc.__cause__ or exc)).replace(settings.telegram_token, mask_token(settings.telegram_token))
    return (f"newsbot: Telegram rejected the token {mask_token(settings.telegram_token)} ({reason}). "
            f"Check TELEGRAM_BOT_TOKEN (from @BotFather), and NEWSBOT_TELEGRAM_BASE_URL "
            f"({settings.telegram_base_url}) if you changed it.")


def run(settings: Settings) -> int:
    """Poll Telegram until SIGINT/SIGTERM; 0 on a normal stop, EX_CONFIG for a rejected token."""
    for handler in logging.getLogger().handlers:  # PTB's loggers propagate to these
        handler.addFilter(_QuietStart())
    try:
        app = build_application(settings)
    except StoreError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EX_CONFIG
    log.info("connecting to Telegram at %s", redact(settings.telegram_base_url))
    try:
        app.run_polling(allowed_updates=UPDATES, timeout=POLL_TIMEOUT, bootstrap_retries=-1,
                        stop_signals=(signal.SIGINT, signal.SIGTERM))
    except InvalidToken as exc:
        print(rejected_token_line(settings, exc), file=sys.stderr)
        return EX_CONFIG
    log.info("stopped")
    return 0
