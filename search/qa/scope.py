"""What a query limits its articles to: a time window (search.qa.when) and a source.

A time word limits the articles when the query asks for news (只 a time, 上周的报道, 上个月昌吉
有什么事), is keywords (2023年11月 民族团结) or uses the explicit form (日期:2023-11). In any
other question it is part of what is asked: 距离木星最近的卫星, 今天的华东师范大学, 1969年登上
月球 are about the world, not about when an article appeared.

A source is named by the explicit form 来源:天山网, or by an outlet's name (ending like one:
…社, …报, …网, …台) before 报道/的新闻/的消息…: 新华社报道了什么, 哈密日报的新闻.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from search.index.backends.base import Only, Reader
from search.model import Scope
from search.qa import when
from search.text.analysis import segment
from search.text.normalize import normalize

KNOWN_SHOWN = 6  # sources named when the one asked for has no article
# Words that ask for news without saying what about: never keywords.
FILLERS = ("新闻", "消息", "报道", "文章", "事", "事情", "情况", "有什么", "最新", "动态", "资讯", "发生了什么")
_NEWS = re.compile("|".join(FILLERS) + r"|发生")
_OUTLET = (r"[\u4e00-\u9fffA-Za-z0-9·]{1,12}?"
           r"(?:通讯社|新闻社|日报|晚报|早报|时报|商报|报社|周刊|杂志|新闻网|电视台|广播电台|客户端|社|报|网|台)")
_SOURCE_SAID = re.compile(r"(?P<src>" + _OUTLET + r")(?=(?:最近|近期|今天|昨天|上周|本周|这周|本月|上个月|今年|去年)?"
                          r"(?:报道|发布|刊发|发表|发了|的新闻|的消息|的报道|的文章|有什么新闻|有哪些新闻))")
_SOURCE_EXPLICIT = re.compile(r"来源[:：]\s*(?P<src>[^\s:：]+)")


@dataclass(frozen=True)
class Said:
    """The limits a query names, and the text left to match."""

    rest: str
    window: when.Window | None = None
    source: str | None = None
    bad_date: str | None = None  # an explicit 日期: form that names no days


def _on_word_edges(text: str, start: int, end: int) -> bool:
    """True when text[start:end] begins and ends where jieba's words do (本周 is not in 版本周期)."""
    edges = {0, len(text)}
    for word, at in segment(text):
        edges.update((at, at + len(word)))
    return start in edges and end in edges


def _source(text: str, now: date) -> tuple[str | None, str]:
    """The source a query names, and the text without it. A time said just before the
    outlet (上个月新华社的新闻) is not part of its name: it stays in the text."""
    m = _SOURCE_EXPLICIT.search(text) or _SOURCE_SAID.search(text)
    if m is None:
        return None, text
    src, before = m.group("src"), text[:m.start()]
    found, without = when.find(src, now)
    if found is not None and without.startswith(" ") and without.strip():
        said = len(src) - len(without) + 1  # the time's characters, at the start
        before, src = before + src[:said] + " ", without.strip()
    return src, (before + " " + text[m.end():]).strip()


def source_among(reader: Reader, words: Sequence[str]) -> str | None:
    """A source's name that one of *words* starts with (喀什日报 typed as a keyword, 昌吉日报有什么事),
    else the first of *words* a source's name starts with (兵团 for 兵团日报), else None.
    The engine asks only when a query found nothing as text."""
    names = sorted((normalize(s) for s in reader.sources()), key=len, reverse=True)
    said = [normalize(word) for word in words]
    for word in said:
        for name in names:
            if len(name) >= 2 and word.startswith(name):
                return name
    return next((w for w in said if len(w) >= 2 and any(n.startswith(w) for n in names)), None)


def scope_of(text: str, now: date, questioning: bool, has_words: Callable[[str], bool],
             literal_dates: bool = True) -> Said:
    """The source and time window *text* (cleaned) names, and what is left to match.
    *questioning*: the text is a natural question; *has_words*: whether a text still holds
    words to match once fillers and question words are gone; *literal_dates*: False leaves
    dates as written (2022年7月) in the text, as keywords."""
    source, rest = _source(text, now)
    window, rest, bad = when.explicit(rest)
    if bad:
        return Said(rest, None, source, bad_date=text)
    if window is None:
        found, without = when.find(rest, now)
        taken = found is not None and (literal_dates or not found.literal)
        if found is not None and taken and _on_word_edges(rest, *_span_of(rest, without)):
            asks_news = not questioning or source is not None or _NEWS.search(without) is not None
            if asks_news or not has_words(without):
                window, rest = found, without
    return Said(rest, window, source)


def _span_of(text: str, without: str) -> tuple[int, int]:
    """Where *without* (text with one stretch blanked to a single space) differs from *text*."""
    start = 0
    while start < len(without) and start < len(text) and text[start] == without[start]:
        start += 1
    tail = len(without) - start - 1  # characters after the blank
    return start, len(text) - tail



def only_of(reader: Reader, window: when.Window | None, source: str | None) -> tuple[Only | None, Scope]:
    """The backend's limits for a window and a named source, and how the reply tells them
    (a source no article has: the commonest that exist)."""
    sources: tuple[str, ...] = ()
    known: tuple[str, ...] = ()
    if source is not None:
        counts = reader.sources()
        said = normalize(source)
        sources = tuple(s for s in counts if len(said) >= 2 and (said in normalize(s) or normalize(s) in said))
        if not sources:
            known = tuple(sorted(counts, key=lambda s: -counts[s])[:KNOWN_SHOWN])
    scope = Scope(said=window.said if window else None, first=window.first.isoformat() if window else None,
                   last=window.last.isoformat() if window else None, source=source, sources=sources, known=known)
    if window is None and not sources:
        return None, scope
    if window is None:
        return Only(sources=sources), scope
    first_ms, last_ms = window.ms()
    return Only(scope.first, scope.last, first_ms, last_ms, sources), scope
