"""Lines a page's template wrapped, joined back: a metadata key and its value, a date and
its time, each set on lines of their own; and the width a page's text was hard-wrapped at
(search.sources.clean.unwrap joins the lines that fill it)."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from search.sources.tables import ISSUER_KEYS

# A metadata line ending on an empty source key, or a table's key naming the issuing body
# ('发布机构' / '某某局'), its value on the next line; a date a template sets as its year, its
# day and its time on lines of their own ('2023' / '11/10' / '07:52').
_OPEN_SOURCE = re.compile(r"(来源|來源)\s*[:：]\s*$")
_OPEN_SOURCE_MAX = 30
_ISSUER_KEY = re.compile(rf"^({ISSUER_KEYS}|发文单位|發文單位)$")
_YEAR_ONLY, _DAY_ONLY = re.compile(r"^(19|20)\d{2}$"), re.compile(r"^\d{1,2}[/-]\d{1,2}$")
_YEAR_DAY, _CLOCK_ONLY = re.compile(r"^(19|20)\d{2}-\d{1,2}-\d{1,2}$"), re.compile(r"^\d{1,2}:\d{2}$")


def wrapped(above: str, line: str) -> str | None:
    """*above* and *line* as the one line a template wrapped, else None."""
    if len(line) <= _OPEN_SOURCE_MAX and _OPEN_SOURCE.search(above):
        return above + line
    if len(line) <= _OPEN_SOURCE_MAX and _ISSUER_KEY.match(above):
        return f"{above}:{line}"
    if _YEAR_ONLY.match(above) and _DAY_ONLY.match(line):
        return f"{above}-{line.replace('/', '-')}"
    return f"{above} {line}" if _YEAR_DAY.match(above) and _CLOCK_ONLY.match(line) else None


_WIDE = re.compile("[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """Display width: East Asian wide characters count two."""
    return len(text) + len(_WIDE.findall(text))


# Lines of one width: five of them make a wrapped page (paragraphs seldom share a length that
# often). A short page (a brief of two or three paragraphs) has fewer: four lines within two
# of one width make it too when nearly all of them (WRAP_OPEN) stop mid-sentence after a mark
# inside them, as lines cut at a width do (a list's headlines end open too, but hold no mark),
# and hardly a line of text runs wider (WIDER: a page's own paragraphs and captions, a few of
# them of one length by chance, run on past it).
WRAP_LINES, SHORT_WRAP_LINES, WRAP_OPEN, WIDER = 5, 4, 0.75, 0.25
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MARK_INSIDE = re.compile(r"[，,、；;：:。！？!?]")
_OPEN_END = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]$")  # a word or a number, cut at the width
_CREDIT_END = re.compile(r"(摄影?|攝影?|供图|供圖|提供)$")  # a photo's caption ends on its credit, not cut


Wrap = tuple[Callable[[str], int], int]  # the measure (characters or display width), the full width


def wrap_width(lines: list[str]) -> Wrap | None:
    """How a page's *lines* were hard-wrapped: the measure (characters or display width) and
    the full width, when many of its lines of Han text (16 to 120 characters) share it (one
    sharp peak); else None."""
    texts = [x for x in lines if 16 <= len(x) <= 120 and _HAN.search(x)]  # not a data table
    if len(texts) < SHORT_WRAP_LINES or len(texts) < 0.25 * len(lines):  # paragraphs of their own length
        return None  # (a brief of four full lines and short tails has four lines to read)
    for measure in (len, display_width):  # wrapped by characters, or by display width
        widths = Counter(w for w in map(measure, texts) if w >= 16)
        full, count = widths.most_common(1)[0]
        near = sum(n for w, n in widths.items() if abs(w - full) <= 2)
        other = max([n for w, n in widths.items() if abs(w - full) > 2], default=0)
        if near < 0.25 * len(lines):
            continue
        if count >= WRAP_LINES and count >= 3 * other:
            return measure, full
        wider = sum(1 for x in lines if measure(x) > full + 2 and _HAN.search(x))
        if (near >= SHORT_WRAP_LINES and near >= 3 * other and wider <= WIDER * near
                and _cut_at_width(texts, measure, full)):
            return measure, full
    return None


def wrapped_blocks(lines: list[str], apart: list[bool]) -> list[tuple[int, int, Wrap | None]]:
    """The spans of *lines* to rejoin, each with its wrap (wrap_width): the whole file when its
    lines share one width; else each block of lines set apart by a blank line (*apart*: a
    blank line above it), a dump's pages, where one brief is wrapped among pages whose wider
    paragraphs keep the file's test from firing."""
    found = wrap_width(lines)
    starts = [i for i, x in enumerate(apart) if i == 0 or x]
    if found is not None or len(starts) < 2:
        return [(0, len(lines), found)]
    ends = [*starts[1:], len(lines)]
    return [(a, b, wrap_width(lines[a:b])) for a, b in zip(starts, ends, strict=True)]


def _cut_at_width(texts: list[str], measure: Callable[[str], int], full: int) -> bool:
    """Do nearly all the lines within two of *full* stop mid-sentence, after a mark inside
    them, and not on a photo's credit (captions of one length, '…舞蹈。记者 某某 摄')?"""
    at = [x for x in texts if abs(measure(x) - full) <= 2]
    cut = [x for x in at if _OPEN_END.search(x) and _MARK_INSIDE.search(x) and not _CREDIT_END.search(x)]
    return len(cut) >= WRAP_OPEN * len(at)
