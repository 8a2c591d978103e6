"""Dates as pages write them: year first or day first, Republic of China years, Chinese
numerals, English month names, and lines that are only a date."""
from __future__ import annotations

import datetime
import re

_WEEKDAY = re.compile(r"(星期|禮拜|礼拜)[一二三四五六日天]?|[周週][一二三四五六日]|"
                      r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b\.?", re.IGNORECASE)  # 'Tuesday, 20 December 2016'
# A date line may carry when the page was last updated: '2021/3/24 22:42(3/24 22:51 更新)',
# '2024-05-01 10:00 更新時間：10:30'. The first date is the story's; the stamp is dropped.
_UPDATED = re.compile(r"[（(][^()（）]{0,24}(更新|updated)[^()（）]{0,12}[)）]|"
                      r"\s(最後|最后)?(更新|更新時間|更新时间)\s*[:：]?[\d\s/:.：-]{0,20}$", re.IGNORECASE)
# Year first (2024年7月20日, 2024-07-20, 2024/7/20), or day first with dots or slashes
# (01.07.2020, 12/07/2024), as Hong Kong, Malaysian and Singapore pages write it.
DATE = re.compile(r"(?:(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))|"
                  r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\7(\d{4})(?![\d./-]))"
                  r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?")
# Taiwan pages count years from the Republic ('中華民國91年3月19日' is 2002): year 1 is 1912.
_ROC = re.compile(r"(?:中華|中华)?民[國国]\s*(\d{1,3})\s*年(?=\s*\d{1,2}\s*月)")
_ROC_BASE = 1911
# Without 民國: a three-digit year before a month and day is no other calendar's ('112年9月6日')
_BARE_ROC = re.compile(r"(?<![\d.])(1[0-4]\d)(?=\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# '發布日期:112-09-05', '刊登日:101-05-22': the same year, dashed, as Taiwan's metadata lines write it
_DASHED_ROC = re.compile(r"(?<![\d.])(1[0-4]\d)(?=([-/.])\d{1,2}\2\d{1,2}(?!\d))")
# Notices and e-papers write dates in Chinese numerals: '二〇二三年五月六日', '一九九六年一月一日'.
_HAN_DATE = re.compile(r"([〇○零一二三四五六七八九]{4})年"
                       r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
WEEKDAY = _WEEKDAY  # a weekday's name, as dates and page headers write it
_HAN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0}


def iso(y: str, m: str, d: str) -> str | None:
    """An ISO date, or None when the parts are not a real date."""
    try:
        return datetime.date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


# Month names' first three letters, in English and in the Malay and Indonesian a Malaysian or
# Indonesian Chinese site's theme prints ('Okt 21, 2022', '5 Mei 2023', '3 Ogos 2021').
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "mac": 3, "apr": 4, "may": 5, "mei": 5, "jun": 6, "jul": 7,
           "aug": 8, "agu": 8, "agt": 8, "ogo": 8, "ogs": 8, "sep": 9, "oct": 10, "okt": 10, "nov": 11,
           "dec": 12, "dis": 12, "des": 12}
_MONTH = r"(Jan|Feb|Mar|Mac|Apr|May|Mei|Jun|Jul|Aug|Agu|Agt|Ogo|Ogs|Sep|Oct|Okt|Nov|Dec|Dis|Des)[a-z]*\.?"
# Singapore and Malaysia pages write dates in English: 'Mar 6, 2023', '6 March 2023'.
_EN_DATE = re.compile(rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}}))\b",
                      re.IGNORECASE)


# ... and with the year first: '2026-Jan-20'.
_YEAR_MONTH_DAY = re.compile(rf"\b(\d{{4}})-{_MONTH}-(\d{{1,2}})\b", re.IGNORECASE)


def _en_date(m: re.Match[str]) -> str:
    month, day, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    return f"{year}年{_MONTHS[month[:3].lower()]}月{int(day)}日"


# A content system's Chinese locale writes the day, the month's name and the year: '週日, 27 十月 2019'.
_DAY_MONTH_YEAR = re.compile(r"(?<![\d.])(\d{1,2})\s+([一二三四五六七八九十]{1,3})月\s+(\d{4})(?!\d)")
# Blogger's Chinese locale writes the month, the day and the year: '星期一, 8月 17, 2009'.
_MONTH_DAY_YEAR = re.compile(r"(?<![\d年])(\d{1,2})月\s+(\d{1,2}),\s*(\d{4})(?!\d)")


_LATIN = re.compile(r"[A-Za-z]{3}")


def gregorian(text: str) -> str:
    """*text* with its dates in digits of the common era: Republic of China years ('民國91年3月'
    -> '2002年3月') and dates in Chinese numerals ('二〇二三年五月六日' -> '2023年5月6日',
    '27 十月 2019' -> '2019年10月27日', '8月 17, 2009' -> '2009年8月17日')."""
    if _LATIN.search(text):  # English, Malay and Indonesian month names
        text = _EN_DATE.sub(_en_date, text)
        text = _YEAR_MONTH_DAY.sub(lambda m: f"{m.group(1)}年{_MONTHS[m.group(2)[:3].lower()]}月{int(m.group(3))}日",
                                   text)
    if "月" not in text:  # every other form names the month
        return text
    text = _DAY_MONTH_YEAR.sub(lambda m: f"{m.group(3)}年{_han_number(m.group(2))}月{m.group(1)}日", text)
    text = _MONTH_DAY_YEAR.sub(lambda m: f"{m.group(3)}年{m.group(1)}月{m.group(2)}日", text)
    text = _BARE_ROC.sub(_roc_year, _ROC.sub(lambda m: f"{int(m.group(1)) + _ROC_BASE}年", text))
    return _HAN_DATE.sub(lambda m: f"{_han_number(m.group(1))}年{_han_number(m.group(2))}月"
                                   f"{_han_number(m.group(3))}日", text)


def _han_number(text: str) -> int:
    """'二〇二三' -> 2023 (digit by digit); '十二' -> 12, '二十七' -> 27, '十' -> 10."""
    if "十" not in text:
        return int("".join(str(_HAN_DIGIT[c]) for c in text))
    tens, _, ones = text.partition("十")
    return (_HAN_DIGIT.get(tens, 0) if tens else 1) * 10 + _HAN_DIGIT.get(ones, 0)  # '十十': no real day


def find_date(text: str) -> str | None:
    """The first real date written in *text* (2024年7月20日, 2024-07-20 10:30, 2024/7/20,
    中華民國91年3月19日, day-first 18/11/2020, or month-first 10/16/2021 when the day is over 12),
    as ISO."""
    for m in DATE.finditer(gregorian(text)):
        y, m1, d1, m2, d2, day, sep, month, year = m.groups()
        value = iso(y, m1 or m2, d1 or d2) if y else iso(year, month, day)
        if not value and sep == "/":  # '10/16/2021': an American page puts the month first
            value = iso(year, day, month)
        if value:
            return value
    return None


# A line that is only a date may write it as page headers do: the year set apart from the
# month ('2023 10月14日 星期'), a Taiwan page's Republic year without 民國 ('114年01月13日': a
# three-digit year before a month and day is no other calendar's), the site's address beside
# it ('http://www.example.com   2018-03-01 00:43:51').
_SPACED_YEAR = re.compile(r"^(\d{4})\s+(?=\d{1,2}\s*月)")
_DASHED_CLOCK = re.compile(r"\s+[-–]\s+\d{1,2}:\d{2}(:\d{2})?$")  # '2019/10/24 - 20:50'
# A site's address, with its scheme or bare ('qz.example.com', 'china.com.cn') as a header prints it.
ADDRESS = re.compile(r"(https?://|www\.)\S+|(?<![\w.@])[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|gov|edu|cn|hk|tw|mo)"
                     r"(\.(cn|hk|tw|mo))?(?![\w.])", re.IGNORECASE)


def bare_roc(text: str) -> str:
    """*text* with its bare Republic years ('108年10月24日', '112-09-05': three digits before a
    month and day are no other calendar's) written as Gregorian ones. For a line that is only a
    date, or metadata: in running text a dashed one may be a number of another kind."""
    return _DASHED_ROC.sub(_roc_year, _BARE_ROC.sub(_roc_year, text))


def _roc_year(m: re.Match[str]) -> str:
    """The Gregorian year of the Republic year *m* holds."""
    return str(int(m.group(1)) + _ROC_BASE)


# An English theme's words around the date: 'Published 1 January 2018 3:11pm', 'Published at
# Mar 16, 2026 12:53 pm', '2020年10月4號 by Jacky', 'Harianty • 15 September 2025': when it was
# posted and who posted it.
_THEME_WORDS = re.compile(r"^((Published|Posted|Updated)(\s+(on|at))?\s*:?|"
                          r"[A-Z][A-Za-z.]*( [A-Z][A-Za-z.]*){0,2}\s*[•·|])\s*|"
                          r"(?<=\d)\s*[ap]\.?m\.?(?![A-Za-z])|"
                          r"\s+by\s+[A-Za-z][\w.-]{0,20}( [A-Za-z][\w.-]{0,20})?$|"
                          # a blog archive's day: '目前顯示的是 3月 30, 2022的文章'
                          r"^(目前顯示的是|目前显示的是)\s*|(的文章|的博文)$", re.IGNORECASE)
_HK_DAY = re.compile(r"(?<=\d月)(\d{1,2})\s*[號号](?!\d)")  # '10月4號': Hong Kong's word for the day


def date_line(text: str) -> str | None:
    """A line that is only a date (with perhaps a time, a weekday, the site's address, or a
    theme's words of who posted it when), as ISO."""
    text = _HK_DAY.sub(r"\1日", _THEME_WORDS.sub("", text))
    text = _DASHED_CLOCK.sub("", ADDRESS.sub(" ", _UPDATED.sub("", gregorian(text))).strip())
    text = bare_roc(_SPACED_YEAR.sub(r"\1年", text))
    if len(text) > 40:
        return None
    rest = _WEEKDAY.sub("", DATE.sub("", text, count=1)).strip(" ,，()（）•·")  # '• 2016-09-11' in a list
    return find_date(text) if not rest and DATE.search(text) else None


# An e-paper's toolbar around its edition's date ('上一版  下一版 2021年10月22日 星期 放大 缩小
# 默认'): the bar is chrome, its date the date of every story on the page.
_EDITION_PAGER = re.compile(r"上一版|下一版|上一期|下一期")
_EDITION_BAR = re.compile(r"上一版|下一版|上一期|下一期|放大|缩小|縮小|默认|默認|[|｜]")


def edition_date(text: str) -> str | None:
    """The date an e-paper's toolbar line states, as ISO; None for any other line."""
    if len(text) > 80 or not _EDITION_PAGER.search(text):
        return None
    return date_line(_EDITION_BAR.sub(" ", text))


# A site's header clock puts the weekday before the day ('星期六 2024年 10月 26日'); a story's
# own date, and an e-paper's, put it after.
_CLOCK = re.compile(r"^(星期|週|周|礼拜|禮拜)[一二三四五六日天]\s*[,，]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def header_clock(text: str) -> bool:
    """Is *text* a site's header clock (today's date, never a story's)?"""
    return _CLOCK.match(text.strip()) is not None


# A board's post opens on its poster and the time it was posted, above the thread's title
# ('某某管理员6 发表于 2020-3-21 10:48').
_POSTED = re.compile(r"^\S{1,20}\s+(发表于|發表於)\s*(?=\d)")


def posted_on(text: str) -> str | None:
    """The day a board's post line says it was posted, as ISO; None for any other line."""
    return find_date(text) if len(text) <= 60 and _POSTED.match(text) else None


# A site's section label over the time it posted a story ('新聞 / 2025-07-29 09:14:08 /
# headline', '即時 / 2026/02/26 16:25:00 / headline'): a page's header, never a signature (a
# signature names its body and dates its day, with no clock).
_LABEL_MAX = 4  # characters of a section's label
_CLOCKED = re.compile(r"\d{1,2}:\d{2}(:\d{2})?\s*$")


def posted_label(label: str, text: str) -> bool:
    """Is *text* a date with its clock under a section's short *label* (a page's header)?"""
    return len(label) <= _LABEL_MAX and _CLOCKED.search(text) is not None and date_line(text) is not None
