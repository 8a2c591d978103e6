"""Which script, traditional or simplified, a paragraph is written in; where a dump turns
from a page in one to a page in the other."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from search.sources.lines import Line
from search.text.normalize import converter

_JUDGED = 3  # characters the two scripts write apart that a paragraph needs to be judged
_SAMPLE = 60  # characters of a paragraph judged: its opening tells its script
QUOTES = ("「", "“", "『", '"')  # marks that open a quote, which may stand in the other script
_PAIRS = (("「", "」"), ("“", "”"), ("『", "』"))


@lru_cache(maxsize=1024)
def script(text: str) -> str | None:
    """'t' for text in traditional characters, 's' for simplified, None when too few of its
    first characters tell (or both kinds are there)."""
    text = text[:_SAMPLE]
    trad = sum(a != b for a, b in zip(text, converter("t2s").convert(text), strict=False))
    simp = sum(a != b for a, b in zip(text, converter("s2t").convert(text), strict=False))
    if trad >= _JUDGED and trad >= simp:  # s2t also turns traditional text's 了 and 游 (瞭, 遊)
        return "t"
    if simp >= _JUDGED and 6 * trad <= simp:
        return "s"
    return None


def turns_script(above: str, below: str) -> bool:
    """Does the sentence *above* leaves open (its last characters judged) stand in one script
    and the line *below* (its first judged) in the other? A sentence cut by a page break goes
    on in its own script; the next page of a dump may be written in the other. Not when the
    paragraph *above* opens in the other script from its tail or leaves a quote open: its
    tail quotes a post or a letter, and the sentence may go on in the paragraph's own script."""
    tail, head = script(above[-_SAMPLE:]), script(below)
    if tail is None or head is None or tail == head:
        return False
    return script(above) in (None, tail) and not _quote_open(above)


def _quote_open(text: str) -> bool:
    """Does *text* leave a quote open (more opening quote marks than closing ones)?"""
    return any(text.count(a) > text.count(b) for a, b in _PAIRS)


_STEADY = 2  # judged lines on each side of a tight join that must keep to one script
_LOOK = 4  # lines read above the join for them
_BACK = 6  # lines read below it: the first script back among them makes the turn a quote


def steady_turn(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Does the script turn right above line *i* and hold: the judged line *i* - 1 and one
    more above it in one script, the next two judged lines from *i* down in the other, with
    no colon announcing them nor quote marks opening them, and the first script not back in a
    paragraph within a few lines? A story's quote in the other script turns back or is
    announced; two pages each in its own script hold."""
    first = script(lines[i - 1].text) if i > 0 else None
    above = [s for k in range(i - 1, max(-1, i - 1 - _LOOK), -1) if (s := script(lines[k].text))][:_STEADY]
    down = [(k, s) for k in range(i, min(len(lines), i + _BACK)) if (s := script(lines[k].text))]
    turned = len(down) >= _STEADY and first not in [s for _k, s in down[:_STEADY]]
    back = any(s == first and kinds[k][0] in ("body", "lead") for k, s in down)
    if first is None or above != [first] * _STEADY or not turned or back:
        return False
    into = [x.text for x in lines[i - 1:down[0][0] + 2]]  # from the line above to the second judged
    return not any(t.endswith((":", "：")) for t in into[:-2]) and not any(t.startswith(QUOTES) for t in into[1:])
