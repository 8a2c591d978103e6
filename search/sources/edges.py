"""The edges of a story: the page's labels, forms and codes left above its first real
sentence or below its last, told by their shape rather than by a list of their words.

A story's text opens and ends with sentences. What stands outside them is either the
story's own (headline, kicker, byline, signature, date, caption, subheading: short Han
lines with no colon to fill; below the text, they are read for its date and source and
then left out of it, story_end) or the page's: a table of keys ('废止时间: … 名称: …'), a form
('沒有留言:'), a pager ('页: [1]'), a jammer or an address (mostly Latin, digits and
symbols), a widget bar cut by the copy ('放大字體】【縮小字體'). Below the story, once a
form or table begins, the story does not resume: every line after it is the page's too.
The thresholds are data in chrome.py, each with why."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from search.sources.chrome import (
    EDGE_CLAUSE,
    EDGE_EMPTY_VALUE,
    EDGE_FOREIGN_MIN,
    EDGE_FOREIGN_SHARE,
    EDGE_LABEL,
    EDGE_LONG,
    EDGE_SENTENCE,
    EDGE_TOP_LABELS,
    SECTION_NUMBER,
)
from search.sources.dates import date_line

T = TypeVar("T")
_WS = re.compile(r"\s+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ASCII = re.compile(r"[\x21-\x7e]")
_HAN_STOP = re.compile(r"[。！？；]")  # a jammer's ';' and '!' are no sentence's
_BRACKETS = {"【": 1, "】": -1, "〔": 1, "〕": -1}


def is_sentence(text: str) -> bool:
    """A real sentence: sentence punctuation, or longer than any headline or label."""
    return bool(EDGE_SENTENCE.search(text)) or len(_WS.sub("", text)) > EDGE_LONG


def is_label_line(text: str, below: bool) -> bool:
    """A line of the page's keys: below a story, one key left empty or a line ending on a
    colon; above it, two keys or more (one alone is a letter's salutation, '同志们:')."""
    if EDGE_SENTENCE.search(text) or not EDGE_LABEL.match(text):  # a table row may run long
        return False
    keys = len(EDGE_LABEL.findall(text))
    if below:
        return text.rstrip()[-1] in ":：" or bool(EDGE_EMPTY_VALUE.match(text)) or keys >= EDGE_TOP_LABELS
    return keys >= EDGE_TOP_LABELS


def is_foreign(text: str) -> bool:
    """Mostly Latin letters, digits and ASCII symbols, and no date nor section number: a
    jammer, address or code ('一、時間:2026年3月6日 10:00 – 11:00' is a notice's part)."""
    if SECTION_NUMBER.match(text):
        return False
    han, other = len(_HAN.findall(text)), len(_ASCII.findall(text))
    return (han + other >= EDGE_FOREIGN_MIN and other > EDGE_FOREIGN_SHARE * (han + other)
            and date_line(text) is None)


def is_cut_bar(text: str) -> bool:
    """A bracket closed that was never opened, or left open: a widget bar cut by the copy."""
    depth = 0
    for ch in text:
        depth += _BRACKETS.get(ch, 0)
        if depth < 0:
            return True
    return depth != 0


def _page_line(text: str) -> bool:
    return not _HAN_STOP.search(text) and (is_foreign(text) or is_cut_bar(text))


def _real(text: str) -> bool:
    return is_sentence(text) and not is_label_line(text, False) and not _page_line(text)


def story_end(lines: list[T], text_of: Callable[[T], str]) -> int:
    """Where a story's text ends: after its last real sentence, or a line below it that
    still tells the story (its last sentence left without a full stop, a notice's item).
    What *trim_edges* keeps below it (a signature, its date, a caption, tags) is read for
    the story's date and source but is no part of its text; a text with no real sentence
    ends at its end."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if _real(text_of(lines[i]))), None)
    if last is None:
        return len(lines)
    told = [i for i in range(last + 1, len(lines)) if _told(text_of(lines[i]))]
    return (told[-1] if told else last) + 1


def _told(text: str) -> bool:
    """Below the last sentence, a line that still tells the story: a clause, a notice's
    numbered section or an item with a figure (chrome.EDGE_CLAUSE)."""
    return (bool(EDGE_CLAUSE.search(text)) or bool(SECTION_NUMBER.match(text))) and not _page_line(text)


def trim_edges(lines: list[T], text_of: Callable[[T], str]) -> list[T]:
    """*lines* without the page's lines above the first real sentence and below the last,
    and without everything from the first label line below the last sentence on. A text
    with no real sentence is kept whole (a poem, a list notice), unless it is empty keys only."""
    real = [i for i, x in enumerate(lines) if _real(text_of(x))]
    if not real:  # keys left empty ('词:', '页: [1]') are all a table's cut-off tail holds
        return [] if all(EDGE_EMPTY_VALUE.match(text_of(x)) for x in lines) else lines
    first, last = real[0], real[-1]
    tail = next((i for i in range(last + 1, len(lines)) if is_label_line(text_of(lines[i]), True)), len(lines))
    head = [x for x in lines[:first] if not is_label_line(text_of(x), False) and not _page_line(text_of(x))]
    foot = [x for x in lines[last + 1:tail] if not _page_line(text_of(x))]
    return head + lines[first:last + 1] + foot
