"""Stopping while an ingest runs: the store and the engine close only once it has stopped,
so no connection is closed under a thread that still uses it (a crash, or a lost write)."""
from __future__ import annotations

import threading

from bot.conversation import Conversation
from bot.store import SqliteStore
from search.engine import Engine
from tests.support.seeds import copy_seeds


def test_closing_waits_for_a_running_ingest_to_stop(tmp_path) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    body = "本报讯 哈密瓜今日上市，销往全国多个城市。" * 40
    for n in range(60):
        text = "\n\n".join(f"## 第{i}篇 哈密瓜{n}上市\n\n" + body for i in range(20))
        (seeds / f"bulk{n:03}.txt").write_text(text, "utf-8")
    chat = Conversation(Engine(tmp_path / "index", seeds), SqliteStore(tmp_path / "state.sqlite3"))
    begun = threading.Event()
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["report"] = chat.ingest(progress=lambda done, total: begun.set())
        except Exception as exc:  # what a close under the ingest would raise
            outcome["error"] = exc

    ingest = threading.Thread(target=run)
    ingest.start()
    assert begun.wait(60)
    chat.stop()
    chat.close_store()
    chat.close_engine()
    alive = ingest.is_alive()
    ingest.join(60)
    assert not alive  # the close returned only after the ingest did
    assert "error" not in outcome and outcome["report"] is not None
