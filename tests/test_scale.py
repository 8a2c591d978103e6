"""Two workers in webhook mode behind a load balancer, one PostgreSQL, the fake Bot API:
the quick form of `python -m tests.support.scale` (the full form is the documented command)."""
from __future__ import annotations

import json

import pytest

from tests.support import haproxy, scale

pytestmark = pytest.mark.skipif(not haproxy.available(), reason=haproxy.MISSING)


@pytest.mark.slow
async def test_two_workers_share_the_work_and_survive_kill_and_restart(capsys):
    # the lease must outlast the longest wait for a send slot (default 120 s); 3 s was
    # outlasted on a loaded 2-core machine and a batch went out twice
    cluster = scale.Cluster(workers=2, lease=10.0)
    await cluster.start()
    try:
        shared = await scale.shared_state_and_secret(cluster, 1)
        once = await scale.digests_once(cluster, 10_000, 90)
        killed = await scale.sigkill_mid_fanout(cluster, 20_000, 120)
        restart = await scale.rolling_restart(cluster, 50_000, rate=40.0, seconds=4.0)
        one = await scale.inline_load(cluster, cluster.names[:1], 100, 80.0)
        two = await scale.inline_load(cluster, cluster.names, 100, 80.0)
    finally:
        await cluster.stop()
    with capsys.disabled():
        for name, figures in [("shared_state", shared), ("digests_once", once), ("sigkill", killed),
                              ("rolling_restart", restart), ("load_1_worker", one), ("load_2_workers", two)]:
            print("\n" + json.dumps({"scenario": name, **figures}, ensure_ascii=False), end="")
    # A wrong secret is refused; /subscribe through A is seen by /stats through B.
    assert shared["wrong_secret_status"] == 403
    assert (shared["subscribe_worker"], shared["stats_worker"]) == ("A", "B")
    assert "已订阅" in shared["stats_through_b"] and shared["replies"] == 2
    # 90 digests due at once: each sent once, by both workers, within the global send rate.
    assert once["sent"] == once["chats"] == 90
    assert set(once["by_worker"]) == {"A", "B"}
    assert once["max_sends_per_second"] <= 33  # paced at 27/s; unshared limiters reach 2 x 30
    # A worker SIGKILLed mid fan-out: every chat still gets its digest (duplicates printed above).
    assert killed["delivered"] == 120
    # Rolling restart under 40 questions/s: nothing lost, nothing doubled.
    assert restart["lost"] == 0 and restart["doubled"] == 0 and restart["answered"] == restart["questions"]
