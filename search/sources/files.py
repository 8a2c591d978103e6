"""Which files are news, what kind each is, and the Articles its bytes hold."""
from __future__ import annotations

import re

from search.model import Article
from search.sources import feeds, html, text
from search.sources.markdown import from_markdown
from search.sources.recurring import line_keys
from search.text.decode import UnreadableFile, decode

_SKIPPED = (
    (re.compile(r"^\."), "hidden file"),
    (re.compile(r"~$"), "editor backup"),
    (re.compile(r"^#.*#$"), "editor autosave"),
    (re.compile(r"\.(swp|swo|swx)$", re.IGNORECASE), "editor swap file"),
    (re.compile(r"\.(tmp|temp|bak|part|crdownload)$", re.IGNORECASE), "temporary file"),
)
_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml")
_FEED_EXT = (".xml", ".rss", ".atom")
_MD_EXT = (".md", ".markdown")
_HTML_START = re.compile(r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_FEED_START = re.compile(r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.IGNORECASE | re.DOTALL)


def skip_reason(name: str) -> str | None:
    """Why a file (or folder) name is not news (hidden, backup, swap, temporary), or None."""
    for pattern, reason in _SKIPPED:
        if pattern.search(name):
            return reason
    return None


def kind_of(rel: str, content: str) -> str:
    """'feed', 'html', 'markdown' or 'text', by content first and then by extension."""
    head = content[:2048]
    lower = rel.lower()
    if _FEED_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    if lower.endswith(_FEED_EXT) and "<" in head:
        return "feed"
    if lower.endswith(_HTML_EXT) and "<" in head:
        return "html"
    if lower.endswith(_MD_EXT):
        return "markdown"
    return "text"


def load_articles(rel: str, data: bytes, chrome: frozenset[str] = frozenset()) -> list[Article]:
    """Articles of one file's bytes; raises UnreadableFile for empty/binary/undecodable data.
    *chrome*: keys of the lines learned as chrome in the file's folder (text files only)."""
    content = decode(data)
    kind = kind_of(rel, content)
    if kind == "feed":
        return feeds.articles_of_feed(content, rel)
    if kind == "html":
        return html.articles_of_page(content, rel)
    if kind == "markdown":
        return text.split_articles(from_markdown(content), rel, chrome)
    return text.split_articles(content, rel, chrome)


def chrome_keys(rel: str, data: bytes) -> list[str]:
    """The keys of the lines of a text file that could be page chrome (see
    search.sources.recurring), learned across its folder; none for pages, feeds and
    unreadable files."""
    try:
        content = decode(data)
    except UnreadableFile:
        return []
    return line_keys(content) if kind_of(rel, content) in ("text", "markdown") else []
