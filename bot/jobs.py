"""Scheduled work: keeping the index current and sending daily digests."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable

from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError

from bot import alert_jobs, metrics, schedule
from bot.conversation import DIGEST_SIZE, Conversation
from bot.state import BotContext
from bot.store import Subscription
from bot.telegram_faults import SendWithdrawn
from bot.telegram_io import TAIWAN, in_script, markup, topic_gone
from bot.work import blocking

log = logging.getLogger(__name__)
FANOUT = 20  # digests in flight at once; the rate limiter keeps the overall pace
CLAIM_BATCH = 20  # digests a worker claims at a time (sent well within a lease); others claim the next
CLAIM_WAIT = 5.0  # seconds between looks at digests other workers hold (a dead one's lease ends)
STOP_GRACE = 2.0  # seconds digests in flight may take to finish once the bot stops


async def reingest(context: BotContext) -> None:
    """Incremental ingest in a worker thread; the bot keeps answering meanwhile. One worker
    at a time (a lock shared through the store); the others serve each commit at once.
    The new articles' alerts go out right after."""
    await asyncio.to_thread(schedule.reingest, context.bot_data.conversation, context.bot_data.settings)
    await alert_jobs.send_alerts(context)


def rebuild_soon(context: BotContext) -> None:
    """Run the re-ingest (which rebuilds a missing or damaged index) now, unless it is
    already queued or running."""
    if context.job_queue is None:  # only without the job-queue extra, which pyproject.toml requires
        return
    if not context.job_queue.get_jobs_by_name("rebuild") and not context.bot_data.rebuilding:
        context.job_queue.run_once(_rebuild, 0, name="rebuild")


async def _rebuild(context: BotContext) -> None:
    context.bot_data.rebuilding = True
    try:
        await reingest(context)
    finally:
        context.bot_data.rebuilding = False


async def forget_idle_users(context: BotContext) -> None:
    """Keep the flood records small."""
    await blocking(context.bot_data.conversation.forget_idle_users)


async def digests(context: BotContext) -> None:
    """Send every digest that is due today and has not gone out yet (at most once a day).
    Runs never overlap: a tick that finds one under way leaves the work to it."""
    lock = context.bot_data.digest_lock
    if lock.locked():
        return
    async with lock:
        await _send_due(context)


async def _send_due(context: BotContext) -> None:
    """Claim due digests in batches (no other worker gets them while the lease lasts) and
    send them. A failed send stays claimed until the lease ends, then any worker retries
    it; digests left unsent by a stop are given back at once."""
    conversation = context.bot_data.conversation
    settings, worker = context.bot_data.settings, context.bot_data.worker
    now = schedule.local_now(settings)
    today = now.date().isoformat()
    gate = asyncio.Semaphore(FANOUT)

    async def one(sub: Subscription) -> None:
        async with gate:
            if context.application.running:  # stopping: the rest go out after the restart
                window = DigestWindow(context, sub.chat_id)
                await until_stopped(context, send_digest(context, conversation, sub, today, window), window)
        if not context.application.running:  # unsent ones go to another worker or the restart
            await blocking(conversation.release, sub.chat_id, worker)  # no-op once marked

    hhmm = now.strftime("%H:%M")
    while context.application.running:
        batch = await blocking(conversation.claim_due, today, hhmm, worker, settings.digest_lease, CLAIM_BATCH)
        if batch:
            await asyncio.gather(*(one(sub) for sub in batch))
        elif await blocking(conversation.due, today, hhmm):  # held by others, or failed here:
            await _pause(context, min(settings.digest_lease, CLAIM_WAIT))
        else:
            return


async def _pause(context: BotContext, seconds: float) -> None:
    """Sleep, unless the bot starts stopping."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(context.bot_data.stopping.wait(), seconds)


class DigestWindow:
    """A digest's SendWindow: right before each HTTP attempt (after every wait for a send
    slot) the claim is renewed, so a digest whose lease ran out while it waited, and which
    another worker has taken over, is not sent twice. Once the stop's grace is over, a
    send still waiting is withdrawn; one on the wire is let finish, because cutting it off
    could leave a message Telegram accepted unmarked (and sent again after the restart)."""

    def __init__(self, context: BotContext, chat_id: int) -> None:
        self.context, self.chat_id = context, chat_id
        self.withdrawn = self.on_wire = False

    async def open(self) -> bool:
        """True when the send may go out now (the claim is still this worker's)."""
        if self.withdrawn:
            return False
        data = self.context.bot_data
        held = await blocking(data.conversation.renew, self.chat_id, data.worker, data.settings.digest_lease)
        self.on_wire = held and not self.withdrawn
        return self.on_wire

    def close(self) -> None:
        """The HTTP attempt is over."""
        self.on_wire = False


async def until_stopped(context: BotContext, work: Awaitable[None], window: DigestWindow) -> None:
    """Run *work*; once the bot starts stopping it gets STOP_GRACE seconds more. Then a send
    still waiting for its slot (up to a minute on a 429) is cancelled and goes out after the
    restart; one on the wire is awaited (PTB's timeouts bound it)."""
    task, stop = asyncio.ensure_future(work), asyncio.ensure_future(context.bot_data.stopping.wait())
    await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
    if not task.done():
        await asyncio.wait({task}, timeout=STOP_GRACE)
    stop.cancel()
    if not task.done():
        window.withdrawn = True
        if not window.on_wire:
            task.cancel()
            log.info("digest cut short by the stop; it goes out after the restart")
            return
    await task


async def _digest_failed(exc: Exception, conversation: Conversation, sub: Subscription, chat_id: int) -> bool:
    """Log and count a digest that did not go out, and act on what Telegram said (a blocked
    bot unsubscribes, a closed topic stops); whether the period is still marked done (a
    refused message would be refused again), rather than retried on the next tick."""
    if isinstance(exc, SendWithdrawn):
        log.info("digest to %s withdrawn before sending: another worker holds it, or the bot is stopping",
                 sub.chat_id)
        return False
    metrics.DIGESTS.labels("failed").inc()
    if isinstance(exc, Forbidden):
        log.info("chat %s blocked the bot; unsubscribing", chat_id)
        await blocking(conversation.drop_subscription, chat_id)
        return False
    if isinstance(exc, RetryAfter):  # the rate limiter's retries ran out: try on the next tick
        log.warning("digest to %s postponed: retry after %s", sub.chat_id, exc.retry_after)
        return False
    if isinstance(exc, BadRequest):
        if topic_gone(exc) and sub.thread_id is not None:
            log.info("forum topic %s of chat %s is closed or deleted: its digest and alerts stop",
                     sub.thread_id, chat_id)
            await blocking(conversation.forget_topic, chat_id, sub.thread_id)
            return False
        log.warning("digest to %s refused: %s", sub.chat_id, exc.message)
        return True
    log.warning("digest to %s failed: %s; will retry", sub.chat_id, exc)
    return False


async def send_digest(context: BotContext, conversation: Conversation, sub: Subscription, today: str,
                      window: DigestWindow | None = None) -> None:
    """One chat's digest; the period is marked done only once Telegram has accepted it.
    *window* checks the claim right before each attempt goes out."""
    reply, newest = await blocking(conversation.digest, sub.since, sub.query, DIGEST_SIZE, sub.weekday is not None)
    # the stored flag says traditional, not which: Taiwan's characters (words unchanged)
    reply = in_script(reply, TAIWAN if sub.traditional else None) if reply is not None else None
    chat_id = sub.chat_id
    try:
        if reply is not None:
            try:
                await context.bot.send_message(chat_id, reply.text, reply_markup=markup(reply),
                                               message_thread_id=sub.thread_id, rate_limit_args=window)
            except ChatMigrated as moved:  # the group became a supergroup: follow it
                chat_id = moved.new_chat_id
                await blocking(conversation.migrate, sub.chat_id, chat_id)
                if window is not None:  # the claim moved with the subscription
                    window.chat_id = chat_id
                log.info("chat %s migrated to %s; subscription moved", sub.chat_id, chat_id)
                await context.bot.send_message(chat_id, reply.text, reply_markup=markup(reply),
                                               message_thread_id=sub.thread_id, rate_limit_args=window)
    except (SendWithdrawn, TelegramError) as exc:
        if not await _digest_failed(exc, conversation, sub, chat_id):
            return
    else:
        if reply is not None:
            metrics.DIGESTS.labels("sent").inc()
    await blocking(conversation.mark_sent, chat_id, today, newest)
