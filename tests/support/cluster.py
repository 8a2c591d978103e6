"""The parts of a scaled-out deployment for tests/support/scale.py: N bot workers (`python -m bot`)
in webhook mode behind Debian's haproxy running deploy/haproxy.cfg (tests/support/haproxy.py),
one PostgreSQL, the fake Bot API."""
from __future__ import annotations

import asyncio
import functools
import itertools
import os
import shutil
import signal
import ssl
import sys
import tempfile
import time
from collections.abc import Callable, Collection
from pathlib import Path

import aiohttp
import psycopg

from bot.store import PostgresStore
from bot.web import SECRET_HEADER
from search.engine import Engine
from tests.support import haproxy
from tests.support.load import ServerThread
from tests.support.pgserver import PgServer, free_port
from tests.support.seeds import copy_seeds

SECRET = "scale-test-secret"
HOOK = "https://bot.example.test/telegram"
ROOT = Path(__file__).resolve().parent.parent.parent


class Cluster:
    """PostgreSQL, the fake Bot API, N workers and haproxy in front of them."""

    def __init__(self, workers: int = 2, lease: float = 3.0, send_delay: float = 0.05,
                 inbox_lease: float = 30.0, settings: dict[str, str] | None = None) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="newsbot-scale-"))
        self.pg = PgServer()
        self.api = ServerThread()
        self.names = [chr(ord("A") + i) for i in range(workers)]
        self.ports = {name: free_port() for name in self.names}
        self.procs: dict[str, asyncio.subprocess.Process] = {}
        self.proxy = haproxy.Haproxy(self.ports, self.base)
        self.lease, self.send_delay, self.inbox_lease = lease, send_delay, inbox_lease
        self.settings = settings or {}  # more NEWSBOT_ settings for every worker
        self.own: dict[str, dict[str, str]] = {}  # more for one worker (a machine of its own), by name
        self.db_url = ""

    async def start(self, in_turn: bool = False) -> None:
        """Everything up; the workers at once, or *in_turn* (each healthy before the next starts)."""
        await asyncio.to_thread(self.pg.start)
        self.db_url = self.pg.new_database("newsbot")
        self.api.start()
        self.api.api.send_delay = self.send_delay
        copy_seeds(self.base / "seeds")
        await asyncio.to_thread(Engine(self.base / "index", self.base / "seeds").ingest)
        if in_turn:
            for name in self.names:
                await self.start_worker(name)
        else:
            await asyncio.gather(*(self.start_worker(n) for n in self.names))
        await asyncio.to_thread(self.proxy.start)
        await self.serve_only(self.names)

    def env(self, name: str) -> dict:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
        return {**env, "TELEGRAM_BOT_TOKEN": self.api.api.token,
                "NEWSBOT_TELEGRAM_BASE_URL": f"http://127.0.0.1:{self.api.api.port}/worker-{name}/bot",
                "NEWSBOT_SEEDS_DIR": str(self.base / "seeds"), "NEWSBOT_INDEX_DIR": str(self.base / "index"),
                "NEWSBOT_DATA_DIR": str(self.base / "data"), "NEWSBOT_DATABASE_URL": self.db_url,
                "NEWSBOT_WEBHOOK_URL": HOOK, "NEWSBOT_WEBHOOK_SECRET": SECRET,
                "NEWSBOT_WEBHOOK_CERT": str(self.proxy.public_cert),
                "NEWSBOT_WEBHOOK_LISTEN": f"127.0.0.1:{self.ports[name]}",
                "NEWSBOT_DIGEST_LEASE": f"{self.lease:g}", "NEWSBOT_REINGEST_MINUTES": "60",
                "NEWSBOT_INBOX_LEASE": f"{self.inbox_lease:g}", **self.settings, **self.own.get(name, {})}

    async def start_worker(self, name: str, wait: bool = True) -> None:
        """Start `python -m bot` as worker *name*; returns once its /healthz says 200 (at once
        when not *wait*)."""
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
        await asyncio.to_thread(self.proxy.stop)
        self.api.stop()
        self.pg.stop()
        shutil.rmtree(self.base, ignore_errors=True)

    def up(self) -> set[str]:
        """The workers haproxy sends updates to: checked up and not in maintenance."""
        return {name for name in self.names
                if haproxy.rolling.is_up(str(self.proxy.socket), haproxy.BACKEND, name.lower())}

    async def serve_only(self, names: list[str]) -> None:
        """Put every other worker in maintenance in haproxy; wait until exactly *names* are up."""
        for name in self.names:
            state = "ready" if name in names else "maint"
            await asyncio.to_thread(self.proxy.command, f"set server {haproxy.BACKEND}/{name.lower()} state {state}")
        await wait_until(lambda: self.up() == set(names), 30, f"haproxy to serve {names}")

    # -- driving ------------------------------------------------------------------
    async def push(self, session: aiohttp.ClientSession, update: dict, port: int | None = None,
                   secret: str = SECRET) -> int:
        """Post one update as Telegram does (over TLS to haproxy, or straight to a worker's
        *port*): again until a worker takes it (200) or refuses it (403)."""
        url = f"http://127.0.0.1:{port}/telegram" if port else self.proxy.url()
        while True:
            try:
                async with session.post(url, json=update, headers={SECRET_HEADER: secret},
                                        ssl=True if port else self.tls) as r:
                    if r.status in (200, 403):
                        return r.status
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.05)

    @functools.cached_property
    def tls(self) -> ssl.SSLContext:
        """Trusts haproxy's self-signed certificate, as Telegram does once it was uploaded."""
        context = ssl.create_default_context(cafile=str(self.proxy.public_cert))
        context.check_hostname = False  # the certificate names bot.example.test, we dial 127.0.0.1
        return context

    def subscribe_all(self, chats: list[int]) -> None:
        store = PostgresStore(self.db_url)
        for chat in chats:
            store.subscribe(chat, "00:00", None, since=0.0)
        store.close()

    def marked(self, chats: Collection[int]) -> int:
        """How many of *chats* the store shows with their digest done and no claim left. A
        worker marks a digest only once Telegram has accepted it (or refused it for good),
        and a send goes out only while its claim holds: once all are marked, none is still
        on its way."""
        with psycopg.connect(self.db_url) as conn:
            row = conn.execute("SELECT count(*) FROM subscriptions WHERE chat_id = ANY(%s) AND "
                               "last_period IS NOT NULL AND claimed_by IS NULL", (list(chats),)).fetchone()
        return int(row[0]) if row else 0

    def stall(self) -> float:
        """Seconds digests may make no progress: a failed send stays claimed for the lease,
        then waits for the next tick (at most the lease), then is sent again."""
        return 3 * self.lease + 30

    def sent(self, marker: str = "") -> list:
        """sendMessage calls Telegram accepted (text containing *marker*)."""
        return [c for c in self.api.api.of("sendMessage", ok=True) if marker in c.params.get("text", "")]

    def per_chat(self, marker: str = "") -> dict[int, int]:
        counts: dict[int, int] = {}
        for c in self.sent(marker):
            counts[int(c.params["chat_id"])] = counts.get(int(c.params["chat_id"]), 0) + 1
        return counts


UPDATE_IDS = itertools.count(1)  # update ids (and inline query ids) unique across a run


def message(chat_id: int, text: str) -> dict:
    """A private-chat message update (commands carry their entity)."""
    n = next(UPDATE_IDS)
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


async def wait_for_count(count: Callable[[], int], target: int, stall: float, what: str) -> None:
    """Until count() (run in a thread: it may ask the database) reaches *target*. It fails
    only when the count has not grown for *stall* seconds: a loaded machine is slow, a stuck
    one stops."""
    best, moved = await asyncio.to_thread(count), time.monotonic()
    while best < target:
        await asyncio.sleep(0.1)
        now = await asyncio.to_thread(count)
        if now > best:
            best, moved = now, time.monotonic()
        elif time.monotonic() - moved > stall:
            raise AssertionError(f"{what}: {best} of {target}, and no more for {stall:g}s")


def max_per_second(calls: list) -> int:
    """The most calls in any one-second window (Telegram's global limit is about 30)."""
    times, best, lo = sorted(c.at for c in calls), 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= 1.0:
            lo += 1
        best = max(best, hi - lo + 1)
    return best
