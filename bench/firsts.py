"""The "right article first, with no other story glued in" figure of bench.pages.

For each true article of a layout, a question-like query is made from its own body: the
sentence in the middle of its text on the page (between the lines holding its start and
end pieces), leaving out the sentence holding the start piece and any sentence holding
the headline, so the headline and lead, which the parser may mis-cut, give nothing away,
and photo credits and sentences of fewer than eight Han characters (file names, ad labels).
When the article has no such sentence, its last sentence is used, then its first. The
page's lines are normalised first as the parser does (pinyin annotations dropped, spaced
digits joined). The query is that sentence's content words (nouns, names, verbs, adjectives, Latin words, as
jieba tags them; no numbers or time words, which would turn the query into a date window),
the first eight, joined by spaces. The layout's files are written to a temporary seed
folder, indexed by the project's own Engine (search.engine, a temporary index), and each
query searched. It counts when the first hit is the parsed article holding that true
article's start piece and no other true article's start piece (of any file of the layout).
"""
from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from search.engine import Engine
from search.sources.normal import normalise
from search.text.analysis import tagged
from search.text.sentences import sentences

_KEEP = re.compile(r"^(n|v|a|eng)")  # jieba tags of content words (not m, t, q, r, p, u, ...)
MAX_WORDS = 8
# A photo credit ('新华社发(某某 摄)') is no sentence a reader would search by: the parser
# keeps it out of the text. Nor is a line of file names or an ad's label (few Han characters).
_CREDIT = re.compile(r"[摄攝]\s*[)）]?\s*[。.]?\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")

Norm = Callable[[str | None], str]


def middle_sentence(lines: list[str], art: dict[str, Any], norm: Norm) -> str:
    """The sentence in the middle of a true article's page text, without its lead or headline."""
    start, head = norm(art["start"]), norm(art["headline"])
    top = next((i for i, x in enumerate(lines) if start and start in norm(x)), 0)
    end = next((i for i in range(top, len(lines)) if norm(art["end"]) in norm(lines[i])), top)
    text = "\n".join(lines[top:end + 1])
    said = [text[a:b] for a, b in sentences(text)]
    inner = [s for s in said if start not in norm(s) and not (head and head in norm(s))
             and len(_HAN.findall(s)) >= 8 and not _CREDIT.search(s)]
    if inner:
        return inner[len(inner) // 2]
    return said[-1] if said else art["start"]


def query_of(sentence: str) -> str:
    """The first content words of *sentence*, space separated."""
    words: list[str] = []
    for word, flag in tagged(sentence):
        if _KEEP.match(flag) and len(word.strip()) >= 2 and word not in words:
            words.append(word)
    return " ".join(words[:MAX_WORDS])


def first_right(files: dict[str, str], truths: Sequence[tuple[Any, dict[str, Any]]],
                norm: Norm) -> tuple[int, list[str]]:
    """How many true articles (page, article) come first, alone, for their own query, over
    an index of *files* (name: text); and a line for each miss."""
    starts = [norm(a["start"]) for _p, a in truths]
    hits, misses = 0, []
    with tempfile.TemporaryDirectory(prefix="pages-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for name, text in files.items():
            (seeds / name).write_text(text, encoding="utf-8")
        engine = Engine(Path(tmp) / "index", seeds)
        try:
            engine.ingest(full=True)
            for (page, art), own in zip(truths, starts, strict=True):
                lines = [normalise(x) for x in page.text.split("\n")]  # no pinyin, no spaced digits
                query = query_of(middle_sentence(lines, art, norm))
                found = engine.search(query, per_page=1).hits if query else ()
                got = engine.show(found[0].id) if found else None
                body = norm(got.title + "\n" + got.text) if got else ""
                others = [s for s in starts if s != own and s and s in body]
                if own in body and not others:
                    hits += 1
                else:
                    why = "nothing" if got is None else "glued" if own in body else f"«{got.title[:20]}»"
                    misses.append(f"first     {page.name} «{(art['headline'] or art['start'])[:20]}» "
                                  f"query «{query}» got {why}")
        finally:
            engine.close()
    return hits, misses
