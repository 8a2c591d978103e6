"""Scheduled work: keeping the index current and sending daily digests."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import secrets
import socket
from zoneinfo import ZoneInfo

from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter, TelegramError
from telegram.ext import Application, ContextTypes

from bot import flood
from bot.chat import Chat
from bot.telegram_io import markup
from bot.work import blocking

log = logging.getLogger(__name__)
DIGEST_TICK_SECONDS = 60
FANOUT = 20  # digests in flight at once; the rate limiter keeps the overall pace
INGEST_LOCK = "newsbot:ingest"
CLAIM_BATCH = 20  # digests a worker claims at a time (sent well within a lease); others claim the next
CLAIM_WAIT = 5.0  # seconds between looks at digests other workers hold (a dead one's lease ends)
STOP_GRACE = 2.0  # seconds digests in flight may take to finish once the bot stops


async def reingest(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Incremental ingest in a worker thread; the bot keeps answering meanwhile. One worker
    at a time (a lock shared through the store); the others serve each commit at once."""
    chat: Chat = context.application.bot_data["chat"]
    try:
        report = await asyncio.to_thread(ingest_alone, chat)
    except Exception:  # the next run tries again; the index keeps its last good state
        log.exception("re-ingest failed")
        return
    if report is None:
        log.info("re-ingest skipped: another worker is ingesting")
        return
    if report.added or report.changed or report.removed:
        log.info("re-ingest: +%d files, ~%d, -%d", report.added, report.changed, report.removed)


def rebuild_soon(app: Application) -> None:
    """Run the re-ingest (which rebuilds a missing or damaged index) now, unless it is
    already queued or running."""
    if not app.job_queue.get_jobs_by_name("rebuild") and not app.bot_data.get("rebuilding"):
        app.job_queue.run_once(_rebuild, 0, name="rebuild")


async def _rebuild(context: ContextTypes.DEFAULT_TYPE) -> None:
    context.application.bot_data["rebuilding"] = True
    try:
        await reingest(context)
    finally:
        context.application.bot_data["rebuilding"] = False


def ingest_alone(chat: Chat):
    """Ingest unless another worker is ingesting (then None)."""
    with chat.store.singleton(INGEST_LOCK) as mine:
        return chat.engine.ingest() if mine else None


async def forget_idle_users(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Keep the flood records small."""
    await blocking(context.application.bot_data["chat"].store.forget_idle, flood.WINDOW)


def _now(context: ContextTypes.DEFAULT_TYPE) -> dt.datetime:
    tz = ZoneInfo(context.application.bot_data["settings"].timezone)
    return dt.datetime.now(tz)


async def digests(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send every digest that is due today and has not gone out yet (at most once a day).
    Runs never overlap: a tick that finds one under way leaves the work to it."""
    lock: asyncio.Lock = context.application.bot_data.setdefault("digest_lock", asyncio.Lock())
    if lock.locked():
        return
    async with lock:
        await _send_due(context)


async def _send_due(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Claim due digests in batches (no other worker gets them while the lease lasts) and
    send them. A failed send stays claimed until the lease ends, then any worker retries
    it; digests left unsent by a stop are given back at once."""
    chat: Chat = context.application.bot_data["chat"]
    settings = context.application.bot_data["settings"]
    worker = context.application.bot_data.setdefault("worker", worker_name())
    now = _now(context)
    today = now.date().isoformat()
    gate = asyncio.Semaphore(FANOUT)

    async def one(sub) -> None:
        async with gate:
            # stopping: the rest go out after the restart; a claim that ran out (this worker
            # was slow) belongs to another worker now, which sends that digest
            if context.application.running and \
                    await blocking(chat.store.renew, sub.chat_id, worker, settings.digest_lease):
                await until_stopped(context, send_digest(context, chat, sub, today))
        if not context.application.running:  # unsent ones go to another worker or the restart
            await blocking(chat.store.release, sub.chat_id, worker)  # no-op once marked

    hhmm = now.strftime("%H:%M")
    while context.application.running:
        batch = await blocking(chat.store.claim_due, today, hhmm, worker, settings.digest_lease, CLAIM_BATCH)
        if batch:
            await asyncio.gather(*(one(sub) for sub in batch))
        elif await blocking(chat.store.due, today, hhmm):  # held by others, or failed here:
            await _pause(context, min(settings.digest_lease, CLAIM_WAIT))
        else:
            return


async def _pause(context: ContextTypes.DEFAULT_TYPE, seconds: float) -> None:
    """Sleep, unless the bot starts stopping."""
    stopping: asyncio.Event = context.application.bot_data.setdefault("stopping", asyncio.Event())
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stopping.wait(), seconds)


def worker_name() -> str:
    """This process, as named in digest claims."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


async def until_stopped(context: ContextTypes.DEFAULT_TYPE, work) -> None:
    """Run *work*; once the bot starts stopping it gets STOP_GRACE seconds more, then is
    cancelled (a send can wait a minute on a 429). A cancelled digest is left unmarked and
    goes out after the restart; the grace keeps that to sends stuck that long."""
    stopping: asyncio.Event = context.application.bot_data.setdefault("stopping", asyncio.Event())
    task, stop = asyncio.ensure_future(work), asyncio.ensure_future(stopping.wait())
    await asyncio.wait({task, stop}, return_when=asyncio.FIRST_COMPLETED)
    if not task.done():
        await asyncio.wait({task}, timeout=STOP_GRACE)
    stop.cancel()
    if not task.done():
        task.cancel()
        log.info("digest cut short by the stop; it goes out after the restart")
        return
    task.result()


async def send_digest(context: ContextTypes.DEFAULT_TYPE, chat: Chat, sub, today: str) -> None:
    """One chat's digest; the period is marked done only once Telegram has accepted it."""
    reply, newest = await blocking(chat.digest, sub.since, sub.query)
    chat_id = sub.chat_id
    try:
        if reply is not None:
            try:
                await context.bot.send_message(chat_id, reply.text, reply_markup=markup(reply))
            except ChatMigrated as moved:  # the group became a supergroup: follow it
                chat_id = moved.new_chat_id
                await blocking(chat.store.migrate, sub.chat_id, chat_id)
                log.info("chat %s migrated to %s; subscription moved", sub.chat_id, chat_id)
                await context.bot.send_message(chat_id, reply.text, reply_markup=markup(reply))
    except Forbidden:
        log.info("chat %s blocked the bot; unsubscribing", chat_id)
        await blocking(chat.store.unsubscribe, chat_id)
        return
    except RetryAfter as exc:  # the rate limiter's retries ran out: try on the next tick
        log.warning("digest to %s postponed: retry after %s", sub.chat_id, exc.retry_after)
        return
    except BadRequest as exc:
        log.warning("digest to %s refused: %s", sub.chat_id, exc.message)
    except TelegramError as exc:
        log.warning("digest to %s failed: %s; will retry", sub.chat_id, exc)
        return
    await blocking(chat.store.mark_sent, chat_id, today, newest)
