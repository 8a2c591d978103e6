"""Telegram update handlers: parse, call the chat logic off the event loop, reply."""
from __future__ import annotations

import asyncio
import logging

from telegram import CallbackQuery, ChatMember, InlineQueryResultArticle, InputTextMessageContent, MessageEntity, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import flood, render
from bot.chat import Chat
from bot.telegram_io import localize, markup, send, traditional, wants_traditional
from bot.work import blocking

log = logging.getLogger(__name__)
INLINE_PAGE = 10


def chat_of(context: ContextTypes.DEFAULT_TYPE) -> Chat:
    return context.application.bot_data["chat"]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, render.welcome())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, render.help_text())


async def flood_verdict(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> str:
    """The store's flood verdict (shared by all workers); a store failure lets the question through."""
    try:
        return await blocking(chat_of(context).store.flood_check, user_id, flood.BURST, flood.WINDOW)
    except Exception as exc:  # an answer matters more than the allowance
        log.warning("flood check failed: %s", exc)
        return flood.OK


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer *text* in the update's chat, unless the user is flooding."""
    quote = update.effective_chat.type != ChatType.PRIVATE
    user = update.effective_user
    verdict = await flood_verdict(context, user.id) if user else flood.OK
    if verdict == flood.NOTICE:
        await send(update.effective_message, render.too_fast(), quote=quote)
    if verdict != flood.OK:
        return
    reply = await blocking(chat_of(context).answer, text)
    await send(update.effective_message, reply, quote=quote)


async def search_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args or [])
    if not text:
        await send(update.effective_message, render.search_usage())
        return
    await ask(update, context, text)


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await ask(update, context, update.effective_message.text or "")


def _addressed_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """The text of a group message meant for the bot (a mention or a reply to it), else None."""
    msg, me = update.effective_message, context.bot
    replied = msg.reply_to_message
    if replied and replied.from_user and replied.from_user.id == me.id:
        return msg.text or ""
    text = msg.text or ""
    for ent, value in msg.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION]).items():
        mine = (ent.type == MessageEntity.MENTION and value.lower() == f"@{(me.username or '').lower()}") or \
               (ent.type == MessageEntity.TEXT_MENTION and ent.user and ent.user.id == me.id)
        if mine:
            return text.replace(value, " ").strip()
    return None


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = _addressed_text(update, context)
    if text is not None:
        await ask(update, context, text)


async def latest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, await blocking(chat_of(context).latest, 1))


async def read_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`/read ID`: the full article, as the terminal chat and the read buttons give it."""
    texts = await blocking(chat_of(context).read_id, " ".join(context.args or []))
    for text in texts:
        await send(update.effective_message, render.Reply(text))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Private chats only (groups are left alone): point to /help."""
    command = (update.effective_message.text or "").split()[0].split("@")[0]
    await send(update.effective_message, render.unknown_command(command))


async def may_manage(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """In groups only administrators (asked with getChatMember) may change the subscription;
    an anonymous administrator posts as the group itself."""
    chat, msg = update.effective_chat, update.effective_message
    if chat.type == ChatType.PRIVATE:
        return True
    if msg.sender_chat is not None and msg.sender_chat.id == chat.id:
        return True
    user = update.effective_user
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMember.OWNER, ChatMember.ADMINISTRATOR)


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    reply = await blocking(chat_of(context).stats, update.effective_chat.id)
    await send(update.effective_message, reply)


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await may_manage(update, context):
        await send(update.effective_message, render.group_admins_only())
        return
    default_at = context.application.bot_data["settings"].digest_time
    reply = await blocking(chat_of(context).subscribe, update.effective_chat.id,
                                    list(context.args or []), default_at)
    await send(update.effective_message, reply)


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not await may_manage(update, context):
        await send(update.effective_message, render.group_admins_only())
        return
    reply = await blocking(chat_of(context).unsubscribe, update.effective_chat.id)
    await send(update.effective_message, reply)


async def _admin_in_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Feed commands: admins only, in private chat (the list holds URLs not meant for groups)."""
    user = update.effective_user
    if not user or user.id not in context.application.bot_data["settings"].admin_ids:
        await send(update.effective_message, render.admins_only())
        return False
    if update.effective_chat.type != ChatType.PRIVATE:
        await send(update.effective_message, render.private_only())
        return False
    return True


async def feeds(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: /feeds lists the live sources with their state and last error."""
    if await _admin_in_private(update, context):
        await send(update.effective_message, await blocking(chat_of(context).feeds))


async def addfeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: /addfeed URL."""
    if await _admin_in_private(update, context):
        minutes = context.application.bot_data["settings"].reingest_minutes
        await send(update.effective_message, await blocking(chat_of(context).add_feed, list(context.args or []), minutes))


async def delfeed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin: /delfeed N."""
    if await _admin_in_private(update, context):
        await send(update.effective_message, await blocking(chat_of(context).del_feed, list(context.args or [])))


async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin only: ingest the seed folder now; `/reindex full` re-reads every file and
    confirms removals held back because the folder looked unmounted."""
    user = update.effective_user
    if not user or user.id not in context.application.bot_data["settings"].admin_ids:
        await send(update.effective_message, render.admins_only())
        return
    engine = chat_of(context).engine
    full = [a.lower() for a in context.args or []] == ["full"]
    r = await asyncio.to_thread(engine.ingest, full)  # default executor: searches go on
    await send(update.effective_message, render.reindexed(r))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """上一页 / 下一页 edit the message; 阅读全文 sends the article; anything else is refused.
    A query too old to answer still gets its page or article; a double tap is silent; a
    message that can no longer be edited gets the page as a new message."""
    query = update.callback_query
    data = query.data or ""
    chat = chat_of(context)
    if data.startswith(("pg:", "lt:")):
        reply = await blocking(chat.follow, data)
        if reply is not None:
            reply = localize(reply, query.from_user)
            await _answer(query)
            await _edit_or_send(query, context, reply)
            return
    elif data.startswith("rd:"):
        messages = await blocking(chat.read, data)
        if messages is not None:
            await _answer(query)
            for text in messages:
                await context.bot.send_message(query.message.chat.id, localize(render.Reply(text), query.from_user).text)
            return
    await _answer(query, localize(render.stale_button(), query.from_user).text)


_TOO_OLD = ("query is too old", "query id is invalid")
_NOT_MODIFIED = "message is not modified"
_CANT_EDIT = ("message to edit not found", "message can't be edited")


async def _answer(query: CallbackQuery, text: str | None = None) -> None:
    """Stop the button's spinner; a query Telegram no longer knows is not an error."""
    try:
        await query.answer(text)
    except BadRequest as exc:
        if not any(x in exc.message.lower() for x in _TOO_OLD):
            raise
        log.info("callback query %s too old to answer; handling the button anyway", query.id)


async def _edit_or_send(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, reply: render.Reply) -> None:
    try:
        await query.edit_message_text(reply.text, reply_markup=markup(reply))
    except BadRequest as exc:
        why = exc.message.lower()
        if _NOT_MODIFIED in why:  # a double tap: the message already shows this page
            return
        if not any(x in why for x in _CANT_EDIT) or query.message is None:
            raise
        await context.bot.send_message(query.message.chat.id, reply.text, reply_markup=markup(reply))


async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its subscription follows it to the new chat id."""
    msg = update.effective_message
    if msg.migrate_to_chat_id:
        old, new = msg.chat.id, msg.migrate_to_chat_id
    elif msg.migrate_from_chat_id:
        old, new = msg.migrate_from_chat_id, msg.chat.id
    else:
        return
    if await blocking(chat_of(context).store.migrate, old, new):
        log.info("chat %s migrated to %s; subscription moved", old, new)


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline mode: 10 results a page; an empty query lists the newest articles."""
    iq = update.inline_query
    page = int(iq.offset) if iq.offset.isdigit() and 0 < int(iq.offset) < 1000 else 1
    engine = chat_of(context).engine
    text = iq.query.strip()
    if text:
        found = await blocking(engine.search, text, page, INLINE_PAGE)
        hits, more = list(found.hits), page < found.pages
    else:
        hits = (await blocking(engine.latest, page * INLINE_PAGE))[(page - 1) * INLINE_PAGE:]
        more = len(hits) == INLINE_PAGE
    script = traditional if wants_traditional(iq.from_user) else str
    results = [InlineQueryResultArticle(
        id=h.id, title=script(render.one_line(h.title, 100)),
        description=script(render.meta(h.date, h.source) or render.one_line(h.snippet.text, 60)),
        input_message_content=InputTextMessageContent(script(render.inline_text(h))),
    ) for h in hits]
    # PTB would send an empty string as "[]"; None leaves the parameter out. Answers
    # depend on the user's script, so Telegram must not share its cache between users.
    await iq.answer(results, cache_time=30, is_personal=True, next_offset=str(page + 1) if more else None)
