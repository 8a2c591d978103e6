"""`python -m bot`: the Telegram bot, or the terminal chat when no token is set."""
from __future__ import annotations

import logging
import sys

from search.logs import setup_logging
from search.settings import load_settings


def main() -> int:
    """Start polling Telegram, or chat in the terminal without a token."""
    settings = load_settings()
    if not settings.telegram_token:
        setup_logging(logging.WARNING)
        from bot.terminal import main as terminal_main

        return terminal_main()
    setup_logging(logging.INFO)
    from bot.app import build_application

    app = build_application(settings)
    app.run_polling(allowed_updates=["message", "callback_query", "inline_query"],
                    bootstrap_retries=-1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
