"""Sentences of article text, and the query forms found in them."""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.model import Span
from search.params import DEFAULT

EXCLAMATIONS = "！？!?"  # end a sentence, but may end a title too
SENTENCE_ENDS = "。" + EXCLAMATIONS  # the marks that end a sentence
CLAUSE_ENDS = "；;"  # end a clause that can stand as a sentence
CLOSERS = "”」』）)"  # quotes and brackets that may follow the end mark
_END = re.compile(f"[{SENTENCE_ENDS}]+[{CLOSERS}\"']?|\n")
_TITLED = re.compile(r"《[^《》\n]{1,60}》")  # a book or show title: its ！ ends nothing
_LATIN = re.compile(r"[A-Za-z0-9]")


@dataclass(frozen=True)
class Weighted:
    """A form to look for and how much finding its concept is worth."""

    concept: int
    form: str
    weight: float
    whole: bool = True  # the concept's word itself, not one of its parts


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of *text*."""
    out, start = [], 0
    titled = [(m.start(), m.end()) for m in _TITLED.finditer(text)]
    for m in _END.finditer(text):
        if m.group() != "\n" and (_inside(m.start(), titled) or _in_latin(text, m.start(), m.end())):
            continue
        out.append((start, m.end() if m.group() != "\n" else m.start()))
        start = m.end()
    out.append((start, len(text)))
    return [(a, b) for a, b in (_trim(text, a, b) for a, b in out) if b - a >= 2]


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < at < b for a, b in spans)


def _in_latin(text: str, start: int, end: int) -> bool:
    """ASCII ! or ? between Latin words ("Hey! Say! JUMP") ends no sentence."""
    if text[start] not in "!?" or start == 0 or not _LATIN.match(text[start - 1]):
        return False
    rest = text[end:end + 3].lstrip(" ")
    return bool(rest) and _LATIN.match(rest[0]) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(norm: str, forms: list[Weighted], lo: int = 0, hi: int | None = None,
               part: float = DEFAULT.part_hit) -> tuple[list[Span], dict[int, float]]:
    """Occurrences of the forms in norm[lo:hi], longest first, without overlaps, and the
    concepts found: 1 for the word itself, *part* when only its parts are there."""
    hi = len(norm) if hi is None else hi
    taken: list[Span] = []
    hit: dict[int, float] = {}
    for wf in sorted(forms, key=lambda w: -len(w.form)):
        start = norm.find(wf.form, lo, hi)
        while start >= 0:
            end = start + len(wf.form)
            if not any(s.start < end and start < s.end for s in taken):
                taken.append(Span(start, end))
                hit[wf.concept] = max(hit.get(wf.concept, 0.0), 1.0 if wf.whole else part)
            start = norm.find(wf.form, end, hi)
    return sorted(taken, key=lambda s: s.start), hit
