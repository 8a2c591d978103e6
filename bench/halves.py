"""Split the realtext set into two halves by article, seeded, to tune on one half and judge
on the other (issue 26, point 2).

    python -m bench.halves /work/shared/realtext OUT_DIR [--seed 26]
    python /work/shared/realtext/score_realtext.py --data OUT_DIR/tune
    python /work/shared/realtext/score_realtext.py --data OUT_DIR/check

Every `NAME_articles.jsonl` / `NAME_questions.jsonl` pair (and the unnamed one) is split the
same way. An article goes to a half by a seeded hash of its id, and its questions follow it.
A negative (`"article": null`) goes by a hash of its first answer span, so the simplified
and traditional forms of one DRCD question land in the same half. Deterministic."""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

HALVES = ("tune", "check")


def half_of(key: str, seed: int) -> str:
    """The half a key belongs to: stable across runs and machines for one seed."""
    digest = hashlib.sha256(f"{seed}:{key}".encode()).digest()
    return HALVES[digest[0] & 1]


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file, one per non-blank line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _write(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def split(data: Path, out: Path, seed: int) -> dict[str, dict[str, int]]:
    """Write OUT/tune and OUT/check; returns the count of articles and questions in each."""
    counts = {h: {"articles": 0, "questions": 0} for h in HALVES}
    for articles_file in sorted(data.glob("*articles.jsonl")):
        prefix = articles_file.name[: -len("articles.jsonl")]
        questions = read_jsonl(data / f"{prefix}questions.jsonl")
        for half in HALVES:
            arts = [a for a in read_jsonl(articles_file) if half_of(a["id"], seed) == half]
            qs = [q for q in questions
                  if half_of(q["article"] if q["article"] else "neg:" + q["answers"][0], seed) == half]
            _write(out / half / articles_file.name, arts)
            _write(out / half / f"{prefix}questions.jsonl", qs)
            counts[half]["articles"] += len(arts)
            counts[half]["questions"] += len(qs)
    return counts


def main() -> None:
    """Command line: split DATA into OUT/tune and OUT/check."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="the realtext folder (articles.jsonl, questions.jsonl, ...)")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    for half, c in split(args.data, args.out, args.seed).items():
        print(f"{half}: {c['articles']} articles, {c['questions']} questions -> {args.out / half}")


if __name__ == "__main__":
    main()
