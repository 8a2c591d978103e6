"""Web pages through trafilatura (main text, title, date, site name, canonical URL), and
HTML fragments (feed items) reduced to text with lxml."""
from __future__ import annotations

import logging

import lxml.html
import trafilatura
from trafilatura.settings import Document

from search.model import Article
from search.sources.articles import derive_title, make_article
from search.sources.clean import clean_lines
from search.sources.dates import iso
from search.sources.meta import meta_of

log = logging.getLogger(__name__)
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
           "article", "figure", "figcaption", "pre", "table", "ul", "ol", "dd", "dt")


def fragment_text(markup: str) -> str:
    """The text of an HTML fragment, one line per block, without scripts, styles or images."""
    if "<" not in markup:
        return markup
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for el in root.iter("br", *_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    return root.text_content()


def _extract(markup: str, favor_precision: bool = False) -> Document | None:
    """trafilatura's main text and metadata of a page, when it found some text."""
    doc = trafilatura.bare_extraction(markup, with_metadata=True, favor_precision=favor_precision)
    return doc if isinstance(doc, Document) and (doc.text or "").strip() else None


def articles_of_page(markup: str, file: str) -> list[Article]:
    """One article: the page's main text with its title, date, site name and canonical URL."""
    doc = _extract(markup, favor_precision=True) or _extract(markup)
    if doc is None or doc.text is None:
        log.info("%s: no main text found in the page", file)
        return []
    title = (doc.title or "").strip()
    meta: dict[str, str] = {}
    kept = []
    for line in clean_lines(doc.text):
        if line.text == title:
            continue
        if (found := meta_of(line.text)) is not None:
            meta = {**found, **meta}
            continue
        kept.append(line.text)
    body = "\n".join(kept).strip()
    if not body:
        return []
    title = title or derive_title(body)
    return [make_article(file, title, body, date=_iso(doc.date) or meta.get("date"),
                           source=meta.get("source") or meta.get("paper") or doc.sitename or None,
                           url=doc.url or None)]


def _iso(value: str | None) -> str | None:
    if not value or len(value) < 10:
        return None
    return iso(value[:4], value[5:7], value[8:10])
