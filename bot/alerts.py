"""Instant alerts: a chat's rules (the search syntax), matched against the articles each
ingest adds, queued as pushes in the Store (one per chat and story), and sent as soon as
they are known, within the chat's hourly cap and quiet hours.

Both front ends use it: the Telegram job (bot/alert_jobs.py) and the terminal chat
(bot/terminal.py) send what outgoing() decides, with the words of bot/render.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot import render
from bot.render import Reply
from bot.render import alerts as words
from bot.store import Alert, AlertChat, Push, Store
from search.engine import Engine

log = logging.getLogger(__name__)
MOST_ALERTS = 20  # alerts one chat may hold
RULE_CHARS = 100  # a rule is cut to this length
WATERMARK = "alerts:watermark"  # articles added after this have not been matched yet
PLAN_LOCK = "newsbot:alerts"  # one worker matches at a time
HOUR = 3600.0
KEEP_SECONDS = 7 * 24 * HOUR  # pushes no longer waiting are forgotten after a week
BATCH_BYTES = 6  # 12 hex digits, as bot.buttons.ALERT_LIST_PATTERN expects
_WINDOW = re.compile(r"^(\d{1,2})[:：](\d{2})\s*[-–~～至到]\s*(\d{1,2})[:：](\d{2})$")


# -- commands ------------------------------------------------------------------------
def add(store: Store, chat_id: int, thread_id: int | None, rule: str, traditional: bool) -> Reply:
    """/alert RULE: store the rule with the current time as its watermark."""
    rule = " ".join(rule.split())[:RULE_CHARS]
    if not rule:
        return words.alert_usage(MOST_ALERTS)
    outcome = store.add_alert(Alert(chat_id, rule, thread_id, time.time()), MOST_ALERTS, traditional)
    number = next((n for n, a in enumerate(store.alerts(chat_id), 1) if a.rule == rule), 0)
    return words.alert_added(rule, outcome, number, MOST_ALERTS)


def listed(store: Store, chat_id: int) -> Reply:
    """/alerts: the chat's alerts, numbered, and its quiet hours."""
    chat = store.alert_chat(chat_id)
    return words.alerts_list([a.rule for a in store.alerts(chat_id)], chat.quiet if chat else None)


def remove(store: Store, chat_id: int, args: Sequence[str]) -> Reply:
    """/unalert N."""
    if len(args) != 1 or not args[0].isdigit():
        return words.unalert_usage()
    gone = store.remove_alert(chat_id, int(args[0]))
    return words.unalerted(gone.rule if gone else None, args[0])


def quiet(store: Store, chat_id: int, args: Sequence[str]) -> Reply:
    """/quiet HH:MM-HH:MM, or /quiet off."""
    text = " ".join(args).strip()
    if text.lower() in ("off", "关", "关闭", "取消"):
        store.set_quiet(chat_id, None)
        return words.quiet_set(None)
    window = quiet_window(text)
    if window is None:
        return words.quiet_usage()
    store.set_quiet(chat_id, window)
    return words.quiet_set(window)


def quiet_window(text: str) -> str | None:
    """A quiet window as HH:MM-HH:MM (23:00-7:00 becomes 23:00-07:00), or None."""
    m = _WINDOW.match(text.strip())
    if not m:
        return None
    h1, m1, h2, m2 = (int(g) for g in m.groups())
    if max(h1, h2) > 23 or max(m1, m2) > 59 or (h1, m1) == (h2, m2):
        return None
    return f"{h1:02d}:{m1:02d}-{h2:02d}:{m2:02d}"


def in_quiet(window: str | None, when: dt.datetime) -> bool:
    """True when *when* (local time) falls in the window (which may wrap past midnight)."""
    if not window:
        return False
    start, end = window.split("-")
    now = when.strftime("%H:%M")
    return start <= now < end if start < end else now >= start or now < end


# -- matching, after each ingest -----------------------------------------------------
def plan(engine: Engine, store: Store, ingested: float) -> int:
    """Queue a push for every article added since the last run that matches an alert (one
    per chat and story, naming every alert of the chat it answers); *ingested* (when the
    ingest ended) becomes the watermark. How many pushes were queued."""
    with store.singleton(PLAN_LOCK, wait=True):
        last = float(store.get_meta(WATERMARK) or 0.0)
        rules = store.alerts()
        queued = _queue(engine, store, rules, last) if rules else 0
        store.set_meta(WATERMARK, repr(max(ingested, last)))
        store.forget_pushes(ingested - KEEP_SECONDS)
    if queued:
        log.info("alerts: %d pushes queued", queued)
    return queued


def skip(store: Store, until: float) -> None:
    """Articles added up to *until* are never pushed (a rebuilt index stamps every article anew)."""
    with store.singleton(PLAN_LOCK, wait=True):
        store.set_meta(WATERMARK, repr(until))


def _queue(engine: Engine, store: Store, rules: list[Alert], last: float) -> int:
    matches = engine.alert_matches([(a.rule, max(a.created, last)) for a in rules])
    now, pushes = time.time(), []
    for hit, indexes in matches:
        by_chat: dict[int, list[Alert]] = {}
        for i in indexes:
            by_chat.setdefault(rules[i].chat_id, []).append(rules[i])
        for chat_id, answered in by_chat.items():
            text, entry = words.alert_push(hit, [a.rule for a in answered])
            pushes.append(Push(chat_id, hit.id, answered[0].thread_id, "\n".join(a.rule for a in answered),
                               text, entry, hit.url, now))
    return store.queue_pushes(pushes)


# -- what to send ----------------------------------------------------------------------
@dataclass(frozen=True)
class Outgoing:
    """One message for a chat: its reply, the topic, and what it carries (marked *state*
    once Telegram accepts it)."""

    reply: Reply
    thread_id: int | None
    article_ids: list[str]
    state: str  # "sent", or "listed" past the hourly cap
    batch: str | None = None


def outgoing(chat: AlertChat, pending: list[Push], sent: tuple[int, int], now: float, per_hour: int,
             zone: str = render.TIMEZONE) -> list[Outgoing]:
    """What to send now of a chat's waiting pushes: nothing during its quiet hours; after
    them, what they held as one message; then one message per push up to *per_hour* in
    the last hour (*sent*: pushes sent, overflow lists sent), and past that one message
    (once an hour) with a button listing the rest, which otherwise wait."""
    tz = ZoneInfo(zone)
    if not pending or in_quiet(chat.quiet, dt.datetime.fromtimestamp(now, tz)):
        return []
    held = [p for p in pending if in_quiet(chat.quiet, dt.datetime.fromtimestamp(p.found, tz))]
    rest = [p for p in pending if p not in held]
    out = []
    if held:
        out.append(Outgoing(words.quiet_digest([(p.article_id, p.entry) for p in held]), held[0].thread_id,
                            [p.article_id for p in held], "sent", new_batch()))
    singles, lists = sent
    room = max(0, per_hour - singles)
    out += [Outgoing(words.alert_reply(p.text, p.article_id, p.url), p.thread_id, [p.article_id], "sent")
            for p in rest[:room]]
    over = rest[room:]
    if over and not lists:
        batch = new_batch()
        out.append(Outgoing(words.alert_overflow(len(over), per_hour, batch), over[0].thread_id,
                            [p.article_id for p in over], "listed", batch))
    return out


def due_messages(store: Store, chat: AlertChat, per_hour: int, now: float) -> list[Outgoing]:
    """outgoing() for a chat, from what the store holds."""
    pending = store.pushes(chat.chat_id)
    return outgoing(chat, pending, store.sent_since(chat.chat_id, now - HOUR), now, per_hour) if pending else []


def new_batch() -> str:
    """A key for a message carrying several pushes."""
    return secrets.token_hex(BATCH_BYTES)


def overflow_list(store: Store, chat_id: int, batch: str) -> Reply | None:
    """What the button under an overflow message lists; None when nothing (stale)."""
    listed_ = store.pushes(chat_id, "listed", batch)
    return words.alert_list([(p.article_id, p.entry) for p in listed_]) if listed_ else None
