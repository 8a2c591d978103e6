"""Is a date line under a story's text that story's signature date, or the top of the next page?

In a dump the next page may open on a date line set right under the last paragraph of the
page before, where a government or school notice puts its signature date. The date line's
own shape does not tell them apart (both may be a bare date); what stands in it before the
date, and what stands under it, do. A signature is a bare date that ends its story: nothing
under it belongs to it. A page's top is dated as a site prints a header or a stamp: with a
label before the date ('今日新聞 2025-06-14', '目前顯示的是 … 的文章'), with the page's
metadata right under it, or as the first of a list's stamps (the same shape again a few
lines down, over each item, the last stamp with an item under it too).

Not read as a page's top: a key before the date ('日期:', '發布日期:': metadata, as often
under a story's text as over it), a weekday under the date (a letter's signature has one
too), metadata under the next headline (that headline's), the first stamp of a list that
stamps each item under it (the lines right above it are one more item: the kinds of the
lines between its stamps, of about their length, not the tail of a longer text)."""
from __future__ import annotations

import re
from typing import Any

from search.sources.dates import DATE, WEEKDAY, gregorian
from search.sources.lines import Line

_SPAN = 4  # lines from one stamp of a list to the next: an item's headline and a line or two of it
_ITEM = 2  # an item of a list is about the size of the next one: a text twice its size is a story's
_BARE = re.compile(r"[\s,，.。:：()（）\[\]【】|｜/•·-]")  # what a bare date line may hold besides the date

# a key before the date ('日期:', '發布日期:') is a story's metadata, over its text or under it
_KEYED = re.compile(r"^[^\d\s:：]{1,6}\s*[:：]")


def labelled(text: str) -> bool:
    """Does the date line *text* hold words before its date (a site's label, a theme's words:
    '今日新聞 2025-06-14')? A signature's date line holds none; a section's name after the date
    ('2025/06/26 16:53 政治') is a story's stamp as often under its text as over it."""
    found = DATE.search(gregorian(text))
    label = _BARE.sub("", WEEKDAY.sub("", gregorian(text)[:found.start()])) if found else ""
    return bool(label) and not _KEYED.match(text.strip())


def shape(text: str) -> str:
    """The date line *text* with its digits masked: the stamps of one list share it."""
    return re.sub(r"\d", "0", text.strip())


def stamps_items(texts: list[str], kinds: list[str], before: list[str]) -> bool:
    """Is the date line texts[0] the first stamp of a list that puts a stamp over each item:
    its shape again within a few lines, and the last stamp of the run with an item under it
    (a list of signed notices ends on a date instead)?"""
    if any(shape(t) == shape(texts[0]) for t in before[-_SPAN:]):
        return False  # a stamp inside a list, not its first: the list's page began above it
    at, runs = 0, 0
    while (nxt := next((j for j in range(at + 2, min(at + 2 + _SPAN, len(texts)))
                        if kinds[j] == "date" and shape(texts[j]) == shape(texts[0])), None)) is not None:
        at, runs = nxt, runs + 1
    return runs > 0 and at + 1 < len(texts) and kinds[at + 1] in ("body", "title", "lead")


def item_above(lines: list[Line], kinds: list[str], at: int) -> bool:
    """Do the lines right above the date line lines[at] read as one more item of its list,
    the list stamping each item under it ('headline / text / stamp', again and again)? The
    kinds of the lines between the first two stamps again right above the first, of about
    their length, and not the tail of a longer text running on into them."""
    nxt = next((j for j in range(at + 2, min(at + 2 + _SPAN, len(kinds))) if kinds[j] == "date"), None)
    if nxt is None or at - (nxt - at - 1) < 0:
        return False
    top = at - (nxt - at - 1)  # where the item above would start
    if kinds[top:at] != kinds[at + 1:nxt] or _size(lines[top:at]) > _ITEM * _size(lines[at + 1:nxt]):
        return False  # another shape, or a whole story's text over a list of snippets
    return kinds[top] == "title" or top == 0 or kinds[top - 1] != "body"


def _size(lines: list[Line]) -> int:
    return sum(len(x.text) for x in lines)


def heads_page(lines: list[Line], kinds: list[tuple[str, Any]], at: int) -> bool:
    """Does the date line lines[at], under a story's text, date the page that starts on it?"""
    texts = [x.text for x in lines[at:at + 16]]
    under = [k for k, _d in kinds[at:at + 16]]
    return (labelled(texts[0]) or under[1:2] in (["meta"], ["byline"])
            or (stamps_items(texts, under, [x.text for x in lines[max(0, at - _SPAN):at]])
                and not item_above(lines, [k for k, _d in kinds], at)))
