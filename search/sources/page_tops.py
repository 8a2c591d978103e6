"""Is a date line under a story's text that story's signature date, or the top of the next page?

In a dump the next page may open on a date line set right under the last paragraph of the
page before, where a government or school notice puts its signature date. The date line's
own shape does not tell them apart (both may be a bare date); what stands in it before the
date, and what stands under it, do. A page's top is dated as a site prints a header or a
stamp: with a label before the date ('今日新聞 2025-06-14', '目前顯示的是 … 的文章'), with the
page's metadata block right under it and the page's text right under that, or as the first
of a list's stamps (the same shape again a few lines down, over each item, the last stamp
with an item under it too).

Read as the story's own date: a key before the date ('日期:', '日期 ', '发布时间 ': metadata,
as often under a story's text as over it), a signer before it ('某某市人民政府办公室 2024年6月3日',
'新华社 …'), a bracketed date ('（2024年6月3日）', a speech's or a document's), a trailer under
it ('来源:', '作者:', '记者 某某', '责任编辑:'; or metadata with no text right under it), and the
first stamp of a list that stamps each item under it (the lines right above it are one more
item: a headline over a text or two under a list's label, or the form of the lines between
its stamps, not the tail of a longer text)."""
from __future__ import annotations

import re
from typing import Any

from search.sources.dates import DATE, WEEKDAY, gregorian
from search.sources.keys import CHECKER, EDITOR, SOURCE
from search.sources.lines import Line

_SPAN = 4  # lines from one stamp of a list to the next: an item's headline and a line or two of it
_TEXT = ("body", "lead")
_BARE = re.compile(r"[\s,，.。:：()（）\[\]【】|｜/•·-]")  # what a bare date line may hold besides the date
# a key before the date ('日期:', '發布日期：'): a story's metadata, over its text or under it
_KEYED = re.compile(r"^[^\d\s:：]{1,6}\s*[:：]")
# a date's key alone with a space instead ('日期 ', '发布时间 ', '更新于', '写于'): the same (not a
# page's table of fields ending on one: '发布机构 市人民政府办公室 发文日期 2019-11-20')
_DATE_KEY = re.compile(r"^\w{0,4}?(日期|时间|時間|更新|发表|發表|发布|發布|写|寫|公元)[于於]?$|^[于於]$")
# a signer before the date ('某某市人民政府办公室 2024年6月3日', '新华社 2024年6月3日'): a signature
_SIGNER = re.compile(r"(政府|办公室|辦公室|委员会|委員會|学校|學校|中学|中學|小学|小學|大学|大學|学院|學院"
                     r"|局|厅|廳|处|處|院|社|所|会|會|部|中心|公司|集团|集團|协会|協會)$")
# a trailer's key under a date ('来源:', '作者:', '记者 某某', '责任编辑:'): the story's own
_TRAILER = re.compile(r"^[(（\[【]?\s*(" + SOURCE + "|作者|记者|記者|" + EDITOR + "|" + CHECKER
                      + "|通讯员|通訊員|撰稿|摄影|攝影)")


def labelled(text: str) -> bool:
    """Does the date line *text* hold a label before its date (a site's or a section's name,
    a theme's words: '今日新聞 2025-06-14')? A date key ('日期:', '发布时间 ') and a signer
    ('某某市人民政府办公室', '新华社') are no label; nor is a weekday, nor a section's name
    after the date ('2025/06/26 16:53 政治': a stamp as often under its story as over it)."""
    found = DATE.search(gregorian(text))
    label = _BARE.sub("", WEEKDAY.sub("", gregorian(text)[:found.start()])) if found else ""
    return bool(label) and not (_KEYED.match(text.strip()) or _DATE_KEY.search(label) or _SIGNER.search(label)
                                or _TRAILER.match(label))


def shape(text: str) -> str:
    """The date line *text* with its digits masked: the stamps of one list share it."""
    return re.sub(r"\d", "0", text.strip())


def stamps_items(texts: list[str], kinds: list[str], before: list[str]) -> bool:
    """Is the date line texts[0] (the lines *before* it above) the first stamp of a list that
    puts a stamp over each item: no stamp of its shape just above, its shape again within a
    few lines, and the last stamp of the run with an item under it (a list of signed notices
    ends on a date instead)?"""
    if any(shape(t) == shape(texts[0]) for t in before[-_SPAN - 1:]):
        return False  # a stamp inside a list, not its first: the list's page began above it
    at, runs = 0, 0
    while (nxt := next((j for j in range(at + 2, min(at + 2 + _SPAN, len(texts)))
                        if kinds[j] == "date" and shape(texts[j]) == shape(texts[0])), None)) is not None:
        at, runs = nxt, runs + 1
    return runs > 0 and at + 1 < len(texts) and kinds[at + 1] in ("body", "title", "lead")


def item_above(kinds: list[str], at: int) -> bool:
    """Do the lines right above the date line kinds[at] read as one more item of its list,
    the list stamping each item under it ('headline / text / stamp', again and again)? The
    kinds of the lines between the first two stamps again right above the first (not the
    tail of a longer text, nor a headed story's text over items with no headline), or a
    headline over a text or more under a list's label (the first item may be the longest)."""
    nxt = next((j for j in range(at + 2, min(at + 2 + _SPAN, len(kinds))) if kinds[j] == "date"), None)
    if nxt is None:
        return False
    item = kinds[at + 1:nxt]
    top = at - len(item)  # where the item above would start
    if top >= 0 and kinds[top:at] == item and (
            item[0] == "title" or top == 0 or kinds[top - 1] not in (*_TEXT, "title")):
        return True
    return item[0] == "title" and _under_label(kinds, at)


def _under_label(kinds: list[str], at: int) -> bool:
    """Is a headline over one to _SPAN text lines right above kinds[at], under a list's label?"""
    top = at
    while top and kinds[top - 1] in _TEXT and at - top < _SPAN:
        top -= 1
    return top < at and top >= 2 and kinds[top - 1] == kinds[top - 2] == "title"


def meta_header(lines: list[Line], kinds: list[str]) -> bool:
    """Is the metadata under the date line lines[0] the next page's header: a run of metadata
    or bylines under it, none a trailer's key, with the next story's text right
    under the run? Under a story's date a trailer (来源, 作者, 记者) is that story's own."""
    end = 1
    while end < len(kinds) and kinds[end] in ("meta", "byline"):
        if _TRAILER.match(lines[end].text.strip()):
            return False
        end += 1
    return 1 < end < len(kinds) and kinds[end] in _TEXT and lines[end].gap == 0


def heads_page(lines: list[Line], kinds: list[tuple[str, Any]], at: int) -> bool:
    """Does the date line lines[at], under a story's text, date the page that starts on it?"""
    texts = [x.text for x in lines[at:at + 16]]
    under = [k for k, _d in kinds[at:at + 16]]
    if texts[0].strip()[:1] in "(（":
        return False  # '（2024年6月3日）': a speech's or a document's date, under its text
    return (labelled(texts[0]) or meta_header(lines[at:at + 16], under)
            or (stamps_items(texts, under, [x.text for x in lines[max(0, at - _SPAN - 1):at]])
                and not item_above([k for k, _d in kinds], at)))
