"""Lists of other headlines left at the edges of an article's text.

A page sets its story between a menu or a list of other stories above it ('今日頭條 …',
'• 即時新聞', '1. 更多') and a list of related or most-read headlines below it ('2. …',
'16分鐘前'). When no heading names such a list, its shape gives it away: a story's text
opens and ends with sentences, while three or more short lines in a row with no sentence
punctuation are items of a list. A kicker above the headline, a signature and its
date below the text are one or two such lines, never three.

A line standing above the headline is its kicker (引题) only when it reads like one: a
phrase, not the page's label (a tag, the site's name, a dated page header, a menu)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from search.sources.chrome import SECTION_NUMBER
from search.sources.dates import date_line
from search.sources.heads import ECHO, echo_share

MIN_RUN = 3  # this many list-shaped lines in a row at an edge are a list, not the story's
MAX_ITEM = 40  # a longer line is a paragraph, however it is punctuated
_WS = re.compile(r"\s+")  # menus space their items out: counted without the spaces
_PROSE = re.compile(r"[。；;]|[！？!?][”」』\"]")  # a sentence, or a quoted cry: text, not a list item

# Page labels above a headline, never its kicker: a date ('新聞自選輯 20260308', a daily
# page's '2023-02-06'), a menu or control bar ('返回首页 | 字号'), the site's own name
# ('某某電子報', '某某網').
_DATED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}|(?<!\d)\d{8}(?!\d)")
_BAR = re.compile(r"[|｜>＞»]")
_SITE = re.compile(r"^[^\s，,。:：]{1,8}(网|網|社|报|報|台|臺)$")
MIN_KICKER = 5  # a shorter line above a headline is a tag or a section's name

# A line at a story's edge with no Han character and no date is the page's: an English
# control or credit, a translation appended to the story, a code or a count ('Previous Next',
# 'Photo: Getty Images', 'Email: …', '12345 678'). Inside the text it may be a quote: kept.
_HAN = re.compile(r"[\u4e00-\u9fff]")

T = TypeVar("T")


def is_item(text: str) -> bool:
    """Shaped like an item of a list of headlines or links: short, with no sentence end, and
    not a part of the story's outline ('二、地點:…')."""
    return len(_WS.sub("", text)) <= MAX_ITEM and not _PROSE.search(text) and not SECTION_NUMBER.match(text)


def trim_lists(lines: list[T], text_of: Callable[[T], str]) -> list[T]:
    """*lines* without a run of MIN_RUN or more list items at either edge, as long as text is
    left between them (a text made of short lines only, such as a poem or a list notice, is
    kept whole)."""
    items = [is_item(text_of(x)) for x in lines]
    if all(items):
        return lines
    start = items.index(False)
    end = len(items) - items[::-1].index(False)
    lo = start if start >= MIN_RUN else 0
    hi = end if len(items) - end >= MIN_RUN else len(items)
    return _trim_foreign(lines[lo:hi], text_of)


def _trim_foreign(lines: list[T], text_of: Callable[[T], str]) -> list[T]:
    """*lines* without lines holding no Han character and no date at either edge, when a
    line with Han is left (a story in English is kept whole)."""
    han = [bool(_HAN.search(text_of(x))) or date_line(text_of(x)) is not None for x in lines]
    if True not in han:
        return lines
    return lines[han.index(True):len(han) - han[::-1].index(True)]


def is_kicker(text: str) -> bool:
    """Can this line above a headline be its kicker, rather than a label of the page?"""
    bare = _WS.sub("", text)
    if SECTION_NUMBER.match(text):  # '一、時間:2026年3月6日' under a notice's headline: its own part
        return True
    return (len(bare) >= MIN_KICKER and not _DATED.search(bare) and not _BAR.search(bare)
            and not _SITE.match(bare))


# A list of other stories inside the page, not at an article's edge: a block of headlines,
# some with a line of teaser under them (a related-stories box after the story, an e-paper's
# list of the page's headlines above it). The splitter would read each headline and its
# teaser as an article of its own.
MIN_HEADLINES = 4  # distinct headlines in one block: a story's kicker, headline and subtitle
# are three, and a page that says its headline three times says one
MAX_TEASER = 80  # a longer line under a headline is the story's text, ending the block
_ENDS = "。！？!?」”』\"）)"
STORY = 3  # paragraphs longer than a teaser above a list: a story, and the list is its related box
KEEP_NEXT = 2  # a block's last lines right above a story's credit, lead or text are its headline


def headline_blocks(lines: list[str], kinds: list[str]) -> set[int]:
    """Indices of lines in blocks of MIN_HEADLINES or more title lines, where the other
    lines are teasers (a short text cut off right under a headline) and no credit, lead or
    date line stands, in a text that holds a story's paragraphs; a block's last
    KEEP_NEXT lines are kept when a story opens right under it."""
    drop: set[int] = set()
    if not any(len(x) > MAX_TEASER for x in lines):  # no story's text: short lines are the text
        return drop
    longer = [0]  # paragraphs longer than a teaser before each line
    for x in lines:
        longer.append(longer[-1] + (len(x) > MAX_TEASER))
    i = 0
    while i < len(lines):
        j = i
        below = longer[i] >= STORY  # a related box under a story
        while j < len(lines) and (_headline(lines[j], kinds[j]) or (
                j > i and kinds[j - 1] == "title" and _teaser(lines[j], kinds[j], below))):
            j += 1
        titles = len({_WS.sub("", x) for x, k in zip(lines[i:j], kinds[i:j], strict=True) if k == "title"})
        if titles >= MIN_HEADLINES:
            end = j - KEEP_NEXT if j < len(lines) and not _headline(lines[j], kinds[j]) else j
            cut = set(range(i, max(i, min(end, _said_whole(lines[i:j]) + i))))
            if j < len(lines) and not _headline(lines[j], kinds[j]):
                cut -= _echoed_in(lines, sorted(cut), j)
            drop.update(cut)
        i = max(j, i + 1)
    return drop


def _headline(line: str, kind: str) -> bool:
    """A title line that may head another story: not a part of this one's outline ('一、時間')."""
    return kind == "title" and not SECTION_NUMBER.match(line)


def _echoed_in(lines: list[str], block: list[int], j: int) -> set[int]:
    """The line of *block* (indices) that the story opening at line *j* restates most, when it
    restates enough of it: the story's headline over a list of its photos' captions
    (e-papers set 'Headline' / '农业现代化' / '希望的田野' / '收获' over the text)."""
    opening = "".join(lines[j:j + 3])
    best = max(block, key=lambda k: echo_share(lines[k], opening), default=None)
    return {best} if best is not None and echo_share(lines[best], opening) >= ECHO else set()


def _teaser(line: str, kind: str, below: bool) -> bool:
    """A story's first words under its headline in a list: short, and cut off (no sentence's
    end) unless the list stands *below* a story."""
    return kind == "body" and len(line) <= MAX_TEASER and (below or line.rstrip()[-1] not in _ENDS)


def _said_whole(block: list[str]) -> int:
    """Where a block's last lines are one headline said again in pieces ('• X Y Z' above 'X' /
    'Y' / 'Z'): the index of the whole line, which is the story's headline; else the block's end."""
    bare = [_WS.sub("", x).lstrip("•·●◆■▪-") for x in block]
    for k in range(2, min(len(block), 5)):
        joined = "".join(bare[-k:])
        if len(joined) >= 8 and joined in bare[:-k]:
            return bare.index(joined)
    return len(block)
