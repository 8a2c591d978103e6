"""Files sent to the bot in a private chat: an administrator's .txt, .md, .html or .xml file
becomes articles at once (bot/service.py keeps and ingests it); anyone else is told politely
that only administrators add articles. Groups' files are left alone."""
from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import TelegramError

from bot import alert_jobs, render
from bot.handlers import conversation_of
from bot.state import BotContext
from bot.telegram_io import send
from bot.work import blocking

log = logging.getLogger(__name__)


def file_url(base_url: str) -> str:
    """Where the Bot API server at *base_url* (ending in /bot, or holding /bot{token}) serves
    files: https://api.telegram.org/bot -> https://api.telegram.org/file/bot."""
    if "{token}" in base_url:
        return base_url.replace("/bot{token}", "/file/bot{token}")
    return base_url[: -len("bot")] + "file/bot"


async def document(update: Update, context: BotContext) -> None:
    """An administrator's file: checked by name and size before it is downloaded, then kept,
    ingested, and the articles found named in the reply (or why there are none)."""
    message, user = update.effective_message, update.effective_user
    if message is None or message.document is None:
        return
    if user is None or user.id not in context.bot_data.settings.admin_ids:
        await send(message, render.uploads_admins_only())
        return
    conversation = conversation_of(context)
    doc = message.document
    name = doc.file_name or ""
    why = await blocking(conversation.upload_refusal, name, doc.file_size)
    if why is not None:
        await send(message, render.upload_refused(name, why))
        return
    try:
        data = bytes(await (await context.bot.get_file(doc.file_id)).download_as_bytearray())
    except TelegramError as exc:  # too big for bots, expired, the server unreachable
        log.warning("download of an uploaded file failed: %s", exc)
        await send(message, render.upload_refused(name, "download"))
        return
    reply = await asyncio.to_thread(conversation.upload, name, data)  # an ingest: off the search pool
    await send(message, reply)
    if context.job_queue is not None:  # alerts on the new articles go out now, as after /reindex
        context.job_queue.run_once(alert_jobs.send_alerts, 0)
