"""A burst of questions at two webhook workers behind haproxy, one of them SIGKILLed
mid-burst: every acknowledged update is still answered (the inbox), and how many twice."""
from __future__ import annotations

import asyncio
import signal
import time

import aiohttp
import psycopg

from tests.support.cluster import Cluster, message, wait_until

QUESTIONS = ["吐鲁番葡萄", "昌吉市巡回宣讲", "哈密瓜", "新疆 旅游", "乡村振兴", "棉花 产量"]


def held_by(cluster: Cluster, pid: int) -> int:
    """Updates in the inbox, not yet handled, held by the worker with process id *pid*."""
    with psycopg.connect(cluster.db_url) as conn:
        row = conn.execute("SELECT COUNT(*) FROM inbox WHERE NOT done AND claimed_by LIKE %s",
                           (f"%:{pid}:%",)).fetchone()
    return int(row[0]) if row else 0


async def sigkill_mid_burst(cluster: Cluster, first_chat: int, n: int = 200, victim: str = "A") -> dict:
    """*n* questions posted at once through haproxy (each until a worker answers 200, as
    Telegram does); *victim* is SIGKILLed once a quarter are answered."""
    chats = list(range(first_chat, first_chat + n))
    acked: dict[int, int] = {}
    pid = cluster.procs[victim].pid

    async def one(session: aiohttp.ClientSession, i: int, chat: int) -> None:
        acked[chat] = await cluster.push(session, message(chat, QUESTIONS[i % len(QUESTIONS)]))

    def answered() -> set[int]:
        return set(chats) & set(cluster.per_chat())

    start = time.monotonic()
    async with aiohttp.ClientSession() as session:
        pushing = asyncio.gather(*(one(session, i, c) for i, c in enumerate(chats)))
        await wait_until(lambda: len(answered()) >= n // 4, 60, "a quarter answered")
        cluster.procs[victim].send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        await cluster.procs[victim].wait()
        held = await asyncio.to_thread(held_by, cluster, pid)
        answered_at_kill = len(answered())
        await pushing
    await wait_until(lambda: answered() == set(chats), 60 + 2 * cluster.inbox_lease, "every question answered")
    finished = time.monotonic()
    senders: dict[int, list[str]] = {c: [] for c in chats}  # who answered each chat, in order
    for call in cluster.api.api.of("sendMessage"):
        if int(call.params["chat_id"]) in senders:
            senders[int(call.params["chat_id"])].append(call.worker)
    counts = {c: len(w) for c, w in senders.items()}
    by_worker: dict[str, int] = {}
    for workers in senders.values():
        for w in workers:
            by_worker[w] = by_worker.get(w, 0) + 1
    # A reply the victim's send had already reached Telegram with when it died (the Bot API has
    # no idempotency key), sent again by the worker that took the update over:
    in_flight = sum(1 for w in senders.values() if len(w) == 2 and w[0] == victim and w[1] != victim)
    return {"updates": n, "acknowledged": sum(1 for s in acked.values() if s == 200),
            "answered_at_kill": answered_at_kill, "victim_held_at_kill": held,
            "answered": sum(1 for v in counts.values() if v), "lost": sum(1 for v in counts.values() if v == 0),
            "doubled": sum(1 for v in counts.values() if v > 1), "doubled_after_victim_send": in_flight,
            "most_replies_to_one": max(counts.values()), "replies_by_worker": by_worker,
            "seconds_kill_to_last_answer": round(finished - killed_at, 1),
            "seconds_total": round(finished - start, 1)}
