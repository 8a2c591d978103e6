"""Sending instant alerts on Telegram: claim the chats with waiting pushes (one worker per
chat at a time, through the Store), send what bot.alerts.outgoing() decides, and mark each
message's pushes only once Telegram has accepted it."""
from __future__ import annotations

import asyncio
import logging
import time

from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot import metrics
from bot.state import BotContext
from bot.store import AlertChat
from bot.telegram_faults import SendWithdrawn
from bot.telegram_io import TAIWAN, in_script, markup, topic_gone
from bot.work import blocking

log = logging.getLogger(__name__)
CLAIM_BATCH = 20  # chats a worker claims at a time


async def send_alerts(context: BotContext) -> None:
    """Send the waiting pushes of every chat nobody else is sending to. Runs never overlap."""
    lock = context.bot_data.alert_lock
    if lock.locked():
        return
    async with lock:
        await _send_claimed(context)


async def _send_claimed(context: BotContext) -> None:
    """Claims are kept until the run ends, so a chat that must wait (quiet hours, the
    hourly cap) is not claimed again in the same run; then they are given back."""
    data = context.bot_data
    service, worker, lease = data.conversation, data.worker, data.settings.digest_lease
    held: list[AlertChat] = []
    try:
        while context.application.running:
            chats = await blocking(service.claim_alert_chats, worker, lease, CLAIM_BATCH)
            if not chats:
                return
            held += chats
            await asyncio.gather(*(_one_chat(context, chat) for chat in chats))
    finally:
        for chat in held:
            await blocking(service.release_alert_chat, chat.chat_id, worker)


class AlertWindow:
    """A SendWindow: right before each HTTP attempt the chat's claim is renewed, so pushes
    another worker has taken over (this one's lease ran out) are not sent twice."""

    def __init__(self, context: BotContext, chat_id: int) -> None:
        self.context, self.chat_id = context, chat_id

    async def open(self) -> bool:
        """True when this worker still holds the chat."""
        data = self.context.bot_data
        return await blocking(data.conversation.renew_alert_chat, self.chat_id, data.worker,
                              data.settings.digest_lease)

    def close(self) -> None:
        """Nothing to do once the attempt is over."""


async def _one_chat(context: BotContext, chat: AlertChat) -> None:
    data = context.bot_data
    service, now = data.conversation, time.time()
    window = AlertWindow(context, chat.chat_id)
    for out in await blocking(service.alert_messages, chat, data.settings.alerts_per_hour, now):
        reply = in_script(out.reply, TAIWAN if chat.traditional else None)
        try:
            await context.bot.send_message(chat.chat_id, reply.text, reply_markup=markup(reply),
                                           message_thread_id=out.thread_id, rate_limit_args=window)
        except SendWithdrawn:
            log.info("alerts to %s withdrawn: another worker holds them", chat.chat_id)
            return
        except Forbidden:
            metrics.ALERTS.labels("failed").inc()
            log.info("chat %s blocked the bot; its alerts are removed", chat.chat_id)
            await blocking(service.forget_alerts, chat.chat_id)
            return
        except BadRequest as exc:
            metrics.ALERTS.labels("failed").inc()
            if topic_gone(exc) and out.thread_id is not None:
                log.info("forum topic %s of chat %s is closed or deleted: its alerts and digest stop",
                         out.thread_id, chat.chat_id)
                await blocking(service.forget_alerts, chat.chat_id, out.thread_id)
                continue
            log.warning("alert to %s refused: %s", chat.chat_id, exc.message)
            await blocking(service.mark_pushes, chat.chat_id, out.article_ids, "dropped", now, out.batch)
            continue
        except (RetryAfter, TelegramError) as exc:  # the next run tries again
            metrics.ALERTS.labels("failed").inc()
            log.warning("alert to %s failed: %s; will retry", chat.chat_id, exc)
            return
        metrics.ALERTS.labels("sent").inc()
        await blocking(service.mark_pushes, chat.chat_id, out.article_ids, out.state, time.time(), out.batch)
