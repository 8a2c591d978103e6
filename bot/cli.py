"""`newsbot`: the search commands, plus `bot` (Telegram) and `chat` (terminal)."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the bot, the terminal chat or the search command line."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["bot"]:
        from bot.__main__ import main as bot_main

        return bot_main()
    if argv[:1] == ["chat"]:
        from bot.terminal import main as chat_main

        return chat_main()
    from search.cli import main as search_main

    return search_main(argv)
