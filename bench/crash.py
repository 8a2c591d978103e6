"""`python -m bench.crash [--articles 2000] [--kills 20]`: SIGKILL the ingest at random
moments; after each, the index must open and answer, and the final ingest must give
exactly the clean build's articles with no duplicates. Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import generate, write_corpus
from search.engine import Engine
from search.sources import load_articles

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ("import sys, search.index.backends.whoosh.writer as I; from pathlib import Path; "
          "from search.engine import Engine;"
          "I.PARALLEL_BYTES = int(sys.argv[3]); Engine(Path(sys.argv[1]), Path(sys.argv[2])).ingest("
          "full=sys.argv[4] == 'full')")


def ingest_process(index: Path, seeds: Path, parallel_bytes: int, full: bool = False) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUNNER, str(index), str(seeds), str(parallel_bytes),
                             "full" if full else "new"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def expected_articles(seeds: Path) -> int:
    return sum(len(load_articles(f.name, f.read_bytes())) for f in sorted(seeds.iterdir()))


def check(index: Path, seeds: Path) -> int:
    """The index opens and answers; returns its article count (0 if none was committed)."""
    engine = Engine(index, seeds)
    if not engine.backend.exists():
        return 0
    engine.search("民族团结")
    engine.ask("吐鲁番市有多少个互嵌式村庄？")
    return engine.stats().articles


def unique_ids(index: Path, seeds: Path) -> tuple[int, int]:
    ids = [d["id"] for d in Engine(index, seeds).backend.iter_documents()]
    return len(ids), len(set(ids))


def run(articles: int, kills: int, work: Path, parallel_bytes: int, seed: int = 3) -> dict:
    seeds, index = work / "seeds", work / "index"
    write_corpus(generate(articles, ROOT / "seeds"), seeds)
    expected = expected_articles(seeds)
    t = time.perf_counter()
    ingest_process(work / "ref", seeds, parallel_bytes).wait()
    clean_s = time.perf_counter() - t
    rng = random.Random(seed)
    survived, counts = 0, []
    for k in range(kills):
        if k == kills // 2:  # the second half interrupts full re-ingests of a built index
            ingest_process(index, seeds, parallel_bytes).wait()
        proc = ingest_process(index, seeds, parallel_bytes, full=k >= kills // 2)
        time.sleep(rng.uniform(0.05, 0.98) * clean_s)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        counts.append(check(index, seeds))
        survived += 1
    final = ingest_process(index, seeds, parallel_bytes, full=True)
    if final.wait(timeout=max(120, clean_s * 10)) != 0:
        raise SystemExit("final ingest failed")
    total, distinct = unique_ids(index, seeds)
    return {"articles_expected": expected, "articles_after": check(index, seeds), "docs": total,
            "distinct_ids": distinct, "kills": kills, "survived": survived,
            "counts_after_kills": counts, "clean_build_s": round(clean_s, 2)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--parallel-bytes", type=int, default=1_000_000,
                    help="use the multi-process writer above this many bytes (default: always here)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="crash_") as tmp:
        result = run(args.articles, args.kills, Path(tmp), args.parallel_bytes)
    print(json.dumps(result))
    ok = result["articles_after"] == result["articles_expected"] == result["docs"] == result["distinct_ids"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
