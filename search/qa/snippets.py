"""Snippets: the matched sentence, or the clause around the match, never cutting a number
or a word in the middle."""
from __future__ import annotations

from search.model import Snippet, Span
from search.params import DEFAULT, RankingParams
from search.qa.answers import best_sentence, clause
from search.text.analysis import segment
from search.text.leads import strip_lead
from search.text.normalize import normalize
from search.text.sentences import Weighted, find_spans, sentences  # noqa: F401 (re-exported)

WIDTH = 100


def snippet(text: str, forms: list[Weighted], width: int = WIDTH, p: RankingParams = DEFAULT) -> Snippet:
    """The best-matching sentence of *text*; when it is longer than *width*, the clauses
    around its first match; a clause longer still is cut between words."""
    best = best_sentence(text, forms, p=p)
    if best is None:
        bounds = sentences(text)
        if not bounds:
            return Snippet("")
        start, end = bounds[0]
        lead = strip_lead(text[start:end])
        return _window(Snippet(lead), width, end < len(text.rstrip()))
    sn = best[1]
    if len(sn.text) <= width:
        return sn
    norm = normalize(sn.text)
    lo, hi = clause(norm, 0, len(norm), sn.spans, None, "", width, p)
    return _window(_slice(sn, lo, hi), width, lo > 0 or hi < len(norm), lo > 0)


def _slice(sn: Snippet, lo: int, hi: int) -> Snippet:
    return Snippet(sn.text[lo:hi], tuple(Span(s.start - lo, s.end - lo) for s in sn.spans
                                         if s.start >= lo and s.end <= hi))


def _window(sn: Snippet, width: int, more_after: bool = False, more_before: bool = False) -> Snippet:
    """At most *width* characters of *sn* around its first span, cut at word boundaries."""
    if len(sn.text) > width:
        first = sn.spans[0].start if sn.spans else 0
        bounds = [0] + [s + len(w) for w, s in segment(normalize(sn.text))] + [len(sn.text)]
        lo = max((b for b in bounds if b <= max(0, first - width // 3)), default=0)
        hi = max((b for b in bounds if b <= lo + width), default=len(sn.text))
        hi = hi if hi > lo else min(len(sn.text), lo + width)
        more_before, more_after = more_before or lo > 0, more_after or hi < len(sn.text)
        sn = _slice(sn, lo, hi)
    pre = "…" if more_before else ""
    text = pre + sn.text.strip() + ("…" if more_after else "")
    return Snippet(text, tuple(Span(s.start + len(pre), s.end + len(pre)) for s in sn.spans))
