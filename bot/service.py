"""The bot's machinery over one engine and one store: keeping the index current, stopping,
and the state that digests, flood checks and the webhook share between workers.

Conversation (bot/conversation.py) builds on it with what the bot says. Handlers, jobs and
the terminal call these methods, never the engine or the store behind them.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from bot import alerts, flood
from bot.indexing import INGEST_LEASE, IndexUpkeep
from bot.store import AlertChat, Store, Subscription
from search.engine import Engine
from search.model import FeedStatus, IngestReport, Upload, UploadOutcome

log = logging.getLogger(__name__)
QUERIES_KEPT = 100_000  # page-button queries kept (the oldest go; their buttons then say so)
ZONE = "Asia/Shanghai"  # digest times are in Beijing time (BotSettings.timezone)
WORKER_SUFFIX_BYTES = 3  # random hex in a worker's name: two processes with one pid differ
CLOSE_WAIT = 30.0  # seconds the store and engine wait for a stopping ingest (it stops between
# files, each parsed in well under a second; a commit under way takes a few)


def worker_name() -> str:
    """This process, as named in digest claims and leases."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(WORKER_SUFFIX_BYTES)}"


class Service(IndexUpkeep):
    """One engine and one store, behind methods (the engine and store attributes are for
    tests and the command line)."""

    def __init__(self, engine: Engine, store: Store) -> None:
        self.engine, self.store = engine, store
        self.worker = worker_name()  # one name in claims, leases, ingest records and logs
        self.fetched: list[FeedStatus] = []  # the feeds the last ingest fetched, as they ended
        self.elected: bool | None = None  # this worker held the ingest lease at its last look
        self.busy = threading.RLock()  # held while this process ingests (bot/indexing.py)

    # -- the index (its upkeep is in bot/indexing.py) ----------------------------------
    def backlog(self) -> tuple[int, int]:
        """Digests due now and not sent, and alert pushes waiting."""
        now = dt.datetime.now(ZoneInfo(ZONE))
        return len(self.due(now.date().isoformat(), now.strftime("%H:%M"))), self.store.counts()["pushes_waiting"]

    def store_answers(self) -> bool:
        """The store answers a trivial query."""
        return self.store.ping()

    def reachable(self) -> bool:
        """The store answers and the index opens (for /healthz)."""
        if not self.store.ping():
            return False
        try:
            self.engine.stats()
        except Exception as exc:  # missing or unreadable index
            log.warning("health: index unreadable: %s", exc)
            return False
        return True

    # -- files admins send (kept in the live store, read by every machine's ingest) -------
    def upload_refusal(self, name: str, size: int | None) -> str | None:
        """Why a file of this name and size is not taken, before it is downloaded."""
        return self.engine.upload_refusal(name, size)

    def add_upload(self, name: str, data: bytes) -> tuple[UploadOutcome, IngestReport | None]:
        """Keep a file an admin sent and ingest it at once; the ingest's report is None when
        nothing was kept or the ingest failed (logged: the next one picks the file up)."""
        outcome = self.engine.add_upload(name, data)
        if outcome.upload is None or not outcome.new:
            return outcome, None
        return outcome, self._ingest_now()

    def uploads(self) -> list[Upload]:
        """The files admins sent, oldest first."""
        return self.engine.uploads()

    def remove_upload(self, n: int) -> tuple[Upload | None, IngestReport | None]:
        """Forget the n-th upload and ingest at once, so its articles go now."""
        upload = self.engine.remove_upload(n)
        return upload, self._ingest_now() if upload is not None else None

    def _ingest_now(self) -> IngestReport | None:
        try:
            return self.ingest()
        except Exception:
            log.exception("ingest after an upload failed; the next scheduled one picks it up")
            return None

    # -- starting and stopping ---------------------------------------------------
    def resume(self) -> None:
        """Ingests may run to the end again (the bot started, after a stop)."""
        self.engine.stopping.clear()

    def stop(self) -> None:
        """A running ingest stops between files (the program is stopping)."""
        self.engine.stopping.set()

    def close_store(self) -> None:
        """Release the database (and the ingest lease, so another worker takes it at once),
        once a running ingest has stopped: closed under it, a connection it uses may crash."""
        with self._idle():
            if self.elected:
                try:
                    self.store.lease_release(INGEST_LEASE, self.worker)
                except Exception as exc:  # the database is down: the lease runs out by itself
                    log.warning("ingest lease not released: %s", exc)
            self.store.close()

    def close_engine(self) -> None:
        """Give back the search backend's connections and open files, once a running ingest
        has stopped."""
        with self._idle():
            self.engine.close()

    @contextmanager
    def _idle(self) -> Iterator[None]:
        """Wait (at most CLOSE_WAIT seconds) for an ingest to stop; say so when it does not."""
        idle = self.busy.acquire(timeout=CLOSE_WAIT)
        if not idle:
            log.warning("an ingest did not stop within %.0f s; closing under it", CLOSE_WAIT)
        try:
            yield
        finally:
            if idle:
                self.busy.release()

    # -- users and chats -----------------------------------------------------------
    def flood_check(self, user_id: int) -> str:
        """The flood verdict (shared by all workers) for one more question from *user_id*."""
        return self.store.flood_check(user_id, flood.BURST, flood.WINDOW)

    def forget_idle_users(self) -> None:
        """Drop flood records with nothing in the window, and the oldest page-button queries
        past QUERIES_KEPT (keeps both tables small)."""
        self.store.forget_idle(flood.WINDOW)
        self.store.forget_queries(QUERIES_KEPT)

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        """A group became a supergroup: its subscription follows; True when it had one."""
        return self.store.migrate(old_chat_id, new_chat_id)

    def forget_topic(self, chat_id: int, thread_id: int) -> int:
        """A forum topic was closed or deleted: its subscription, alerts and waiting pushes go."""
        return self.store.forget_alerts(chat_id, thread_id)

    def drop_subscription(self, chat_id: int) -> bool:
        """Remove a chat's subscription (it blocked the bot); True when there was one."""
        return self.store.unsubscribe(chat_id)

    # -- digests -------------------------------------------------------------------
    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        """Subscriptions whose time has come today and that have not run for today yet."""
        return self.store.due(today, now_hhmm)

    def claim_due(self, today: str, now_hhmm: str, worker: str, lease: float, limit: int) -> list[Subscription]:
        """Up to *limit* due digests nobody holds, held by *worker* for *lease* seconds."""
        return self.store.claim_due(today, now_hhmm, worker, lease, limit)

    def renew(self, chat_id: int, worker: str, lease: float) -> bool:
        """Extend *worker*'s claim; False when another worker took the digest over."""
        return self.store.renew(chat_id, worker, lease)

    def release(self, chat_id: int, worker: str) -> None:
        """Give a claimed digest back (it was not sent)."""
        self.store.release(chat_id, worker)

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        """Record that the digest for *period* reached the chat (or had nothing to say)."""
        self.store.mark_sent(chat_id, period, since)

    # -- alert pushes, claimed a chat at a time ---------------------------------------
    def claim_alert_chats(self, worker: str, lease: float, limit: int) -> list[AlertChat]:
        """Chats with pushes to send, now held by *worker* for *lease* seconds."""
        return self.store.claim_alert_chats(worker, lease, limit)

    def renew_alert_chat(self, chat_id: int, worker: str, lease: float) -> bool:
        """True when *worker* still holds the chat (its lease is extended)."""
        return self.store.renew_alert_chat(chat_id, worker, lease)

    def release_alert_chat(self, chat_id: int, worker: str) -> None:
        """Give a claimed chat back."""
        self.store.release_alert_chat(chat_id, worker)

    def alert_chat(self, chat_id: int) -> AlertChat | None:
        """A chat's alert settings, or None when it has no alerts."""
        return self.store.alert_chat(chat_id)

    def alert_messages(self, chat: AlertChat, per_hour: int, now: float) -> list[alerts.Outgoing]:
        """What goes to *chat* now (quiet hours and the hourly cap applied)."""
        return alerts.due_messages(self.store, chat, per_hour, now)

    def mark_pushes(self, chat_id: int, article_ids: list[str], state: str, at: float,
                    batch: str | None = None) -> None:
        """Record what became of pushes once Telegram answered."""
        self.store.mark_pushes(chat_id, article_ids, state, at, batch)

    def forget_alerts(self, chat_id: int, thread_id: int | None = None) -> int:
        """Drop a chat's (or one forum topic's) alerts; how many there were."""
        return self.store.forget_alerts(chat_id, thread_id)

    # -- values shared between workers ----------------------------------------------
    def once_per_value(self, key: str, value: str, action: Callable[[], None]) -> bool:
        """Run *action* unless *key* already holds *value*, then record *value*; the workers
        take turns under a lock named *key*. True when *action* ran."""
        with self.store.singleton(key, wait=True):
            if self.store.get_meta(key) == value:
                return False
            action()
            self.store.set_meta(key, value)
            return True

    def forget_value(self, key: str) -> None:
        """Clear *key*, so the next once_per_value runs its action."""
        self.store.set_meta(key, "")

    # -- the webhook's update inbox (bot/inbox.py) ----------------------------------
    def inbox_put(self, update_id: int, body: str, received: float, worker: str, lease: float) -> bool:
        """Keep an update before acknowledging it; False when it is kept already."""
        return self.store.inbox_put(update_id, body, received, worker, lease)

    def inbox_done(self, update_id: int) -> None:
        """The update was handled."""
        self.store.inbox_done(update_id)

    def inbox_forget(self, before: float) -> None:
        """Drop handled updates' ids kept since before *before*."""
        self.store.inbox_forget(before)

    def inbox_renew(self, update_ids: list[int], worker: str, lease: float) -> None:
        """Extend *worker*'s hold on the updates it still handles."""
        self.store.inbox_renew(update_ids, worker, lease)

    def inbox_claim(self, worker: str, lease: float, limit: int, most: int) -> list[tuple[int, str]]:
        """Updates a dead or stopped worker left, now held by *worker*."""
        return self.store.inbox_claim(worker, lease, limit, most)

    def inbox_give_up(self, most: int) -> list[int]:
        """Drop updates *most* workers took without finishing."""
        return self.store.inbox_give_up(most)

    def inbox_release(self, worker: str) -> int:
        """*worker* stops: its unfinished updates pass on at once."""
        return self.store.inbox_release(worker)

    def inbox_depth(self) -> int:
        """Updates kept and not yet handled (for metrics and status)."""
        return self.store.inbox_depth()
