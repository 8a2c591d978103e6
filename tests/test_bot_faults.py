"""The bot under faults: Telegram down, floods, digest fan-out with 429/403 and a restart."""
from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import os
import time
from zoneinfo import ZoneInfo

import pytest

from tests.support.app import Handled, job, settings_for, start_app, stop_app
from tests.support.seeds import copy_seeds
from tests.support.telegram_rules import parse_html

FULL = os.environ.get("NEWSBOT_TEST_FULL") == "1"  # the documented full-size run


@pytest.fixture
def settings(api, tmp_path):
    copy_seeds(tmp_path / "seeds")
    return settings_for(api, tmp_path)


async def test_unreachable_mid_run_recovers_by_itself(api, settings):
    app = await start_app(settings)
    try:
        api.down = True
        await asyncio.sleep(2.0)
        api.down = False
        await api.message(11, "兵团精神")
        await api.wait_for("sendMessage", chat_id=11, timeout=40)
    finally:
        await stop_app(app)


async def test_flood_from_one_user_does_not_delay_others(api, settings):
    app = await start_app(settings)
    done = Handled(app)
    try:
        flood = []
        for i in range(100):
            flood.append(await api.message(666, f"民族团结{i}"))
            if i == 50:
                t0 = time.monotonic()
                await api.message(20, "吐鲁番市有多少个互嵌式村庄？")
            await asyncio.sleep(0.05)
        flood_over = time.monotonic()
        other = (await api.wait_for("sendMessage", chat_id=20))[0]
        assert t0 < other.at < flood_over  # answered while the flood still went on
        await done.wait(*flood)  # every question of the flood handled
        flooded = [parse_html(c.params["text"]) for c in api.of("sendMessage", 666)]
        notices = [t for t in flooded if "太快" in t]
        assert len(notices) >= 1 and len(flooded) <= 100 // 2
    finally:
        await stop_app(app)


async def test_digest_fanout_with_429_403_and_a_restart(api, settings):
    chats = list(range(1000, 1000 + (500 if FULL else 60)))
    blocked = set(chats[::10])
    app = await start_app(settings)
    store = app.bot_data.conversation.store
    for c in chats:
        store.subscribe(c, "00:00", None, since=0.0)
    api.blocked |= blocked
    api.fail_every["sendMessage"] = (5, 1)  # a fifth of the calls answered 429, retry after 1 s
    tick = job(app, "digests")
    ticks = asyncio.gather(tick.run(app), tick.run(app))  # an overlapping tick must not double-send
    while len({c.params["chat_id"] for c in api.of("sendMessage")}) < len(chats) // 2:
        await asyncio.sleep(0.05)
    await app.stop()  # a graceful restart mid fan-out: in-flight digests finish, no new ones start
    await ticks
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    await app.shutdown()
    again = await start_app(settings)
    try:
        await job(again, "digests").run(again)
        delivered: dict[int, int] = {}
        for c in api.of("sendMessage", ok=True):
            if "每日摘要" in c.params["text"]:
                delivered[int(c.params["chat_id"])] = delivered.get(int(c.params["chat_id"]), 0) + 1
        assert delivered == {c: 1 for c in set(chats) - blocked}  # every reachable chat, once
        assert sum(1 for c in api.of("sendMessage") if c.status == 429) >= len(chats) // 10
        again_store = again.bot_data.conversation.store
        assert all(again_store.subscription(c) is None for c in blocked)
        assert all(again_store.subscription(c) is not None for c in set(chats) - blocked)
    finally:
        await stop_app(again)


async def test_a_digest_whose_claim_passed_on_while_it_waited_is_not_sent(api, settings, caplog):
    # One worker's digest waits out a 429 longer than its lease; meanwhile another worker
    # takes the expired claim over. The first must not send it too (the other one will).
    settings = dataclasses.replace(settings, digest_lease=1.0)
    caplog.set_level(logging.INFO, logger="bot.jobs")
    app = await start_app(settings)
    store = app.bot_data.conversation.store
    tick = None
    try:
        store.subscribe(3001, "00:00", None, since=0.0)
        api.chat_faults[3001] = [3]  # the first try: 429, retry after 3 s
        tick = asyncio.ensure_future(job(app, "digests").run(app))
        await api.wait_for("sendMessage", chat_id=3001)  # the 429
        taken: list = []
        for _ in range(100):  # until the lease has run out (1 s; the retry comes 3 s after the 429)
            now = dt.datetime.now(ZoneInfo(settings.timezone))
            taken = store.claim_due(now.date().isoformat(), now.strftime("%H:%M"), "other-worker", 60.0, 10)
            if taken:
                break
            await asyncio.sleep(0.05)
        assert [s.chat_id for s in taken] == [3001]
        for _ in range(200):  # the retry comes about 3 s after the 429
            if "withdrawn" in caplog.text or api.of("sendMessage", 3001, ok=True):
                break
            await asyncio.sleep(0.05)
        assert api.of("sendMessage", 3001, ok=True) == []  # withdrawn, not sent twice
        assert "digest to 3001 withdrawn" in caplog.text
        assert store.subscription(3001) is not None
    finally:
        await stop_app(app)
        if tick is not None:
            tick.cancel()
