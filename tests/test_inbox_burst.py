"""Two webhook workers on PostgreSQL behind haproxy, a burst of 200 updates, one
worker SIGKILLed mid-burst: every acknowledged update is answered; an update is answered
twice only when the dead worker's reply was already on its way to Telegram (figures printed)."""
from __future__ import annotations

import json

import pytest

from tests.support import haproxy
from tests.support.cluster import Cluster
from tests.support.inbox_burst import sigkill_mid_burst

pytestmark = pytest.mark.skipif(not haproxy.available(), reason=haproxy.MISSING)


@pytest.mark.slow
async def test_a_worker_killed_mid_burst_loses_no_acknowledged_update(capsys):
    cluster = Cluster(workers=2, inbox_lease=3.0)
    await cluster.start()
    try:
        figures = await sigkill_mid_burst(cluster, 90_000, 200, victim="A")
    finally:
        await cluster.stop()
    with capsys.disabled():
        print("\n" + json.dumps({"scenario": "inbox_sigkill_burst", **figures}, ensure_ascii=False), end="")
    assert figures["acknowledged"] == 200
    assert figures["victim_held_at_kill"] > 0  # the kill landed with acknowledged updates unanswered
    assert figures["lost"] == 0 and figures["answered"] == 200
    # Twice only where the victim's own send had reached Telegram as it died (no idempotency
    # key in the Bot API): each update handled at most once more, never twice by live workers.
    assert figures["doubled"] == figures["doubled_after_victim_send"] <= figures["victim_held_at_kill"]
    assert figures["most_replies_to_one"] <= 2
