"""`newsbot status`: what an operator checks, gathered from the store, the index, the feed
state and, with a token, Telegram's getWebhookInfo; healthy or not by bot/health.py. The
command line (bot/cli.py) only prints it."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
import logging
from typing import Any

from telegram import Bot

from bot import health
from bot.logs import redact
from bot.service import Service
from bot.settings import BotSettings
from search.model import FeedStatus

log = logging.getLogger(__name__)
TELEGRAM_TIMEOUT = 10.0  # seconds getWebhookInfo may take


def _feed(feed: FeedStatus) -> dict[str, Any]:
    state = "never fetched" if feed.checked is None else ("failing" if feed.error else "ok")
    return {**dataclasses.asdict(feed), "state": state}


def _guarded(what: str, fn: Any, problems: list[str]) -> Any:
    """fn(), or None with a problem noted when it fails (status reports, never raises)."""
    try:
        return fn()
    except Exception as exc:
        problems.append(f"{what}: {redact(str(exc))}")
        return None


async def _webhook_info(settings: BotSettings) -> dict[str, Any]:
    bot = Bot(settings.telegram_token, base_url=settings.telegram_base_url)
    async with bot:
        info = await bot.get_webhook_info(read_timeout=TELEGRAM_TIMEOUT)
    return {"url": info.url, "pending_update_count": info.pending_update_count,
            "last_error_message": info.last_error_message,
            "last_error_date": info.last_error_date.isoformat() if info.last_error_date else None}


def webhook_info(settings: BotSettings) -> dict[str, Any] | None:
    """Telegram's getWebhookInfo (pending updates, last error); None without a token."""
    if not settings.telegram_token:
        return None
    try:
        return asyncio.run(_webhook_info(settings))
    except Exception as exc:  # the message never holds the token (redacted)
        return {"error": redact(str(exc)).replace(settings.telegram_token, "***")}


def gather(service: Service, settings: BotSettings) -> dict[str, Any]:
    """Every fact `newsbot status` shows, with `healthy` and the `problems` behind it."""
    verdict = health.check(service, settings.reingest_minutes)
    problems = list(verdict.problems)
    inventory = _guarded("index", service.engine.inventory, problems)
    counts = _guarded("store", service.store.counts, problems) or {}
    due = _guarded("digests", lambda: service.backlog()[0], problems)
    telegram = webhook_info(settings)
    if telegram and telegram.get("error"):
        problems.append(f"Telegram: {telegram['error']}")
    return {"healthy": not problems, "problems": problems, "health": verdict.as_dict(),
            "index": dataclasses.asdict(inventory) if inventory else None,
            "last_ingest": _guarded("ingest record", service.last_ingest, problems),
            "feeds": [_feed(f) for f in _guarded("feeds", service.engine.feeds, problems) or []],
            "subscriptions": counts.get("subscriptions"), "alerts": counts.get("alerts"),
            "digests_due": due, "alert_pushes_waiting": counts.get("pushes_waiting"),
            "inbox": counts.get("inbox"), "page_queries": counts.get("queries"), "telegram": telegram}


def _when(stamp: float | None) -> str:
    return "never" if stamp is None else dt.datetime.fromtimestamp(stamp).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")


def text(facts: dict[str, Any]) -> str:
    """*facts* (from gather) as lines for a terminal."""
    lines = [f"newsbot: {'healthy' if facts['healthy'] else 'UNHEALTHY'}"]
    lines += [f"  problem: {p}" for p in facts["problems"]]
    index = facts["index"]
    if index:
        size = "" if index["index_bytes"] is None else f", {index['index_bytes'] / 1e6:.1f} MB"
        lines.append(f"index: {index['articles']} articles ({index['photo_items']} photo items) from "
                     f"{index['files']} files, {len(index['sources'])} sources; {index['location']}{size}")
    last = facts["last_ingest"]
    if last:
        lines.append(f"last ingest: {_when(last.get('at'))}, {last.get('seconds')} s, {last.get('result')}, "
                     f"by {last.get('by')}")
    else:
        lines.append("last ingest: none recorded")
    for feed in facts["feeds"]:
        error = f" ({feed['error']}, {feed['failures']} failures)" if feed["error"] else ""
        lines.append(f"feed {feed['url']}: {feed['state']}{error}, checked {_when(feed['checked'])}")
    lines.append(f"subscriptions: {facts['subscriptions']}, alerts: {facts['alerts']}, digests due: "
                 f"{facts['digests_due']}, alert pushes waiting: {facts['alert_pushes_waiting']}, "
                 f"inbox: {facts['inbox']}")
    telegram = facts["telegram"]
    if telegram and "error" not in telegram:
        lines.append(f"telegram: webhook {telegram['url'] or '(none: polling)'}, "
                     f"{telegram['pending_update_count']} updates pending, last error: "
                     f"{telegram['last_error_message'] or 'none'}")
    return "\n".join(lines)


def as_json_text(facts: dict[str, Any]) -> str:
    """*facts* as JSON (Chinese kept readable)."""
    return json.dumps(facts, ensure_ascii=False, indent=2, default=str)


def report(settings: BotSettings, as_json: bool = False) -> tuple[str, bool]:
    """The status as printed (text, or JSON with *as_json*) and whether it is healthy. A
    store that cannot be opened is reported, not raised."""
    from bot.conversation import Conversation
    from bot.store import StoreError, open_store
    from search.engine import open_engine

    try:
        store = open_store(settings.database_url, settings.data_dir, settings)
    except StoreError as exc:
        facts: dict[str, Any] = {"healthy": False, "problems": [f"store: {redact(str(exc))}"]}
        return (as_json_text(facts) if as_json else f"newsbot: UNHEALTHY\n  problem: {facts['problems'][0]}"), False
    engine = open_engine(settings)
    try:
        facts = gather(Conversation(engine, store), settings)
    finally:
        engine.close()
        store.close()
    return (as_json_text(facts) if as_json else text(facts)), bool(facts["healthy"])
