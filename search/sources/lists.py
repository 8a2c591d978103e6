"""Lists of other headlines left at the edges of an article's text.

A page sets its story between a menu or a list of other stories above it ('今日頭條 …',
'• 即時新聞', '1. 更多') and a list of related or most-read headlines below it ('2. …',
'16分鐘前'). When no heading names such a list, its shape gives it away: a story's text
opens and ends with sentences, while three or more short lines in a row with no sentence
punctuation are items of a list. A kicker above the headline, a signature and its
date below the text are one or two such lines, never three."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

MIN_RUN = 3  # this many list-shaped lines in a row at an edge are a list, not the story's
MAX_ITEM = 40  # a longer line is a paragraph, however it is punctuated
_WS = re.compile(r"\s+")  # menus space their items out: counted without the spaces
_PROSE = re.compile(r"[。；;]")  # a sentence: text, not a list item

T = TypeVar("T")


def is_item(text: str) -> bool:
    """Shaped like an item of a list of headlines or links: short, with no sentence end."""
    return len(_WS.sub("", text)) <= MAX_ITEM and not _PROSE.search(text)


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
    return lines[lo:hi]
