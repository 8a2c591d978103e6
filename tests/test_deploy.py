"""Issue 28, point 3: the deployment as written. Two workers behind Debian's haproxy running
deploy/haproxy.cfg as shipped (TLS with a self-signed certificate uploaded with setWebhook),
one PostgreSQL, the fake Bot API: what the internet can reach, the client's address, the
stats page, a stop that answers 503 before it closes, and a stop with the database down."""
from __future__ import annotations

import asyncio
import json
import re
import signal
import time

import aiohttp
import pytest

from bot.web import SECRET_HEADER
from tests.support import haproxy
from tests.support.cluster import ROOT, SECRET, Cluster, message

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not haproxy.available(), reason=haproxy.MISSING)]
UNIT = ROOT / "deploy" / "newsbot@.service"


def unit_stop_timeout() -> float:
    """TimeoutStopSec of deploy/newsbot@.service: systemd SIGKILLs a worker still running then."""
    found = re.search(r"^TimeoutStopSec=(\d+)", UNIT.read_text("utf-8"), re.MULTILINE)
    assert found, "the unit sets TimeoutStopSec"
    return float(found.group(1))


async def post_to(cluster: Cluster, name: str, update: dict) -> int | str:
    """Post *update* straight to worker *name*: the status, or "refused"."""
    url = f"http://127.0.0.1:{cluster.ports[name]}/telegram"
    try:
        async with aiohttp.ClientSession() as s, s.post(url, json=update, headers={SECRET_HEADER: SECRET}) as r:
            return r.status
    except aiohttp.ClientConnectionError:
        return "refused"


async def statuses_while_stopping(cluster: Cluster, name: str) -> list[int | str]:
    """SIGTERM worker *name*, then post updates straight to it until its port is closed."""
    seen: list[int | str] = []
    cluster.procs[name].send_signal(signal.SIGTERM)
    while not seen or seen[-1] != "refused":
        seen.append(await post_to(cluster, name, message(5_000, "哈密瓜")))
        await asyncio.sleep(0.02)
    await cluster.procs[name].wait()
    return seen


async def test_deployment_as_written(capsys):
    cluster = Cluster(workers=2)
    await cluster.start()
    try:
        await check_the_public_and_the_local_side(cluster)
        figures = {"answers_while_stopping": await check_a_stop(cluster),
                   **await check_a_stop_with_the_database_down(cluster)}
    finally:
        await cluster.stop()
    with capsys.disabled():
        print("\n" + json.dumps({"scenario": "deployment", **figures}, ensure_ascii=False), end="")


async def check_the_public_and_the_local_side(cluster: Cluster) -> None:
    hap = cluster.proxy
    # Telegram trusts the self-signed certificate because it was uploaded with setWebhook.
    calls = cluster.api.api.of("setWebhook")
    assert len(calls) == 1 and "certificate" in calls[0].params
    # The public side answers only the webhook: /healthz and a GET stay inside.
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=cluster.tls)) as public:
        for method, path in [("GET", "/healthz"), ("POST", "/healthz"), ("GET", "/telegram")]:
            async with public.request(method, hap.url(path)) as r:
                assert r.status == 404, (method, path, r.status)
    # A client's address reaches the workers (X-Forwarded-For): a wrong secret from 127.0.0.2.
    elsewhere = aiohttp.TCPConnector(ssl=cluster.tls, local_addr=("127.0.0.2", 0))
    async with aiohttp.ClientSession(connector=elsewhere) as s, \
            s.post(hap.url(), json=message(5_001, "/start"), headers={SECRET_HEADER: "wrong"}) as r:
        assert r.status == 403
    assert any("wrong or missing" in cluster.log(n) and "from 127.0.0.2" in cluster.log(n) for n in cluster.names)
    # The stats page and the Prometheus exporter, on localhost only.
    async with aiohttp.ClientSession() as local:
        async with local.get(f"http://127.0.0.1:{hap.stats_port}/metrics") as r:
            assert r.status == 200 and 'haproxy_server_status{proxy="workers",server="a"' in await r.text()
        async with local.get(f"http://127.0.0.1:{hap.stats_port}/stats") as r:
            assert r.status == 200
    assert re.search(r"^\s*bind 127\.0\.0\.1:8404$", haproxy.SHIPPED.read_text("utf-8"), re.MULTILINE)
    # haproxy logs to stdout (under systemd: the journal): the refused update is there.
    assert re.search(r"telegram~? workers/[ab] .* 403 .*\"POST /telegram", hap.log()), hap.log()[-2000:]


async def check_a_stop(cluster: Cluster) -> dict[str, int]:
    """SIGTERM: updates get 503 until haproxy saw /healthz fail, then the port closes; exit 0."""
    seen = await statuses_while_stopping(cluster, "B")
    refusals = [s for s in seen if s != 200]
    assert refusals[0] == 503 and refusals[-1] == "refused" and cluster.procs["B"].returncode == 0
    assert "B" not in cluster.up()
    return {str(k): seen.count(k) for k in dict.fromkeys(seen)}


async def check_a_stop_with_the_database_down(cluster: Cluster) -> dict[str, float]:
    """The database down: a worker still stops, well before systemd would SIGKILL it."""
    await asyncio.to_thread(cluster.pg.halt)
    assert await post_to(cluster, "A", message(5_002, "哈密瓜")) == 503  # it cannot keep it
    start = time.monotonic()
    code = await cluster.stop_worker("A")
    took = time.monotonic() - start
    assert code is not None and took < unit_stop_timeout(), cluster.log("A")[-3000:]
    return {"seconds_to_stop_database_down": round(took, 1), "unit_timeout_stop_sec": unit_stop_timeout()}
