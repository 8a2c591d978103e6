"""Two machines for real: two bot worker processes (`python -m bot` in webhook mode, as
deploy/ and the Procfile start them) on one PostgreSQL, each with its own seed folder: the
owner's holds every file, the other's (NEWSBOT_SEEDS_OWNER=no) lacks some. Neither undoes
the other's articles (start-up ingests, /reindex full on either, a file sent to the other
machine), and an update posted to either is answered. tests/test_machines.py checks the same
with engines in one process."""
from __future__ import annotations

import json

import aiohttp
import psycopg
import pytest

from search.engine import Engine
from tests.support import haproxy
from tests.support.cluster import Cluster, message, wait_until
from tests.support.seeds import copy_seeds
from tests.support.telegram_rules import parse_html
from tests.support.uploads import QUESTION, TITLE, UPLOADED

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not haproxy.available(), reason=haproxy.MISSING)]
ADMIN = 4242  # the admin's private chat (a user's private chat id is the user's id)
KEPT = 3  # seed files the second machine's folder keeps (of 5)
BUSY = "资料库正忙"  # the reply to a question the database did not answer in time


def articles(cluster: Cluster) -> int:
    """Articles and photo items the shared index holds, as the database says."""
    with psycopg.connect(cluster.db_url) as conn:
        row = conn.execute("SELECT count(*) FROM search_docs WHERE kind IN ('article', 'caption')").fetchone()
    return int(row[0]) if row else 0


async def say(cluster: Cluster, name: str, chat: int, text: str, done: str = "") -> str:
    """Post *text* from *chat* straight to worker *name*; its next reply there (one holding
    *done*, when given: a status message comes first on a long /reindex)."""
    api = cluster.api.api

    def replies() -> list[str]:
        calls = api.of("sendMessage", chat) + api.of("editMessageText", chat)
        return [parse_html(str(c.params.get("text", ""))) for c in calls]

    before = len(replies())
    async with aiohttp.ClientSession() as session:
        assert await cluster.push(session, message(chat, text), port=cluster.ports[name]) == 200
    await wait_until(lambda: any(done in r for r in replies()[before:]), 120, f"{name}'s reply to {text}")
    return next(r for r in replies()[before:] if done in r)


async def ask(cluster: Cluster, name: str, chat: int, text: str, busy: list[str]) -> str:
    """say(), asked again (as a user would) while the reply says the database is busy: a
    statement past NEWSBOT_DB_STATEMENT_TIMEOUT on a loaded machine. Each busy reply is
    kept in *busy*, printed with the figures."""
    for _ in range(5):
        reply = await say(cluster, name, chat, text)
        if BUSY not in reply:
            return reply
        busy.append(f"{name}: {text}")
    return reply


def upload(cluster: Cluster, chat: int, name: str, data: bytes) -> dict:
    """A document update from *chat*, its file on the fake Bot API's file server."""
    update = message(chat, "")
    file_id = f"up{update['update_id']}"
    cluster.api.api.files[file_id] = data
    update["message"].pop("text")
    update["message"]["document"] = {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": name,
                                     "file_size": len(data)}
    return update


async def test_two_worker_processes_with_their_own_seed_folders_keep_each_others_articles(capsys):
    cluster = Cluster(workers=2, settings={"NEWSBOT_SEARCH_BACKEND": "postgres", "NEWSBOT_ADMIN_IDS": str(ADMIN)})
    other = copy_seeds(cluster.base / "seeds-b")  # the second machine's folder: some files missing
    missing = sorted(other.iterdir())[KEPT:]
    for path in missing:
        path.unlink()
    cluster.own = {"B": {"NEWSBOT_SEEDS_DIR": str(other), "NEWSBOT_SEEDS_OWNER": "no",
                         "NEWSBOT_DATA_DIR": str(cluster.base / "data-b")}}
    await cluster.start(in_turn=True)  # the owner first: its start-up ingest reads its folder
    try:
        # what the owner's folder holds (the cluster indexed it with Whoosh too, on its own)
        whole = Engine(cluster.base / "index", cluster.base / "seeds").stats().articles
        counts = [articles(cluster)]
        assert counts[0] == whole > 0
        full = await say(cluster, "B", ADMIN, "/reindex full", done="更新完成")  # on the machine lacking files
        assert "删除 0" in full, full
        counts.append(articles(cluster))
        await say(cluster, "A", ADMIN, "/reindex full", done="更新完成")
        counts.append(articles(cluster))
        # A file sent to the second machine is kept by the owner's /reindex full.
        async with aiohttp.ClientSession() as session:
            assert await cluster.push(session, upload(cluster, ADMIN, "news.md", UPLOADED),
                                      port=cluster.ports["B"]) == 200
        await wait_until(lambda: articles(cluster) == whole + 1, 120, "the uploaded article indexed")
        await say(cluster, "A", ADMIN, "/reindex full", done="更新完成")
        await say(cluster, "B", ADMIN, "/reindex", done="更新完成")
        counts.append(articles(cluster))
        # Either machine answers, from the files only the owner has and from the upload.
        title = missing_title(cluster, missing[0].name)
        busy: list[str] = []
        from_missing = await ask(cluster, "B", 7001, f"/search {title}", busy)
        uploaded = await ask(cluster, "A", 7002, QUESTION, busy)
    finally:
        await cluster.stop()
    with capsys.disabled():
        print("\n" + json.dumps({"scenario": "two_machines", "articles": counts, "busy_replies": busy},
                                ensure_ascii=False), end="")
    assert counts == [whole, whole, whole, whole + 1]  # the count never swings
    assert title in from_missing
    assert TITLE in uploaded or "三千" in uploaded


def missing_title(cluster: Cluster, file: str) -> str:
    """The title of an article from *file* (one the second machine's folder lacks)."""
    with psycopg.connect(cluster.db_url) as conn:
        row = conn.execute("SELECT title FROM search_docs WHERE kind = 'article' AND file = %s AND title <> '' "
                           "ORDER BY seq LIMIT 1", (file,)).fetchone()
    assert row, f"no article of {file} in the index"
    return str(row[0])
