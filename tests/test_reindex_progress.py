"""/reindex shows it is working whenever the wait is long, not only for many files: a slow
feed (or one big file) holds the ingest with few files, and the status message still comes,
and keeps changing while nothing else moves."""
from __future__ import annotations

import threading

from bot import progress
from tests.support.app import Handled, settled_reingest
from tests.support.feedserver import FeedServer, Route
from tests.support.telegram_rules import parse_html

RSS = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>慢源</title>"
       "<item><title>哈密瓜节开幕</title><link>http://127.0.0.1/a</link>"
       "<description>第十届哈密瓜节今天开幕，吸引游客三万人。</description></item></channel></rss>").encode()


async def test_a_reindex_held_by_a_slow_feed_shows_progress_then_its_report(env, monkeypatch):
    api, app, _settings = env
    monkeypatch.setattr(progress, "SHOW_AFTER", 0.2)  # the test need not wait seconds for each step
    monkeypatch.setattr(progress, "EDIT_SECONDS", 0.2)
    monkeypatch.setattr(progress, "STALL_SECONDS", 1.1)  # the time spent, in whole seconds, changes
    done = Handled(app)
    await settled_reingest(app)
    released = threading.Event()
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(RSS, hold=released)
        await api.message(1, f"/addfeed {srv.url('/rss')}")
        await api.wait_for("sendMessage", count=1, chat_id=1)
        try:
            command = await api.message(1, "/reindex")
            sent = await api.wait_for("sendMessage", count=2, chat_id=1)  # while the feed is held
            assert "正在更新索引" in sent[-1].params["text"] and "订阅源" in sent[-1].params["text"]
            edited = await api.wait_for("editMessageText", count=1, chat_id=1)  # still held: time goes on
            assert "已用" in edited[-1].params["text"]
        finally:
            released.set()
        await done.wait(command)
    assert len(api.of("sendMessage", chat_id=1)) == 2  # the report took the status message's place
    status = int(api.of("editMessageText", chat_id=1)[-1].params["message_id"])
    assert all(int(e.params["message_id"]) == status for e in api.of("editMessageText", chat_id=1))
    final = parse_html(api.of("editMessageText", chat_id=1)[-1].params["text"])
    assert "更新完成" in final and "正在更新索引" not in final
