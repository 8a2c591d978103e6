"""Benchmark steps, each run in its own process so time and peak memory are its own.

    python -m bench.measure STEP ARGS...   prints one JSON object
"""
from __future__ import annotations

import contextlib
import json
import multiprocessing as mp
import resource
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def peak_rss_mb() -> float:
    """Largest resident set of this process or any finished child, in MB. This process's
    own peak is read from VmHWM, which exec resets; ru_maxrss would still count the
    benchmark driver's memory from before the exec."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with contextlib.suppress(OSError), open("/proc/self/status", encoding="ascii") as status:  # Linux only
        for line in status:
            if line.startswith("VmHWM:"):
                own = int(line.split()[1])
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, kids) / 1024, 1)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 2)


def _engine(seeds: str, index: str):
    """The engine over the backend NEWSBOT_SEARCH_BACKEND names (Whoosh in *index* by
    default; PostgreSQL in NEWSBOT_DATABASE_URL)."""
    import os

    from search.engine import Engine
    from search.index.backends import open_backend

    backend = open_backend(os.environ.get("NEWSBOT_SEARCH_BACKEND", "whoosh"), Path(index),
                           os.environ.get("NEWSBOT_DATABASE_URL", ""))
    return Engine(Path(index), Path(seeds), backend=backend)


def ours_ingest(seeds: str, index: str) -> dict:
    t = time.perf_counter()
    report = _engine(seeds, index).ingest()
    return {"seconds": time.perf_counter() - t, "articles": report.articles_added, "rss_mb": peak_rss_mb()}


def ours_incremental(seeds: str, index: str, extra: str) -> dict:
    """Add the files of *extra* to the seed folder, ingest; then rescan unchanged."""
    engine = _engine(seeds, index)
    for f in sorted(Path(extra).iterdir()):
        shutil.copy(f, Path(seeds) / f.name)
    t = time.perf_counter()
    added = engine.ingest()
    inc = time.perf_counter() - t
    t = time.perf_counter()
    engine.ingest()
    return {"incremental_s": inc, "files": added.added, "rescan_s": time.perf_counter() - t}


def ours_query(seeds: str, index: str, queries_file: str) -> dict:
    qs = json.loads(Path(queries_file).read_text("utf-8"))
    engine = _engine(seeds, index)
    for q in qs[:5]:
        engine.search(q)
        engine.ask(q)
    search_t, ask_t, found = [], [], 0
    for q in qs:
        t = time.perf_counter()
        page = engine.search(q)
        search_t.append(time.perf_counter() - t)
        found += bool(page.total)
        t = time.perf_counter()
        engine.ask(q)
        ask_t.append(time.perf_counter() - t)
    return {"search_p50": pct(search_t, .5), "search_p95": pct(search_t, .95),
            "ask_p50": pct(ask_t, .5), "ask_p95": pct(ask_t, .95), "answered": found / len(qs)}


def baseline_ingest(corpus_file: str, index: str) -> dict:
    from bench.baseline import build

    docs = json.loads(Path(corpus_file).read_text("utf-8"))
    t = time.perf_counter()
    build(Path(index), [tuple(d) for d in docs])
    return {"seconds": time.perf_counter() - t, "articles": len(docs), "rss_mb": peak_rss_mb()}


def baseline_query(index: str, queries_file: str) -> dict:
    from bench.baseline import Searcher

    qs = json.loads(Path(queries_file).read_text("utf-8"))
    s = Searcher(Path(index))
    for q in qs[:5]:
        s.search(q)
    times, found = [], 0
    for q in qs:
        t = time.perf_counter()
        found += bool(s.search(q))
        times.append(time.perf_counter() - t)
    return {"search_p50": pct(times, .5), "search_p95": pct(times, .95), "answered": found / len(qs)}


def _init_jieba() -> None:
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()


def _cut(text: str) -> int:
    import jieba

    return sum(1 for _ in jieba.cut(text))


def jieba_floor(corpus_file: str, procs: str) -> dict:
    """Pure jieba segmentation of the corpus text on *procs* cores, dictionary already loaded."""
    texts = [d[2] for d in json.loads(Path(corpus_file).read_text("utf-8"))]
    n = int(procs)
    with mp.get_context("fork").Pool(n, initializer=_init_jieba) as pool:
        pool.map(abs, range(n))  # the pool is up and every worker has its dictionary
        t = time.perf_counter()
        pool.map(_cut, texts, chunksize=64)
        secs = time.perf_counter() - t
    mb = sum(len(x.encode("utf-8")) for x in texts) / 1e6
    return {"seconds": secs, "mb": mb, "mb_per_s": mb / secs}


STEPS: dict[str, Callable[..., dict[str, Any]]] = {
    "ours-ingest": ours_ingest, "ours-incremental": ours_incremental, "ours-query": ours_query,
    "baseline-ingest": baseline_ingest, "baseline-query": baseline_query, "jieba-floor": jieba_floor,
}

if __name__ == "__main__":
    print(json.dumps(STEPS[sys.argv[1]](*sys.argv[2:])))
