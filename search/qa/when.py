"""Time words in a query, resolved to a window of days in Beijing time.

The set of expressions is closed and small (the issue lists them): relative days, weeks,
months and years, absolute dates in the forms Chinese news uses, ranges between two of
them, and an explicit `日期:` form for keyword search and inline mode. A window is whole
days, both ends included; 最近 (and 近期, 这几天, 近日) is a default of RECENT_DAYS that the
engine widens when it holds nothing.
"""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
RECENT_DAYS = 7  # 最近: the last week ...
WIDER_DAYS = (30, 365)  # ... widened to a month, then a year, when it holds nothing
Clock = Callable[[], float]  # epoch seconds (time.time; tests pass a fixed one)


@dataclass(frozen=True)
class Window:
    """Days *first* to *last* (both included) in Beijing time; *said* is what the user wrote."""

    first: date
    last: date
    said: str
    recent: bool = False  # a 最近-like word: may be widened
    literal: bool = False  # a date as written in text (2022年7月): also a keyword, when no article is of those days

    def wider(self) -> Window | None:
        """The next wider recent window, ending on the same day; None when there is none."""
        days = (self.last - self.first).days + 1
        for n in WIDER_DAYS:
            if n > days and self.recent:
                return replace(self, first=self.last - timedelta(days=n - 1))
        return None

    def ms(self) -> tuple[int, int]:
        """The window as epoch milliseconds (first and last included), Beijing midnights."""
        start = datetime(self.first.year, self.first.month, self.first.day, tzinfo=BEIJING)
        end = datetime(self.last.year, self.last.month, self.last.day, tzinfo=BEIJING) + timedelta(days=1)
        return int(start.timestamp() * 1000), int(end.timestamp() * 1000) - 1


def today(clock: Clock = time.time) -> date:
    """The current day in Beijing."""
    return day_of(clock())


def day_of(seconds: float) -> date:
    """The Beijing day of an epoch time."""
    return datetime.fromtimestamp(seconds, BEIJING).date()


def _month(y: int, m: int) -> tuple[date, date]:
    first = date(y, m, 1)
    nxt = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return first, nxt - timedelta(days=1)


def _relative(word: str, now: date) -> tuple[date, date]:
    """The days a relative time word means."""
    monday = now - timedelta(days=now.weekday())
    month_start = now.replace(day=1)
    last_month = _month(*(now.year - 1, 12) if now.month == 1 else (now.year, now.month - 1))
    spans = {
        "今天": (now, now), "昨天": (now - timedelta(1), now - timedelta(1)),
        "前天": (now - timedelta(2), now - timedelta(2)),
        "本周": (monday, now), "上周": (monday - timedelta(7), monday - timedelta(1)),
        "本月": (month_start, now), "上月": last_month,
        "今年": (date(now.year, 1, 1), now), "去年": (date(now.year - 1, 1, 1), date(now.year - 1, 12, 31)),
        "最近": (now - timedelta(RECENT_DAYS - 1), now),
    }
    return spans[_RELATIVE_WORDS[word]]


# Each relative word and the span it names.
_RELATIVE_WORDS = {
    "今天": "今天", "今日": "今天", "昨天": "昨天", "昨日": "昨天", "前天": "前天",
    "本周": "本周", "这周": "本周", "这一周": "本周", "本星期": "本周", "这个星期": "本周", "这星期": "本周",
    "上周": "上周", "上星期": "上周", "上个星期": "上周", "上一周": "上周",
    "本月": "本月", "这个月": "本月", "这月": "本月", "上个月": "上月", "上月": "上月",
    "今年": "今年", "去年": "去年",
    "最近": "最近", "近期": "最近", "这几天": "最近", "近日": "最近", "近来": "最近", "最近几天": "最近",
}
_RELATIVE = re.compile("|".join(sorted(_RELATIVE_WORDS, key=len, reverse=True)))
# One date: 2023年11月21日, 2023年11月, 2023年, 11月21日, 2023-11-21, 2023-11 (only in ranges and
# the explicit form, where a bare 2023-11 cannot be a figure), 2023.
_DAY = r"(?:(?P<{p}y>\d{{4}})年(?:(?P<{p}m>\d{{1,2}})月(?:(?P<{p}d>\d{{1,2}})[日号])?)?|" \
       r"(?P<{p}md>\d{{1,2}})月(?P<{p}dd>\d{{1,2}})[日号]|" \
       r"(?P<{p}iy>\d{{4}})-(?P<{p}im>\d{{1,2}})(?:-(?P<{p}id>\d{{1,2}}))?)"
_ONE = re.compile(r"(?<![\d-])" + _DAY.format(p="a") + r"(?![\d-])")
_RANGE = re.compile(r"(?:从|自)?" + _DAY.format(p="a") + r"\s*(?:\.\.|到|至|~|～|—|－)\s*" + _DAY.format(p="b")
                    + r"(?:之间|期间|为止)?")
_EXPLICIT = re.compile(r"日期[:：]\s*(?P<spec>[0-9.\-]*)")
_EXPLICIT_SPEC = re.compile(r"(?P<a>\d{4}(?:-\d{1,2}){0,2})(?:\.\.(?P<b>\d{4}(?:-\d{1,2}){0,2}))?$")


def _span(m: re.Match[str], p: str, now: date, bare_iso_month: bool = True) -> tuple[date, date] | None:
    """The days one date of a match names (group prefix *p*); None when it is no real date."""
    g = m.groupdict()
    try:
        if g.get(p + "md"):  # no year: the last such day up to today
            d = date(now.year, int(g[p + "md"]), int(g[p + "dd"]))
            d = d if d <= now else date(now.year - 1, d.month, d.day)
            return d, d
        y, mo, dd = (g.get(p + "y"), g.get(p + "m"), g.get(p + "d")) if g.get(p + "y") else \
            (g.get(p + "iy"), g.get(p + "im"), g.get(p + "id"))
        if y is None or (not bare_iso_month and g.get(p + "iy") and not dd):
            return None
        if dd:
            d = date(int(y), int(mo or 1), int(dd))
            return d, d
        if mo:
            return _month(int(y), int(mo))
        return date(int(y), 1, 1), date(int(y), 12, 31)
    except ValueError:
        return None


def _iso_span(spec: str) -> tuple[date, date] | None:
    """2023, 2023-11 or 2023-11-21 as days."""
    m = _ONE.fullmatch(spec) or re.fullmatch(r"(?P<ay>\d{4})", spec)
    return _span(m, "a", date.today()) if m else None


def explicit(text: str) -> tuple[Window | None, str, bool]:
    """The `日期:SPEC` form (SPEC: 2023, 2023-11, 2023-11-21, or A..B of those): the window,
    the text without it, and whether the form was there but wrong."""
    m = _EXPLICIT.search(text)
    if m is None:
        return None, text, False
    rest = (text[:m.start()] + " " + text[m.end():]).strip()
    spec = _EXPLICIT_SPEC.match(m.group("spec"))
    a = _iso_span(spec.group("a")) if spec else None
    b = _iso_span(spec.group("b")) if spec and spec.group("b") else a
    if a is None or b is None or b[1] < a[0]:
        return None, rest, True
    return Window(a[0], b[1], m.group("spec")), rest, False


def find(text: str, now: date) -> tuple[Window | None, str]:
    """The first time expression in *text* (normalised) as a window, and the text with it
    blanked out; (None, text) when there is none. Dates that cannot be (2月30日) are left."""
    window, rest, _bad = explicit(text)
    if window is not None:
        return window, rest
    m = _RANGE.search(text)
    if m is not None:
        a, b = _span(m, "a", now), _span(m, "b", now)
        if a and b and b[1] < a[0] and not m.group("by") and not m.group("biy"):  # 12月20日到1月5日
            b = _span(m, "b", date(a[0].year + 1, 12, 31))
        if a and b and b[1] >= a[0]:
            return Window(a[0], b[1], m.group().strip(), literal=True), _blank(text, m)
    m = _RELATIVE.search(text)
    if m is not None:
        first, last = _relative(m.group(), now)
        return Window(first, last, m.group(), _RELATIVE_WORDS[m.group()] == "最近"), _blank(text, m)
    for m in _ONE.finditer(text):
        span = _span(m, "a", now, bare_iso_month=False)
        if span is not None:
            return Window(span[0], span[1], m.group(), literal=True), _blank(text, m)
    return None, text


def _blank(text: str, m: re.Match[str]) -> str:
    return text[:m.start()] + " " + text[m.end():]
