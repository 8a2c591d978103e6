"""A local chat in the terminal over the same reply code as the Telegram bot."""
from __future__ import annotations

import io
import sys
import time
from dataclasses import dataclass, field

from bot import buttons, commands, metrics, render, schedule
from bot.commands import Asked, Place
from bot.conversation import Conversation
from bot.logs import setup_logging
from bot.render import Reply
from bot.render.console import BOT, NEXT_WORDS, PREPARING, PREVIOUS_WORDS, QUIT_WORDS, YOU, ingest_progress
from bot.settings import EX_CONFIG, BotSettings, SettingsError, load_settings
from bot.store import StoreError, open_store, transient
from search.cli import clean
from search.engine import open_engine
from search.model import IndexUnavailable
from search.secrets import mask

LOCAL_CHAT = 0  # the chat id the terminal's subscription is stored under
PAGING_WORDS = NEXT_WORDS | PREVIOUS_WORDS


@dataclass
class Session:
    """The terminal's settings (its conversation's context, pages included, is in the
    Store under chat LOCAL_CHAT, like any chat's)."""

    settings: BotSettings = field(default_factory=BotSettings)
    bold: bool = False


def _command(conversation: Conversation, cmd: str, rest: str, session: Session) -> list[Reply]:
    """A command, from the table in bot/commands.py; the person at the terminal runs the
    bot (an administrator) in a private chat."""
    command = commands.find(cmd.removeprefix("/"))
    if command is None:
        return [render.unknown_command(cmd)]
    if Place.TERMINAL not in command.where:
        return [render.not_in_terminal(cmd)]
    return command.action(conversation, Asked(LOCAL_CHAT, rest, session.settings, progress=_show_progress))


def _turn(conversation: Conversation, line: str, session: Session) -> list[Reply]:
    """The replies to one line, as the Telegram bot would give them (the terminal also
    takes n/p for 下一页/上一页)."""
    text = line.strip()
    if text.lower() in PAGING_WORDS:
        return [conversation.talk("下一页" if text.lower() in NEXT_WORDS else "上一页", LOCAL_CHAT)]
    if text.startswith("/"):
        cmd, _, rest = text.partition(" ")
        replies = _command(conversation, cmd.split("@")[0].lower(), rest, session)
        for reply in replies:
            conversation.noted(LOCAL_CHAT, reply)
        return replies
    return [conversation.talk(text, LOCAL_CHAT, admin=True)]


def respond(conversation: Conversation, line: str, session: Session) -> list[str]:
    """Terminal text for one line typed by the user; buttons become typed commands. Bytes
    that were not UTF-8 are read as U+FFFD, and the first reply says so."""
    out = []
    line, replaced = clean(line)
    metrics.count_updates("terminal")
    with metrics.ANSWER_SECONDS.time():
        replies = _turn(conversation, line, session)
    metrics.REPLIES.inc(len(replies))
    if replaced and replies:
        replies = [render.input_replaced(replies[0]), *replies[1:]]
    for reply in replies:
        labels = {b.label for row in reply.buttons for b in row if buttons.is_page(b.data)}
        out.append(printable(reply, session.bold, render.PREVIOUS_LABEL in labels, render.NEXT_LABEL in labels))
    return out


def printable(reply: Reply, bold: bool, back: bool = False, more: bool = False) -> str:
    """*reply* as terminal text: buttons become a footer of typed commands (上一页/下一页
    when *back* / *more*)."""
    shown = [b for row in reply.buttons for b in row]
    reads = [article_id for b in shown if (article_id := buttons.article_id(b.data))]
    links = [b.url for b in shown if b.url]
    footer = render.terminal_footer(reads, back, more, links)
    text = render.terminal(reply.text, bold)
    return f"{text}\n\n{footer}" if footer else text


def local_digest(conversation: Conversation, session: Session) -> None:
    """The terminal's own digest (its subscription is chat LOCAL_CHAT's) when it is due,
    printed with the words of the Telegram digest; at most once a day, as in the bot."""
    now = schedule.local_now(session.settings)
    today = now.date().isoformat()
    due = [sub for sub in conversation.due(today, now.strftime("%H:%M")) if sub.chat_id == LOCAL_CHAT]
    if not due:
        return
    reply, newest = conversation.digest(due[0].since, due[0].query, weekly=due[0].weekday is not None)
    if reply is not None:  # printed while the prompt waits: show the prompt again under it
        print(f"\n{BOT}{printable(reply, session.bold)}\n\n{YOU}", end="", flush=True)
    conversation.mark_sent(LOCAL_CHAT, today, newest)


def local_alerts(conversation: Conversation, session: Session) -> None:
    """The terminal's own alerts (chat LOCAL_CHAT's), printed with the words of the
    Telegram pushes, within the same hourly cap and quiet hours, each marked once shown."""
    chat = conversation.alert_chat(LOCAL_CHAT)
    if chat is None:
        return
    for out in conversation.alert_messages(chat, session.settings.alerts_per_hour, time.time()):
        print(f"\n{BOT}{printable(out.reply, session.bold)}\n\n{YOU}", end="", flush=True)
        conversation.mark_pushes(LOCAL_CHAT, out.article_ids, out.state, time.time(), out.batch)


def main() -> int:
    """Run the terminal chat until EOF or /quit."""
    setup_logging()
    if isinstance(sys.stdin, io.TextIOWrapper):  # a broken byte never ends the chat (see respond)
        sys.stdin.reconfigure(errors="surrogateescape")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"newsbot: {mask(str(exc))}", file=sys.stderr)
        return EX_CONFIG
    try:
        store = open_store(settings.database_url, settings.data_dir, settings)
    except StoreError as exc:
        print(f"newsbot: {' '.join(mask(str(exc)).split())}", file=sys.stderr)
        return 1 if transient(exc) else EX_CONFIG
    engine = open_engine(settings)
    conversation = Conversation(engine, store)
    listener = None
    try:
        try:
            listener = metrics.serve(settings.metrics_listen, conversation)
        except OSError as exc:  # the port is taken: the chat goes on, without metrics
            print(f"newsbot: cannot serve metrics on NEWSBOT_METRICS_LISTEN: {exc}", file=sys.stderr)
        _chat(conversation, Session(settings, bold=sys.stdout.isatty()))
    finally:
        if listener is not None:
            listener.close()
        engine.close()
        store.close()
    return 0


def _chat(conversation: Conversation, session: Session) -> None:
    """Run the bot's repeating jobs (bot/schedule.py: re-ingest, digests) in the background,
    and read lines and answer them until EOF, Ctrl-C or a quit word."""
    print(PREPARING, file=sys.stderr)
    report = conversation.ingest(progress=_show_progress)  # files added while the chat was stopped are found
    feeds = conversation.feed_states()
    if report.error or report.skipped or report.warnings or any(f.error for f in feeds):
        told = render.reindexed(report, feeds)  # feeds down, files unreadable: said
        print(render.terminal(told.text, False), file=sys.stderr)
    def reingest() -> None:
        schedule.reingest(conversation, session.settings)
        local_alerts(conversation, session)  # what the re-ingest found, at once

    jobs = schedule.in_background(session.settings, {
        "reingest": reingest,
        "digests": lambda: local_digest(conversation, session),
        "alerts": lambda: local_alerts(conversation, session),
        "flood": conversation.forget_idle_users})
    try:
        print(render.terminal(render.welcome(conversation.examples()).text, session.bold))
        print(render.terminal_intro())
        _answer_lines(conversation, session)
    finally:
        conversation.stop()  # a re-ingest under way stops between files
        jobs.shutdown()


def _show_progress(done: int, total: int) -> None:
    line = ingest_progress(done, total)
    if line is not None:
        print(line, file=sys.stderr, flush=True)


def _answer_lines(conversation: Conversation, session: Session) -> None:
    while True:
        try:
            line = input(f"\n{YOU}")
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if line.strip() in QUIT_WORDS:
            return
        if line.strip():
            for text in _respond_or_rebuild(conversation, line, session):
                print(f"\n{BOT}{text}", flush=True)


def _respond_or_rebuild(conversation: Conversation, line: str, session: Session) -> list[str]:
    """respond(); an index deleted or damaged meanwhile is rebuilt (said in one line) first."""
    try:
        return respond(conversation, line, session)
    except IndexUnavailable as exc:
        print(f"newsbot: {mask(str(exc))}; rebuilding it", file=sys.stderr)
        conversation.rebuild_index()
        return respond(conversation, line, session)
