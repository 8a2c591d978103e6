"""No acknowledged update is lost: the webhook (and in polling mode the update queue PTB's
Updater fills, InboxQueue) keeps each update in the store's inbox before
it answers 200, and the update is marked done once PTB has finished handling it
(NewsApplication.process_update). The worker that stored it holds it under a lease it
renews while the update waits or runs; when a worker dies (or stops) its updates are taken
over by another worker's periodic job, or by itself after a restart, and each is handled at
most once more. Telegram's retry of an update already kept is ignored by its primary key."""
from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from typing import Any

from telegram import Update

from bot.state import BotApplication, BotContext
from bot.store import StoreError, outage

log = logging.getLogger(__name__)
MOST_TAKES = 2  # workers that may take one update: the one it arrived at, and one more
# The store is reached on asyncio's default threads, not on bot.work's search pool: an update
# is kept (and marked done) at once, never after the searches queued there.
CLAIM_BATCH = 50  # updates a worker takes over per tick
KEEP_DONE_SECONDS = 24 * 3600  # a handled update's id is kept this long: Telegram retries for a day


def answer_wait(app: BotApplication) -> float | None:
    """How long an answer waits on the inbox: a quarter of its bound on PostgreSQL (as the
    flood check, bot/handlers.py), which a stalled server cannot time out itself."""
    settings = app.bot_data.settings
    return settings.db_statement_timeout / 4 if settings.database_url else None


async def keep(app: BotApplication, raw: dict[str, Any], wait: float | None = None) -> bool:
    """Keep *raw* (an update) in the inbox, held by this worker; False when the inbox had it
    already. StoreError when it cannot be kept, or not within *wait* seconds (None: no
    limit); an update kept later than that is marked done at once, as if never kept."""
    data = app.bot_data
    update_id = int(raw["update_id"])
    body = json.dumps(raw)  # ASCII: a lone surrogate Telegram's JSON may carry is stored escaped
    put = _LatePut(app, update_id)
    task = asyncio.ensure_future(asyncio.to_thread(put.run, body, time.time(), data.worker, data.settings.inbox_lease))
    try:
        fresh = await asyncio.wait_for(asyncio.shield(task), wait)
    except TimeoutError:
        if put.give_up():  # kept just as the wait ran out: marked done here, the app still runs
            app.create_task(asyncio.to_thread(data.conversation.inbox_done, update_id))
        raise StoreError("the database did not answer in time") from None
    if fresh:
        data.in_flight.add(update_id)
    return bool(fresh)


async def accept(app: BotApplication, raw: dict[str, Any]) -> bool:
    """Webhook mode: keep *raw* in the inbox, then queue it for PTB; False when the inbox had
    it already (it is not queued again). StoreError when it cannot be kept: the caller
    answers non-2xx, so Telegram sends it again."""
    fresh = await keep(app, raw)
    if fresh:
        app.update_queue.put_nowait(Update.de_json(raw, app.bot))  # past InboxQueue.put: kept already
    return fresh


class _LatePut:
    """inbox_put on a thread. When the caller stopped waiting before it returned, the update
    is answered as never kept: if it was kept after all, the same thread marks it done, so
    that no worker takes it over and answers it again, even when the application has
    stopped meanwhile."""

    def __init__(self, app: BotApplication, update_id: int) -> None:
        self.conversation = app.bot_data.conversation
        self.update_id = update_id
        self.lock = threading.Lock()
        self.late = False
        self.kept = False  # returned True before the caller gave up

    def run(self, body: str, received: float, worker: str, lease: float) -> bool:
        """Keep the update; mark it done at once when the caller gave up on it."""
        fresh = self.conversation.inbox_put(self.update_id, body, received, worker, lease)
        with self.lock:
            late, self.kept = self.late, fresh
        if fresh and late:
            self.conversation.inbox_done(self.update_id)
        return fresh

    def give_up(self) -> bool:
        """The caller stops waiting; True when the update was kept already (the caller marks it)."""
        with self.lock:
            self.late = True
            return self.kept


class InboxQueue(asyncio.Queue[object]):
    """Polling mode's update queue (ApplicationBuilder.update_queue): PTB's Updater puts each
    fetched update here and only then moves Telegram's offset past the batch, so an update
    is kept in the inbox before Telegram forgets it. When it cannot be kept (the database
    locked or down) it is queued all the same, as PTB would: the one polling process keeps
    answering, and only a crash during the outage could lose what it fetched."""

    def __init__(self) -> None:
        super().__init__()
        self.app: BotApplication | None = None  # set once the Application is built

    async def put(self, item: object) -> None:
        """Keep an Update in the inbox, then queue it; anything else (PTB's stop signal) is queued."""
        if isinstance(item, Update) and self.app is not None:
            try:
                if not await keep(self.app, item.to_dict(), answer_wait(self.app)):
                    return  # kept already (Telegram sent it again)
            except StoreError as exc:
                log.log(outage.quiet_level(), "update %d answered without being kept in the inbox: %s",
                        item.update_id, exc)
        await super().put(item)


async def finished(app: BotApplication, update: object) -> None:
    """The update was handled (replies sent, or its error handled): it is marked done. A
    failure to mark it is logged; the update may then be handled once more. A database
    slower than answer_wait() does not hold the handling: the mark goes on in the background
    (the update's lease is renewed meanwhile)."""
    if not isinstance(update, Update) or update.update_id not in app.bot_data.in_flight:
        return
    done = asyncio.ensure_future(asyncio.to_thread(app.bot_data.conversation.inbox_done, update.update_id))
    done.add_done_callback(lambda marked: _marked(app, update.update_id, marked))
    try:
        await asyncio.wait_for(asyncio.shield(done), answer_wait(app))
    except TimeoutError:
        log.warning("update %d handled; the database has not yet marked it done", update.update_id)


def _marked(app: BotApplication, update_id: int, done: asyncio.Future[None]) -> None:
    """The done-mark of *update_id* finished: logged when it failed; the update is no longer this worker's."""
    error = None if done.cancelled() else done.exception()
    if error is not None:
        log.warning("update %d handled but still in the inbox: %s", update_id, error)
    app.bot_data.in_flight.discard(update_id)


async def take_over(context: BotContext) -> None:
    """The periodic job: renew this worker's leases on updates it still handles, drop updates
    that two workers took and neither finished, forget handled ones a day old, and queue
    those whose worker died. A database that cannot be used is logged; the next tick retries."""
    try:
        await _take_over(context)
    except StoreError as exc:
        log.log(outage.quiet_level(), "inbox: %s", exc)


async def _take_over(context: BotContext) -> None:
    data, app = context.bot_data, context.application
    service, lease = data.conversation, data.settings.inbox_lease
    await asyncio.to_thread(service.inbox_renew, sorted(data.in_flight), data.worker, lease)
    await asyncio.to_thread(service.inbox_forget, time.time() - KEEP_DONE_SECONDS)
    for update_id in await asyncio.to_thread(service.inbox_give_up, MOST_TAKES):
        log.error("update %d dropped: %d workers took it and neither finished", update_id, MOST_TAKES)
    taken = await asyncio.to_thread(service.inbox_claim, data.worker, lease, CLAIM_BATCH, MOST_TAKES)
    for update_id, body in taken:
        data.in_flight.add(update_id)
        app.update_queue.put_nowait(Update.de_json(json.loads(body), app.bot))  # kept already: past InboxQueue.put
    if taken:
        log.info("took over %d updates another worker left unfinished", len(taken))


async def release(app: BotApplication) -> None:
    """This worker stopped: the updates it still holds may be taken over at once."""
    data = app.bot_data
    try:
        left = await asyncio.to_thread(data.conversation.inbox_release, data.worker)
    except Exception as exc:
        log.log(outage.quiet_level(), "could not give back unfinished updates (they pass on after the lease): %s",
                exc)
        return
    if left:
        log.info("gave back %d unfinished updates", left)
