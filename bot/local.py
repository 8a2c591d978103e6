"""`make run`: the Telegram bot when a token is configured, else the terminal chat."""
from __future__ import annotations

import sys

from bot.settings import EX_CONFIG, SettingsError, load_settings
from search.secrets import mask


def main() -> int:
    """Pick the front end from the settings (both validate them again, once, as they start)."""
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return EX_CONFIG
    if settings.telegram_token:
        from bot.__main__ import main as bot_main

        return bot_main()
    from bot.terminal import main as chat_main

    return chat_main()


if __name__ == "__main__":
    sys.exit(main())
