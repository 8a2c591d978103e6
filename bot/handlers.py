"""Telegram update handlers: parse, call the chat logic off the event loop, reply."""
from __future__ import annotations

import asyncio
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import flood, render
from bot.chat import Chat
from bot.work import blocking
from bot.telegram_io import markup, send

log = logging.getLogger(__name__)
INLINE_PAGE = 10


def chat_of(context: ContextTypes.DEFAULT_TYPE) -> Chat:
    return context.application.bot_data["chat"]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, render.welcome())


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update.effective_message, render.help_text())


async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """Answer *text* in the update's chat, unless the user is flooding."""
    quote = update.effective_chat.type != ChatType.PRIVATE
    user = update.effective_user
    verdict = context.application.bot_data["flood"].check(user.id) if user else flood.OK
    if verdict == flood.NOTICE:
        await send(update.effective_message, render.Reply("您发送得太快了，请稍等几秒再提问。"), quote=quote)
    if verdict != flood.OK:
        return
    reply = await blocking(chat_of(context).answer, text)
    await send(update.effective_message, reply, quote=quote)


async def search_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args or [])
    if not text:
        await send(update.effective_message, render.Reply("用法：/search 关键词，例如 /search 民族团结"))
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
    await send(update.effective_message, await blocking(chat_of(context).latest))


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    reply = await blocking(chat_of(context).stats, update.effective_chat.id)
    await send(update.effective_message, reply)


async def subscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    default_at = context.application.bot_data["settings"].digest_time
    reply = await blocking(chat_of(context).subscribe, update.effective_chat.id,
                                    list(context.args or []), default_at)
    await send(update.effective_message, reply)


async def unsubscribe(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    reply = await blocking(chat_of(context).unsubscribe, update.effective_chat.id)
    await send(update.effective_message, reply)


async def reindex(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Admin only: ingest the seed folder now."""
    user = update.effective_user
    if not user or user.id not in context.application.bot_data["settings"].admin_ids:
        await send(update.effective_message, render.Reply("此命令仅限管理员使用。"))
        return
    engine = chat_of(context).engine
    r = await asyncio.to_thread(engine.ingest)  # default executor: searches go on
    await send(update.effective_message, render.Reply(
        f"更新完成：新增文件 {r.added}，修改 {r.changed}，删除 {r.removed}，未变 {r.unchanged}；"
        f"文章 +{r.articles_added} −{r.articles_removed}。"))


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """上一页 / 下一页 edit the message; 阅读全文 sends the article; anything else is refused."""
    query = update.callback_query
    data = query.data or ""
    chat = chat_of(context)
    if data.startswith("pg:"):
        reply = await blocking(chat.page, data)
        if reply is not None:
            await query.answer()
            await query.edit_message_text(reply.text, reply_markup=markup(reply))
            return
    elif data.startswith("rd:"):
        messages = await blocking(chat.read, data)
        if messages is not None:
            await query.answer()
            for text in messages:
                await context.bot.send_message(query.message.chat.id, text)
            return
    await query.answer("这个按钮已失效，请重新提问。", show_alert=False)


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
    results = [InlineQueryResultArticle(
        id=h.id, title=render.one_line(h.title, 100),
        description=render.meta(h.date, h.source) or render.one_line(h.snippet.text, 60),
        input_message_content=InputTextMessageContent(render.inline_text(h)),
    ) for h in hits]
    # PTB would send an empty string as "[]"; None leaves the parameter out.
    await iq.answer(results, cache_time=30, next_offset=str(page + 1) if more else None)
