"""Button presses, inline queries and group migrations. The button handlers are
registered with the patterns of bot/buttons.py; data no pattern takes (stale or forged)
reaches stale_button and gets a polite refusal."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from telegram import CallbackQuery, InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.error import BadRequest

from bot import buttons, render
from bot.handlers import deadline_of
from bot.state import BotContext
from bot.store import StoreError
from bot.telegram_io import localize, markup, script_of, topic_of, traditional
from bot.work import blocking
from search.cli import clean

log = logging.getLogger(__name__)
INLINE_PAGE = 10  # inline results per page
BUSY = (TimeoutError, StoreError)  # the database held or refused the call: the busy reply
INLINE_MAX_PAGE = 999  # an offset beyond this (or not a page number) means the first page
INLINE_CACHE_SECONDS = 30  # answers depend on the user's script: short, and personal
_TOO_OLD = ("query is too old", "query id is invalid")
_NOT_MODIFIED = "message is not modified"
_CANT_EDIT = ("message to edit not found", "message can't be edited")


async def page_button(update: Update, context: BotContext) -> None:
    """上一页 / 下一页 (results or /latest) edit the message. A query too old to answer
    still gets its page; a double tap is silent; a message that can no longer be edited
    gets the page as a new message."""
    query = update.callback_query
    if query is None:
        return
    try:
        reply = await _within(context, context.bot_data.conversation.follow, query.data)
    except BUSY:  # the database holds the page past the answer's bound
        reply = render.busy()
    if reply is None:
        await stale_button(update, context)
        return
    if query.message is not None and reply != render.busy():  # 下一页 typed next goes on from here
        with contextlib.suppress(*BUSY):  # the page is shown all the same
            await _within(context, context.bot_data.conversation.noted, query.message.chat.id, reply)
    await _answer(query)
    await _edit_or_send(query, context, localize(reply, query.from_user))


async def read_button(update: Update, context: BotContext) -> None:
    """阅读全文 sends the article, in as many messages as it takes."""
    query = update.callback_query
    if query is None:
        return
    chat_id = query.message.chat.id if query.message is not None else None
    try:
        messages = await _within(context, context.bot_data.conversation.read, query.data, chat_id)
    except BUSY:
        messages = [render.busy().text]
    if messages is None or query.message is None:
        await stale_button(update, context)
        return
    await _answer(query)
    topic = topic_of(query.message)
    for text in messages:
        await context.bot.send_message(query.message.chat.id, localize(render.Reply(text), query.from_user).text,
                                       message_thread_id=topic)


async def summary_button(update: Update, context: BotContext) -> None:
    """摘要 sends the article's summary (which becomes the chat's subject)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    article_id = buttons.summary_id(query.data)
    if article_id is None:
        await stale_button(update, context)
        return
    conversation = context.bot_data.conversation
    try:
        reply = await _within(context, conversation.summary_in, query.message.chat.id, article_id)
    except BUSY:
        reply = render.busy()
    await _answer(query)
    reply = localize(reply, query.from_user)
    await context.bot.send_message(query.message.chat.id, reply.text, reply_markup=markup(reply),
                                   message_thread_id=topic_of(query.message))


async def alert_list_button(update: Update, context: BotContext) -> None:
    """The button under "another N articles matched" lists them, each with 阅读全文."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    reply = await blocking(context.bot_data.conversation.alert_list, query.message.chat.id, query.data)
    if reply is None:
        await stale_button(update, context)
        return
    await _answer(query)
    topic = topic_of(query.message)
    reply = localize(reply, query.from_user)
    await context.bot.send_message(query.message.chat.id, reply.text, reply_markup=markup(reply),
                                   message_thread_id=topic)


async def _within(context: BotContext, fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) off the event loop; TimeoutError when PostgreSQL holds it past the
    answer's bound (NEWSBOT_DB_STATEMENT_TIMEOUT; a stalled server times nothing out)."""
    return await asyncio.wait_for(blocking(fn, *args), deadline_of(context))


async def stale_button(update: Update, context: BotContext) -> None:
    """A button that no longer leads anywhere, or data nobody built: said politely."""
    if update.callback_query is not None:
        query = update.callback_query
        await _answer(query, localize(render.stale_button(), query.from_user).text)


async def _answer(query: CallbackQuery, text: str | None = None) -> None:
    """Stop the button's spinner; a query Telegram no longer knows is not an error."""
    try:
        await query.answer(text)
    except BadRequest as exc:
        if not any(x in exc.message.lower() for x in _TOO_OLD):
            raise
        log.info("callback query %s too old to answer; handling the button anyway", query.id)


async def _edit_or_send(query: CallbackQuery, context: BotContext, reply: render.Reply) -> None:
    try:
        await query.edit_message_text(reply.text, reply_markup=markup(reply))
    except BadRequest as exc:
        why = exc.message.lower()
        if _NOT_MODIFIED in why:  # a double tap: the message already shows this page
            return
        if not any(x in why for x in _CANT_EDIT) or query.message is None:
            raise
        await context.bot.send_message(query.message.chat.id, reply.text, reply_markup=markup(reply))


async def migrated(update: Update, context: BotContext) -> None:
    """A group became a supergroup: its subscription follows it to the new chat id."""
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    if await blocking(context.bot_data.conversation.migrate, old, new):
        log.info("chat %s migrated to %s; subscription moved", old, new)


def inline_page(offset: str) -> int:
    """The page an inline query's offset asks for (we send page numbers as next_offset)."""
    if offset.isdigit() and 0 < int(offset) <= INLINE_MAX_PAGE:
        return int(offset)
    return 1


async def inline(update: Update, context: BotContext) -> None:
    """Inline mode: INLINE_PAGE results a page; an empty query lists the newest articles."""
    inline_query = update.inline_query
    if inline_query is None:
        return
    page = inline_page(inline_query.offset)
    text, _ = clean(inline_query.query)  # no room for a note in inline results
    try:
        hits, more = await _within(context, context.bot_data.conversation.inline, text, page, INLINE_PAGE)
    except BUSY:  # no results this time; Telegram asks again as the user types
        hits, more = [], False
    script = script_of(inline_query.from_user)

    def written(text: str) -> str:
        return traditional(text, script) if script else text
    results = []
    for hit in hits:
        shown = render.inline_result(hit)
        results.append(InlineQueryResultArticle(
            id=hit.id, title=written(shown.title), description=written(shown.description),
            input_message_content=InputTextMessageContent(written(shown.message))))
    # PTB would send an empty string as "[]"; None leaves the parameter out. Answers
    # depend on the user's script, so Telegram must not share its cache between users.
    await inline_query.answer(results, cache_time=INLINE_CACHE_SECONDS, is_personal=True,
                              next_offset=str(page + 1) if more else None)
