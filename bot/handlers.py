"""Telegram update handlers: parse, call the conversation off the event loop, reply.
PTB's optional fields (effective_message, effective_chat, callback_query...) are narrowed
explicitly: an update without what a handler needs is left alone."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Chat, ChatMember, Message, MessageEntity, Update
from telegram.constants import ChatType

from bot import alert_jobs, flood, metrics, render
from bot.commands import Asked, Command, Place, Who
from bot.conversation import Conversation
from bot.dialog import Context as DialogContext
from bot.followups import leans_on_context
from bot.progress import StatusMessage
from bot.render import Reply
from bot.state import BotContext
from bot.store import outage
from bot.telegram_io import send, topic_of, wants_traditional
from bot.work import aside, blocking
from search.cli import clean

log = logging.getLogger(__name__)
MENTIONS: list[str | None] = [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
STICKER = "🖼️"  # what a sticker without an emoji says: no words, like an emoji


def conversation_of(context: BotContext) -> Conversation:
    """The conversation logic this bot runs."""
    return context.bot_data.conversation


def deadline_of(context: BotContext) -> float | None:
    """Seconds an answer may wait on PostgreSQL (NEWSBOT_DB_STATEMENT_TIMEOUT), also when
    the server itself stalls and cannot time a statement out; None without PostgreSQL."""
    settings = context.bot_data.settings
    return settings.db_statement_timeout if settings.database_url else None


async def briefly(context: BotContext, what: str, fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) off the event loop, for what an answer can do without (the flood check, the
    chat's context): None (logged) on a store failure, or a database slower than a quarter
    of the answer's bound (the call finishes on its own when the database is back)."""
    deadline = deadline_of(context)
    try:
        return await asyncio.wait_for(aside(fn, *args), None if deadline is None else deadline / 4)
    except Exception as exc:  # an answer matters more
        log.log(outage.quiet_level(), "%s failed: %s", what, exc or "the database did not answer in time")
        return None


async def flood_verdict(context: BotContext, user_id: int) -> str:
    """The store's flood verdict (shared by all workers); a store failure, or a database
    slower than a quarter of the answer's bound, lets the question through."""
    verdict = await briefly(context, "flood check", conversation_of(context).flood_check, user_id)
    return flood.OK if verdict is None else str(verdict)


async def bounded(context: BotContext, fn: Callable[..., Any], *args: Any, spent: float = 0.0) -> Any:
    """fn(*args) off the event loop; the polite "busy" reply when the database holds it
    past the answer's bound, less the *spent* seconds the reply already waited and a
    quarter kept for booking its send (the call finishes on its own when the database is back)."""
    deadline = deadline_of(context)
    left = None if deadline is None else max(deadline / 4, deadline * 3 / 4 - spent)
    try:
        return await asyncio.wait_for(blocking(fn, *args), left)
    except TimeoutError:
        log.warning("the database did not answer within %g s", deadline_of(context))
        metrics.count_database_error()
        return render.busy()


def text_of(message: Message) -> str:
    """What a message says: its text, or a sticker's emoji."""
    if message.sticker is not None:
        return message.sticker.emoji or STICKER
    return message.text or ""


async def ask(update: Update, context: BotContext, text: str, search: bool = False) -> None:
    """Reply to *text* in the update's chat, unless the user is flooding: small talk and
    page words get their reply, anything else is searched (*search*: /search, always)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    quote = chat.type != ChatType.PRIVATE
    user = update.effective_user
    started = asyncio.get_running_loop().time()  # the reply's wait on the database counts from here
    verdict = await flood_verdict(context, user.id) if user else flood.OK
    if verdict == flood.NOTICE:
        await send(message, render.too_fast(), quote=quote)
    if verdict != flood.OK:
        metrics.FLOOD_REFUSALS.inc()
        return
    with metrics.ANSWER_SECONDS.time():
        await answer(update, context, message, text, search, started)


async def answer(update: Update, context: BotContext, message: Message, text: str, search: bool,
                 started: float) -> None:
    """ask()'s reply to a question let through: small talk, page words, or a search."""
    chat, user = message.chat, update.effective_user
    quote = chat.type != ChatType.PRIVATE
    text, replaced = clean(text)  # a lone surrogate (valid JSON) is read as U+FFFD, and said
    conversation = conversation_of(context)
    dialogs = conversation.dialogs
    # the chat's context, when the reply leans on it; none (not read in time): a fresh question
    kept = await briefly(context, "reading the chat's context", dialogs.load, chat.id) \
        if search or leans_on_context(text) else None
    if search:  # /search: always searched, and the chat's context starts afresh from it
        reply = await bounded(context, conversation.searched_in, text, kept or DialogContext(),
                              spent=asyncio.get_running_loop().time() - started)
    else:  # /addfeed is offered for a pasted link where an admin can use it
        admin = not quote and user is not None and user.id in context.bot_data.settings.admin_ids
        reply = await bounded(context, conversation.talk_in, text, kept, admin,
                              spent=asyncio.get_running_loop().time() - started)
    if kept is not None and reply != render.busy():  # a reply still being made may change it yet
        await briefly(context, "keeping the chat's context", dialogs.save, chat.id, kept)
    await send(message, render.input_replaced(reply) if replaced else reply, quote=quote)


async def private_text(update: Update, context: BotContext) -> None:
    """Any text (or sticker) in a private chat is talk to the bot."""
    if update.effective_message:
        await ask(update, context, text_of(update.effective_message))


def _mentions_me(message: Message, context: BotContext) -> str | None:
    """The mention of the bot in *message* (as written), else None."""
    me = context.bot
    for entity, value in message.parse_entities(MENTIONS).items():
        if entity.type == MessageEntity.MENTION and value.lower() == f"@{(me.username or '').lower()}":
            return value
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == me.id:
            return value
    return None


def _addressed_text(message: Message, context: BotContext) -> str | None:
    """The text of a group message meant for the bot (a mention or a reply to it), else None."""
    replied = message.reply_to_message
    text = text_of(message)
    if replied and replied.from_user and replied.from_user.id == context.bot.id:
        return text
    mention = _mentions_me(message, context)
    return text.replace(mention, " ").strip() if mention is not None else None


async def group_text(update: Update, context: BotContext) -> None:
    """In groups only a mention of the bot, or a reply to it, is a question."""
    text = _addressed_text(update.effective_message, context) if update.effective_message else None
    if text is not None:
        await ask(update, context, text)


async def unknown_command(update: Update, context: BotContext) -> None:
    """Private chats only (groups are left alone): point to /help."""
    if update.effective_message is None:
        return
    command = (update.effective_message.text or "").split()[0].split("@")[0]
    await send(update.effective_message, render.unknown_command(command))


async def may_manage(update: Update, context: BotContext) -> bool:
    """In groups only administrators (asked with getChatMember) may change the subscription;
    an anonymous administrator posts as the group itself."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None and message.sender_chat.id == chat.id:
        return True
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR)


def place_of(chat: Chat, message: Message) -> Place:
    """Where *message* was typed: a private chat, a group, or a forum topic."""
    if chat.type == ChatType.PRIVATE:
        return Place.PRIVATE
    return Place.TOPIC if message.is_topic_message else Place.GROUP


async def permitted(command: Command, update: Update, context: BotContext) -> bool:
    """Whether the sender may use *command* here (bot/commands.py says who and where);
    when not, they are told why."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    if message is None or chat is None:
        return False
    if command.who is Who.ADMIN and (user is None or user.id not in context.bot_data.settings.admin_ids):
        await send(message, render.admins_only())
        return False
    if place_of(chat, message) not in command.where:
        await send(message, render.private_only())
        return False
    if command.who is Who.GROUP_ADMIN and not await may_manage(update, context):
        await send(message, render.group_admins_only())
        return False
    return True


async def command_replies(context: BotContext, command: Command, asked: Asked) -> list[Reply]:
    """*command*'s replies, made off the event loop: an ingest (/reindex, /delupload) on
    asyncio's default executor, bounded on PostgreSQL only by NEWSBOT_INGEST_WAIT (it may wait
    minutes for another worker's ingest, and shows its progress; past the bound the reader is
    told it goes on); any other command (/latest, /feeds, /stats...) bounded like an answer,
    so a stalled database gets the polite "busy" reply."""
    if command.slow:
        wait = context.bot_data.settings.ingest_wait if deadline_of(context) is not None else None
        try:
            return await asyncio.wait_for(asyncio.to_thread(command.action, conversation_of(context), asked), wait)
        except TimeoutError:
            log.warning("/%s still waits on the database after %g s; it goes on", command.name, wait)
            metrics.count_database_error()
            return [render.ingest_pending()]
    replies = await bounded(context, command.action, conversation_of(context), asked)
    return replies if isinstance(replies, list) else [replies]


def command_handler(command: Command) -> Callable[[Update, BotContext], Coroutine[Any, Any, None]]:
    """The Telegram handler of *command*: who and where checked, then its action run off the
    event loop (an ingest on asyncio's default executor, so searches go on) and its replies
    sent (bounded: command_replies). A question command with text goes through ask() (flood
    check, quoted in groups)."""
    async def handle(update: Update, context: BotContext) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None or chat is None or not await permitted(command, update, context):
            return
        rest, replaced = clean(" ".join(context.args or []))
        if command.question and rest:
            await ask(update, context, rest, search=True)
            return
        status = StatusMessage(message, asyncio.get_running_loop()) if command.slow else None
        asked = Asked(chat.id, rest, context.bot_data.settings, wants_traditional(update.effective_user),
                      topic_of(message), status)
        try:
            replies = await command_replies(context, command, asked)
        finally:
            if status is not None:
                await status.close()  # the status message stays as it is: the reply follows
        for i, reply in enumerate(replies):
            await briefly(context, "keeping the chat's pages", conversation_of(context).noted, chat.id, reply)
            reply = render.input_replaced(reply) if replaced and i == 0 else reply
            if i == 0 and status is not None and await status.finish(reply):
                continue  # the status message shows it
            await send(message, reply)  # PTB's reply_text answers into the message's forum topic
        if command.slow and context.job_queue is not None:  # /reindex: its alerts go out now
            context.job_queue.run_once(alert_jobs.send_alerts, 0)
    return handle

