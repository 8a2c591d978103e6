"""Load test: simulated users against the real bot and the fake Bot API on 127.0.0.1.

    python -m tests.support.load            # full: 10,000 articles, 200 users, 2,000 questions, 500 inline
    python -m tests.support.load --quick    # CI size, well under a minute

Questions arrive open-loop at --rate per second (inline queries interleaved), each user
waiting its turn; prints one JSON line with throughput, latency percentiles, the longest
event-loop stall, and whether every update got exactly one answer.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

from bench.corpus import generate, queries, write_corpus
from search.engine import Engine
from tests.support.app import settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent.parent


class ServerThread:
    """The fake Bot API on its own event loop and thread, so it does not load the bot's loop."""

    def __init__(self) -> None:
        self.api = FakeBotAPI()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()
        self.call(self.api.start())

    def call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    def stop(self) -> None:
        self.call(self.api.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)


async def watch_loop(stop: asyncio.Event, lags: list[float], tick: float = 0.01) -> None:
    """Record how late the event loop wakes up a 10 ms sleeper."""
    while not stop.is_set():
        t = time.perf_counter()
        await asyncio.sleep(tick)
        lags.append(time.perf_counter() - t - tick)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1) if ordered else 0.0


async def drive(server: ServerThread, users: int, questions: list[str], inlines: list[str], rate: float):
    """Push the workload open-loop; return send times per chat and per inline query."""
    api, rng = server.api, random.Random(5)
    asked: dict[int, list[float]] = {}
    inline_sent: dict[str, float] = {}
    plan = [("q", q) for q in questions] + [("i", q) for q in inlines]
    rng.shuffle(plan)
    start = time.perf_counter()
    for n, (kind, text) in enumerate(plan):
        await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
        user = 100_000 + n % users
        if kind == "q":
            asked.setdefault(user, []).append(time.perf_counter())
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(api.message(user, text), server.loop))
        else:
            sent = asyncio.run_coroutine_threadsafe(api.inline(text, user_id=user), server.loop)
            uid = await asyncio.wrap_future(sent)
            inline_sent[str(uid)] = time.perf_counter()
    return asked, inline_sent


class Answers(NamedTuple):
    """What the bot answered so far."""

    latencies: list[float]  # seconds from each question to its answer
    lost: int  # questions without an answer
    doubled: int  # answers beyond one per question
    inline: dict[str, list[float]]  # inline query id -> when each answer came


def _answers(api: FakeBotAPI, asked: dict[int, list[float]]) -> Answers:
    """Latencies, how many questions got no answer or more than one, and the inline answers."""
    lat: list[float] = []
    lost = doubled = 0
    sends: dict[int, list[float]] = {}
    for c in api.of("sendMessage", ok=True):
        sends.setdefault(int(c.params["chat_id"]), []).append(c.at)
    for chat, times in asked.items():
        got = sends.get(chat, [])
        lost += max(0, len(times) - len(got))
        doubled += max(0, len(got) - len(times))
        lat += [g - t for t, g in zip(times, got, strict=False)]  # lost or doubled ones are counted above
    answered: dict[str, list[float]] = {}
    for c in api.of("answerInlineQuery", ok=True):
        answered.setdefault(str(c.params["inline_query_id"]), []).append(c.at)
    return Answers(lat, lost, doubled, answered)


async def run(articles: int, users: int, n_questions: int, n_inline: int, rate: float, work: Path) -> dict:
    arts = generate(articles, ROOT / "seeds")
    write_corpus(arts, work / "seeds")
    server = ServerThread()
    server.start()
    settings = settings_for(server.api, work)
    Engine(settings.index_dir, settings.seeds_dir).ingest()
    pool = queries(arts, k=200) + ["吐鲁番市有多少个互嵌式村庄？", "兵团精神", "上海迪士尼门票多少钱"]
    rng = random.Random(9)
    questions = [rng.choice(pool) for _ in range(n_questions)]
    inlines = [rng.choice(pool).strip('"？') for _ in range(n_inline)]
    app = await start_app(settings)
    stop = asyncio.Event()
    lags: list[float] = []
    watcher = asyncio.create_task(watch_loop(stop, lags))
    t0 = time.perf_counter()
    asked, inline_sent = await drive(server, users, questions, inlines, rate)
    deadline = time.perf_counter() + 60
    while time.perf_counter() < deadline:
        lat, lost, doubled, answered = _answers(server.api, asked)
        if not lost and len(answered) >= len(inline_sent):
            break
        await asyncio.sleep(0.1)
    elapsed = time.perf_counter() - t0
    await asyncio.sleep(0.5)  # anything doubled would show up now
    lat, lost, doubled, answered = _answers(server.api, asked)
    stop.set()
    await watcher
    await stop_app(app)
    server.stop()
    inline_lat = [answered[k][0] - t for k, t in inline_sent.items() if k in answered]
    return {
        "articles": len(arts), "users": users, "questions": n_questions, "inline": n_inline,
        "offered_per_s": rate, "updates_per_s": round((n_questions + n_inline) / elapsed, 1),
        "p50_ms": pct(lat + inline_lat, .5), "p95_ms": pct(lat + inline_lat, .95),
        "question_p95_ms": pct(lat, .95), "inline_p95_ms": pct(inline_lat, .95),
        "lost": lost + (len(inline_sent) - len(answered)),
        "doubled": doubled + sum(len(v) - 1 for v in answered.values()),
        "refused": len(server.api.refused), "max_loop_stall_ms": round(max(lags) * 1000, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rate", type=float, default=35.0, help="updates offered per second")
    args = ap.parse_args(argv)
    size = (500, 150, 240, 60) if args.quick else (10_000, 200, 2000, 500)
    with tempfile.TemporaryDirectory(prefix="load_") as tmp:
        result = asyncio.run(run(*size, rate=args.rate, work=Path(tmp)))
    print(json.dumps(result))
    return 0 if not result["lost"] and not result["doubled"] and not result["refused"] else 1


if __name__ == "__main__":
    sys.exit(main())
