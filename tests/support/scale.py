"""Several bot workers in webhook mode behind a load balancer, sharing one PostgreSQL, against
the fake Bot API: the parts of a scaled-out deployment, all real, all on 127.0.0.1.

    python -m tests.support.scale            # full form: 600 digests, 400 with a SIGKILL, a rolling
                                     # restart at 40 questions/s, load figures for 1 and 2 workers
    python -m tests.support.scale --quick    # the sizes CI runs (tests/test_scale.py)

The load balancer is Debian's haproxy running deploy/haproxy.cfg as shipped
(tests/support/haproxy.py: TLS with a self-signed certificate, round robin, retries on a
refused connection or a 503 on another worker). The rolling restart is
deploy/rolling-restart.py. The pusher plays Telegram: it posts each update over TLS until a
worker answers 200 (Telegram redelivers too).
"""
from __future__ import annotations

import asyncio
import itertools
import signal
import sys
import time

import aiohttp

from tests.support import haproxy
from tests.support.cluster import UPDATE_IDS, Cluster, max_per_second, message, wait_for_count, wait_until
from tests.support.load import pct

# -- scenarios (each returns the figures it measured) -------------------------------
QUESTIONS = ["吐鲁番葡萄", "昌吉市巡回宣讲", "哈密瓜", "新疆 旅游", "乡村振兴", "棉花 产量"]
DIGEST = "每日摘要"


async def digests_once(cluster: Cluster, first_chat: int, n: int) -> dict:
    """*n* digests due at once: each goes out exactly once, split across the workers."""
    chats = list(range(first_chat, first_chat + n))
    await asyncio.to_thread(cluster.subscribe_all, chats)
    mine = set(chats)
    # every one marked done in the store: none can go out again, anything doubled went out
    await wait_for_count(lambda: cluster.marked(mine), n, cluster.stall(), f"{n} digests marked sent")
    calls = [c for c in cluster.sent(DIGEST) if int(c.params["chat_id"]) in mine]
    by_worker: dict[str, int] = {}
    for c in calls:
        by_worker[c.worker] = by_worker.get(c.worker, 0) + 1
    counts = {k: v for k, v in cluster.per_chat(DIGEST).items() if k in mine}
    return {"digests": n, "sent": len(calls), "chats": len(counts), "by_worker": by_worker,
            "max_sends_per_second": max_per_second(calls)}


async def sigkill_mid_fanout(cluster: Cluster, first_chat: int, n: int, victim: str = "A") -> dict:
    """SIGKILL *victim* once a quarter of *n* digests went out: every chat still gets its
    digest (the victim's claims pass on after the lease); duplicates are counted."""
    chats = set(range(first_chat, first_chat + n))
    await asyncio.to_thread(cluster.subscribe_all, sorted(chats))
    await wait_for_count(lambda: len(chats & set(cluster.per_chat(DIGEST))), n // 4, cluster.stall(), "a quarter sent")
    killed_at = time.monotonic()
    await cluster.stop_worker(victim, signal.SIGKILL)
    await wait_for_count(lambda: len(chats & set(cluster.per_chat(DIGEST))), n, cluster.stall(),
                         "every digest after the kill")
    recovered = time.monotonic() - killed_at
    await wait_for_count(lambda: cluster.marked(chats), n, cluster.stall(), "every digest marked sent")
    counts = {k: v for k, v in cluster.per_chat(DIGEST).items() if k in chats}
    await cluster.start_worker(victim)
    return {"digests": n, "delivered": len(counts), "duplicates": sum(v - 1 for v in counts.values()),
            "seconds_to_finish_after_kill": round(recovered, 1)}


async def rolling_restart(cluster: Cluster, first_chat: int, rate: float = 40.0, seconds: float = 8.0) -> dict:
    """Questions at *rate*/s while deploy/rolling-restart.py stops (SIGTERM) and starts each
    worker in turn, waiting for haproxy to see it up: every question answered once, none twice."""
    pushed: dict[int, float] = {}
    done = asyncio.Event()

    async def pusher(session: aiohttp.ClientSession) -> None:
        tasks, start = [], time.monotonic()
        for i in itertools.count():
            if done.is_set() and time.monotonic() - start >= seconds:
                break
            await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
            chat = first_chat + i
            pushed[chat] = time.monotonic()
            tasks.append(asyncio.create_task(cluster.push(session, message(chat, QUESTIONS[i % len(QUESTIONS)]))))
        await asyncio.gather(*tasks)

    loop, exits = asyncio.get_running_loop(), []

    def restart(server: str, _port: str) -> None:  # what `systemctl restart newsbot@PORT` does
        name = server.upper()
        exits.append(asyncio.run_coroutine_threadsafe(cluster.stop_worker(name), loop).result(60))
        asyncio.run_coroutine_threadsafe(cluster.start_worker(name, wait=False), loop).result(60)

    async with aiohttp.ClientSession() as session:
        pushing = asyncio.create_task(pusher(session))
        await asyncio.sleep(1.0)
        took = await asyncio.to_thread(haproxy.rolling.rolling_restart, str(cluster.proxy.socket),
                                       haproxy.BACKEND, restart, 120.0, lambda _line: None)
        done.set()
        await pushing
    assert exits == [0] * len(cluster.names), [cluster.log(n)[-2000:] for n in cluster.names]
    chats = set(pushed)
    await wait_until(lambda: chats <= set(cluster.per_chat()), 60, "every question answered")
    await asyncio.sleep(1.0)
    counts = {c: 0 for c in chats}
    for call in cluster.api.api.of("sendMessage"):
        if int(call.params["chat_id"]) in counts:
            counts[int(call.params["chat_id"])] += 1
    return {"questions": len(chats), "rate": rate, "seconds_until_up": took,
            "answered": sum(1 for v in counts.values() if v),
            "lost": sum(1 for v in counts.values() if v == 0), "doubled": sum(1 for v in counts.values() if v > 1)}


async def inline_load(cluster: Cluster, backends: list[str], n: int, rate: float) -> dict:
    """*n* inline queries open-loop at *rate*/s through haproxy to *backends*: updates/s
    answered and p95 update-to-answer (answerInlineQuery is not under the 30 messages/s
    limit, so this measures the workers, not Telegram's cap)."""
    await cluster.serve_only(backends)
    api = cluster.api.api
    sent: dict[str, float] = {}
    async with aiohttp.ClientSession() as session:
        await warm_up(cluster, session, backends)
        tasks, start = [], time.monotonic()
        for i in range(n):
            await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
            qid = f"q{next(UPDATE_IDS)}"
            sent[qid] = time.monotonic()
            update = {"update_id": next(UPDATE_IDS), "inline_query": {
                "id": qid, "from": {"id": 70_000 + i, "is_bot": False, "first_name": "U"},
                "query": QUESTIONS[i % len(QUESTIONS)], "offset": ""}}
            tasks.append(asyncio.create_task(cluster.push(session, update)))
        await asyncio.gather(*tasks)

    def answered() -> dict[str, float]:
        return {str(c.params["inline_query_id"]): c.at for c in api.of("answerInlineQuery")
                if c.params.get("inline_query_id") in sent}

    await wait_until(lambda: len(answered()) == n, 120, "every inline query answered")
    got = answered()
    latencies = [got[q] - t for q, t in sent.items()]
    await cluster.serve_only(cluster.names)
    return {"workers": len(backends), "updates": n, "offered_rate": rate,
            "updates_per_s": round(n / (max(got.values()) - start), 1), "p95_ms": pct(latencies, 0.95)}


async def warm_up(cluster: Cluster, session: aiohttp.ClientSession, backends: list[str]) -> None:
    """A few questions straight to each worker first: a fresh one loads its dictionaries."""
    before = len(cluster.api.api.of("answerInlineQuery"))
    for name in backends:
        for text in QUESTIONS:
            update = {"update_id": next(UPDATE_IDS), "inline_query": {
                "id": f"w{next(UPDATE_IDS)}", "from": {"id": 69_999, "is_bot": False, "first_name": "U"},
                "query": text, "offset": ""}}
            await cluster.push(session, update, port=cluster.ports[name])
    total = before + len(backends) * len(QUESTIONS)
    await wait_until(lambda: len(cluster.api.api.of("answerInlineQuery")) >= total, 60, "warm-up answers")


async def shared_state_and_secret(cluster: Cluster, chat: int) -> dict:
    """/subscribe through worker A, then /stats through worker B; a wrong secret is refused."""
    a, b = cluster.ports[cluster.names[0]], cluster.ports[cluster.names[-1]]
    async with aiohttp.ClientSession() as session:
        wrong = await cluster.push(session, message(chat, "/start"), secret="not-the-secret")
        await cluster.push(session, message(chat, "/subscribe 09:00"), port=a)
        await wait_until(lambda: len(cluster.api.api.of("sendMessage", chat)) >= 1, 30, "/subscribe answered")
        await cluster.push(session, message(chat, "/stats"), port=b)
        await wait_until(lambda: len(cluster.api.api.of("sendMessage", chat)) >= 2, 30, "/stats answered")
    replies = [c for c in cluster.api.api.of("sendMessage", chat)]
    return {"wrong_secret_status": wrong, "replies": len(replies),
            "stats_through_b": replies[-1].params["text"], "stats_worker": replies[-1].worker,
            "subscribe_worker": replies[0].worker}


async def main(quick: bool) -> None:
    """Run every scenario on one cluster and print one JSON line per scenario."""
    import json

    cluster = Cluster()
    await cluster.start()
    try:
        results = {
            "shared_state": await shared_state_and_secret(cluster, 1),
            "digests_once": await digests_once(cluster, 10_000, 90 if quick else 600),
            "sigkill": await sigkill_mid_fanout(cluster, 20_000, 120 if quick else 400),
            "rolling_restart": await rolling_restart(cluster, 50_000, 40.0, 6.0 if quick else 10.0),
        }
        for run in range(1 if quick else 3):  # alternated: this machine's load from other jobs varies
            for workers in (cluster.names[:1], cluster.names):
                results[f"load_{len(workers)}_workers_run{run + 1}"] = await inline_load(
                    cluster, workers, 150 if quick else 400, 100.0)
    finally:
        await cluster.stop()
    for name, figures in results.items():
        print(json.dumps({"scenario": name, **figures}, ensure_ascii=False))


if __name__ == "__main__":
    asyncio.run(main("--quick" in sys.argv))
