"""The webhook's inbox in process (SQLite, one worker): an update is kept before the 200,
leaves the inbox once handled, is taken over after a worker dies, and a retry is ignored."""
from __future__ import annotations

import asyncio
import dataclasses
import shutil

import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.app import build_application
from bot.store import StoreError
from bot.web import start_worker, stop_worker
from tests.support.app import Handled, settings_for
from tests.support.fakebot import FakeBotAPI
from tests.test_webhook import SECRET, URL, post, update


@pytest.fixture
async def worker(tmp_path, bot_template):
    """start(**changes) -> (app, server): webhook workers over one SQLite file, one at a time."""
    api = FakeBotAPI()
    await api.start()
    for name in ("seeds", "index"):
        shutil.copytree(bot_template / name, tmp_path / name)
    settings = dataclasses.replace(settings_for(api, tmp_path), webhook_url=URL, webhook_secret=SECRET,
                                   webhook_listen=("127.0.0.1", 0), inbox_lease=1.0)
    running = []

    async def start(**changes):
        app = build_application(dataclasses.replace(settings, **changes))
        await app.initialize()
        server = await start_worker(app, app.bot_data.settings)
        running.append((app, server))
        return app, server

    yield api, start
    for app, server in running:
        if app.running:
            await stop_worker(app, server)
    await api.stop()


async def die(app, server) -> None:
    """The worker is gone as if killed: no more requests, nothing given back to the inbox."""
    await server.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


def depth(app) -> int:
    return app.bot_data.conversation.inbox_depth()


async def emptied(app, timeout: float = 10) -> None:
    """Until the inbox holds nothing waiting (the update is marked done right after its
    handlers, Handled's included, have run)."""
    async with asyncio.timeout(timeout):
        while depth(app):
            await asyncio.sleep(0.02)


async def test_an_update_kept_but_not_handled_is_answered_after_a_restart(worker):
    api, start = worker
    app, server = await start()
    started = asyncio.Event()

    async def killed_midway(_update, _context):  # before any handler of the bot's
        started.set()
        raise asyncio.CancelledError  # the task dies as in a SIGKILL: nothing after it runs

    app.add_handler(TypeHandler(Update, killed_midway), group=-1)
    assert await post(server, update(11, 801, "吐鲁番葡萄")) == 200
    await asyncio.wait_for(started.wait(), 10)
    assert depth(app) == 1  # acknowledged and kept, never answered
    await die(app, server)
    assert api.of("sendMessage", 801) == []

    app2, _server2 = await start()
    handled = Handled(app2)
    await handled.wait(11)  # the new worker's job took it over once the dead one's lease ran out
    replies = api.of("sendMessage", 801)
    assert len(replies) == 1 and "葡萄" in replies[0].params["text"]
    await emptied(app2)


async def test_a_handled_update_leaves_the_inbox_and_a_retry_is_ignored(worker):
    api, start = worker
    app, server = await start()
    handled = Handled(app)
    assert await post(server, update(21, 802, "哈密瓜")) == 200
    await handled.wait(21)
    assert await post(server, update(21, 802, "哈密瓜")) == 200  # Telegram's retry of it
    assert await post(server, update(22, 802, "吐鲁番葡萄")) == 200
    await handled.wait(22)
    assert len(api.of("sendMessage", 802)) == 2  # 21 once, 22 once
    await emptied(app)


async def test_an_update_that_cannot_be_kept_is_refused_for_telegram_to_retry(worker, monkeypatch):
    api, start = worker
    app, server = await start()

    def database_down(*_args):
        raise StoreError("database unreachable")

    monkeypatch.setattr(app.bot_data.conversation.store, "inbox_put", database_down)
    assert await post(server, update(31, 803, "哈密瓜")) == 503
    monkeypatch.undo()
    handled = Handled(app)
    assert await post(server, update(31, 803, "哈密瓜")) == 200  # Telegram's retry, database back
    await handled.wait(31)
    assert len(api.of("sendMessage", 803)) == 1
