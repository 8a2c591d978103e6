"""A government notice that issues a document ('关于印发《某某实施细则》的通知' / '现将《某某实施细则》
印发给你们') prints the document under it: its title, then its chapters. That title and its
first part's heading are title-like lines, but they head the notice's own attachment, not the
next page's story: the articles they open go back into the notice, which keeps its title, date
and source (read from its signature, above the attachment)."""
from __future__ import annotations

import re

from search.model import Article
from search.sources.articles import make_article
from search.text.normalize import normalize

# the sentence of a notice that hands its attachment on: '现将《…》印发给你们', '…已经省政府同意,
# 现印发给你们', '现予印发' (印发 with 给你们 after it or 现予 before it, in either script)
_ISSUES = re.compile(r"(印发|印發)[给給]?(你们|你們)|(现予|現予)(印发|印發)")
_NAMED = re.compile(r"《([^《》]{4,80})》")  # a document's name in book-title marks
# an attachment's first heading: its first chapter or article, or its first numbered part
_FIRST_PART = re.compile(r"^(第[一1]章|第[一1]条|第[一1]條|一、)")
_TITLE_HAN = 4  # a shorter title names nothing (the tail of a name is at least '实施细则')


def _key(text: str) -> str:
    return normalize("".join(text.split()))


def issued(a: Article) -> list[str]:
    """The names of the documents *a* issues, when its text hands them on ('现将《X》印发给你们'),
    from that sentence and from its headline ('关于印发《X》的通知'); else none."""
    hands = [x for x in a.text.split("\n") if _ISSUES.search(x)]
    if not hands:
        return []
    names = [n for x in [*hands, a.title] for n in _NAMED.findall(x)]
    head = re.sub(r"^.*?(印发|印發)|的通知$", "", a.title)
    return [_key(n) for n in [*names, head] if len(n) >= _TITLE_HAN]


def heads_attachment(a: Article, names: list[str]) -> bool:
    """Does *a*, with no date or byline of its own, open on the title of one of the documents
    *names* (or a tail of it, '督导评估规划实施细则'), or on a first part's heading?"""
    if a.kind != "article" or a.date or a.byline:
        return False
    title = _key(a.title)
    return bool(_FIRST_PART.match(title)) or (len(title) >= _TITLE_HAN and any(title in n for n in names))


def attached(articles: list[Article]) -> list[Article]:
    """The articles with each issuing notice's attachment put back under it."""
    out: list[Article] = []
    names: list[str] = []
    for a in articles:
        if out and names and a.file == out[-1].file and heads_attachment(a, names):
            n = out[-1]
            out[-1] = make_article(n.file, n.title, f"{n.text}\n{a.title}\n{a.text}", date=n.date,
                                   source=n.source, byline=n.byline, kind=n.kind)
            continue
        names = issued(a)
        out.append(a)
    return out
