"""The articles a page's text is parsed into, for the parser's tests."""
from __future__ import annotations

from search.model import Article
from search.sources.text import split_articles


def one(text: str, chrome: frozenset[str] = frozenset(), file: str = "page.txt") -> Article:
    """The single article (photo items aside) *text* parses into; the test fails on any other count."""
    arts = [a for a in split_articles(text, file, chrome) if a.kind == "article"]
    assert len(arts) == 1, [(a.title, a.text) for a in arts]
    return arts[0]


def stories(text: str, file: str = "page.txt") -> list[Article]:
    """The articles (photo items aside) *text* parses into, in file order."""
    return [a for a in split_articles(text, file) if a.kind == "article"]
