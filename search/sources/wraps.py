"""Lines a page's template wrapped, joined back: a metadata key and its value, a date and
its time, each set on lines of their own."""
from __future__ import annotations

import re

from search.sources.tables import ISSUER_KEYS

# A metadata line ending on an empty source key, or a table's key naming the issuing body
# ('发布机构' / '某某局'), its value on the next line; a date a template sets as its year, its
# day and its time on lines of their own ('2023' / '11/10' / '07:52').
_OPEN_SOURCE = re.compile(r"(来源|來源)\s*[:：]\s*$")
_OPEN_SOURCE_MAX = 30
_ISSUER_KEY = re.compile(rf"^({ISSUER_KEYS}|发文单位|發文單位)$")
_YEAR_ONLY, _DAY_ONLY = re.compile(r"^(19|20)\d{2}$"), re.compile(r"^\d{1,2}[/-]\d{1,2}$")
_YEAR_DAY, _CLOCK_ONLY = re.compile(r"^(19|20)\d{2}-\d{1,2}-\d{1,2}$"), re.compile(r"^\d{1,2}:\d{2}$")


def wrapped(above: str, line: str) -> str | None:
    """*above* and *line* as the one line a template wrapped, else None."""
    if len(line) <= _OPEN_SOURCE_MAX and _OPEN_SOURCE.search(above):
        return above + line
    if len(line) <= _OPEN_SOURCE_MAX and _ISSUER_KEY.match(above):
        return f"{above}:{line}"
    if _YEAR_ONLY.match(above) and _DAY_ONLY.match(line):
        return f"{above}-{line.replace('/', '-')}"
    return f"{above} {line}" if _YEAR_DAY.match(above) and _CLOCK_ONLY.match(line) else None
