"""The items of a briefs page that gives them no headline, told apart by the shape each opens
in: the same marker, bracketed credit, '@name:' or running number before every item
('◆9月23日,我县…' / '◆为严厉打击…'; '【记者某某/台南报导】…' twice or more; '(1) …' / '(2) …')."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from search.sources.heads import echo_share
from search.sources.items import TEXT, runs
from search.sources.lines import Line

# The opening shapes an item of a list of briefs repeats; the name groups lines of one shape.
# (A story's own points are kept together by the guards in marked_items, not by these: one
# shape opens a story's points as it does a list's briefs.)
_SHAPES = (
    ("mark", re.compile(r"^\s*([◆◇●○■□▲△★☆◎※►▶➤])")),  # a bullet character, each the same
    ("label", re.compile(r"^\s*[\u4e00-\u9fff]{1,4}\s*([●◆■▲★])")),  # a desk's label: '港聞●…', '財經●…'
    ("at", re.compile(r"^\s*@[^:：\s]{1,20}[:：]")),  # a post's author: '@某某:(话题)…'
    ("credit", re.compile(r"^\s*【[^】]{0,12}(记者|記者|报导|報導|报道|報道|新聞台|新闻台)[^】]{0,12}】")),
    ("num", re.compile(r"^\s*[(（]?\s*(\d{1,2})\s*(?:[)）]|、|[.．](?!\d))")),  # '(1) …', '2、…'
)
_ITEMS_MIN = 3  # items in a row: two may be a story's pair of points
_ITEM_LEAST = 40  # characters an item's first paragraph holds at least: shorter is a point of a summary
_ABOVE = 8  # lines searched over a run's first item for the headline its items go on with
_SELF_TOLD = ("credit", "label")  # items that name their reporter or desk: a report each
_BETWEEN = 2  # lines at most from one item's opening to the next's: its own paragraphs, a section label
# a day each numbered brief reports ('5日通報', '当地时间19日'); a document's numbered clauses
# ('一、根据…', '1.制订…') state none, so half of the items at least must; a measure's deadline
# ('6月10日前,各区完成…') is no day a brief reports
_DAY = re.compile(r"\d{1,2}\s*日(?!\s*前)|[今昨前]\s*[天日]|[今昨前]\s*[(（]\s*\d"
                  r"|當地時間|当地时间|本週|本周|(?<!\d)日前|近日")


def _shape(text: str) -> tuple[str, str] | None:
    """The name of the opening shape of *text*, and what it holds (the marker, or the number)."""
    for name, pattern in _SHAPES:
        m = pattern.match(text)
        if m:
            return name, (m.group(1) if name in ("mark", "label", "num") else "")
    return None


def _follows(name: str, last: str, held: str) -> bool:
    """Does an item opening on *held* follow one opening on *last*: the same marker, or the
    next number?"""
    return held == str(int(last) + 1) if name == "num" else held == last


def _run_of(lines: list[Line], kinds: list[tuple[str, Any]]) -> Iterator[tuple[str, list[int]]]:
    """Text lines opening in one shape, each within _BETWEEN lines of the one before, in runs
    (items.runs), with the shape's name."""
    shapes = {i: shape for i, x in enumerate(lines) if kinds[i][0] in TEXT and (shape := _shape(x.text))}
    def joined(a: int, b: int) -> bool:
        return shapes[a][0] == shapes[b][0] and b - a <= _BETWEEN + 1 and _follows(*shapes[a], shapes[b][1])
    for run in runs(list(shapes), joined):
        yield shapes[run[0]][0], run


def _points(lines: list[Line], kinds: list[tuple[str, Any]], run: list[int]) -> bool:
    """Are the items of *run* a story's own points: does a headline above them, up to _ABOVE
    lines over the first (its metadata, lead or a subheading between; not past a page's
    header), share words with them ('我市出台防汛十项措施' / '1、…防汛指挥机构…')? A list's label
    ('要闻简报', '【国内】', '本周简讯') is too short to be echoed, and the headline of a digest's
    page ('部分新聞摘要') names none of its items' subjects."""
    for k in range(run[0] - 1, max(-1, run[0] - 1 - _ABOVE), -1):
        if kinds[k][0] == "page":
            return False
        if kinds[k][0] == "title" and any(echo_share(lines[k].text, lines[i].text) > 0 for i in run):
            return True
    return False


def _between_fits(kinds: list[tuple[str, Any]], run: list[int]) -> bool:
    """Are the lines between one item's opening and the next only its text or a section label?"""
    return all(kinds[k][0] in (*TEXT, "title") for k in range(run[0] + 1, run[-1]))


def marked_items(lines: list[Line], kinds: list[tuple[str, Any]]) -> set[int]:
    """Where the second and later items of a list of briefs start: three or more text lines
    opening in the same shape, each at least _ITEM_LEAST characters, the first set under a
    heading or metadata (or the file's start), not under text. On the tune pages of set 68,
    such briefs pages on five hosts were one article each. A story's points stay in it: they
    follow its lead's text, are short, or go on with its headline (_points); numbered items
    must say what day they report."""
    out: set[int] = set()
    for name, run in _run_of(lines, kinds):
        first = run[0]
        if (len(run) < _ITEMS_MIN or (first and kinds[first - 1][0] in TEXT) or not _between_fits(kinds, run)
                or any(len(lines[i].text.strip()) < _ITEM_LEAST for i in run)):
            continue
        if name == "num" and 2 * sum(bool(_DAY.search(lines[i].text)) for i in run) < len(run):
            continue
        if name not in _SELF_TOLD and _points(lines, kinds, run):
            continue
        out |= set(run[1:])
    return out
