"""Lines whose shape reads as text but which stand as headlines all the same: by the line
under them (a credit) or by being said twice. The splitter reads them as titles."""
from __future__ import annotations

import re
from typing import Any

from search.sources.lines import _HAN, Line

# A headline may ask or cry more than once and quote its speaker ('「X」颱風逼近是否停課？北市教育
# 局：山區會提早'), which the shape of a title line refuses. Right above the story's byline or
# metadata, a short line with no full stop is the headline all the same.
_CREDIT_KINDS = ("byline", "meta")
_HEAD_MAX = 60
# A short headline said twice ('开耕啦!' / '开耕啦!': the page's title, then the story's heading)
# even when it cries, which a line's shape alone calls a sentence. A related list says each
# item's longer headline twice too (its link, then its teaser's first line): at most this long.
_TWICE_MAX = 16
_STOPS = re.compile(r"[。；;]|[:：，,、]$")  # a full stop, or a line left open: no headline


def over_credit(text: str, below: str | None) -> bool:
    """Is *text*, a line read as text, the headline right above a byline or metadata line
    (*below*: the kind of the next line)?"""
    bare = "".join(text.split())
    return below in _CREDIT_KINDS and 6 <= len(bare) <= _HEAD_MAX and not _STOPS.search(bare)


def said_twice_alone(texts: list[str], i: int) -> bool:
    """Is line *i* of *texts* a short line said again on the next line or the one above, with
    no full stop?"""
    text = texts[i]
    return (2 <= len(text) <= _TWICE_MAX and not _STOPS.search(text) and _HAN.search(text) is not None
            and text in texts[max(0, i - 1):i] + texts[i + 1:i + 2])


def read_as_heads(lines: list[Line], kinds: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """*kinds* with the text lines that stand as headlines read as titles."""
    texts = [x.text for x in lines]
    nxt = [k[0] for k in kinds[1:]] + [None]
    return [("title", None) if k[0] == "body" and (over_credit(texts[i], nxt[i]) or said_twice_alone(texts, i))
            else k for i, k in enumerate(kinds)]
