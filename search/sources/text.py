"""Plain text, Markdown and page dumps: drop page chrome, cut the lines into drafts
(search.sources.splitter), then make each draft an article: its text trimmed of edges and
lists, said once, with its title, date and source."""
from __future__ import annotations

from search.model import Article
from search.sources.articles import derive_title, make_article, unique_ids
from search.sources.clean import clean_lines
from search.sources.drafts import said_once
from search.sources.edges import trim_edges
from search.sources.heads import first_line_headline
from search.sources.lists import is_kicker, trim_lists
from search.sources.meta import origin_of
from search.sources.outlets import closing_credit, named_outlet
from search.sources.splitter import Splitter


def split_articles(text: str, file: str, chrome: frozenset[str] = frozenset()) -> list[Article]:
    """Articles and stand-alone photo items of one file's text, in file order of their ends;
    *chrome* names lines learned as chrome from the file's folder (search.sources.recurring)."""
    out: list[Article] = []
    said: set[str] = set()  # bodies already made: a page saying a caption or a story twice
    paragraphs: set[str] = set()  # ... or printing its text twice
    for d in Splitter(clean_lines(text, chrome)).run():
        labels = {id(k) for k in d.kicker if not is_kicker(k.text)}  # the page's, not the story's
        kept = said_once(trim_edges(trim_lists(d.body, lambda x: x.text), lambda x: x.text), paragraphs)
        body = "\n".join(x.text for x in kept if id(x) not in labels).strip()
        key = "".join(((d.title or "") + body).split())
        if not body or key in said:
            continue
        said.add(key)
        date, source = origin_of(body)
        title = d.title or first_line_headline(body) or derive_title(body)
        source = (d.source or d.outlet or source or named_outlet([x.text for x in d.body], d.byline)
                  or closing_credit(kept[-1].text) or d.paper)
        out.append(make_article(file, title, body, date=d.date or date, source=source,
                                byline=d.byline, kind=d.kind))
    return unique_ids(out)
