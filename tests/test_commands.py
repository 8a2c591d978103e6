"""One command table (bot/commands.py): Telegram's handlers and command menu, /help and the
terminal chat are all built from it, so a command added there shows up everywhere."""
from __future__ import annotations

import dataclasses

from telegram.ext import CommandHandler

from bot import commands, render
from bot.commands import COMMANDS, Place
from bot.conversation import Conversation
from bot.store import SqliteStore
from bot.terminal import Session, respond
from tests.support.telegram_rules import parse_html


async def test_telegram_handlers_menu_and_help_come_from_the_table(env):
    api, app, _s = env
    handled = {name for h in app.handlers[0] if isinstance(h, CommandHandler) for name in h.commands}
    assert handled == {c.name for c in COMMANDS}
    calls = await api.wait_for("setMyCommands", count=2)
    by_language = {c.params.get("language_code", ""): c.params["commands"] for c in calls}
    in_menu = [c for c in COMMANDS if c.menu]
    assert by_language[""] == [{"command": c.name, "description": c.zh} for c in in_menu]
    assert by_language["en"] == [{"command": c.name, "description": c.en} for c in in_menu]
    await api.message(31, "/help")
    shown = parse_html((await api.wait_for("sendMessage", chat_id=31))[0].params["text"])
    assert all(c.help_line() in shown for c in COMMANDS)


def test_every_command_is_answered_in_the_terminal_and_listed_in_help(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session(bold=False)
    shown = respond(chat, "/help", session)[0]
    for command in COMMANDS:
        assert f"/{command.name}" in shown and command.help_line() in shown
        typed = f"/{command.name}"
        replies = respond(chat, typed, session)
        assert replies and all(render.plain(render.unknown_command(typed).text) not in r for r in replies), typed
    chat.close_store()


def test_a_command_not_in_the_terminal_says_so_there(built, tmp_path, monkeypatch):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    telegram_only = dataclasses.replace(commands.BY_NAME["stats"], where=frozenset({Place.PRIVATE, Place.GROUP}))
    monkeypatch.setitem(commands.BY_NAME, "stats", telegram_only)
    reply = respond(chat, "/stats", Session(bold=False))[0]
    assert "/stats" in reply and "只能在 Telegram 中使用" in reply and "资料库" not in reply
    assert "没有 /frobnicate 这个命令" in respond(chat, "/frobnicate", Session(bold=False))[0]
    chat.close_store()
