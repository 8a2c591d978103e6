"""Score the tune (or held-out) halves of several page sets pooled, as site dumps cut with
several seeds: pages of different sets then stand side by side, as in a dump of many sites,
and each seed groups them anew. One fixed grouping of one set shows few page breaks; this
shows many more, on the same pages.

    python -m bench.pooled /work/pages/set27 /work/pages/set28 --seeds 1,2,3 [--show]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from bench.pages import Tally, dumps, load_pages, report, score_groups


def pooled(folders: list[Path], split: str, seeds: list[int], show: bool) -> Tally:
    """One tally over the dumps each seed cuts from the pooled pages of *split*."""
    pages = [p for folder in folders for p in load_pages(folder, split, prefix=folder.name + "_")]
    t = Tally()
    for seed in seeds:
        groups = dumps(list(pages), seed)
        score_groups(groups, [f"d{seed}_{i:02d}.txt" for i in range(len(groups))], t, show)
    return t


def main() -> None:
    """Print the pooled figures (and the misses)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--split", choices=("tune", "heldout"), default="tune")
    ap.add_argument("--seeds", default="1,2,3", help="comma-separated seeds, one grouping each")
    ap.add_argument("--show", action="store_true", help="list the misses")
    args = ap.parse_args()
    t = pooled(args.folders, args.split, [int(s) for s in args.seeds.split(",")], args.show)
    for k, v in report(t).items():
        print(f"  {k:30} {v}")
    for m in t.misses if args.show else []:
        print("    " + m)


if __name__ == "__main__":
    main()
