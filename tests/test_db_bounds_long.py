"""Issue 29, point 2, at the issue's own durations (slow): PostgreSQL SIGSTOPped for 20 s,
an ACCESS EXCLUSIVE lock held for 45 s on the search table and on the flood table, and the
server down for 45 s, while a question arrives every second or two. Every question gets a
reply (the busy reply, or an answer where only the flood table is locked), and questions
after the fault are answered normally. The longest reply time is printed, not asserted."""
from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable

import psycopg
import pytest

from tests.support.app import stop_app
from tests.support.fakebot import FakeBotAPI
from tests.test_db_bounds import BUSY, _answered, _answered_once_back, _pg_bot, own_server  # noqa: F401

pytestmark = pytest.mark.slow


async def _during(api: FakeBotAPI, seconds: float, first_chat: int) -> tuple[list[str], float]:
    """Questions from new chats, one after another, for *seconds*: their replies, and the
    longest wait for one."""
    replies, longest, chat = [], 0.0, first_chat
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        asked = time.monotonic()
        replies.append(await _answered(api, chat, 1))
        longest, chat = max(longest, time.monotonic() - asked), chat + 1
    return replies, longest


async def _fault(tmp_path, bot_template, server, name: str, start: Callable[[str], object],
                 end: Callable[[object], None], seconds: float, busy_only: bool) -> None:
    url = server.new_database(name)
    api, app = await _pg_bot(tmp_path, bot_template, url)
    try:
        normal = await _answered(api, 11, 1)
        held = await asyncio.to_thread(start, url)
        try:
            replies, longest = await _during(api, seconds, 100)
        finally:
            await asyncio.to_thread(end, held)
        print(json.dumps({"fault": name, "seconds": seconds, "questions": len(replies),
                          "busy": replies.count(BUSY), "longest_reply_s": round(longest, 2)}))
        assert replies and (set(replies) == {BUSY} if busy_only else BUSY not in replies)
        assert await _answered_once_back(api, 11) == normal
    finally:
        await stop_app(app)
        await api.stop()


def _locker(table: str) -> Callable[[str], psycopg.Connection]:
    def lock(url: str) -> psycopg.Connection:
        conn = psycopg.connect(url)
        conn.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        return conn
    return lock


def _unlock(conn: object) -> None:
    assert isinstance(conn, psycopg.Connection)
    conn.rollback()
    conn.close()


async def test_a_stall_of_20_s_gets_replies(tmp_path, bot_template, own_server):  # noqa: F811
    await _fault(tmp_path, bot_template, own_server, "stall20", lambda _u: own_server.pause(),
                 lambda _h: own_server.resume(), 20.0, busy_only=True)


@pytest.mark.parametrize(("table", "busy_only"), [("search_docs", True), ("flood", False)])
async def test_a_lock_held_45_s_never_holds_a_reply(tmp_path, bot_template, own_server, table,  # noqa: F811
                                                    busy_only):
    await _fault(tmp_path, bot_template, own_server, f"lock_{table}", _locker(table), _unlock, 45.0, busy_only)


async def test_a_server_down_45_s_gets_replies(tmp_path, bot_template, own_server):  # noqa: F811
    await _fault(tmp_path, bot_template, own_server, "down45", lambda _u: own_server.halt(),
                 lambda _h: own_server.start(), 45.0, busy_only=True)
