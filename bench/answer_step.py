"""Re-run the answer step alone on cached retrievals of the realtext set, per half, to tune
answer rules in seconds instead of a quarter of an hour (issue 26).

    python -m bench.answer_step capture /work/shared/realtext CACHE.pkl [--seeds-dir DIR]
    python -m bench.answer_step score CACHE.pkl [--param NAME=VALUE] [--set MODULE.NAME=VALUE]

`capture` ingests the set (plain files as `score_realtext.py` writes them, or a laid-out
seed folder) into one index and asks every question, keeping what the answer step was given:
the parsed question and the ranking of its candidates (about 2 GB for the whole set), and
every candidate as scored before the final order (`Ranker.order`: the passage re-rank,
photo items, reprints). `score` re-applies that order and re-runs `search.qa.answering` and
the kind check on that cache, with RankingParams fields or module constants overridden, and
prints right and wrong answers, negatives declined and answerable refused for the tune and
check halves (`bench.halves`, seed 26) and the whole. So the passage re-rank's numbers (and
code) score in seconds; rules that change retrieval or the scores before it need `capture`
again. The official figures stay those of `score_realtext.py`.
"""
from __future__ import annotations

import argparse
import importlib
import pickle
import re
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench.halves import half_of, read_jsonl
from search.engine import Engine
from search.params import RankingParams
from search.qa.answering import answering
from search.qa.answers import missing_kind
from search.qa.ranking import Ranker, Ranking
from search.qa.reprints import Signatures

SEED = 26  # the split the README and docs/answers.md report


def norm(text: str) -> str:
    """How score_realtext compares answers: NFKC, no whitespace, lower case."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def _set_files(data: Path) -> tuple[list[dict], list[dict]]:
    parts = [""] + [p.name[: -len("articles.jsonl")] for p in sorted(data.glob("?*_articles.jsonl"))]
    articles = [a for part in parts for a in read_jsonl(data / f"{part}articles.jsonl")]
    questions = [q for part in parts for q in read_jsonl(data / f"{part}questions.jsonl")]
    return articles, questions


def capture(data: Path, out: Path, seeds_dir: Path | None) -> None:
    """Ingest, ask every question, and pickle each question's answer-step input."""
    articles, questions = _set_files(data)
    with tempfile.TemporaryDirectory(prefix="answer_step.") as tmp:
        seeds = seeds_dir or Path(tmp) / "seeds"
        if seeds_dir is None:
            seeds.mkdir()
            for a in articles:
                (seeds / f"{a['id']}.txt").write_text("\n\n".join([a["title"], *a["paragraphs"]]) + "\n", "utf-8")
        engine = Engine(Path(tmp) / "index", seeds)
        engine.ingest()
        calls: list[tuple[Any, Any, Any]] = []
        inner, inner_rank, inner_order = engine._answer, engine.ranker.rank, engine.ranker.order
        orders: list[tuple[list[Any], int]] = []  # Ranker.order's input, in this rank() call
        before: dict[int, tuple[list[Any], int] | None] = {}  # by id(Ranking): what order() was given

        def recording(text: str, parsed: Any, rk: Any) -> Any:
            got = inner(text, parsed, rk)
            calls.append((parsed, rk, got))
            return got

        def ordering(ranked: list[Any], parsed: Any, groups: Any, want: int) -> list[Any]:
            orders.append((list(ranked), want))
            return inner_order(ranked, parsed, groups, want)

        def ranking(reader: Any, parsed: Any, want: int, only: Any = None) -> Ranking:
            orders.clear()
            rk = inner_rank(reader, parsed, want, only)
            before[id(rk)] = orders[-1] if orders else None
            return rk

        engine._answer = recording  # type: ignore[method-assign]
        engine.ranker.order = ordering  # type: ignore[method-assign]
        engine.ranker.rank = ranking  # type: ignore[method-assign]
        rows = []
        for q in questions:
            calls.clear()
            before.clear()
            final = engine.ask(q["q"])
            chosen = next((c for c in calls if c[2] is final), calls[0] if calls else None)
            rows.append({"q": q, "half": _half(q), "input": chosen[:2] if chosen else None,
                         "before": before.get(id(chosen[1])) if chosen else None,
                         "shown": final.sentence.text if final else None})
        engine.close()
    with out.open("wb") as f:
        pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(rows)} questions cached in {out}")


def _half(q: dict) -> str:
    return half_of(q["article"] if q["article"] else "neg:" + q["answers"][0], SEED)


_PRINTS = Signatures()  # reprint signatures, shared by every re-ordered question


def reordered(row: dict, params: RankingParams) -> Ranking:
    """The cached ranking of a question, its candidates put in order again with *params*
    (Ranker.order, then Ranker.for_question) when the cache holds them as scored before."""
    parsed, rk = row["input"]
    if row.get("before") is None:
        return rk
    scored, want = row["before"]
    ranker = Ranker(params, _PRINTS)
    again = replace(rk, ranked=ranker.order(list(scored), parsed, rk.groups, want))
    ranker.for_question(parsed, again)  # sorts again.ranked as the engine does
    return again


def answer_of(row: dict, params: RankingParams) -> str | None:
    """The answer sentence the answer step gives now for a cached question, or None."""
    if row["input"] is None:
        return None
    parsed, rk = row["input"][0], reordered(row, params)
    found = answering(rk, parsed, params)
    if found is None or missing_kind(parsed.text, found[1].text):
        return None
    return found[1].text


def tally(rows: list[dict], params: RankingParams) -> dict[str, dict[str, int]]:
    """Right, wrong, answerable, refused, negatives and declined, per half and whole."""
    out: dict[str, dict[str, int]] = {}
    for row in rows:
        q, said = row["q"], answer_of(row, params)
        for key in (row["half"], "whole"):
            t = out.setdefault(key, dict.fromkeys(("pos", "right", "wrong", "refused", "neg", "declined"), 0))
            if q["article"] is None:
                t["neg"] += 1
                t["declined"] += said is None
                t["wrong"] += said is not None
                continue
            t["pos"] += 1
            good = said is not None and any(norm(x) in norm(said) for x in q["answers"])
            t["right"] += good
            t["wrong"] += said is not None and not good
            t["refused"] += said is None
    return out


def _override(params: RankingParams, sets: list[str], fields: list[str]) -> RankingParams:
    for item in sets:
        name, value = item.split("=", 1)
        module_name, attr = name.rsplit(".", 1)
        module = importlib.import_module(module_name)
        setattr(module, attr, type(getattr(module, attr))(value))
    for item in fields:
        name, value = item.split("=", 1)
        params = replace(params, **{name: type(getattr(params, name))(value)})
    return params


def report(rows: list[dict], params: RankingParams) -> None:
    """Print one line per half and one for the whole set."""
    for key, t in sorted(tally(rows, params).items(), key=lambda kv: ("tune", "check", "whole").index(kv[0])):
        shown = t["right"] + t["wrong"]
        print(f"{key:6} right {t['right']:5} wrong {t['wrong']:4} recall {t['right'] / t['pos']:.4f} "
              f"wrong/shown {t['wrong'] / max(shown, 1):.4f} declined {t['declined'] / max(t['neg'], 1):.3f} "
              f"refused {t['refused'] / t['pos']:.4f}")


def main() -> None:
    """Command line: capture or score."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("data", type=Path)
    cap.add_argument("out", type=Path)
    cap.add_argument("--seeds-dir", type=Path)
    sc = sub.add_parser("score")
    sc.add_argument("cache", type=Path)
    sc.add_argument("--param", action="append", default=[], help="a RankingParams field, NAME=VALUE")
    sc.add_argument("--set", action="append", default=[], help="a module constant, MODULE.NAME=VALUE")
    args = ap.parse_args()
    if args.cmd == "capture":
        capture(args.data, args.out, args.seeds_dir)
        return
    with args.cache.open("rb") as f:
        rows = pickle.load(f)
    report(rows, _override(RankingParams(), args.set, args.param))


if __name__ == "__main__":
    main()
