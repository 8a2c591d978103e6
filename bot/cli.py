"""`newsbot`: the search commands, plus `chat` (terminal) and `bot` (Telegram)."""
from __future__ import annotations

import argparse
import sys

from search.cli import add_commands, quiet_exit


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand, each with a one-line description in --help."""
    p = argparse.ArgumentParser(prog="newsbot", description="Ask questions about a collection of Chinese "
                                "news articles, from the command line, a terminal chat or Telegram.",
                                epilog="Settings come from the environment or ./.env (see .env.example).")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_commands(sub)
    sub.add_parser("chat", help="chat with the bot in this terminal (no Telegram needed)",
                   description="Chat with the bot in this terminal (no Telegram needed).")
    sub.add_parser("bot", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)",
                   description="Run the Telegram bot; it refuses to start without TELEGRAM_BOT_TOKEN.")
    return p


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the search commands, the terminal chat or the Telegram bot."""
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "bot":
        from bot.__main__ import main as bot_main

        return bot_main()
    if args.command == "chat":
        from bot.terminal import main as chat_main

        return quiet_exit(chat_main)
    from search.cli import run
    from search.logs import setup_logging
    from search.settings import load_settings

    setup_logging()
    return quiet_exit(lambda: run(args, load_settings()))
