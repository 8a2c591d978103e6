"""`python -m bench [--sizes 1000,10000] [--quick]`: the project against the tutorial setup.

Prints a markdown table and writes bench/results.json. Every figure comes from a
separate process; ratios compare with the baseline measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.backends import folder_mb
from bench.corpus import generate, queries, write_corpus

ROOT = Path(__file__).resolve().parent.parent
QUICK_SIZE = 300


def step(*args: str, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.measure", *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def cold_start(seeds: Path, index: Path, question: str, env: dict | None = None) -> float:
    """A new process, from start to its first answer (the index already built)."""
    env = {**(env or os.environ), "NEWSBOT_SEEDS_DIR": str(seeds), "NEWSBOT_INDEX_DIR": str(index)}
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "search", "ask", "--json", question], cwd=ROOT, env=env,
                   capture_output=True, check=True)
    return time.perf_counter() - t


def run_size(n: int, work: Path, ours_only: bool = False) -> dict:
    """Every figure for a corpus of *n* articles (without the baseline: ours only)."""
    arts = generate(n + 100, ROOT / "seeds")
    main, extra = arts[:n], arts[n:]
    seeds, more = work / "seeds", work / "extra"
    files = write_corpus(main, seeds)
    write_corpus(extra, more, prefix="new")
    corpus = work / "corpus.json"
    corpus.write_text(json.dumps([[f"a{i}", a.title, a.text()] for i, a in enumerate(main)], ensure_ascii=False))
    qfile = work / "queries.json"
    qfile.write_text(json.dumps(queries(main), ensure_ascii=False))
    r: dict[str, Any] = {"articles": n, "files": files}
    if not ours_only:
        r["jieba_1"] = step("jieba-floor", str(corpus), "1")
        r["jieba_2"] = step("jieba-floor", str(corpus), "2")
        r["baseline_ingest"] = step("baseline-ingest", str(corpus), str(work / "base_index"))
        r["baseline_index_mb"] = folder_mb(work / "base_index")
        r["baseline_query"] = step("baseline-query", str(work / "base_index"), str(qfile))
    return {**r, **ours(seeds, work / "index", qfile, more)}


def ours(seeds: Path, index: Path, qfile: Path, extra: Path, kind: str = "whoosh", url: str = "") -> dict:
    """The project's own figures on one corpus with the backend *kind*: ingest, size (and a
    local PostgreSQL's memory), queries, cold start, then *extra*'s files added."""
    from bench import backends

    env = backends.env_for(kind, url)
    r: dict[str, Any] = {"ours_ingest": step("ours-ingest", str(seeds), str(index), env=env)}
    r["ours_index_mb"] = backends.size_mb(kind, index, url)
    r["ours_query"] = step("ours-query", str(seeds), str(index), str(qfile), env=env)
    if kind == "postgres":
        r["server_mb"] = backends.server_mb(url)
    r["cold_start_s"] = min(cold_start(seeds, index, "吐鲁番市有多少个互嵌式村庄？", env) for _ in range(2))
    r["ours_incremental"] = step("ours-incremental", str(seeds), str(index), str(extra), env=env)
    return r


def run_backends(n: int, work: Path, kinds: list[str], database) -> list[dict]:
    """The figures of each backend on one corpus of *n* articles."""
    seeds, extra, qfile = _corpus(n, work)
    out = []
    for kind in kinds:
        url = database(n) if kind == "postgres" else ""
        more = work / f"seeds_{kind}"  # each backend's incremental step adds files to its own copy
        shutil.copytree(seeds, more)
        out.append({"articles": n, "backend": kind, **ours(more, work / f"index_{kind}", qfile, extra, kind, url)})
    return out


def _corpus(n: int, work: Path) -> tuple[Path, Path, Path]:
    """The seed folder of *n* articles, 100 more to add, and the queries."""
    arts = generate(n + 100, ROOT / "seeds")
    seeds, extra, qfile = work / "seeds", work / "extra", work / "queries.json"
    write_corpus(arts[:n], seeds)
    write_corpus(arts[n:], extra, prefix="new")
    qfile.write_text(json.dumps(queries(arts[:n]), ensure_ascii=False))
    return seeds, extra, qfile


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


_NaN = float("nan")
_NO_BASELINE = {"jieba_1": {"seconds": _NaN, "mb_per_s": _NaN}, "jieba_2": {"seconds": _NaN, "mb_per_s": _NaN},
                "baseline_ingest": {"seconds": _NaN, "rss_mb": _NaN}, "baseline_index_mb": _NaN,
                "baseline_query": {"search_p50": _NaN, "search_p95": _NaN}}


def table(results: list[dict]) -> str:
    """Markdown: one row per figure, one column pair per size."""
    rows = ["| figure | " + " | ".join(f"{r['articles']:,} articles | vs baseline" for r in results) + " |",
            "|---|" + "---|---|" * len(results)]

    def row(name, fn):
        def cells(r):
            try:
                return " | ".join(fn(r))
            except KeyError:  # a run without the baseline
                return " | ".join(fn({**_NO_BASELINE, **r}))
        rows.append(f"| {name} | " + " | ".join(cells(r) for r in results) + " |")

    row("full ingest (s)", lambda r: (f"{r['ours_ingest']['seconds']:.1f}",
                                      f"{r['baseline_ingest']['seconds'] / r['ours_ingest']['seconds']:.1f}x faster"))
    row("articles/s", lambda r: (f"{r['articles'] / r['ours_ingest']['seconds']:.0f}",
                                 f"baseline {r['articles'] / r['baseline_ingest']['seconds']:.0f}"))
    row("jieba alone, 2 cores (s)", lambda r: (
        f"{r['jieba_2']['seconds']:.1f}",
        f"ingest = {_ratio(r['ours_ingest']['seconds'], r['jieba_2']['seconds'])} of it"))
    row("jieba alone, 1 core (MB/s)", lambda r: (f"{r['jieba_1']['mb_per_s']:.2f}", ""))
    row("incremental, 10 new files (s)", lambda r: (f"{r['ours_incremental']['incremental_s']:.2f}", ""))
    row("rescan unchanged (s)", lambda r: (f"{r['ours_incremental']['rescan_s']:.2f}", ""))
    for key in ("search_p50", "search_p95"):
        row(f"search {key[-3:]} (ms)", lambda r, k=key: (f"{r['ours_query'][k]:.1f}",
                                                          _ratio(r['ours_query'][k], r['baseline_query'][k])))
    row("ask p50 (ms)", lambda r: (f"{r['ours_query']['ask_p50']:.1f}", ""))
    row("ask p95 (ms)", lambda r: (f"{r['ours_query']['ask_p95']:.1f}", ""))
    row("cold start to first answer (s)", lambda r: (f"{r['cold_start_s']:.2f}", ""))
    row("peak RSS, ingest (MB)", lambda r: (f"{r['ours_ingest']['rss_mb']:.0f}",
                                            _ratio(r['ours_ingest']['rss_mb'], r['baseline_ingest']['rss_mb'])))
    row("index size (MB)", lambda r: (f"{r['ours_index_mb']:.1f}", _ratio(r['ours_index_mb'], r['baseline_index_mb'])))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated corpus sizes")
    ap.add_argument("--quick", action="store_true", help=f"one small size ({QUICK_SIZE}) for CI")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results.json"))
    ap.add_argument("--ours-only", action="store_true", help="skip the baseline and jieba floors")
    ap.add_argument("--backend", default="", help="compare search backends: whoosh,postgres (no baseline)")
    args = ap.parse_args(argv)
    sizes = [QUICK_SIZE] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.backend:
        return _compare(sizes, [k.strip() for k in args.backend.split(",") if k.strip()], Path(args.out))
    results = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix=f"bench{n}_") as tmp:
            print(f"running {n:,} articles…", file=sys.stderr, flush=True)
            results.append(run_size(n, Path(tmp), args.ours_only))
    print(table(results))
    Path(args.out).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


def _compare(sizes: list[int], kinds: list[str], out: Path) -> int:
    """Each backend at each size; prints the table, writes the results."""
    from bench import backends

    unknown = set(kinds) - set(backends.BACKENDS)
    if unknown:
        print(f"unknown backend(s): {', '.join(sorted(unknown))}; choose from {', '.join(backends.BACKENDS)}",
              file=sys.stderr)
        return 2
    results: list[dict] = []
    with backends.database(kinds) as database:
        for n in sizes:
            with tempfile.TemporaryDirectory(prefix=f"bench{n}_") as tmp:
                print(f"running {n:,} articles: {', '.join(kinds)}…", file=sys.stderr, flush=True)
                results += run_backends(n, Path(tmp), kinds, database)
    print(backends.table(results))
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
