"""Plain text, Markdown and page dumps: drop page chrome, cut the lines into drafts
(search.sources.splitter), then make each draft an article: its text trimmed of edges and
lists, said once, with its title, date and source."""
from __future__ import annotations

from dataclasses import replace

from search.model import Article
from search.sources.articles import derive_title, make_article, unique_ids
from search.sources.attached import attached
from search.sources.clean import clean_lines
from search.sources.drafts import Draft, said_once
from search.sources.edges import story_end, trim_edges
from search.sources.heads import first_line_headline
from search.sources.lines import Line
from search.sources.lists import is_kicker, trim_lists
from search.sources.origins import lead_day, origin_of
from search.sources.outlets import (
    closing_credit,
    named_outlet,
    noted_reprint,
    reprinted,
    signed_by,
    staff_credited,
)
from search.sources.own_paper import Mastheads, credits_itself
from search.sources.press import known_outlet
from search.sources.rights import page_owned
from search.sources.splitter import Splitter
from search.sources.topics import topic_cuts

_OPENING = 2  # lines: a story's first lines may be a masthead or credit left in its text


def split_articles(text: str, file: str, chrome: frozenset[str] = frozenset()) -> list[Article]:
    """Articles and stand-alone photo items of one file's text, in file order of their ends;
    *chrome* names lines learned as chrome from the file's folder (search.sources.recurring)."""
    out: list[Article] = []
    said: set[str] = set()  # bodies already made: a page saying a caption or a story twice
    paragraphs: set[str] = set()  # ... or printing its text twice
    mastheads = Mastheads(text)  # the papers the page names, for stories crediting 本报
    for d in Splitter(clean_lines(text, chrome)).run():
        labels = {id(k) for k in d.kicker if not is_kicker(k.text)}  # the page's, not the story's
        kept = said_once(trim_edges(trim_lists(d.body, lambda x: x.text), lambda x: x.text), paragraphs)
        kept = [x for x in kept if id(x) not in labels]
        for part, lines in _stories(d, kept):
            end = story_end(lines, lambda x: x.text)
            body = "\n".join(x.text for x in lines[:end]).strip()
            key = "".join(((part.title or "") + body).split())
            if not body or key in said:
                continue
            said.add(key)
            out.append(_article(file, part, [x.text for x in lines], end, body, mastheads))
    return unique_ids(attached(page_owned(text, out)))  # last, the outlet the page's rights line names


def _stories(d: Draft, kept: list[Line]) -> list[tuple[Draft, list[Line]]]:
    """The draft and the text it keeps, cut where the text turns to another story
    (search.sources.topics): a story after the first has nothing but its own lines."""
    cuts = topic_cuts(d.title, [x.text for x in kept]) if d.kind == "article" else []
    if not cuts:
        return [(d, kept)]
    edges = [0, *cuts, len(kept)]
    return [(replace(d, body=kept[:cuts[0]]) if a == 0 else Draft(body=kept[a:b]), kept[a:b])
            for a, b in zip(edges, edges[1:], strict=False)]


def _article(file: str, d: Draft, kept: list[str], end: int, body: str, page: Mastheads) -> Article:
    """A draft's text made an article: its title, date and source from its metadata, else
    from its text (*kept*, the draft's lines left after trimming: *body* is its lines before
    *end*; below them, a signature and its date are read, not kept; *page* holds the file's
    mastheads and menus)."""
    joined = "\n".join(kept)
    date, source = origin_of(joined)
    headline = None if d.title else first_line_headline(body)
    first, _, rest = body.partition("\n")
    if headline is not None and headline == first.strip() and rest.strip():
        body = rest.strip()  # the headline said once, over the text
    title = d.title or headline or derive_title(body)
    source = d.source or d.outlet or source or _credited(d, kept, kept[end:])
    if source is None and credits_itself(kept, d.byline):  # '本报讯': the paper the page names
        source = page.own_paper(kept[0], kept[:end])
    source = source or d.staff  # last, the outlet whose staff took its photos
    if d.date:  # the metadata's date, unless the lead states the day the story was filed
        date = lead_day(joined, d.date) or d.date
    return make_article(file, title, body, date=date, source=source, byline=d.byline, kind=d.kind)


def _credited(d: Draft, lines: list[str], below: list[str]) -> str | None:
    """The outlet or body a story's own lines credit, where its metadata names none: its lead
    or byline, a credit closing it, a reprint's credit (under it, or a note in brackets by
    its writer's name), the body signing it (among the lines *below* its text), a known
    outlet on a short line around it or in its lead, the outlet whose staff its byline, lead
    or a short line under it credits; last, the site or e-paper the page names (a photo's
    credit, d.staff, comes after these and after 本报讯's own paper: see _article)."""
    around = [*lines[:_OPENING], *below, *([d.byline] if d.byline else [])]
    return (named_outlet([x.text for x in d.body], d.byline) or closing_credit(lines[-1])
            or reprinted([x.text for x in d.body[-3:]]) or noted_reprint([d.byline or "", *lines[:_OPENING]])
            or signed_by(below) or known_outlet(around, lines[0] if lines else "")
            or staff_credited(d.byline, lines[0] if lines else "", [*lines[-2:], *below[:2]]) or d.paper)
