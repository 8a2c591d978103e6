"""A story's origin read from its text: '原载于2024年7月16日《新疆日报》' anywhere in it, or a
lead dated in full in one of its first lines (a dispatch's credit dated in digits too)."""
from __future__ import annotations

import datetime
import re

from search.sources.dates import DATE, find_date, iso
from search.text.leads import DATED_LINE, DATED_TAG

_ORIGIN = re.compile(r"原载于\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(《[^》]{1,30}》)?")
# A lead dated in full in its tag, in brackets before its first words ('(2014年10月7日)某某公會…',
# as community papers date a report), or in its dateline ('新华社北京2019年8月14日电', as wires
# dated stories before they dropped the year); in one of the first lines, under a photo's caption.
_DATED_LEAD = re.compile("^" + DATED_TAG + r"|^[(（]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)）]|^" + DATED_LINE)
_DATED_REACH = 3
# A dispatch's credit with the day in digits right after it, as overseas papers print it
# ('本報訊18/11/2020 下午2時', or in brackets after the headline: 'Headline 《本報訊18/11/2020
# 下午2時》…'): a credit ending on 讯/訊, the date standing apart from what follows.
_DISPATCH = re.compile(r"(?:^[《【\[(（]?|[《【\[(（])\s*[^\s\d，。,:：《》【】\[\]()（）]{1,12}?(?:讯|訊)\s*(?=\d)")
_DISPATCH_END = re.compile(r"\s|[》】\])）]|$")


def origin_of(text: str) -> tuple[str | None, str | None]:
    """Date and source from '原载于2024年7月16日《新疆日报》' anywhere in the text, or the date of a
    lead that opens one of the text's first lines dated in full ('【2022年09月28日訊】',
    '【某某2020年07月17日訊】', '(2014年10月7日)某某公會…', '《本報訊18/11/2020 下午2時》')."""
    m = _ORIGIN.search(text)
    if m:
        return iso(*m.groups()[:3]), m.group(4)
    firsts = text.split("\n")[:_DATED_REACH]
    lead = next((d for line in firsts if (d := _DATED_LEAD.match(line))), None)
    if lead:
        return iso(*[g for g in lead.groups() if g]), None
    return next((day for line in firsts if (day := dispatch_date(line))), None), None


def dispatch_date(line: str) -> str | None:
    """The day a dispatch's credit states in digits right after it, opening *line* or in
    brackets ('… 《本報訊18/11/2020 下午2時》…'), as ISO; None for any other line."""
    credit = _DISPATCH.search(line)
    if credit is None or (date := DATE.match(line, credit.end())) is None:
        return None
    return find_date(date.group(0)) if _DISPATCH_END.match(line, date.end()) else None


# A wire's or site's lead stating the month and day its story was filed ('某某网3月30日电',
# '【某某网2月15日报道 记者某某】'), in the first lines of the text. A page dated two days to a
# week after that day reprinted the story: the story's day is its lead's. A page dated the next
# day posted a wire's evening copy the next morning: the page's own date stands.
_DAY_LEAD = re.compile(r"^[【\[(（]?\s*[^\s\d，。,:：()（）【】]{2,16}?(\d{1,2})月(\d{1,2})日"
                       r"(?:电|電|讯|訊|报道|報導)(?=[\s（(【\]】:：]|$)")
_LEAD_REACH = 2  # lines
_LEAD_LAG = (2, 7)  # days a reprint's metadata date trails the day its lead states


def lead_day(text: str, posted: str) -> str | None:
    """The day a lead in *text*'s first lines states by month and day ('某某网3月30日电'), in
    the year of *posted* (the metadata's ISO date), when it falls two days to a week before it
    (a reprint); else None."""
    day = datetime.date.fromisoformat(posted)
    for line in text.split("\n")[:_LEAD_REACH]:
        if (lead := _DAY_LEAD.match(line.strip())) is None:
            continue
        for year in (day.year, day.year - 1):  # a December lead under a January posting
            stated = iso(str(year), lead.group(1), lead.group(2))
            if stated and _LEAD_LAG[0] <= (day - datetime.date.fromisoformat(stated)).days <= _LEAD_LAG[1]:
                return stated
    return None
