"""Webhook mode in process: the real Application and bot.web against the fake Bot API,
state in PostgreSQL (a real server on 127.0.0.1), as several workers run it."""
from __future__ import annotations

import asyncio
import dataclasses
import shutil

import aiohttp
import pytest

from bot.app import build_application
from bot.indexing import INGEST_LOCK
from bot.store import PostgresStore
from bot.web import SECRET_HEADER, start_worker, stop_worker
from tests.support.app import settings_for
from tests.support.fakebot import FakeBotAPI

SECRET = "s3cret-token_1"
URL = "https://bot.example.com/telegram"


@pytest.fixture
async def hook(pg_url, tmp_path, bot_template):
    """A started webhook worker: (fake API, app, server, settings)."""
    api = FakeBotAPI()
    await api.start()
    for name in ("seeds", "index"):
        shutil.copytree(bot_template / name, tmp_path / name)
    settings = dataclasses.replace(settings_for(api, tmp_path), webhook_url=URL, webhook_secret=SECRET,
                                   webhook_listen=("127.0.0.1", 0), database_url=pg_url)
    workers = []

    async def start(**changes):
        app = build_application(dataclasses.replace(settings, **changes))
        await app.initialize()
        server = await start_worker(app, app.bot_data.settings)
        workers.append((app, server))
        return app, server

    app, server = await start()
    yield api, app, server, start
    for app, server in workers:
        if app.running:
            await stop_worker(app, server)
    await api.stop()
    assert api.refused == [], api.refused


def update(n: int, chat_id: int, text: str) -> dict:
    return {"update_id": n, "message": {"message_id": n, "date": 0, "text": text,
                                        "chat": {"id": chat_id, "type": "private", "first_name": "U"},
                                        "from": {"id": chat_id, "is_bot": False, "first_name": "U"},
                                        **({"entities": [{"type": "bot_command", "offset": 0,
                                                          "length": len(text.split()[0])}]}
                                           if text.startswith("/") else {})}}


async def post(server, body: dict, secret: str | None = SECRET) -> int:
    headers = {SECRET_HEADER: secret} if secret is not None else {}
    async with aiohttp.ClientSession() as s, \
            s.post(f"http://127.0.0.1:{server.port}/telegram", json=body, headers=headers) as r:
        return r.status


async def health(server) -> int:
    async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{server.port}/healthz") as r:
        return r.status


async def test_update_with_the_secret_is_answered(hook):
    api, _app, server, _start = hook
    assert await post(server, update(1, 501, "吐鲁番葡萄")) == 200
    reply = (await api.wait_for("sendMessage", chat_id=501))[0]
    assert "葡萄" in reply.params["text"]


async def test_wrong_or_missing_secret_is_403_and_never_processed(hook):
    api, _app, server, _start = hook
    assert await post(server, update(1, 502, "吐鲁番葡萄"), secret="wrong") == 403
    assert await post(server, update(2, 502, "吐鲁番葡萄"), secret=None) == 403
    assert await post(server, update(3, 503, "/start")) == 200  # a later good one shows the bot works
    await api.wait_for("sendMessage", chat_id=503)
    assert api.of("sendMessage", 502) == []


async def test_set_webhook_once_across_workers_and_again_when_the_url_changes(hook):
    api, _app, _server, start = hook
    await start()  # a second worker on the same database: the webhook is already set
    calls = api.of("setWebhook")
    assert len(calls) == 1 and calls[0].params["url"] == URL and calls[0].params["secret_token"] == SECRET
    await start(webhook_url="https://bot.example.com/telegram2")
    assert [c.params["url"] for c in api.of("setWebhook")] == [URL, "https://bot.example.com/telegram2"]


async def test_healthz_needs_the_database_and_the_index(hook):
    _api, app, server, _start = hook
    assert await health(server) == 200
    index = app.bot_data.conversation.engine.index_dir
    shutil.move(index, index.with_name("index-away"))
    backend = app.bot_data.conversation.engine.backend
    backend._local = type(backend._local)()  # no cached searcher
    assert await health(server) == 503
    shutil.move(index.with_name("index-away"), index)
    assert await health(server) == 200
    app.bot_data.conversation.store.close()
    assert await health(server) == 503


async def test_stop_finishes_accepted_updates_then_refuses(hook):
    api, app, server, _start = hook
    statuses = await asyncio.gather(*(post(server, update(n, 600 + n, "吐鲁番葡萄")) for n in range(1, 9)))
    assert statuses == [200] * 8
    await stop_worker(app, server)  # right after accepting: each must still be answered
    assert {int(c.params["chat_id"]) for c in api.of("sendMessage")} == {600 + n for n in range(1, 9)}
    with pytest.raises(aiohttp.ClientConnectionError):
        await post(server, update(20, 620, "吐鲁番葡萄"))


async def test_worker_starting_during_an_ingest_serves_the_last_good_index(hook, pg_url):
    api, _app, _server, start = hook
    ingester = PostgresStore(pg_url)  # another worker, in the middle of a re-ingest
    try:
        with ingester.singleton(INGEST_LOCK, wait=True):
            _app2, server2 = await asyncio.wait_for(start(), 30)  # does not wait for the ingest
            assert await post(server2, update(1, 701, "吐鲁番葡萄")) == 200
            assert "葡萄" in (await api.wait_for("sendMessage", chat_id=701))[0].params["text"]
    finally:
        ingester.close()


async def test_malformed_update_is_acknowledged_and_skipped(hook):
    api, _app, server, _start = hook
    assert await post(server, {"update_id": 5, "message": {"text": "no chat"}}) == 200
    assert await post(server, update(6, 801, "/start")) == 200  # the next one is handled
    await api.wait_for("sendMessage", chat_id=801)
