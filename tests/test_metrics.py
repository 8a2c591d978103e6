"""Metrics and health for an operator: the Prometheus endpoint (NEWSBOT_METRICS_LISTEN)
scraped around a real question through the fake Bot API, and /healthz's verdict."""
from __future__ import annotations

import dataclasses
import shutil

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from tests.support.app import settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.test_webhook import health, hook  # noqa: F401  (the webhook worker fixture)


async def scrape(port: int) -> dict[tuple[str, tuple], float]:
    """Every sample on /metrics, by name and labels."""
    async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{port}/metrics") as r:
        assert r.status == 200
        text = await r.text()
    return {(sample.name, tuple(sorted(sample.labels.items()))): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def moved(before: dict, after: dict, name: str, **labels: str) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_a_question_moves_the_counters_on_the_metrics_endpoint(tmp_path, bot_template, caplog):
    api = FakeBotAPI()
    await api.start()
    for name in ("seeds", "index"):
        shutil.copytree(bot_template / name, tmp_path / name)
    settings = dataclasses.replace(settings_for(api, tmp_path), metrics_listen=("127.0.0.1", 0))
    app = await start_app(settings)
    try:
        assert app.bot_data.metrics is not None
        port = app.bot_data.metrics.port
        before = await scrape(port)
        await api.message(601, "吐鲁番葡萄")
        reply = (await api.wait_for("sendMessage", chat_id=601))[0]
        assert "葡萄" in reply.params["text"]
        after = await scrape(port)
        assert moved(before, after, "newsbot_updates_total", kind="message") == 1
        assert moved(before, after, "newsbot_replies_total") == 1
        assert moved(before, after, "newsbot_answer_seconds_count") == 1
        assert moved(before, after, "newsbot_search_seconds_count") >= 1
        assert after[("newsbot_index_articles", ())] > 0  # the start-up ingest counted what it holds
        assert after[("newsbot_ingest_age_seconds", ())] >= 0
        assert after[("newsbot_inbox_depth", ())] == 0
        api.fail_next("sendMessage", "Forbidden: bot was blocked by the user", status=403)
        update_id = await api.message(602, "吐鲁番葡萄")
        await api.wait_for("sendMessage", chat_id=602)  # the error handler's apology went out
        assert moved(after, await scrape(port), "newsbot_telegram_errors_total", kind="403") == 1
        [failed] = [r for r in caplog.records if r.getMessage().startswith("update failed")]
        assert failed.update == f"update={update_id}" and failed.worker == app.bot_data.worker
    finally:
        await stop_app(app)
        await api.stop()


async def test_healthz_reports_the_index_and_the_last_ingest(hook):  # noqa: F811
    _api, app, server, _start = hook
    async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{server.port}/healthz") as r:
        body = await r.json()
    assert r.status == 200 and body["ok"] and body["store"]
    assert body["articles"] > 0 and 0 <= body["ingest_age"] < body["overdue_after"]


async def test_healthz_fails_on_an_empty_index(hook, tmp_path):  # noqa: F811
    _api, _app, _server, start = hook
    (tmp_path / "empty").mkdir()
    _app2, server = await start(seeds_dir=tmp_path / "empty", index_dir=tmp_path / "index2")
    async with aiohttp.ClientSession() as s, s.get(f"http://127.0.0.1:{server.port}/healthz") as r:
        body = await r.json()
    assert r.status == 503 and not body["ok"]
    assert body["articles"] == 0 and "the index is empty" in body["problems"]


def test_the_terminal_chat_serves_the_same_metrics(built, tmp_path):
    import urllib.request

    from bot import metrics
    from bot.conversation import Conversation
    from bot.store import SqliteStore
    from bot.terminal import Session, respond

    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    listener = metrics.serve(("127.0.0.1", 0), chat)
    assert listener is not None
    try:
        def scraped() -> dict:
            with urllib.request.urlopen(f"http://127.0.0.1:{listener.port}/metrics") as r:
                return {(s.name, tuple(sorted(s.labels.items()))): s.value
                        for f in text_string_to_metric_families(r.read().decode()) for s in f.samples}

        before = scraped()
        assert any("葡萄" in out for out in respond(chat, "吐鲁番葡萄", Session(bold=False)))
        after = scraped()
        assert moved(before, after, "newsbot_updates_total", kind="terminal") == 1
        assert moved(before, after, "newsbot_replies_total") == 1
        assert moved(before, after, "newsbot_search_seconds_count") >= 1
    finally:
        listener.close()
        chat.close_store()


async def test_a_search_the_locked_postgresql_index_refuses_is_a_database_error(tmp_path, bot_template, pg_url):
    import psycopg

    from bot import render
    api = FakeBotAPI()
    await api.start()
    shutil.copytree(bot_template / "seeds", tmp_path / "seeds")
    settings = dataclasses.replace(settings_for(api, tmp_path), metrics_listen=("127.0.0.1", 0),
                                   database_url=pg_url, search_backend="postgres")
    app = await start_app(settings)  # builds the search tables in PostgreSQL
    try:
        assert app.bot_data.metrics is not None
        port = app.bot_data.metrics.port
        await api.message(611, "哈密瓜什么时候上市")
        assert "哈密瓜" in (await api.wait_for("sendMessage", chat_id=611))[0].params["text"]
        before = await scrape(port)
        with psycopg.connect(pg_url) as locker:  # as an operator's VACUUM FULL would
            locker.execute("LOCK TABLE search_docs IN ACCESS EXCLUSIVE MODE")
            await api.message(612, "哈密瓜什么时候上市")
            busy = (await api.wait_for("sendMessage", chat_id=612))[0].params["text"]
            locker.rollback()
        assert busy == render.busy().text
        assert moved(before, await scrape(port), "newsbot_database_errors_total") == 1
    finally:
        await stop_app(app)
        await api.stop()
