"""Sentences, snippets and answers located in article text by the query's concepts."""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.model import Snippet, Span
from search.normalize import normalize

_SENTENCE_END = re.compile(r"[^。！？!?\n]*[。！？!?]+[”」』）)]?|[^。！？!?\n]+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Weighted:
    """A form to look for and how much finding its concept is worth."""

    concept: int
    form: str
    weight: float


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of *text*."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        if end - start >= 2:
            out.append((start, end))
    return out


def find_spans(norm: str, forms: list[Weighted], lo: int = 0, hi: int | None = None) -> tuple[list[Span], set[int]]:
    """Occurrences of the forms in norm[lo:hi], longest first, without overlaps."""
    hi = len(norm) if hi is None else hi
    taken: list[Span] = []
    hit: set[int] = set()
    for wf in sorted(forms, key=lambda w: -len(w.form)):
        start = norm.find(wf.form, lo, hi)
        while start >= 0:
            end = start + len(wf.form)
            if not any(s.start < end and start < s.end for s in taken):
                taken.append(Span(start, end))
                hit.add(wf.concept)
            start = norm.find(wf.form, end, hi)
    return sorted(taken, key=lambda s: s.start), hit


def _intent_bonus(question: str, sentence: str) -> float:
    bonus = 0.0
    if re.search(r"多少|几", question) and _DIGIT.search(sentence):
        bonus += 1.0
    if "哪些" in question and "、" in sentence:
        bonus += 1.0
    if re.search(r"哪里|在哪|哪个", question) and "在" in sentence:
        bonus += 0.5
    if "什么" in question and ("“" in sentence or "、" in sentence):
        bonus += 0.5
    return bonus


def best_sentence(text: str, forms: list[Weighted], question: str = "") -> tuple[float, Snippet] | None:
    """The sentence of *text* that holds the most concept weight (ties: the earlier one)."""
    norm = normalize(text)
    weights = {wf.concept: wf.weight for wf in forms}
    best: tuple[float, int, int, list[Span]] | None = None
    for start, end in sentences(text):
        spans, hit = find_spans(norm, forms, start, end)
        if not hit:
            continue
        score = sum(weights[c] for c in hit) + _intent_bonus(question, norm[start:end])
        if best is None or score > best[0]:
            best = (score, start, end, spans)
    if best is None:
        return None
    score, start, end, spans = best
    return score, Snippet(text[start:end], tuple(Span(s.start - start, s.end - start) for s in spans))


def snippet(text: str, forms: list[Weighted], width: int = 120) -> Snippet:
    """A window of about *width* characters around the best-matching sentence."""
    found = best_sentence(text, forms)
    if found is None:
        head = " ".join(text.split())[:width]
        return Snippet(head + ("…" if len(text) > width else ""))
    sn = found[1]
    if len(sn.text) <= width:
        return sn
    first = sn.spans[0].start if sn.spans else 0
    lo = max(0, min(first - width // 3, len(sn.text) - width))
    hi = lo + width
    cut = sn.text[lo:hi]
    spans = tuple(Span(s.start - lo, s.end - lo) for s in sn.spans if s.start >= lo and s.end <= hi)
    return Snippet(("…" if lo else "") + cut + ("…" if hi < len(sn.text) else ""),
                   tuple(Span(s.start + (1 if lo else 0), s.end + (1 if lo else 0)) for s in spans))
