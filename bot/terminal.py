"""A local chat in the terminal over the same reply code as the Telegram bot."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from bot import render
from bot.chat import Chat
from bot.render import Reply
from bot.store import StoreError, open_store
from search.engine import open_engine
from bot.logs import setup_logging
from search.model import IndexUnavailable
from bot.settings import EX_CONFIG, BotSettings, SettingsError, load_settings

LOCAL_CHAT = 0
NEXT, PREVIOUS = {"下一页", "n", "下页", "next"}, {"上一页", "p", "上页", "prev"}


@dataclass
class Session:
    """What the terminal remembers between lines: the page buttons of the last results."""

    settings: BotSettings = field(default_factory=BotSettings)
    bold: bool = False
    nav: dict[bool, str] = field(default_factory=dict)  # forward? -> callback data


def _command(chat: Chat, cmd: str, rest: str, session: Session) -> list[Reply]:
    args = rest.split()
    if cmd == "/start":
        return [render.welcome()]
    if cmd == "/help":
        return [render.help_text()]
    if cmd == "/latest":
        return [chat.latest(1)]
    if cmd == "/stats":
        return [chat.stats(LOCAL_CHAT)]
    if cmd == "/subscribe":
        return [chat.subscribe(LOCAL_CHAT, args, session.settings.digest_time)]
    if cmd == "/unsubscribe":
        return [chat.unsubscribe(LOCAL_CHAT)]
    if cmd == "/read":
        return [Reply(text) for text in chat.read_id(rest)]
    if cmd == "/reindex":  # the person at the terminal runs the bot: an administrator
        return [render.reindexed(chat.engine.ingest())]
    if cmd == "/feeds":  # live sources, as an administrator manages them in private chat
        return [chat.feeds()]
    if cmd == "/addfeed":
        return [chat.add_feed(args, session.settings.reingest_minutes)]
    if cmd == "/delfeed":
        return [chat.del_feed(args)]
    if cmd == "/search":
        return [chat.answer(rest) if rest.strip() else render.search_usage()]
    return [render.unknown_command(cmd)]


def _turn(chat: Chat, line: str, session: Session) -> list[Reply]:
    """The replies to one line, as the Telegram bot would give them."""
    text = line.strip()
    if text.lower() in NEXT | PREVIOUS:
        forward = text.lower() in NEXT
        data = session.nav.get(forward)
        page = chat.follow(data) if data else None
        return [page or render.no_page(forward)]
    if text.startswith("/"):
        cmd, _, rest = text.partition(" ")
        return _command(chat, cmd.split("@")[0].lower(), rest, session)
    return [chat.answer(text)]


def respond(chat: Chat, line: str, session: Session) -> list[str]:
    """Terminal text for one line typed by the user; buttons become typed commands."""
    out = []
    paging = line.strip().lower() in NEXT | PREVIOUS
    for reply in _turn(chat, line, session):
        buttons = [b for row in reply.buttons for b in row]
        if buttons or not paging:  # "no such page" keeps the pages of the last results
            session.nav = {"下一页" in b.label: b.data for b in buttons if b.data.startswith(("pg:", "lt:"))}
        reads = [b.data[3:] for b in buttons if b.data.startswith("rd:")]
        links = [b.url for b in buttons if b.url]
        footer = render.terminal_footer(reads, False in session.nav, True in session.nav, links)
        text = render.terminal(reply.text, session.bold)
        out.append(f"{text}\n\n{footer}" if footer else text)
    return out


def main() -> int:
    """Run the terminal chat until EOF or /quit."""
    setup_logging()
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EX_CONFIG
    try:
        store = open_store(settings.database_url, settings.data_dir)
    except StoreError as exc:
        print(f"newsbot: {exc}", file=sys.stderr)
        return EX_CONFIG
    engine = open_engine(settings)
    print("正在准备索引…", file=sys.stderr)
    engine.ingest()  # files added while the chat was stopped are found; unchanged: a quick rescan
    chat = Chat(engine, store)
    session = Session(settings, bold=sys.stdout.isatty())
    print(render.terminal(render.welcome().text, session.bold))
    print(render.terminal_intro())
    while True:
        try:
            line = input("\n你> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("/quit", "/exit"):
            return 0
        if line.strip():
            for text in _respond_or_rebuild(chat, line, session):
                print(f"\n机器人> {text}")


def _respond_or_rebuild(chat: Chat, line: str, session: Session) -> list[str]:
    """respond(); an index deleted or damaged meanwhile is rebuilt (said in one line) first."""
    try:
        return respond(chat, line, session)
    except IndexUnavailable as exc:
        print(f"newsbot: {exc}; rebuilding it", file=sys.stderr)
        chat.engine.ensure_index()
        return respond(chat, line, session)
