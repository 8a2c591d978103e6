"""What every store keeps, and the interface the bot uses: subscriptions and their digest
watermarks, the queries behind page buttons, the per-user flood allowance, send-rate
slots, and the leases that let several workers share the work."""
from __future__ import annotations

import hashlib
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Subscription:
    """A chat's daily digest."""

    chat_id: int
    at: str  # HH:MM in the bot's time zone
    query: str | None  # None: every new article
    since: float  # articles added after this have not gone out yet
    last_period: str | None  # YYYY-MM-DD of the last digest sent
    traditional: bool = False  # the digest in traditional characters (the subscriber's Telegram language)
    thread_id: int | None = None  # the forum topic it goes into
    weekday: int | None = None  # 0-6 (Monday 0): a weekly digest on that day; None: daily


@dataclass(frozen=True)
class Alert:
    """A chat's instant alert: a rule in the search syntax."""

    chat_id: int
    rule: str
    thread_id: int | None  # the forum topic it delivers into
    created: float  # articles added to the index before this are never pushed


@dataclass(frozen=True)
class AlertChat:
    """A chat with alerts, as its pushes are sent: quiet hours and script."""

    chat_id: int
    quiet: str | None  # HH:MM-HH:MM in Beijing time, or None
    traditional: bool = False


@dataclass(frozen=True)
class Push:
    """One article for one chat, matched by its alerts: rendered when found, sent later."""

    chat_id: int
    article_id: str
    thread_id: int | None
    rules: str  # the alerts it answers, as the message names them
    text: str  # the push message (HTML)
    entry: str  # its line in a list (quiet hours, past the hourly cap)
    url: str | None
    found: float
    state: str = "new"  # new, sent, listed, dropped
    batch: str | None = None


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message names it (never a password)."""


QUERY_KEY_BYTES = 6  # 12 hex characters, as bot.buttons.RESULTS_PATTERN expects


def query_key(text: str) -> str:
    """A short key for a query, for page buttons (callback_data is at most 64 bytes)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=QUERY_KEY_BYTES).hexdigest()


def next_slot(slots: list[float], now: float, limit: int, period: float) -> tuple[float, list[float]]:
    """The earliest time at or after *now* keeping at most *limit* of *slots* (booked send
    times) in any *period*; returns it and the slots to keep (the newest *limit*)."""
    slots = sorted(slots)[-limit:]
    slot = now if len(slots) < limit else max(now, slots[0] + period)
    return slot, (slots + [slot])[-limit:]


class Store(Protocol):
    """The bot's state. Every method is synchronous (run it off the event loop), thread-safe,
    and commits at once; SQLite and PostgreSQL behave the same (the same tests run on both)."""

    def close(self) -> None:
        """Release the database."""

    def ping(self) -> bool:
        """True when the database answers (for /healthz)."""

    def subscribe(self, chat_id: int, at: str, query: str | None, since: float, traditional: bool = False,
                  thread_id: int | None = None, weekday: int | None = None) -> None:
        """Create or replace a chat's subscription (its watermark is kept)."""

    def unsubscribe(self, chat_id: int) -> bool:
        """Remove a subscription; True when there was one."""

    def subscription(self, chat_id: int) -> Subscription | None:
        """The chat's subscription, or None."""

    def due(self, today: str, now_hhmm: str) -> list[Subscription]:
        """Subscriptions whose time has come today (weekly ones on their day) and that have
        not run for today yet."""

    def claim_due(self, today: str, now_hhmm: str, worker: str, lease: float, limit: int) -> list[Subscription]:
        """Up to *limit* due subscriptions nobody holds, held by *worker* for *lease* seconds
        (an expired lease, left by a dead worker, is taken over)."""

    def renew(self, chat_id: int, worker: str, lease: float) -> bool:
        """Extend *worker*'s claim by *lease* seconds from now; False when it no longer holds
        it (the lease ran out and another worker took the digest over)."""

    def release(self, chat_id: int, worker: str) -> None:
        """Give a claimed digest back (it was not sent; the next tick tries again)."""

    def mark_sent(self, chat_id: int, period: str, since: float) -> None:
        """Record that the digest for *period* reached the chat (or had nothing to say)."""

    def count(self) -> int:
        """How many chats are subscribed."""

    def remember_query(self, text: str) -> str | None:
        """A short key for *text*, for page buttons; None when it cannot be stored (logged,
        never raised: an answer never fails with the store)."""

    def query(self, key: str) -> str | None:
        """The text behind a page button's key, or None (unknown, or the store unreadable)."""

    def forget_queries(self, keep: int) -> int:
        """Drop all but the *keep* page-button queries stored last; how many went."""

    def counts(self) -> dict[str, int]:
        """subscriptions, alerts, pushes_waiting, inbox (not done) and queries: row counts."""

    def migrate(self, old_chat_id: int, new_chat_id: int) -> bool:
        """Move a group's subscription to the supergroup it became; True when there was one.
        A subscription the new chat already has is kept."""

    def flood_check(self, user_id: int, burst: int, window: float) -> str:
        """The flood verdict for one more question from *user_id* (bot.flood.OK/NOTICE/DROP)."""

    def forget_idle(self, window: float) -> None:
        """Drop flood records with nothing in the window."""

    def reserve_send(self, key: str, limit: int, period: float) -> float:
        """Book a send under the limit *key*: at most *limit* sends in any *period* seconds.
        Returns how many seconds to wait for the booked slot."""

    def singleton(self, name: str, wait: bool = False) -> AbstractContextManager[bool]:
        """Hold the lock *name* across all workers while the block runs; yields False when
        another worker holds it (with *wait*, waits for it instead)."""

    def get_meta(self, key: str) -> str | None:
        """A small shared value (like the webhook last set)."""

    def set_meta(self, key: str, value: str, short: bool = False) -> None:
        """Set a small shared value; *short*: wait only briefly for a locked database (raises)."""

    # -- alerts (bot/alerts.py) --------------------------------------------------
    def add_alert(self, alert: Alert, most: int, traditional: bool = False) -> str:
        """Add *alert* unless the chat has it ("exists") or holds *most* already ("full");
        "added" otherwise. The chat's pushes follow *traditional*."""

    def alerts(self, chat_id: int | None = None) -> list[Alert]:
        """A chat's alerts in the order they were added (every chat's when None)."""

    def remove_alert(self, chat_id: int, number: int) -> Alert | None:
        """Remove the chat's *number*-th alert (1-based, as alerts() lists them)."""

    def set_quiet(self, chat_id: int, quiet: str | None) -> None:
        """Set or clear (None) the chat's quiet hours."""

    def alert_chat(self, chat_id: int) -> AlertChat | None:
        """The chat's push settings, or None when it never had alerts."""

    def queue_pushes(self, pushes: list[Push]) -> int:
        """Queue pushes; one an article already has for that chat is left out. How many were queued."""

    def claim_alert_chats(self, worker: str, lease: float, limit: int) -> list[AlertChat]:
        """Up to *limit* chats with new pushes that nobody holds, held by *worker* for
        *lease* seconds (a dead worker's expired lease is taken over)."""

    def renew_alert_chat(self, chat_id: int, worker: str, lease: float) -> bool:
        """Extend *worker*'s hold on a chat's pushes; False when another worker took it over."""

    def release_alert_chat(self, chat_id: int, worker: str) -> None:
        """Give a chat's pushes back."""

    def pushes(self, chat_id: int, state: str = "new", batch: str | None = None) -> list[Push]:
        """A chat's pushes in *state* (of *batch*, when given), oldest first."""

    def mark_pushes(self, chat_id: int, article_ids: list[str], state: str, at: float,
                    batch: str | None = None) -> None:
        """Record what became of pushes: sent (Telegram accepted them), listed, dropped."""

    def sent_since(self, chat_id: int, since: float) -> tuple[int, int]:
        """Since *since*: pushes sent one by one, and lists of pushes past the cap sent."""

    def forget_alerts(self, chat_id: int, thread_id: int | None = None) -> int:
        """The chat blocked the bot (*thread_id* None) or its forum topic is gone: the alerts
        (and a topic's subscription) go, and their waiting pushes; how many alerts went."""

    def forget_pushes(self, before: float) -> None:
        """Drop pushes found before *before* that are no longer waiting."""

    # -- chat contexts for follow-ups (bot/dialog.py) -----------------------------------
    def save_dialog(self, chat_id: int, context: str, at: float) -> None:
        """Keep the chat's context (JSON) as of *at*; a failure is logged, never raised."""

    def dialog(self, chat_id: int, since: float) -> str | None:
        """The chat's context when kept at or after *since*; None otherwise (or unreadable)."""

    def forget_dialogs(self, before: float) -> None:
        """Drop contexts last kept before *before*."""

    # -- the webhook's update inbox (bot/inbox.py) ----------------------------------
    def inbox_put(self, update_id: int, body: str, received: float, worker: str, lease: float) -> bool:
        """Keep an update (its JSON *body*) held by *worker* for *lease* seconds; False when
        the inbox has it already (Telegram sent it again)."""

    def inbox_done(self, update_id: int) -> None:
        """The update was handled: it is no longer waiting (its id is kept until inbox_forget)."""

    def inbox_forget(self, before: float) -> None:
        """Drop handled updates received before *before* (Telegram retries for a day)."""

    def inbox_renew(self, update_ids: list[int], worker: str, lease: float) -> None:
        """Extend *worker*'s hold on those of *update_ids* it still holds by *lease* seconds."""

    def inbox_claim(self, worker: str, lease: float, limit: int, most: int) -> list[tuple[int, str]]:
        """Up to *limit* updates whose lease ran out (their worker died or stopped) and that
        fewer than *most* workers took, now held by *worker*: (update_id, body), oldest first."""

    def inbox_give_up(self, most: int) -> list[int]:
        """Drop updates whose lease ran out after *most* workers took them; their ids."""

    def inbox_release(self, worker: str) -> int:
        """*worker* stops: the updates it holds may be taken over at once; how many."""

    def inbox_depth(self) -> int:
        """How many updates in the inbox wait or are being handled (not yet done)."""

    # -- leases: a duty one worker holds at a time (bot/store/leases.py) --------------
    def lease_take(self, name: str, worker: str, seconds: float) -> bool:
        """Hold lease *name* for *seconds* from now: taken when free or run out, renewed when
        *worker* holds it; False while another worker holds it."""

    def lease_holder(self, name: str) -> str | None:
        """The worker holding lease *name*; None when nobody holds it (or it ran out)."""

    def lease_release(self, name: str, worker: str) -> None:
        """*worker* stops: its lease *name* may be taken at once."""
