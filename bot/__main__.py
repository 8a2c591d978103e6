"""`python -m bot`: the Telegram bot, or the terminal chat when no token is set."""
from __future__ import annotations

import asyncio
import logging
import signal
import sys

from search.logs import setup_logging
from search.settings import load_settings


async def _run(settings) -> None:
    from bot.runner import serve

    done = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, done.set)
    await serve(settings, done)


def main() -> int:
    """Poll Telegram until stopped, or chat in the terminal without a token."""
    settings = load_settings()
    if not settings.telegram_token:
        setup_logging(logging.WARNING)
        from bot.terminal import main as terminal_main

        return terminal_main()
    setup_logging(logging.INFO)
    asyncio.run(_run(settings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
