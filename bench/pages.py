"""Score the parser on real web pages kept outside git: one page a file, and site dumps.

    python -m bench.pages /work/tmp/pages            # figures per split and layout
    python -m bench.pages /work/tmp/pages --show tune  # and each miss on the tune split

The folder holds NNN.txt (a page's text as it came) and truth.jsonl, one record a page:
{"file", "url", "kind", "traditional", "split": "tune"|"heldout", "n_articles",
 "articles": [{"headline", "date", "source", "start", "end"}]}, where start and end are
short verbatim pieces of the first and last sentence of each article's text on the page.
No page text is kept in this repository; this script only reads the folder.

Layouts: (a) every page in a file of its own; (b) site dumps: pages of one site kind
shuffled (fixed seed) and joined 3-5 to a file by a blank line, as a crawler's dump comes;
(c) the files of (b) joined by a single line break, as crawlers that write no blank line
leave them. Lines recurring across a layout's files are learned as chrome first.

What is counted, for each true article (found = the parsed article holding its start):
- articles made vs true; parsed articles holding no true article's start or end
  ("chrome or fragments");
- files cut into the right number of articles;
- headline right (equal, or one holds the other and they differ by little), partly
  (one holds the other, or most characters shared), wrong (else, or article not found);
- a date the page states found; dates given that the page does not state for it;
- a source the page names found (either holds the other); sources that are labels;
- articles with chrome: a body line of the parsed article that is outside the page's
  article text (from its headline line, or its start line when it has none, to its end
  line), or a short line with no full stop carrying a chrome marker (editor, share, login,
  copyright, counters, pagination), whatever the truth says; the page's last line, when the
  excerpt cuts it mid-sentence, is the story's text;
- glued: a parsed article holding the starts of two or more true articles;
- right article first, with no other story glued in: each true article searched for with
  a query made from a sentence in the middle of its own body, over an index the project's
  Engine builds of the layout's files (method in bench/firsts.py).
Text is compared with whitespace removed."""
from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.firsts import first_right
from search.model import Article
from search.sources import load_articles
from search.sources.normal import normalise
from search.sources.recurring import Recurring, line_keys

_WS = re.compile(r"\s+")
_MARKER = re.compile(r"责任编辑|責任編輯|责编|編輯[:：]|编辑[:：]|分享|登录|登錄|注册|註冊|验证码|驗證碼|版权|版權|ICP|"
                     r"扫一扫|掃一掃|推荐|推薦|评论|評論|阅读量|閱讀\d|浏览|瀏覽|上一篇|下一篇|查看完整版本|^页[:：]|"
                     r"返回|打印|关闭窗口|字号|字體|字体|Copyright|©|\|\s*$|^\|")
_FULL_STOP = re.compile(r"[。！？!?”」』]")  # a sentence's end: a line holding one is no widget
_LABEL = re.compile(r"[:：]|^(作者|来源|來源|关键词|關鍵詞|分类|分類|编辑|編輯)$")


def norm(text: str | None) -> str:
    """Text without whitespace, and without the noise the parser drops on purpose (pinyin
    annotations, spaced digits, escapes), for containment tests."""
    return _WS.sub("", "\n".join(normalise(x) for x in (text or "").split("\n")))


@dataclass
class Page:
    """One page of the set: its text and truth record."""

    name: str
    text: str
    truth: dict[str, Any]

    @property
    def host(self) -> str:
        return self.truth["url"].split("/")[2] if "//" in self.truth["url"] else self.truth["url"]

    @property
    def cut_tail(self) -> str:
        """The page's last line when the excerpt cuts it mid-sentence (the set's pages are
        excerpts from their beginning): the story's own text, not chrome."""
        last = next((x for x in reversed(self.text.split("\n")) if x.strip()), "")
        return "" if _FULL_STOP.search(last.rstrip()[-1:] or "。") else norm(last)

    def region(self, art: dict[str, Any]) -> str:
        """The page's text for one true article: headline line (or start line) to end line."""
        lines = self.text.split("\n")
        start = next(i for i, x in enumerate(lines) if norm(art["start"]) in norm(x)) if any(
            norm(art["start"]) in norm(x) for x in lines) else 0
        end = next((i for i in range(start, len(lines)) if norm(art["end"]) in norm(lines[i])), len(lines) - 1)
        top = start
        head = norm(art["headline"])[:12]
        if head:  # the headline line above the text (a lead may repeat the headline's words)
            for i in [*range(start - 1, -1, -1), start]:
                if head in norm(lines[i]):
                    top = i
                    break
        return norm("\n".join(lines[top:end + 1]))  # line by line, as the parser reads them


@dataclass
class Tally:
    """Counts for one split and layout."""

    counts: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n


def headline_grade(got: str, want: str) -> str:
    """right / partly / wrong for a parsed title against the true headline."""
    g, w = norm(got).strip("|｜-_ "), norm(want)
    if not g:
        return "wrong"
    if g == w or (w in g and len(w) >= 0.7 * len(g)) or (g in w and len(g) >= 0.8 * len(w)):
        return "right"
    shared = sum((Counter(g) & Counter(w)).values())
    if w in g or g in w or shared >= 0.6 * max(len(w), 1):
        return "partly"
    return "wrong"


def score_file(pages: list[Page], arts: list[Article], t: Tally, show: bool) -> None:
    """Score the parsed articles of one file holding *pages*."""
    body = [norm(a.title + "\n" + a.text) for a in arts]
    truths = [(p, a) for p in pages for a in p.truth["articles"]]
    t.add("files")
    t.add("true", len(truths))
    t.add("made", len(arts))
    t.add("right_count", len(arts) == len(truths))
    holds: dict[int, list[tuple[Page, dict[str, Any]]]] = defaultdict(list)
    for p, a in truths:
        home = next((i for i, b in enumerate(body) if norm(a["start"]) in b), None)
        label = f"{p.name} «{(a['headline'] or a['start'])[:24]}»"
        if home is None:
            t.add("lost")
            t.misses.append(f"lost      {label}")
            if a["headline"]:
                t.add("head_wrong")
                t.add("head_total")
            continue
        holds[home].append((p, a))
        got = arts[home]
        if a["headline"]:
            t.add("head_total")
            grade = headline_grade(got.title, a["headline"])
            t.add("head_" + grade)
            if grade != "right":
                t.misses.append(f"head {grade:6}{label} got «{got.title[:40]}»")
        if a["date"]:
            t.add("date_total")
            t.add("date_found", got.date == a["date"])
            if got.date != a["date"]:
                t.misses.append(f"date      {label} want {a['date']} got {got.date}")
        elif got.date:
            t.add("date_extra")
            t.misses.append(f"date+     {label} got {got.date} (page states none for it)")
        if a["source"]:
            t.add("src_total")
            s, w = norm(got.source), norm(a["source"])
            ok = len(s) >= 2 and (s in w or w in s)
            t.add("src_found", ok)
            if not ok:
                t.misses.append(f"source    {label} want {a['source']} got {got.source}")
        if got.source and _LABEL.search(got.source):
            t.add("src_label")
            t.misses.append(f"src-label {label} got {got.source}")
    for i, a in enumerate(arts):
        if i not in holds and not any(norm(x["end"]) in body[i] for _p, x in truths):
            t.add("junk")
            t.misses.append(f"junk      {pages[0].name} «{a.title[:30]}» {norm(a.text)[:40]}")
    for i, held in holds.items():
        if len(held) > 1:
            t.add("glued_articles")
            t.add("glued_true", len(held))
            t.misses.append(f"glued     {held[0][0].name} {[x[1]['start'][:10] for x in held]}")
        region = "".join(p.region(a) for p, a in held)
        cut = {p.cut_tail for p, _a in held}
        bad = [ln for ln in arts[i].text.split("\n") if norm(ln) and norm(ln) not in cut and (
            norm(ln) not in region or (len(ln) <= 40 and not _FULL_STOP.search(ln) and _MARKER.search(ln)))]
        t.add("with_chrome", bool(bad))
        t.add("homes")
        if bad:
            t.misses.append(f"chrome    {held[0][0].name} {[b[:30] for b in bad[:3]]}")


def dumps(pages: list[Page], seed: int) -> list[list[Page]]:
    """Pages of one site kind shuffled and grouped 3-5 to a file."""
    rng = random.Random(seed)
    by_kind: dict[str, list[Page]] = defaultdict(list)
    for p in pages:
        by_kind[p.truth["kind"]].append(p)
    groups, rest = [], []
    for kind in sorted(by_kind):
        ps = by_kind[kind]
        rng.shuffle(ps)
        while len(ps) >= 3:
            n = min(len(ps), rng.randint(3, 5))
            if len(ps) - n in (1, 2):
                n = len(ps) if len(ps) <= 5 else n - (3 - (len(ps) - n))
            groups.append(ps[:n])
            ps = ps[n:]
        rest += ps
    rng.shuffle(rest)
    while rest:
        groups.append(rest[:4])
        rest = rest[4:]
    return groups


def load_pages(folder: Path, split: str, prefix: str = "") -> list[Page]:
    """The pages of one split of a set folder (their names after *prefix*)."""
    truth = [json.loads(x) for x in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines() if x]
    return [Page(prefix + r["file"], (folder / r["file"]).read_text(encoding="utf-8"), r)
            for r in truth if r["split"] == split]


def file_text(group: list[Page], tight: bool = False) -> str:
    """The text of a file holding *group*'s pages: one blank line between pages, or with
    *tight* a single line break and no blank line at all at the joins."""
    if tight:
        return "\n".join(p.text.strip("\n") for p in group) + "\n"
    return "\n\n".join(p.text.rstrip("\n") for p in group) + "\n"


def score_groups(groups: list[list[Page]], names: list[str], t: Tally, show: bool, tight: bool = False) -> None:
    """Parse and score the files made of *groups* of pages (one file a group, named *names*,
    joined as `file_text` joins them) into *t*, lines recurring across them learned as
    chrome first, as an ingest does."""
    files = {name: file_text(group, tight) for name, group in zip(names, groups, strict=True)}
    learned = Recurring({name: line_keys(text) for name, text in files.items()})
    for group, (name, text) in zip(groups, files.items(), strict=True):
        score_file(group, load_articles(name, text.encode("utf-8"), learned.chrome(name)), t, show)
    truths = [(p, a) for group in groups for p in group for a in p.truth["articles"]]
    first, misses = first_right(files, truths, norm)
    t.add("first_right", first)
    t.misses += misses


def run(folder: Path, split: str, layout: str, show: bool) -> Tally:
    """Parse and score one split in one layout."""
    pages = load_pages(folder, split)
    groups = [[p] for p in pages] if layout == "a" else dumps(pages, 25)
    t = Tally()
    names = [g[0].name if layout == "a" else f"dump{i:02d}.txt" for i, g in enumerate(groups)]
    score_groups(groups, names, t, show, tight=layout == "c")
    return t


def report(t: Tally) -> dict[str, str]:
    """The figures of one tally as display strings."""
    c = t.counts

    def frac(a: str, b: str) -> str:
        return f"{c[a]} / {c[b]} ({c[a] / c[b]:.2f})" if c[b] else "-"
    return {
        "articles made (true)": f"{c['made']} ({c['true']}), chrome or fragments {c['junk']}",
        "files cut right": frac("right_count", "files"),
        "true articles lost": str(c["lost"]),
        "headline right/partly/wrong": f"{c['head_right']} / {c['head_partly']} / {c['head_wrong']}"
                                       f" of {c['head_total']} ({c['head_right'] / max(c['head_total'], 1):.2f})",
        "stated date found": frac("date_found", "date_total") + f", dates not stated given {c['date_extra']}",
        "named source found": frac("src_found", "src_total") + f", labels as source {c['src_label']}",
        "articles with chrome": frac("with_chrome", "homes"),
        "glued": f"{c['glued_articles']} articles holding {c['glued_true']} true ones",
        "right article first, alone": frac("first_right", "true"),
    }


_LAYOUTS = {"a": "one page a file", "b": "site dumps", "c": "tight site dumps"}


def main() -> None:
    """Print the figures for both splits and layouts (and the misses of one split)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--show", choices=("tune", "heldout"), help="list the misses of this split")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--layouts", default="abc", help="which layouts to score (default abc)")
    args = ap.parse_args()
    if not args.layouts or set(args.layouts) - set(_LAYOUTS):
        ap.error(f"--layouts takes letters of {''.join(_LAYOUTS)}, not {args.layouts!r}")
    out: dict[str, dict[str, str]] = {}
    for split in ("tune", "heldout"):
        for layout in args.layouts:
            t = run(args.folder, split, layout, args.show == split)
            key = f"{split} ({layout}) {_LAYOUTS[layout]}"
            out[key] = report(t)
            print(f"== {key}")
            for k, v in out[key].items():
                print(f"  {k:30} {v}")
            if args.show == split:
                for m in t.misses:
                    print("    " + m)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
