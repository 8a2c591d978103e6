"""`newsbot`: the search commands (ingest, search, ask, show), plus `chat` (terminal) and
`bot` (Telegram), as argparse subcommands."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from search import cli as search_cli
from search.secrets import mask

if TYPE_CHECKING:
    from bot.settings import BotSettings
    from search.engine import Engine
    from search.model import IngestReport

Command = Callable[[argparse.Namespace], int]


def _search_command(args: argparse.Namespace) -> int:
    """ingest, search, ask, show: every setting is checked first (the bot's too: one
    configuration, one verdict), then the search library runs the command; an ingest runs
    as the bot's do (_recorded_ingest)."""
    from bot.logs import setup_logging
    from bot.settings import load_settings

    def run() -> int:
        settings = load_settings()
        return search_cli.run(args, settings, _recorded_ingest(settings))

    setup_logging()
    return search_cli.quiet_exit(run)


def _recorded_ingest(settings: BotSettings) -> search_cli.Ingest:
    """`newsbot ingest` as the bot runs its ingests (bot.service.Service.ingest): after any
    worker's running one, recorded in the store for `newsbot status`, /status and /healthz
    (by `HOST:PID:ID (newsbot ingest)`), new articles matched against alerts. When the store
    cannot be opened the ingest still runs, and says it was not recorded."""
    def ingest(engine: Engine, full: bool, progress: Callable[[int, int], None]) -> IngestReport:
        from bot.service import Service, worker_name
        from bot.store import StoreError, open_store

        logging.getLogger("bot.store").setLevel(logging.CRITICAL)  # a fault is the command's one line
        try:
            store = open_store(settings.database_url, settings.data_dir, settings)
        except StoreError as exc:  # the ingest fails alike when the database is why
            report = engine.ingest(full=full, progress=progress)
            print(f"newsbot: the ingest was not recorded: {' '.join(mask(str(exc)).split())}", file=sys.stderr)
            return report
        service = Service(engine, store)
        service.worker = f"{worker_name()} (newsbot ingest)"
        try:
            return service.ingest(full, progress)
        finally:
            service.close_store()
    return ingest


def _chat_command(args: argparse.Namespace) -> int:
    from bot.terminal import main as chat_main

    return search_cli.quiet_exit(chat_main)


def _bot_command(args: argparse.Namespace) -> int:
    from bot.__main__ import main as bot_main

    return bot_main()


def _status_command(args: argparse.Namespace) -> int:
    """Print the status (text or --json); 0 when healthy, 1 when not, 78 on bad settings."""
    from bot.logs import setup_logging
    from bot.settings import EX_CONFIG, SettingsError, load_settings
    from bot.status import report

    setup_logging()
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return EX_CONFIG
    out, healthy = report(settings, as_json=args.json)
    print(out)
    return 0 if healthy else 1


def build_parser() -> argparse.ArgumentParser:
    """Every subcommand, each with a one-line description in --help."""
    parser = argparse.ArgumentParser(prog="newsbot", description="Ask questions about a collection of Chinese "
                                     "news articles, from the command line, a terminal chat or Telegram.",
                                     epilog="Settings come from the environment or ./.env (see .env.example).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in search_cli.add_commands(sub).values():
        command.set_defaults(run=_search_command)
    chat = sub.add_parser("chat", help="chat with the bot in this terminal (no Telegram needed)",
                          description="Chat with the bot in this terminal (no Telegram needed).")
    chat.set_defaults(run=_chat_command)
    bot = sub.add_parser("bot", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)",
                         description="Run the Telegram bot; it refuses to start without TELEGRAM_BOT_TOKEN.")
    bot.set_defaults(run=_bot_command)
    status = sub.add_parser("status", help="the bot's state for an operator; exits 1 when unhealthy",
                            description="Articles, sources, the last ingest, feeds, subscriptions, alerts, "
                            "digests due, the update inbox and Telegram's webhook info; exits 1 when unhealthy.")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")
    status.set_defaults(run=_status_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `newsbot` console script: run the subcommand *argv* names."""
    args = build_parser().parse_args(argv)
    run: Command = args.run
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
