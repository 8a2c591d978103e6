"""The items of a list page that gives them no headline of their own, where one item ends and
the next begins: posts under (or over) a time stamp each, excerpts cut short with an ellipsis."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from search.sources.dates import DATE
from search.sources.lines import EXCERPT_CUT, Line
from search.text.sentences import CLOSERS, SENTENCE_ENDS

_TEASER_LEAST = 20  # characters: a shorter line ending so is a link's label ('更多…')
_TEASERS_MIN = 3  # cut excerpts close together: fewer may be a story's own trailing-off lines
_ITEM_LINES = 3  # lines from one cut excerpt to the next at most: more is a story between them
TEXT = ("body", "lead")
_STAMPS_MIN = 3  # dated items in a row, or two with text after the last (stamped_items)
_POST_LINES = 3  # paragraphs of one stamped item at most: more is a story with dates in it
# a short key opening the line above ('地點:…。'): an event notice's field, not a story's end
_FIELD = re.compile(r"^[^，,。]{1,6}[:：]")
# Taiwan, Hong Kong and Macau reports give their day in brackets in the lead's first clause or
# two ('某某局昨(27)日公布…', '春節將至,院長某某今(18)日…'): on the tune pages of sets 51-65 the
# form opened a report every time (35 lines on 19 hosts), never a later paragraph of one.
_DATED_LEAD = re.compile(r"^[^。：:，,]{0,24}[，,]?[^。：:，,]{0,24}?[昨今前明]\s*[(（]\s*\d{1,2}\s*日?\s*[)）]")
# a paragraph opening on a word that carries the story on ('隨後,某某今(18)日…', '同日…') is
# no report's lead, whatever day it gives (breaks.leans_back covers '此外', '他表示')
_GOES_ON = re.compile(r"^(隨後|随后|接著|接着|稍後|稍后|其後|其后|另|並|并|而|亦|同日|當日|当日|當天|当天)")


def _stamp(kind: tuple[str, Any]) -> bool:
    """A time stamp: a date line, or a date under its key alone ('日期:2025-09-23')."""
    return kind[0] == "date" or (kind[0] == "meta" and set(kind[1]) == {"date"})


def stamped_items(kinds: list[tuple[str, Any]]) -> set[int]:
    """Where the items of a feed of stamped posts start: a time stamp on a line of its own
    over (or under) each one- to three-paragraph item with no headline ('2025-03-10 11:25' /
    '市府今天…。' / '2025-03-10 10:02' / '氣象署指出…。'). Without this, the items were one
    story under the list's label. Two stamps do when text follows the last: two posts under
    their stamps, or three over them (an excerpt cut before the third post's stamp); a
    story's date and its signature's have no text after the second."""
    text = [k in TEXT for k, _d in kinds]
    stamps = [i for i, k in enumerate(kinds) if _stamp(k)]
    out: set[int] = set()
    for run in runs(stamps, lambda last, i: 1 <= i - last - 1 <= _POST_LINES and all(text[last + 1:i])):
        under = run[-1] + 1 < len(text) and text[run[-1] + 1]
        out |= _items(run, text) if len(run) >= _STAMPS_MIN - under else set()
    return out


def runs(marks: list[int], joined: Callable[[int, int], bool]) -> Iterator[list[int]]:
    """Line numbers *marks* (stamps, a list's item openings) in runs: one joins the run before
    it when *joined*(the run's last, it)."""
    run: list[int] = []
    for i in marks:
        if run and not joined(run[-1], i):
            yield run
            run = []
        run.append(i)
    if run:
        yield run


def _items(stamps: list[int], text: list[bool]) -> set[int]:
    """The first lines of the items a run of *stamps* sets apart: the stamps themselves when
    they stand over their items, else the line after each."""
    if not (stamps[0] and text[stamps[0] - 1]):
        return set(stamps[1:])
    return {s + 1 for s in stamps if s + 1 < len(text) and text[s + 1]}


_ITEM = ("title", "body", "lead")  # what an item is made of: its headline (or tag) and its text


def stamps_under(kinds: list[tuple[str, Any]]) -> set[int]:
    """The time stamps that date the item above them: a run of two or more stamps, each right
    under an item's text ('Headline' / '某某…。' / '2021-06-25 13:58'), the first under an
    item (a headline over text) no stamp stands over, and no whole item after the last. On
    the tune pages of set 76, list pages of three hosts set a stamp under each item, and each
    stamp went to the item under it (the first item undated). A run whose last stamp has a
    whole item under it stands over its items (a feed's), and is left to the date rules."""
    under = [i for i, k in enumerate(kinds) if _stamp(k) and i and kinds[i - 1][0] in TEXT]
    out: set[int] = set()
    # (a stamp not under text between two stands in the item between them: it parts the run)
    for run in runs(under, lambda last, i: i - last <= _POST_LINES + 2 and _item(kinds[last + 1:i], headed=False)):
        first = _block_start(kinds, run[0])
        if (len(run) >= _STAMPS_MIN - 1 and _item(kinds[first:run[0]]) and not (first and _stamp(kinds[first - 1]))
                and not _heads_item(kinds[run[-1] + 1:])):
            out |= set(run)
    return out


def _block_start(kinds: list[tuple[str, Any]], stamp: int) -> int:
    """Where the item right above *stamp* starts: its first title or text line after the last
    line of another kind."""
    i = stamp
    while i and kinds[i - 1][0] in _ITEM and stamp - i <= _POST_LINES + 1:
        i -= 1
    return i


def _item(kinds: list[tuple[str, Any]], headed: bool = True) -> bool:
    """Are *kinds* one whole item: (a headline or tag over) text, nothing else?"""
    names = [k for k, _d in kinds]
    return (bool(names) and all(k in _ITEM for k in names) and names[-1] in TEXT
            and (names[0] == "title" or not headed))


def _heads_item(kinds: list[tuple[str, Any]]) -> bool:
    """Do *kinds* open on a whole item: a headline (or tag) line or more, then text?"""
    names = [k for k, _d in kinds[:_POST_LINES + 1]]
    heads = next((n for n, k in enumerate(names) if k != "title"), len(names))
    return 0 < heads < len(names) and names[heads] in TEXT


def teaser_items(lines: list[Line], kinds: list[tuple[str, Any]]) -> set[int]:
    """Where the items of a list of cut excerpts start: the text line right after each
    excerpt cut with an ellipsis, when three or more such excerpts stand close together.
    A line that carries a date after an excerpt is the next item's headline and date
    ('某某 2024年3月13日|文:某某'), which the date rules place; it is left alone."""
    cut = [i for i, x in enumerate(lines) if kinds[i][0] in (*TEXT, "title")
           and len(x.text) >= _TEASER_LEAST and EXCERPT_CUT.search(x.text)]
    out: set[int] = set()
    run: list[int] = []
    for i in [*cut, len(lines) + _ITEM_LINES + 1]:
        if run and i - run[-1] > _ITEM_LINES:
            if len(run) >= _TEASERS_MIN:
                out |= {k + 1 for k in run if k + 1 < len(lines) and kinds[k + 1][0] in TEXT
                        and not DATE.search(lines[k + 1].text)}
            run = []
        run.append(i)
    return out


def dated_leads(lines: list[Line], kinds: list[tuple[str, Any]]) -> set[int]:
    """Where headline-less reports of a list start: a paragraph right under text that ended
    on a full sentence, whose lead gives its day in brackets ('統計局昨(27)日公布…'). Without
    this, a Macau paper's briefs (one paragraph a story, no headline) were one story."""
    return {i for i, x in enumerate(lines) if i and kinds[i][0] in TEXT and _ended(lines[i - 1], kinds[i - 1])
            and _DATED_LEAD.match(x.text) and not _GOES_ON.match(x.text)}


def _ended(line: Line, kind: tuple[str, Any]) -> bool:
    """Is *line* text that ends on a full sentence, and no notice's field?"""
    return (kind[0] in TEXT and line.text.rstrip(CLOSERS)[-1:] in SENTENCE_ENDS
            and not _FIELD.match(line.text))
