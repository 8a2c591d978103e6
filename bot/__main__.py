"""`python -m bot` (also `newsbot bot`): the Telegram bot. It refuses to start without a
token; the terminal chat is `newsbot chat` (or `make run` without a token)."""
from __future__ import annotations

import logging
import sys

from bot.logs import setup_logging
from bot.settings import EX_CONFIG, SettingsError, load_settings
from search.secrets import mask


def main() -> int:
    """Validate the settings, then poll Telegram until stopped."""
    setup_logging(logging.INFO)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return EX_CONFIG
    if not settings.telegram_token:
        print("newsbot: TELEGRAM_BOT_TOKEN is not set: expected the token from @BotFather "
              "(in the environment or .env). For the terminal chat run `newsbot chat` or `make run`.",
              file=sys.stderr)
        return EX_CONFIG
    from bot.runner import run

    return run(settings)


if __name__ == "__main__":
    sys.exit(main())
