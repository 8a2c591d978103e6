"""Which script, traditional or simplified, a paragraph is written in; where a dump turns
from a page in one to a page in the other."""
from __future__ import annotations

from functools import lru_cache

import opencc

from search.sources.lines import Line

_JUDGED = 3  # characters the two scripts write apart that a paragraph needs to be judged
_SAMPLE = 60  # characters of a paragraph judged: its opening tells its script


@lru_cache(maxsize=2)
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


@lru_cache(maxsize=1024)
def script(text: str) -> str | None:
    """'t' for text in traditional characters, 's' for simplified, None when too few of its
    first characters tell (or both kinds are there)."""
    text = text[:_SAMPLE]
    trad = sum(a != b for a, b in zip(text, _converter("t2s").convert(text), strict=False))
    simp = sum(a != b for a, b in zip(text, _converter("s2t").convert(text), strict=False))
    if trad >= _JUDGED and trad >= simp:  # s2t also turns traditional text's 了 and 游 (瞭, 遊)
        return "t"
    if simp >= _JUDGED and 6 * trad <= simp:
        return "s"
    return None


_STEADY = 2  # judged lines on each side of a tight join that must keep to one script
_LOOK = 4  # lines read on each side for them


def steady_turn(lines: list[Line], i: int) -> bool:
    """Do the two judged lines above *i* keep to one script and the two from *i* down to the
    other? One line in the other script (a quoted sentence, a page converted in part) is no
    page's end; two pages each in its own script are."""
    above = [s for k in range(i - 1, max(-1, i - 1 - _LOOK), -1) if (s := script(lines[k].text))][:_STEADY]
    below = [s for k in range(i, min(len(lines), i + _LOOK)) if (s := script(lines[k].text))][:_STEADY]
    return len(above) == len(below) == _STEADY and len(set(above)) == len(set(below)) == 1 and above != below
