"""Administrators' commands: /reindex, and the live sources (/feeds, /addfeed, /delfeed)
in private chat. Administrators are the user ids in NEWSBOT_ADMIN_IDS."""
from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.constants import ChatType

from bot import render
from bot.state import BotContext
from bot.telegram_io import send
from bot.work import blocking


async def _from_admin(update: Update, context: BotContext) -> Message | None:
    """The message, when an administrator sent it; otherwise they are told, and None."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return None
    if user is None or user.id not in context.bot_data.settings.admin_ids:
        await send(message, render.admins_only())
        return None
    return message


async def _admin_in_private(update: Update, context: BotContext) -> Message | None:
    """Feed commands: admins only, in private chat (the list holds URLs not meant for groups)."""
    message = await _from_admin(update, context)
    if message is None:
        return None
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await send(message, render.private_only())
        return None
    return message


async def feeds(update: Update, context: BotContext) -> None:
    """Admin: /feeds lists the live sources with their state and last error."""
    if message := await _admin_in_private(update, context):
        await send(message, await blocking(context.bot_data.conversation.feeds))


async def addfeed(update: Update, context: BotContext) -> None:
    """Admin: /addfeed URL."""
    if message := await _admin_in_private(update, context):
        minutes = context.bot_data.settings.reingest_minutes
        args = list(context.args or [])
        await send(message, await blocking(context.bot_data.conversation.add_feed, args, minutes))


async def delfeed(update: Update, context: BotContext) -> None:
    """Admin: /delfeed N."""
    if message := await _admin_in_private(update, context):
        await send(message, await blocking(context.bot_data.conversation.del_feed, list(context.args or [])))


async def reindex(update: Update, context: BotContext) -> None:
    """Admin only: ingest the seed folder now; `/reindex full` re-reads every file and
    confirms removals held back because the folder looked unmounted."""
    if message := await _from_admin(update, context):
        full = [a.lower() for a in context.args or []] == ["full"]
        report = await asyncio.to_thread(context.bot_data.conversation.ingest, full)  # default executor: searches go on
        await send(message, render.reindexed(report))
