"""Sentences, snippets and answers located in article text by the query's concepts."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from search.model import Snippet, Span
from search.normalize import normalize

_END = re.compile(r"[。！？!?]+[”」』）)\"']?|\n")
_TITLED = re.compile(r"《[^《》\n]{1,60}》")  # a book or show title: its ！ ends nothing
_LATIN = re.compile(r"[A-Za-z0-9]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Weighted:
    """A form to look for and how much finding its concept is worth."""

    concept: int
    form: str
    weight: float


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
    if not text[start] in "!?" or start == 0 or not _LATIN.match(text[start - 1]):
        return False
    rest = text[end:end + 3].lstrip(" ")
    return bool(rest) and _LATIN.match(rest[0]) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


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


_HEAD = re.compile(r"(?:哪个|哪些|哪一|哪家|哪位|什么)([\u4e00-\u9fff]{1,2})")


def _intent_bonus(question: str, sentence: str) -> float:
    """Reward a sentence for holding what the question asks for: a number, a list, a place."""
    bonus = 0.0
    if re.search(r"多少|几", question) and _DIGIT.search(sentence):
        bonus += 1.0
    if "哪些" in question and "、" in sentence:
        bonus += 1.0
    if "什么" in question and ("“" in sentence or "、" in sentence):
        bonus += 0.5
    if re.search(r"由(谁|哪)", question) and "由" in sentence:
        bonus += 1.0  # "由谁主办" is answered by "由……主办"
    head = _HEAD.search(question)
    if head and head.group(1)[0] in sentence:
        bonus += 0.5 + 0.5 * (head.group(1) in sentence)
    return bonus


def best_sentence(text: str, forms: list[Weighted], question: str = "",
                  title: str = "") -> tuple[float, Snippet] | None:
    """The sentence of *text* that best matches: concept weight scaled by how rare the
    concept is among the article's sentences, plus what the question asks for. Concepts
    in the title name the article's topic, not the answer, and count for less."""
    norm = normalize(text)
    weights = {wf.concept: wf.weight for wf in forms}
    _spans, in_title = find_spans(normalize(title), forms)
    for c in in_title:
        weights[c] *= 0.1
    found = []
    for start, end in sentences(text):
        spans, hit = find_spans(norm, forms, start, end)
        if hit:
            found.append((start, end, spans, hit))
    if not found:
        return None
    freq: dict[int, int] = {}
    for *_x, hit in found:
        for c in hit:
            freq[c] = freq.get(c, 0) + 1
    total = len(sentences(text))
    best = None
    for start, end, spans, hit in found:
        score = sum(weights[c] * math.log(1 + total / freq[c]) for c in hit)
        score += _intent_bonus(question, norm[start:end])
        if best is None or score > best[0]:
            best = (score, start, end, spans)
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
