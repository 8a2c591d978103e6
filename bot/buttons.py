"""The button protocol: what an inline button's callback data says, built, matched and
parsed here only. Telegram carries at most 64 bytes of it and hands it back unchanged
(or forged: anything that does not parse is refused as a stale button).

    rd:<article id>          阅读全文: the full article
    pg:<query key>:<page>    上一页/下一页 of results, the query stored under its key
    pg:=<query>:<page>       the same, the query itself (when the store cannot remember it)
    lt:<page>                上一页/下一页 of /latest
    al:<batch>               the alerts past a chat's hourly cap, listed
    sm:<article id>          摘要: the article's summary
    sp:<query key>           你是不是要找「…」: the first page of the respelled query (key as pg:)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MAX_DATA_BYTES = 64  # Telegram's limit on callback_data
MAX_PAGE_DIGITS = 4  # pages 1-9999 of results
MAX_LATEST_DIGITS = 3  # pages 1-999 of /latest
READ, PAGE, LATEST, ALERTS, SUMMARY, SUGGESTED = "rd:", "pg:", "lt:", "al:", "sm:", "sp:"
STATELESS = "="  # marks a page key that is the query itself

_PAGE_NUMBER = rf"([1-9][0-9]{{0,{MAX_PAGE_DIGITS - 1}}})"
READ_PATTERN = re.compile(r"^rd:([0-9a-f]{16})$")
RESULTS_PATTERN = re.compile(rf"^pg:([0-9a-f]{{12}}):{_PAGE_NUMBER}$")
STATELESS_PATTERN = re.compile(rf"^pg:=(.+):{_PAGE_NUMBER}$", re.S)
LATEST_PATTERN = re.compile(rf"^lt:([1-9][0-9]{{0,{MAX_LATEST_DIGITS - 1}}})$")
ALERT_LIST_PATTERN = re.compile(r"^al:([0-9a-f]{12})$")
SUMMARY_PATTERN = re.compile(r"^sm:([0-9a-f]{16})$")
SUGGESTED_PATTERN = re.compile(r"^sp:(?:([0-9a-f]{12})|=(.+))$", re.S)
# What the handlers register (CallbackQueryHandler(pattern=...)): the shape only; a
# button that matches but no longer leads anywhere is refused by its handler.
READ_BUTTON = re.compile(r"^rd:")
PAGE_BUTTON = re.compile(r"^(?:pg|lt):")
ALERT_BUTTON = re.compile(r"^al:")
SUMMARY_BUTTON = re.compile(r"^sm:")
SUGGESTED_BUTTON = re.compile(r"^sp:")


@dataclass(frozen=True)
class ResultsPage:
    """A results page asked for: by the stored query's *key*, or by the *query* itself."""

    page: int
    key: str | None = None
    query: str | None = None


def read(article_id: str) -> str:
    """The data of a 阅读全文 button."""
    return f"{READ}{article_id}"


def summary(article_id: str) -> str:
    """The data of a 摘要 button."""
    return f"{SUMMARY}{article_id}"


def summary_id(data: str | None) -> str | None:
    """The article a 摘要 button asks for, or None."""
    m = SUMMARY_PATTERN.match(data or "")
    return m.group(1) if m else None


def results(key: str, page: int) -> str:
    """The data of a results page button; *key* from page_key()."""
    return f"{PAGE}{key}:{page}"


def latest(page: int) -> str:
    """The data of a /latest page button."""
    return f"{LATEST}{page}"


def suggested(key: str) -> str:
    """The data of a 你是不是要找 button; *key* from page_key() (it fits: a page key does)."""
    return f"{SUGGESTED}{key}"


def suggestion(data: str | None) -> ResultsPage | None:
    """The respelled query a 你是不是要找 button asks for (its first page), or None."""
    if m := SUGGESTED_PATTERN.match(data or ""):
        return ResultsPage(1, key=m.group(1), query=m.group(2).strip() if m.group(2) else None)
    return None


def alert_list(batch: str) -> str:
    """The data of the button under an overflow message; *batch* is 12 hex digits."""
    return f"{ALERTS}{batch}"


def alert_batch(data: str | None) -> str | None:
    """The batch an overflow message's button asks for, or None."""
    m = ALERT_LIST_PATTERN.match(data or "")
    return m.group(1) if m else None


def stateless_key(query: str) -> str | None:
    """A page key holding *query* itself, when every page's button fits; else None."""
    longest = results(STATELESS + query, 10 ** MAX_PAGE_DIGITS - 1)
    return STATELESS + query if len(longest.encode()) <= MAX_DATA_BYTES else None


def article_id(data: str | None) -> str | None:
    """The article a 阅读全文 button asks for, or None."""
    m = READ_PATTERN.match(data or "")
    return m.group(1) if m else None


def results_page(data: str | None) -> ResultsPage | None:
    """The results page a 上一页/下一页 button asks for, or None."""
    if m := RESULTS_PATTERN.match(data or ""):
        return ResultsPage(int(m.group(2)), key=m.group(1))
    if m := STATELESS_PATTERN.match(data or ""):
        return ResultsPage(int(m.group(2)), query=m.group(1).strip())
    return None


def latest_page(data: str | None) -> int | None:
    """The /latest page a 上一页/下一页 button asks for, or None."""
    m = LATEST_PATTERN.match(data or "")
    return int(m.group(1)) if m else None


def is_page(data: str | None) -> bool:
    """True for the data of any page button (results or /latest; not 你是不是要找)."""
    return bool(PAGE_BUTTON.match(data or ""))
