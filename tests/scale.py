"""Several bot workers in webhook mode behind a load balancer, sharing one PostgreSQL, against
the fake Bot API: the parts of a scaled-out deployment, all real, all on 127.0.0.1.

    python -m tests.scale            # full form: 600 digests, 400 with a SIGKILL, a rolling
                                     # restart at 40 questions/s, load figures for 1 and 2 workers
    python -m tests.scale --quick    # the sizes CI runs (tests/test_scale.py)

The load balancer is a small aiohttp reverse proxy (round robin; a worker that refuses the
connection or answers 503 is skipped, like haproxy's `retry-on conn-failure 503` with
`option redispatch`); Debian's haproxy is not part of the project's install. The pusher
plays Telegram: it posts each update until a worker answers 200 (Telegram redelivers too).
"""
from __future__ import annotations

import asyncio
import itertools
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web

from bot.store.postgres import PostgresStore
from bot.web import SECRET_HEADER
from search.engine import Engine
from tests.conftest import copy_seeds
from tests.load import ServerThread, pct
from tests.pgserver import PgServer, free_port

SECRET = "scale-test-secret"
HOOK = "https://bot.example.test/telegram"
ROOT = Path(__file__).resolve().parent.parent


class Proxy:
    """Round-robin reverse proxy for POST /telegram; fails over on refused connections and 503."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.port = free_port()
        self._next = itertools.count()
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True))
        app = web.Application()
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.Response:
        if self._session is None:
            return web.Response(status=503, text="proxy not started")
        body, start = await request.read(), next(self._next)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host", "content-length")}
        for i in range(len(self.backends)):
            port = self.backends[(start + i) % len(self.backends)]
            try:
                async with self._session.request(request.method, f"http://127.0.0.1:{port}{request.path}",
                                                 data=body, headers=headers) as r:
                    if r.status == 503:
                        continue
                    return web.Response(status=r.status, body=await r.read())
            except aiohttp.ClientConnectionError:  # refused before anything was sent: try the next
                continue
        return web.Response(status=502, text="no worker")


class Cluster:
    """PostgreSQL, the fake Bot API, N workers and the proxy in front of them."""

    def __init__(self, workers: int = 2, lease: float = 3.0, send_delay: float = 0.05) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="newsbot-scale-"))
        self.pg = PgServer()
        self.api = ServerThread()
        self.names = [chr(ord("A") + i) for i in range(workers)]
        self.ports = {name: free_port() for name in self.names}
        self.procs: dict[str, asyncio.subprocess.Process] = {}
        self.proxy = Proxy(list(self.ports.values()))
        self.lease, self.send_delay = lease, send_delay
        self.db_url = ""

    async def start(self) -> None:
        await asyncio.to_thread(self.pg.start)
        self.db_url = self.pg.new_database("newsbot")
        self.api.start()
        self.api.api.send_delay = self.send_delay
        copy_seeds(self.base / "seeds")
        await asyncio.to_thread(Engine(self.base / "index", self.base / "seeds").ingest)
        await self.proxy.start()
        await asyncio.gather(*(self.start_worker(n) for n in self.names))

    def env(self, name: str) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
        return {**env, "TELEGRAM_BOT_TOKEN": self.api.api.token,
                "NEWSBOT_TELEGRAM_BASE_URL": f"http://127.0.0.1:{self.api.api.port}/worker-{name}/bot",
                "NEWSBOT_SEEDS_DIR": str(self.base / "seeds"), "NEWSBOT_INDEX_DIR": str(self.base / "index"),
                "NEWSBOT_DATA_DIR": str(self.base / "data"), "NEWSBOT_DATABASE_URL": self.db_url,
                "NEWSBOT_WEBHOOK_URL": HOOK, "NEWSBOT_WEBHOOK_SECRET": SECRET,
                "NEWSBOT_WEBHOOK_LISTEN": f"127.0.0.1:{self.ports[name]}",
                "NEWSBOT_DIGEST_LEASE": f"{self.lease:g}", "NEWSBOT_REINGEST_MINUTES": "60"}

    async def start_worker(self, name: str) -> None:
        """Start `python -m bot` as worker *name*; returns once its /healthz says 200."""
        with open(self.base / f"worker-{name}.log", "ab") as log:  # the worker keeps its own copy
            self.procs[name] = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", env=self.env(name), cwd=self.base, stdout=log, stderr=log)
        deadline = time.monotonic() + 60
        async with aiohttp.ClientSession() as s:
            while True:
                if self.procs[name].returncode is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"worker {name} did not start:\n" + self.log(name)[-3000:])
                try:
                    async with s.get(f"http://127.0.0.1:{self.ports[name]}/healthz") as r:
                        if r.status == 200:
                            return
                except aiohttp.ClientConnectionError:
                    pass
                await asyncio.sleep(0.1)

    async def stop_worker(self, name: str, sig: int = signal.SIGTERM) -> int:
        """Signal worker *name* and wait for it to exit; its exit status."""
        proc = self.procs[name]
        if proc.returncode is None:
            proc.send_signal(sig)
        return await asyncio.wait_for(proc.wait(), 60)

    def log(self, name: str) -> str:
        return (self.base / f"worker-{name}.log").read_text("utf-8", "replace")

    async def stop(self) -> None:
        for name in self.procs:
            await self.stop_worker(name)
        await self.proxy.stop()
        self.api.stop()
        self.pg.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    # -- driving ------------------------------------------------------------------
    async def push(self, session: aiohttp.ClientSession, update: dict, port: int | None = None,
                   secret: str = SECRET) -> int:
        """Post one update as Telegram does: again until a worker takes it (200) or refuses it (403)."""
        url = f"http://127.0.0.1:{port or self.proxy.port}/telegram"
        while True:
            try:
                async with session.post(url, json=update, headers={SECRET_HEADER: secret}) as r:
                    if r.status in (200, 403):
                        return r.status
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)

    def subscribe_all(self, chats: list[int]) -> None:
        store = PostgresStore(self.db_url)
        for chat in chats:
            store.subscribe(chat, "00:00", None, since=0.0)
        store.close()

    def sent(self, marker: str = "") -> list:
        """sendMessage calls Telegram accepted (text containing *marker*)."""
        return [c for c in self.api.api.of("sendMessage", ok=True) if marker in c.params.get("text", "")]

    def per_chat(self, marker: str = "") -> dict[int, int]:
        counts: dict[int, int] = {}
        for c in self.sent(marker):
            counts[int(c.params["chat_id"])] = counts.get(int(c.params["chat_id"]), 0) + 1
        return counts


_ids = itertools.count(1)


def message(chat_id: int, text: str) -> dict:
    """A private-chat message update (commands carry their entity)."""
    n = next(_ids)
    msg = {"message_id": n, "date": int(time.time()), "text": text,
           "chat": {"id": chat_id, "type": "private", "first_name": "U"},
           "from": {"id": chat_id, "is_bot": False, "first_name": "U"}}
    if text.startswith("/"):
        msg["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    return {"update_id": n, "message": msg}


async def wait_until(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g}s for {what}")
        await asyncio.sleep(0.05)


def max_per_second(calls: list) -> int:
    """The most calls in any one-second window (Telegram's global limit is about 30)."""
    times, best, lo = sorted(c.at for c in calls), 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= 1.0:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


# -- scenarios (each returns the figures it measured) -------------------------------
QUESTIONS = ["吐鲁番葡萄", "昌吉市巡回宣讲", "哈密瓜", "新疆 旅游", "乡村振兴", "棉花 产量"]
DIGEST = "每日摘要"


async def digests_once(cluster: Cluster, first_chat: int, n: int) -> dict:
    """*n* digests due at once: each goes out exactly once, split across the workers."""
    chats = list(range(first_chat, first_chat + n))
    await asyncio.to_thread(cluster.subscribe_all, chats)
    mine = set(chats)
    await wait_until(lambda: mine <= set(cluster.per_chat(DIGEST)), 30 + n / 10, f"{n} digests")
    await asyncio.sleep(1.0)  # anything doubled would show up now
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
    await wait_until(lambda: len(chats & set(cluster.per_chat(DIGEST))) >= n // 4, 30 + n / 10, "a quarter sent")
    killed_at = time.monotonic()
    await cluster.stop_worker(victim, signal.SIGKILL)
    await wait_until(lambda: chats <= set(cluster.per_chat(DIGEST)), 60 + n / 10, "every digest after the kill")
    recovered = time.monotonic() - killed_at
    await asyncio.sleep(1.0)
    counts = {k: v for k, v in cluster.per_chat(DIGEST).items() if k in chats}
    await cluster.start_worker(victim)
    return {"digests": n, "delivered": len(counts), "duplicates": sum(v - 1 for v in counts.values()),
            "seconds_to_finish_after_kill": round(recovered, 1)}


async def rolling_restart(cluster: Cluster, first_chat: int, rate: float = 40.0, seconds: float = 8.0) -> dict:
    """Questions at *rate*/s while each worker in turn is stopped (SIGTERM) and started
    again: every question answered once, none twice."""
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

    async with aiohttp.ClientSession() as session:
        pushing = asyncio.create_task(pusher(session))
        await asyncio.sleep(1.0)
        for name in cluster.names:
            assert await cluster.stop_worker(name) == 0, cluster.log(name)[-2000:]
            await cluster.start_worker(name)
        done.set()
        await pushing
    chats = set(pushed)
    await wait_until(lambda: chats <= set(cluster.per_chat()), 60, "every question answered")
    await asyncio.sleep(1.0)
    counts = {c: 0 for c in chats}
    for call in cluster.api.api.of("sendMessage"):
        if int(call.params["chat_id"]) in counts:
            counts[int(call.params["chat_id"])] += 1
    return {"questions": len(chats), "rate": rate, "answered": sum(1 for v in counts.values() if v),
            "lost": sum(1 for v in counts.values() if v == 0), "doubled": sum(1 for v in counts.values() if v > 1)}


async def inline_load(cluster: Cluster, backends: list[str], n: int, rate: float) -> dict:
    """*n* inline queries open-loop at *rate*/s through the proxy to *backends*: updates/s
    answered and p95 update-to-answer (answerInlineQuery is not under the 30 messages/s
    limit, so this measures the workers, not Telegram's cap)."""
    cluster.proxy.backends = [cluster.ports[name] for name in backends]
    api = cluster.api.api
    sent: dict[str, float] = {}
    async with aiohttp.ClientSession() as session:
        await warm_up(cluster, session, backends)
        tasks, start = [], time.monotonic()
        for i in range(n):
            await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
            qid = f"q{next(_ids)}"
            sent[qid] = time.monotonic()
            update = {"update_id": next(_ids), "inline_query": {
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
    cluster.proxy.backends = list(cluster.ports.values())
    return {"workers": len(backends), "updates": n, "offered_rate": rate,
            "updates_per_s": round(n / (max(got.values()) - start), 1), "p95_ms": pct(latencies, 0.95)}


async def warm_up(cluster: Cluster, session: aiohttp.ClientSession, backends: list[str]) -> None:
    """A few questions straight to each worker first: a fresh one loads its dictionaries."""
    before = len(cluster.api.api.of("answerInlineQuery"))
    for name in backends:
        for text in QUESTIONS:
            update = {"update_id": next(_ids), "inline_query": {
                "id": f"w{next(_ids)}", "from": {"id": 69_999, "is_bot": False, "first_name": "U"},
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
