"""A government notice that issues a document ('关于印发《某某实施细则》的通知' / '现将《某某实施细则》
印发给你们') prints the document under it: its title, then its chapters. That title and its
first part's heading are title-like lines, but they head the notice's own attachment, not the
next page's story: the articles they open go back into the notice, which keeps its title, date
and source (those its metadata gave it)."""
from __future__ import annotations

import re
from dataclasses import replace

from search.model import Article
from search.sources.articles import make_article
from search.text.normalize import normalize

# the sentence of a notice that hands its attachment on: '现将《…》印发给你们', '…已经省政府同意,
# 现印发给你们', '现予印发' (印发 with 给你们 after it or 现予 before it, in either script)
_ISSUES = re.compile(r"(印发|印發)[给給]?(你们|你們)|(现予|現予)(印发|印發)")
_NAMED = re.compile(r"《([^《》]{4,80})》")  # a document's name in book-title marks
# an attachment's first heading: its first chapter or article, or its first numbered part
_FIRST_PART = re.compile(r"^(第[一1]章|第[一1]条|第[一1]條|一、)")
_NAME_MIN = 4  # characters: a shorter name in book-title marks names nothing
# Han characters of a tail of the name: the document's kind and its topic ('防汛应急预案'); a shorter
# one ('实施方案', '老旧小区改造') is any page's headline
_TAIL_HAN = 6
_HAN = re.compile(r"[\u4e00-\u9fff]")


def _key(text: str) -> str:
    return normalize("".join(text.split()))


def issued(a: Article) -> list[str]:
    """The names of the documents *a* issues, when its text hands them on ('现将《X》印发给你们'),
    from that sentence and from its headline ('关于印发《X》的通知'); else none."""
    hands = [x for x in a.text.split("\n") if _ISSUES.search(x)]
    if not hands:
        return []
    names = [n for x in [*hands, a.title] for n in _NAMED.findall(x)]
    if re.search("印发|印發", a.title):  # '关于印发某某实施细则的通知': the name after 印发
        names.append(re.sub(r"^.*?(印发|印發)|的通知$", "", a.title))
    return [_key(n) for n in names if len(n) >= _NAME_MIN]


def heads_attachment(a: Article, names: list[str]) -> bool:
    """Does *a*, with no date, source or byline of its own, open on the title of one of the
    documents *names* (or a tail of it of six Han at least, '督导评估规划实施细则'), or on a first
    part's heading?"""
    if a.kind != "article" or a.date or a.source or a.byline:
        return False
    title = _key(a.title)
    tail = len(_HAN.findall(title)) >= _TAIL_HAN
    return bool(_FIRST_PART.match(title)) or any(title == n or (tail and n.endswith(title)) for n in names)


def attached(articles: list[Article]) -> list[Article]:
    """The articles with each issuing notice's attachment put back under it."""
    out: list[Article] = []
    names: list[str] = []
    for a in articles:
        if out and names and a.file == out[-1].file and heads_attachment(a, names):
            n, text = out[-1], f"{out[-1].text}\n{a.title}\n{a.text}"
            out[-1] = replace(n, text=text, id=make_article(n.file, n.title, text, kind=n.kind).id)
            continue
        names = issued(a)
        out.append(a)
    return out
