"""Navigation bars and SEO keyword strings: lines of short items with no sentence among them,
page chrome whatever the words (search.sources.lines asks these among its chrome tests)."""
from __future__ import annotations

import re

from search.sources.meta import _SENTENCE

_HAN = re.compile(r"[\u4e00-\u9fff]")
_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
_NAV_SEP = re.compile(r"\s*[|｜>＞›»·•/]\s*|\s{2,}|\s")


# SEO spam heading a mirror page: keyword phrases strung with commas, dashes or pipes
# ('A精品,B在线观看,C中文字幕'); a headline has one such break at most.
_SPAM_SEP = re.compile(r"\s*[,，|｜_]\s*|\s+-\s*|-")
# Pages copied as plain text often carry ASCII commas for '，', so a paragraph of short
# clauses looks like keywords strung with commas; strung with commas only, a line that ends
# on a comma or an ASCII stop is a sentence running on ('…,评审将于下周公布结果.'), not spam.
_COMMAS_ONLY = re.compile(r"^[^|｜_\-]*$")
_RUNS_ON = re.compile(r"[,，.]\s*$")


def is_keyword_string(text: str) -> bool:
    """Four or more short phrases strung together with no sentence among them."""
    if len(text) < 24 or _SENTENCE.search(text) or "、" in text:
        return False
    parts = [p for p in _SPAM_SEP.split(text) if p]
    if _COMMAS_ONLY.match(text) and _RUNS_ON.search(text):
        return False  # a paragraph with ASCII commas (see _COMMAS_ONLY)
    return len(parts) >= 4 and all(len(p) <= 16 for p in parts)


# '某某报全媒记者 甲 通讯员 乙 丙': reporters' names after their roles are a byline, no menu
_CREDIT_ITEM = re.compile(r"(记者|記者|通讯员|通訊員)$")
_DESK_REPORT = re.compile(r"(记者|記者)[^|｜>＞]{1,12}[/／][^|｜>＞]{1,8}(报道|報導|报导)$")
_DOUBLED = re.compile(r"^(\S{2,8})\1$")
_NAV_ITEM = 8  # characters of a bar's item set apart by spaces only ('今日台商投资区')


def is_nav(text: str) -> bool:
    """A navigation bar: several short unpunctuated items ('首页 | 新闻 | 政务 | 服务')."""
    if len(text) > 80 or _SENTENCE.search(text) or "，" in text:
        return False
    parts = [p for p in _NAV_SEP.split(text) if p and not _SYMBOLS_ONLY.match(p)]  # '」' left of a cut tag
    if sum(_DOUBLED.match(p) is not None for p in text.split()) >= 2:
        return True  # '報名教學報名教學 線上學習線上學習 關閉選單': each control's icon and label, said twice
    if re.search(r"[|｜>＞›»]", text):  # not '某某新聞|記者甲/台北報導', a desk's byline
        return len(parts) >= 3 and all(len(p) <= 6 for p in parts) and not _DESK_REPORT.search(text)
    return (len(parts) >= 5 and all(len(p) <= _NAV_ITEM and _HAN.search(p) for p in parts)
            and not any(_CREDIT_ITEM.search(p) for p in parts))
