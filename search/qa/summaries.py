"""Extractive summaries: an article told in a few of its own sentences, and the one-line
lead a list shows under each article.

The summary is 2-4 of the article's sentences, in article order, at most LIMIT
characters. It always opens with the lead (news puts the essentials first), then adds the
most central sentences while they fit. A sentence's centrality is simple and readable:

    centrality = (sum over its distinct words of the number of *other* sentences holding
                  the word, plus TITLE_WEIGHT for a word of the title) / sqrt(its words)

so a sentence sharing many words with the rest of the article, or naming what the title
names, scores high, and a long sentence does not win by length alone. Words are jieba's
(two characters or more, digits left out). Sentences too short to say anything (under
MIN_CHARS), lines that do not end as a sentence does (headings, captions, signatures)
and bylines or editor's notes are never chosen.
"""
from __future__ import annotations

import math
import re

from search.qa.snippets import snippet
from search.text.analysis import segment
from search.text.leads import strip_lead
from search.text.normalize import normalize
from search.text.sentences import sentences

LIMIT = 200  # characters of a summary at most
MOST = 4  # sentences of a summary at most
MIN_CHARS = 15  # a shorter sentence (二是推动文化互嵌。, a photo's caption) says too little
_ENDS = ("。", "！", "？", "!", "?", "…", "”", "」")  # a sentence ends so; headings and captions do not
TITLE_WEIGHT = 2.0  # a word the title holds counts as much as two sentences holding it
LINE_WIDTH = 60  # a list entry's one-line summary
_NOT_PROSE = re.compile(r"^(—|-|[(（【\[]?\s*(责任编辑|责编|编辑|记者|通讯员|来源|摄影|图|审核|校对)[:：\s]|图为)")


def sentences_of(text: str) -> list[str]:
    """The article's sentences that could stand in a summary, openers (本报讯, datelines,
    bylines) taken off."""
    out = []
    for start, end in sentences(text):
        said = strip_lead(text[start:end].strip())
        if len(said) >= MIN_CHARS and said.endswith(_ENDS) and not _NOT_PROSE.match(said):
            out.append(said)
    return out


def _words(sentence: str) -> set[str]:
    return {w for w, _at in segment(normalize(sentence)) if len(w) >= 2 and not w.isdigit()}


def centrality(said: list[str], title: str = "") -> list[float]:
    """Each sentence's centrality (see the module's docstring)."""
    words = [_words(s) for s in said]
    in_title = _words(title)
    held: dict[str, int] = {}
    for ws in words:
        for w in ws:
            held[w] = held.get(w, 0) + 1
    return [sum(held[w] - 1 + (TITLE_WEIGHT if w in in_title else 0.0) for w in ws) / math.sqrt(len(ws))
            if ws else 0.0 for ws in words]


def summarize(text: str, title: str = "", limit: int = LIMIT) -> tuple[str, ...]:
    """2-4 sentences of *text* in article order, together at most *limit* characters: the
    first that fits (the lead), then the most central that still fit. An article whose
    sentences are all too long gets its lead cut between words."""
    said = sentences_of(text)
    fits = [i for i, s in enumerate(said) if len(s) <= limit]
    if not fits:
        lead = snippet(text, [], limit - 1).text
        return (lead,) if lead else ()
    scores = centrality(said, title)
    chosen, used = [fits[0]], len(said[fits[0]])
    for i in sorted(fits[1:], key=lambda k: (-scores[k], k)):
        if len(chosen) >= MOST:
            break
        if used + len(said[i]) <= limit:
            chosen.append(i)
            used += len(said[i])
    return tuple(said[i] for i in sorted(chosen))


def one_line(text: str, width: int = LINE_WIDTH) -> str:
    """The lead sentence of *text* in at most *width* characters, cut between words (an
    ellipsis marks a cut): a list entry's summary (digests, /latest, what happened when)."""
    lead = snippet(text, [], width - 1).text
    return lead[:-1] if lead.endswith(("。…", "！…", "？…")) else lead  # a whole sentence: no ellipsis
