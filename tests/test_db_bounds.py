"""Bounded waits on PostgreSQL (issue 29, point 2): a table lock held by someone else or a
stalled server never holds a reply past NEWSBOT_DB_STATEMENT_TIMEOUT; the reader gets the
polite "busy" reply (or an answer, when only the flood table is locked), and questions
after the fault ends are answered normally."""
from __future__ import annotations

import asyncio
import dataclasses
import itertools
import shutil
import signal

import psycopg
import pytest

from bot import render
from tests.support.app import Handled, settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.support.pgserver import PgServer
from tests.support.seeds import copy_seeds

QUESTION = "哈密瓜什么时候上市"
BUSY = render.busy().text


async def _pg_bot(tmp_path, bot_template, url, **changes):
    api = FakeBotAPI()
    await api.start()
    shutil.copytree(bot_template / "seeds", tmp_path / "seeds")
    settings = dataclasses.replace(settings_for(api, tmp_path), database_url=url, search_backend="postgres",
                                   **changes)
    app = await start_app(settings)  # builds the search tables in PostgreSQL
    return api, app


async def _answered(api: FakeBotAPI, chat: int, n: int) -> str:
    await api.message(chat, QUESTION)
    return (await api.wait_for("sendMessage", n, chat_id=chat))[-1].params["text"]


# the flood case answers within the bound: a loaded machine needs room for the search after
# the flood check's quarter of it; the search_docs case waits the whole bound, three times
@pytest.mark.parametrize(("table", "bound"), [("search_docs", 2.0), ("flood", 8.0)])
async def test_a_table_lock_never_holds_a_reply(tmp_path, bot_template, pg_url, table, bound):
    api, app = await _pg_bot(tmp_path, bot_template, pg_url, db_statement_timeout=bound)
    try:
        await _table_lock_checks(api, pg_url, table)
    finally:
        await stop_app(app)
        await api.stop()


async def _table_lock_checks(api: FakeBotAPI, url: str, table: str) -> None:
    normal = await _answered(api, 11, 1)
    assert "哈密瓜" in normal and normal != BUSY
    with psycopg.connect(url) as locker:  # as an operator's migration or VACUUM FULL would
        locker.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        replies = [await _answered(api, 20 + i, 1) for i in range(3)]  # each while the lock is held
        assert locker.info.transaction_status == psycopg.pq.TransactionStatus.INTRANS
        locker.rollback()
    if table == "search_docs":
        assert replies == [BUSY] * 3
    else:  # the flood allowance is skipped, the search is not locked: real answers
        assert all("哈密瓜" in r and r != BUSY for r in replies)
    assert await _answered(api, 11, 2) == normal  # after the lock: answered normally


@pytest.fixture
async def own_server():
    server = PgServer().start()
    yield server
    if server.proc is not None and server.proc.poll() is None:
        server.resume()
    server.stop()


async def test_a_stalled_server_gets_a_reply_and_answers_after(tmp_path, bot_template, own_server):
    url = own_server.new_database("stall")
    api, app = await _pg_bot(tmp_path, bot_template, url)
    try:
        normal = await _answered(api, 11, 1)
        own_server.pause()
        try:
            stalled = [await _answered(api, 30 + i, 1) for i in range(2)]  # replies while still stopped
        finally:
            own_server.resume()
        assert stalled == [BUSY] * 2
        assert await _answered_once_back(api, 11) == normal
    finally:
        await stop_app(app)
        await api.stop()
    # the stalled questions were answered without being kept; kept once the server was back,
    # they are marked done at once, so no worker takes them over and answers them again
    assert await _nothing_waiting(url)


async def test_a_reindex_on_a_stalled_server_says_it_goes_on(tmp_path, bot_template, own_server):
    """An admin's /reindex while the database is stopped gets a reply within NEWSBOT_INGEST_WAIT
    (the update goes on in the background), and /reindex works once the server is back."""
    url = own_server.new_database("stall_reindex")
    api, app = await _pg_bot(tmp_path, bot_template, url, ingest_wait=2.0)
    done = Handled(app)
    try:
        own_server.pause()
        try:
            await done.wait(await api.message(1, "/reindex"))
            told = [c.params["text"] for c in api.of("sendMessage", chat_id=1) + api.of("editMessageText", chat_id=1)]
        finally:
            own_server.resume()
        assert any(t == render.ingest_pending().text for t in told), told
        await done.wait(await api.message(1, "/reindex"))
        after = [c.params["text"] for c in api.of("sendMessage", chat_id=1) + api.of("editMessageText", chat_id=1)]
        assert any("更新完成" in t for t in after[len(told):]), after
    finally:
        await stop_app(app)
        await api.stop()


async def _nothing_waiting(url: str, timeout: float = 30.0) -> bool:
    """True once the inbox holds no update still waiting to be handled (False after *timeout*)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        with psycopg.connect(url) as conn:
            row = conn.execute("SELECT count(*) FROM inbox WHERE NOT done").fetchone()
        if row is not None and row[0] == 0:
            return True
        await asyncio.sleep(0.2)
    return False


async def test_the_bot_waits_for_a_database_that_comes_up_after_it(tmp_path, own_server):
    """Point 9: PostgreSQL down at start is retried with back-off, not exit 78."""
    from tests.test_lifecycle import bot_env, finish, start_bot

    url = own_server.new_database("late")
    own_server.halt()
    api = FakeBotAPI()
    await api.start()
    copy_seeds(tmp_path / "seeds")
    proc = await start_bot(bot_env(api, tmp_path, NEWSBOT_DATABASE_URL=url, NEWSBOT_SEARCH_BACKEND="postgres"),
                           tmp_path)
    try:
        assert proc.stderr is not None
        said = ""
        while "trying again" not in said:  # the bot says once that it keeps trying; it is still running
            said = (await asyncio.wait_for(proc.stderr.readline(), 30)).decode()
            assert said and "Traceback" not in said
        own_server.start()
        await api.wait_for("setMyCommands", 2, timeout=60)  # the bot came up
        assert "哈密瓜" in await _answered_once_back(api, 11)
    finally:
        proc.send_signal(signal.SIGTERM)
        code, _err = await finish(proc)
        await api.stop()
    assert code == 0


async def _answered_once_back(api: FakeBotAPI, chat: int, timeout: float = 30.0) -> str:
    """The first reply that is not "busy" after a restart. The bot's pools reconnect with
    back-off, so the first questions after the server is up may still get the busy reply;
    each try comes from a new chat (a user asking again and again would meet the flood
    allowance), and the test fails if no real answer comes within `timeout`."""
    deadline = asyncio.get_running_loop().time() + timeout
    for attempt in itertools.count(1):
        reply = await _answered(api, chat + 1000 * attempt, 1)
        if reply != BUSY:
            return reply
        assert asyncio.get_running_loop().time() < deadline, "the bot did not answer again"
    raise AssertionError("unreachable")


async def test_a_stalled_server_gets_buttons_and_inline_queries_a_reply(tmp_path, bot_template, own_server):
    """Page buttons and inline queries wait on the database no longer than a question does:
    下一页 gets the busy reply, an inline query an empty answer, while PostgreSQL is stopped."""
    from tests.test_bot_survives import button

    url = own_server.new_database("buttons")
    api, app = await _pg_bot(tmp_path, bot_template, url)
    try:
        await api.message(12, "哈密瓜")  # short: its page buttons carry the query itself
        call = (await api.wait_for("sendMessage", chat_id=12))[0]
        msg_id = max(m for (c, m) in api.messages if c == 12)
        own_server.pause()
        try:
            await api.callback(12, msg_id, button(call, "下一页"))
            edited = await api.wait_for("editMessageText")
            await api.inline("哈密瓜")
            inline = await api.wait_for("answerInlineQuery")
        finally:
            own_server.resume()
        assert edited[0].params["text"] == BUSY
        assert inline[0].params.get("results") in ("[]", [], None)
    finally:
        await stop_app(app)
        await api.stop()


ADMIN = 14


async def test_a_stalled_server_gets_latest_and_admin_commands_a_reply(tmp_path, bot_template, own_server):
    """/latest and the admin commands wait on the database no longer than a question does:
    the busy reply while PostgreSQL is stopped, their own reply once it is back."""
    url = own_server.new_database("commands")
    api, app = await _pg_bot(tmp_path, bot_template, url, admin_ids=frozenset({ADMIN}))
    commands = ("/latest", "/feeds", "/uploads", "/stats")
    try:
        normal = {c: await _command(api, c, i + 1) for i, c in enumerate(commands)}
        assert all(r and r != BUSY for r in normal.values())
        own_server.pause()
        try:
            stalled = {c: await _command(api, c, len(commands) + i + 1) for i, c in enumerate(commands)}
        finally:
            own_server.resume()
        assert stalled == dict.fromkeys(commands, BUSY)
        deadline = asyncio.get_running_loop().time() + 30
        sent = 2 * len(commands)
        while (back := await _command(api, "/latest", sent + 1)) == BUSY:  # the pools reconnect with back-off
            sent += 1
            assert asyncio.get_running_loop().time() < deadline, "the bot did not answer again"
        assert back == normal["/latest"]
    finally:
        await stop_app(app)
        await api.stop()


async def _command(api: FakeBotAPI, command: str, n: int) -> str:
    """The text of the reply to *command* typed by the admin in private chat (reply number *n*)."""
    await api.message(ADMIN, command)
    return (await api.wait_for("sendMessage", n, chat_id=ADMIN))[-1].params["text"]
