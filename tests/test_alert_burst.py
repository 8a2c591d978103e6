"""Instant alerts exactly once on two webhook workers sharing PostgreSQL, one of them
SIGKILLed mid-way (issue 27, point 7; the scenario is tests/support/alert_burst.py)."""
from __future__ import annotations

import json

import pytest

from bot.alert_jobs import CLAIM_BATCH
from tests.support.alert_burst import ADMIN, PER_HOUR, sigkill_mid_alerts
from tests.support.cluster import Cluster

ARTICLES, CHATS = 300, 100


@pytest.mark.slow
async def test_alerts_reach_each_chat_once_though_a_worker_dies(capsys):
    # the lease must outlast the longest wait for a send slot (see tests/test_scale.py)
    cluster = Cluster(workers=2, lease=10.0, settings={"NEWSBOT_ALERTS_PER_HOUR": str(PER_HOUR),
                                                       "NEWSBOT_ADMIN_IDS": str(ADMIN)})
    await cluster.start()
    try:
        f = await sigkill_mid_alerts(cluster, 30_000, ARTICLES, CHATS)
    finally:
        await cluster.stop()
    with capsys.disabled():
        print("\n" + json.dumps({"scenario": "alerts_sigkill", **f}, ensure_ascii=False), end="")
    # Each chat got every story its overlapping alerts answer, and nothing else.
    assert f["pushes_asked"] == f["pushed"] > CHATS and f["lost"] == 0 and f["unasked"] == 0
    assert f["pushed_at_kill"] < f["pushes_asked"] and set(f["sends_by_worker"]) == {"A", "B"}
    # One alert matching all 300 new articles (as many as a ranking scans, and older ones): PER_HOUR pushed,
    # the rest counted in one overflow message and listed behind its button.
    assert f["flood_chat_distinct"] == PER_HOUR
    assert set(f["flood_chat_overflow_counts"]) == {ARTICLES - PER_HOUR}
    assert f["flood_chat_states"] == {"sent": PER_HOUR, "listed": ARTICLES - PER_HOUR}
    # Twice only where the dead worker's send had reached Telegram before its mark: at most
    # one per chat it was sending to (it claims CLAIM_BATCH at a time), never by the live worker.
    assert f["doubled"] == f["doubled_after_victim_send"] <= CLAIM_BATCH and f["most_to_one"] <= 2
