"""A story's origin read from its text: '原载于2024年7月16日《新疆日报》' anywhere in it, or a
lead dated in full in one of its first lines."""
from __future__ import annotations

import re

from search.sources.dates import iso
from search.text.leads import DATED_LINE, DATED_TAG

_ORIGIN = re.compile(r"原载于\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(《[^》]{1,30}》)?")
# A lead dated in full in its tag, in brackets before its first words ('(2014年10月7日)某某公會…',
# as community papers date a report), or in its dateline ('新华社北京2019年8月14日电', as wires
# dated stories before they dropped the year); in one of the first lines, under a photo's caption.
_DATED_LEAD = re.compile("^" + DATED_TAG + r"|^[(（]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[)）]|^" + DATED_LINE)
_DATED_REACH = 3


def origin_of(text: str) -> tuple[str | None, str | None]:
    """Date and source from '原载于2024年7月16日《新疆日报》' anywhere in the text, or the date of a
    lead that opens one of the text's first lines dated in full ('【2022年09月28日訊】',
    '【某某2020年07月17日訊】', '(2014年10月7日)某某公會…')."""
    m = _ORIGIN.search(text)
    if not m:
        lead = next((d for line in text.split("\n")[:_DATED_REACH] if (d := _DATED_LEAD.match(line))), None)
        return (iso(*[g for g in lead.groups() if g]) if lead else None), None
    return iso(*m.groups()[:3]), m.group(4)
