"""The best passage of an article for a question: a long article that holds the question's
words together in a few sentences answers it better than its whole-text score says."""
from __future__ import annotations

import re
from bisect import bisect_right

from search.index.documents import Stored, stored_text
from search.params import RankingParams
from search.qa.coverage import Resolved
from search.text.normalize import normalize

_STOP = re.compile(r"[。！？!?；;\n]+")  # a plain cut into sentences: windows need no finer one


def _places(text: str, forms: tuple[str, ...], starts: list[int]) -> set[int]:
    """The sentences (by index, from their *starts*) holding any of *forms*."""
    found: set[int] = set()
    for form in forms:
        at = text.find(form)
        while at >= 0:
            found.add(bisect_right(starts, at) - 1)
            at = text.find(form, at + 1)
    return found


def window_cover(doc: Stored, groups: list[list[Resolved]], params: RankingParams) -> float:
    """The largest share of the question's weight that the title and any params.window_size
    consecutive sentences of *doc* hold together: a concept counts in full where the
    title or a sentence of the window holds it or a form standing for it (sub-words
    count only through the title)."""
    concepts = [r for g in groups for r in g]
    total = sum(r.weight for r in concepts)
    if not total:
        return 1.0
    pc = params.part_credit
    head = normalize(doc.get("title") or "")
    fixed = [r.credit(head, pc) for r in concepts]
    text = stored_text(doc)  # normalised when stored: no work per question
    starts = [0] + [m.end() for m in _STOP.finditer(text)]
    size = params.window_size
    gains: dict[int, float] = {}  # window start -> what its sentences add to the title's
    for r, got in zip(concepts, fixed, strict=True):
        if got >= 1.0:
            continue
        stands_for = r.word not in r.known and not r.phrase  # its expansions stand for it
        forms = (r.word,) + (r.known if stands_for else ())
        for window in {w for s in _places(text, forms, starts) for w in range(max(0, s - size + 1), s + 1)}:
            gains[window] = gains.get(window, 0.0) + r.weight * (1.0 - got)
    titled = sum(r.weight * got for r, got in zip(concepts, fixed, strict=True))
    return (titled + max(gains.values(), default=0.0)) / total
