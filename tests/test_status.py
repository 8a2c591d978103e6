"""`newsbot status [--json]`: an operator's view of the store, the index, the last ingest,
the feeds, the backlog and Telegram's webhook info (the fake Bot API); exit 1 when unhealthy."""
from __future__ import annotations

import asyncio
import json
import os
import shutil

import pytest

from bot.conversation import Conversation
from bot.store import SqliteStore
from tests.support.fakebot import FakeBotAPI
from tests.support.seeds import copy_seeds


def environment(base, api: FakeBotAPI | None = None, **more: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "NEWSBOT_SEEDS_DIR": str(base / "seeds"),
           "NEWSBOT_INDEX_DIR": str(base / "index"), "NEWSBOT_DATA_DIR": str(base), **more}
    if api is not None:
        env |= {"TELEGRAM_BOT_TOKEN": api.token, "NEWSBOT_TELEGRAM_BASE_URL": api.base_url}
    return env


async def test_status_json_reports_every_part_and_exits_0_when_healthy(tmp_path, bot_template, newsbot):
    for name in ("seeds", "index"):
        shutil.copytree(bot_template / name, tmp_path / name)
    api = FakeBotAPI()
    await api.start()
    try:
        api.webhook_error = "Connection timed out"
        await api.message(77, "还没取走的消息")  # pending: nobody polls
        out = await asyncio.to_thread(newsbot, environment(tmp_path, api), "status", "--json")
    finally:
        await api.stop()
    assert out.returncode == 0, out.stdout + out.stderr
    facts = json.loads(out.stdout)
    assert facts["healthy"] and facts["problems"] == []
    assert facts["index"]["articles"] > 0 and facts["index"]["files"] > 0 and facts["index"]["sources"]
    assert facts["index"]["photo_items"] >= 0 and facts["index"]["index_bytes"] > 0
    assert facts["subscriptions"] == 0 and facts["alerts"] == 0 and facts["inbox"] == 0
    assert facts["digests_due"] == 0 and facts["alert_pushes_waiting"] == 0 and facts["feeds"] == []
    assert facts["telegram"]["pending_update_count"] == 1
    assert facts["telegram"]["last_error_message"] == "Connection timed out"
    assert api.token not in out.stdout + out.stderr


def test_status_shows_the_last_ingest_and_a_failing_feed(tmp_path, bot_template, newsbot):
    for name in ("seeds", "index"):
        shutil.copytree(bot_template / name, tmp_path / name)
    env = environment(tmp_path, NEWSBOT_FEEDS="http://127.0.0.1:9/feed.xml", NEWSBOT_FEED_ALLOW_HOSTS="127.0.0.1")
    out = newsbot(env, "status")  # no ingest recorded by the bot yet, but the index's stamp counts
    assert out.returncode == 0, out.stdout + out.stderr
    from bot.settings import load_settings
    from search.engine import open_engine

    with_feed = load_settings(env, dotenv=False)
    service = Conversation(open_engine(with_feed), SqliteStore(tmp_path / "newsbot.sqlite3"))
    service.worker = "machine-a:1"
    service.run_ingest()  # the feed's server is down (port 9)
    service.close_engine()
    service.close_store()
    out = newsbot(env, "status", "--json")
    facts = json.loads(out.stdout)
    assert facts["last_ingest"]["by"] == "machine-a:1" and facts["last_ingest"]["result"] == "ok"
    assert facts["last_ingest"]["feeds_failed"] == 1
    [feed] = facts["feeds"]
    assert feed["state"] == "failing" and feed["error"].startswith("unreachable")
    text = newsbot(env, "status").stdout
    assert "by machine-a:1" in text and "failing" in text


def test_status_exits_1_on_an_empty_index(tmp_path, newsbot):
    (tmp_path / "seeds").mkdir()
    env = environment(tmp_path)
    assert newsbot(env, "ingest").returncode == 0
    out = newsbot(env, "status", "--json")
    assert out.returncode == 1
    facts = json.loads(out.stdout)
    assert not facts["healthy"] and "the index is empty" in facts["problems"]
    assert "UNHEALTHY" in newsbot(env, "status").stdout


@pytest.mark.parametrize("backend", ["whoosh", "postgres"])
def test_a_command_line_ingest_is_recorded_and_the_index_size_shown(tmp_path, newsbot, backend, request):
    copy_seeds(tmp_path / "seeds")
    env = environment(tmp_path)
    if backend == "postgres":
        env |= {"NEWSBOT_SEARCH_BACKEND": "postgres", "NEWSBOT_DATABASE_URL": request.getfixturevalue("pg_url")}
    assert newsbot(env, "ingest").returncode == 0
    out = newsbot(env, "status", "--json")
    facts = json.loads(out.stdout)
    assert out.returncode == 0, out.stdout
    last = facts["last_ingest"]
    assert last["by"].endswith("(newsbot ingest)") and last["result"] == "ok"
    assert last["articles"] == facts["index"]["articles"] > 0 and last["added"] > 0
    assert facts["index"]["index_bytes"] > 0
    text = newsbot(env, "status").stdout
    assert "(newsbot ingest)" in text and " MB" in text.split("index:", 1)[1].splitlines()[0]
