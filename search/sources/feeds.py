"""RSS 2.0 and Atom files through feedparser: each item one article with its link and date,
the feed's title as source."""
from __future__ import annotations

import logging
import time

import feedparser
from feedparser import FeedParserDict as Entry

from search.model import Article
from search.sources.articles import derive_title, make_article, unique_ids
from search.sources.clean import clean_lines
from search.sources.html import fragment_text

log = logging.getLogger(__name__)


def _item_html(entry: Entry) -> str:
    """The fullest text an item carries: content, else summary/description."""
    for part in entry.get("content") or []:
        if part.get("value"):
            return part["value"]
    return entry.get("summary") or entry.get("description") or ""


def _date(entry: Entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def articles_of_feed(content: str, file: str) -> list[Article]:
    """The feed's items as articles, in feed order."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        log.info("%s: not a readable feed (%s)", file, parsed.get("bozo_exception"))
        return []
    source = (parsed.feed.get("title") or "").strip() or None
    out: list[Article] = []
    for entry in parsed.entries:
        body = "\n".join(line.text for line in clean_lines(fragment_text(_item_html(entry))))
        title = (entry.get("title") or "").strip()
        if not body.strip():
            continue
        out.append(make_article(file, title or derive_title(body), body, date=_date(entry),
                                  source=source, url=(entry.get("link") or "").strip() or None,
                                  byline=(entry.get("author") or "").strip() or None))
    return unique_ids(out)
