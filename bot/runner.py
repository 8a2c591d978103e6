"""Start the bot and keep it up: retry with back-off while Telegram is unreachable."""
from __future__ import annotations

import asyncio
import logging

from telegram.error import NetworkError, TimedOut

from bot.app import build_application
from search.logs import redact
from search.settings import Settings

log = logging.getLogger(__name__)
UPDATES = ["message", "callback_query", "inline_query"]


async def start(settings: Settings, first_delay: float = 1.0, max_delay: float = 60.0):
    """A running Application; keeps trying until Telegram answers."""
    delay = first_delay
    while True:
        app = build_application(settings)
        try:
            await app.initialize()
            await app.post_init(app)
            await app.updater.start_polling(allowed_updates=UPDATES, timeout=30)
            await app.start()
            return app
        except (NetworkError, TimedOut, OSError) as exc:
            log.warning("Telegram unreachable (%s); retrying in %.0fs", redact(str(exc)), delay)
            await _close(app)
            await asyncio.sleep(delay)
            delay = min(delay * 2, max_delay)


async def stop(app) -> None:
    """Stop polling, the jobs and the application."""
    await _close(app)


async def _close(app) -> None:
    for step in (app.updater.stop, app.stop, app.shutdown):
        try:
            await step()
        except Exception as exc:  # already stopped, or never started
            log.debug("while stopping: %s", redact(repr(exc)))


async def serve(settings: Settings, done: asyncio.Event) -> None:
    """Run until *done* is set. Mid-run network failures are retried by PTB's updater."""
    app = await start(settings)
    log.info("bot is up")
    try:
        await done.wait()
    finally:
        await stop(app)
