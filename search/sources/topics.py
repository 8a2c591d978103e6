"""Where a draft's text turns to another story with nothing to say so: a page in a dump that
opens on a plain sentence or on a headline the splitter took for a line of text, glued to the
page before it.

Two stories share few words; two paragraphs of one story share its names and its subject. A
text is cut before a line when the text on either side of it (NEAR characters) shares almost
no words that are rare in general Chinese, and the text after it shares none with the
headline and the whole text before either. Words are every two Han characters side by side
(no segmentation: cheap, and enough to see shared names and subjects), a dictionary word
weighed by how rare jieba's dictionary says it is and any other pair as a rare word, on text
folded to simplified characters.

Weighing costs about as much as parsing, so a cheap first look picks where to weigh
(_candidates): a line and the one before that share LINKS or more characters that are not
common words of their own are one story's, and at most TRIES lines of a text are weighed.

Measured on the tune halves of the local page sets (bench.pages) and on realtext: between
paragraphs of one story at least 100 Han characters from either end, 5 of 730 page
boundaries and 4 of 1,338 realtext paragraph breaks fall under both floors; between two
stories of the same kind of site, 80% do. In the tune halves' dumps (four shuffles), glued
true articles 150 -> 120 of 1,900 (100 when every line is weighed); one page of 422 is cut
where it should not be.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from operator import mul

from search.text.analysis import general_freq, general_total
from search.text.normalize import normalize

SIDE = 100  # Han characters: each side of a cut holds at least this much text
OPENING = 30  # Han characters: a story opens on a paragraph, not a caption, quote or list item
NEAR = 300  # characters each side compared at the cut
AHEAD = 600  # characters after the cut compared with the headline and all the text before
NEAR_FLOOR = 0.05  # cosine of the NEAR windows: a story's paragraphs share more
WHOLE_FLOOR = 0.05  # cosine of AHEAD with the headline and the text before
# The weight of a pair the dictionary lacks: about that of a word met 20,000 times in 60
# million (log 3,000 = 8). Lower, names weigh too little to hold an encyclopedia's paragraphs
# together (weight 4: 10 of 1,338 paragraph breaks of realtext fall under both floors at 0.05
# and 0.08); higher, two words' edges (年在, 的中) tie unrelated stories.
UNKNOWN = 8.0
# The first, cheap look (_candidates): a line sharing LINKS Han characters with the one
# before, none of them a word met COMMON_FREQ times or more on its own (的, 在, 年...), is the
# same story's. Two stories' lines share fewer. Glued true articles in the tune-half dumps
# (four shuffles): 118 at 3, 120 at 2 (a tenth less weighing), 124 at 1.
LINKS = 2
COMMON_FREQ = 1000
# Lines weighed in full in one text at most, those sharing the fewest characters first: a text
# is seldom three pages glued, and a synthetic one of random sentences (bench.corpus) would
# otherwise be weighed at every line (its parse +35% at 2; real pages +13%).
TRIES = 2

_HAN = re.compile(r"[\u4e00-\u9fff]{2,}")
_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")  # every two Han characters side by side
_STOP = re.compile(r"[。；;]")  # a headline may end on ! or ?, not hold a full stop


def _han(text: str) -> int:
    return sum(len(run) for run in _HAN.findall(text))


class _Weights(dict[str, float]):
    """A pair's rarity, looked up once: a dictionary word by its frequency, any other pair
    (part of a name, or two words' edges) as a rare word."""

    def __missing__(self, pair: str) -> float:
        f = general_freq(pair)
        w = self[pair] = math.log(general_total() / f) if f else UNKNOWN
        return w


_WEIGHTS = _Weights()
_Vector = tuple[dict[str, float], float]  # weighted pairs and their squared norm


def _vector(found: list[str]) -> _Vector:
    """The weighted pairs *found* in a text (every step in C: this runs on every line)."""
    counts = Counter(found)
    pairs = list(counts)
    values = list(map(mul, counts.values(), map(_WEIGHTS.__getitem__, pairs)))
    return dict(zip(pairs, values, strict=True)), sum(map(mul, values, values))


def _cosine(a: _Vector, b: _Vector) -> float:
    (va, na), (vb, nb) = a, b
    shared = va.keys() & vb.keys()
    dot = sum(map(mul, map(va.__getitem__, shared), map(vb.__getitem__, shared)))
    return dot / math.sqrt(na * nb) if na * nb > 0 else 0.0


class _Lines:
    """The lines of a text, each folded and weighed only when a window first needs it; a
    window is a run of whole lines."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._found: dict[int, list[str]] = {}
        self._vecs: dict[int, _Vector] = {}

    def found(self, k: int) -> list[str]:
        if (got := self._found.get(k)) is None:
            got = self._found[k] = _PAIR.findall(normalize(self.lines[k]))
        return got

    def window(self, lines: range, most: int, extra: list[str] | None = None) -> _Vector:
        """The weighted pairs of *lines* (and of *extra*), taken in order until they hold
        *most* characters."""
        got: list[str] = list(extra or [])
        held = 0
        for k in lines:
            if held == 0 and not got and len(self.lines[k]) >= most:
                if k not in self._vecs:
                    self._vecs[k] = _vector(self.found(k))
                return self._vecs[k]
            got += self.found(k)
            held += len(self.lines[k])
            if held >= most:
                break
        return _vector(got)


@lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    """Han characters common as words of their own (的, 在, 年, 说...): what two lines share
    without being one story's."""
    return frozenset(c for c in map(chr, range(0x4E00, 0xA000)) if general_freq(c) >= COMMON_FREQ)


def _candidates(lines: list[str], han: list[int]) -> list[int]:
    """The lines a story might start at, by the cheap first look: at most TRIES of them, those
    sharing with the line before the fewest Han characters that are not common words, and
    fewer than LINKS."""
    total, before, scored = sum(han), 0, []
    common = _common()
    for i in range(1, len(lines)):
        before += han[i - 1]
        if before < SIDE or total - before < SIDE or not _opens(lines, han, i):
            continue  # English text shares no Han words: no evidence either way
        shared = set(lines[i - 1]).intersection(lines[i]) - common
        if (n := sum(1 for c in shared if "\u4e00" <= c <= "\u9fff")) < LINKS:
            scored.append((n, i))
    return sorted(i for _, i in sorted(scored)[:TRIES])


def topic_cuts(title: str | None, lines: list[str]) -> list[int]:
    """Indexes of *lines* where another story starts, in order; [] when the text holds one."""
    han = [_han(x) for x in lines]
    t = _Lines(lines)
    cuts: list[int] = []
    start, head = 0, _PAIR.findall(normalize(title or ""))
    for i in _candidates(lines, han):
        if sum(han[start:i]) < SIDE:
            continue
        after = range(i, len(lines))
        if _cosine(t.window(range(i - 1, start - 1, -1), NEAR), t.window(after, NEAR)) > NEAR_FLOOR:
            continue  # the common case, checked first: the whole text before costs more
        if _cosine(t.window(after, AHEAD), t.window(range(start, i), sum(map(len, lines)), head)) <= WHOLE_FLOOR:
            cuts.append(i)
            start, head = i, []
    return cuts


def _opens(folded: list[str], han: list[int], i: int) -> bool:
    """Can a story start at line *i*: a paragraph, or a headline over one (a line with no
    full stop, a paragraph among the two lines under it)?"""
    if han[i] >= OPENING:
        return True
    return not _STOP.search(folded[i]) and any(n >= OPENING for n in han[i + 1:i + 3])
