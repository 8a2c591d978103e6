"""Run the Telegram bot. Polling (the default) is PTB's own `run_polling`: it retries the
start while Telegram is unreachable (bootstrap_retries=-1), stops on SIGINT/SIGTERM in
every state, and runs the whole lifecycle, so the store is closed. Webhook mode
(NEWSBOT_WEBHOOK_URL) serves bot.web and runs the same lifecycle by hand."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from telegram.error import InvalidToken, NetworkError, TimedOut

from bot.app import build_application
from bot.logs import redact
from bot.settings import EX_CONFIG, BotSettings, mask_token
from bot.state import BotApplication
from bot.store import StoreError, transient
from bot.web import UPDATES, start_worker, stop_worker

log = logging.getLogger(__name__)
POLL_TIMEOUT = 30  # seconds of long polling; stopping cancels a poll at once
RETRY_FIRST, RETRY_MAX = 1.0, 30.0  # seconds between start attempts while Telegram is unreachable (doubling)


class _QuietStart(logging.Filter):
    """PTB logs a rejected token with a traceback before raising (`run` says it in one
    line), and a server that is not a Bot API (wrong base URL) with a JSON traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], InvalidToken):
            return False
        if record.exc_info and record.name.startswith("telegram.request"):
            record.exc_info, record.exc_text = None, None
        return True


def rejected_token_line(settings: BotSettings, exc: InvalidToken) -> str:
    """The one line printed when Telegram rejects the token (the token masked)."""
    reason = redact(str(exc.__cause__ or exc)).replace(settings.telegram_token, mask_token(settings.telegram_token))
    return (f"newsbot: Telegram rejected the token {mask_token(settings.telegram_token)} ({reason}). "
            f"Check TELEGRAM_BOT_TOKEN (from @BotFather), and NEWSBOT_TELEGRAM_BASE_URL "
            f"({settings.telegram_base_url}) if you changed it.")


async def _start(app: BotApplication, stop: asyncio.Event) -> bool:
    """initialize() until Telegram answers (like run_polling's bootstrap retries); False when
    stopped first."""
    delay = RETRY_FIRST
    while not stop.is_set():
        try:
            await app.initialize()
            return True
        except (NetworkError, TimedOut):  # NewsApplication logged it
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), delay)
            delay = min(delay * 2, RETRY_MAX)
    return False


async def serve_webhook(app: BotApplication, settings: BotSettings) -> None:
    """Webhook mode: serve updates over HTTP until SIGINT/SIGTERM, then refuse new ones,
    finish every update accepted, and run the rest of PTB's lifecycle."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    if not await _start(app, stop):
        if app.post_shutdown is not None:
            await app.post_shutdown(app)  # closes the store
        return
    server = None
    try:
        server = await start_worker(app, settings)
        await stop.wait()
        log.info("stopping: finishing accepted updates")
    finally:
        await stop_worker(app, server)


def run(settings: BotSettings) -> int:
    """Poll Telegram (or serve the webhook) until SIGINT/SIGTERM; 0 on a normal stop,
    EX_CONFIG for a rejected token."""
    for handler in logging.getLogger().handlers:  # PTB's loggers propagate to these
        handler.addFilter(_QuietStart())
    try:
        app = build_application(settings)
    except StoreError as exc:  # still failing after the start's retries: systemd restarts on 1, not on 78
        print(f"newsbot: {' '.join(redact(str(exc)).split())}", file=sys.stderr)
        return 1 if transient(exc) else EX_CONFIG
    log.info("connecting to Telegram at %s", redact(settings.telegram_base_url))
    try:
        if settings.webhook_url:
            asyncio.run(serve_webhook(app, settings))
            return 0
        app.run_polling(allowed_updates=UPDATES, timeout=POLL_TIMEOUT, bootstrap_retries=-1,
                        stop_signals=(signal.SIGINT, signal.SIGTERM))
    except InvalidToken as exc:
        print(rejected_token_line(settings, exc), file=sys.stderr)
        return EX_CONFIG
    log.info("stopped")
    return 0
