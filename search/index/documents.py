"""The stored document: its fields, Article -> document, document -> Hit/Article, the
time encoding, and the schema version. Every backend stores these dicts."""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from search.model import Article, Hit, Reprint, Snippet
from search.params import DEFAULT
from search.text.normalize import normalize

# Bump when stored fields or the way files become articles change: an index written by an
# older version is rebuilt (first-seen times kept) and every file read again.
SCHEMA_VERSION = 4  # 3: source is a key; photo items' titles lose their label; 4: chrome learned
TITLE_BOOST = DEFAULT.title_boost  # fixed in a Whoosh index's schema when it is created
TEXT_FIELDS = ("title", "body")  # the analysed fields queries match
ARTICLE_KINDS = ("article", "caption")  # what searches return; "file" and "gone" are bookkeeping
FILE_PREFIX, GONE_PREFIX = "file:", "gone:"  # ids of a file's record and of its "gone" record

Stored = Mapping[str, Any]
_PATH_PARTS = re.compile(r"[/\\._-]+")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")

# Every stored field and what a backend does with it: "key" is matched exactly, "text" is
# analysed (search.text.analysis) and searched, "sorted" is matched exactly and sorted on,
# "number" is an integer range-searched and sorted on, "stored" is only kept.
FIELDS = {
    "id": "key",  # unique: an article's hash, FILE_PREFIX or GONE_PREFIX + the file's name
    "kind": "key",  # article | caption | file | gone
    "title": "text",
    "body": "text",
    "date": "sorted",  # YYYY-MM-DD or ""
    "file": "key",  # the seed file (relative name) it came from
    "source": "key",  # the outlet or feed (source filters and the list of sources)
    "byline": "stored",
    "url": "stored",
    "norm": "stored",  # normalised title + body, only where it differs from the original
    "added": "number",  # first seen, epoch milliseconds (to_ms)
    "fsize": "stored",  # file records: size, mtime (ns), sha256, article count
    "fmtime": "stored",
    "fhash": "stored",
    "count": "stored",
    "lines": "stored",  # file records: keys of lines that could be chrome (search.sources.recurring)
    "seen": "stored",  # gone records: first-seen times (epoch s) of a removed file's articles
}


def to_ms(seconds: float) -> int:
    """Epoch seconds as stored: whole milliseconds."""
    return int(seconds * 1000)


def from_ms(ms: int) -> float:
    """Stored milliseconds as epoch seconds."""
    return ms / 1000


def after_ms(seconds: float) -> int:
    """The first stored millisecond strictly after *seconds* (digests: newer than the last)."""
    return to_ms(seconds) + 1


def match_text(title: str, body: str) -> str:
    """What queries are matched against: title and body, as stored."""
    return f"{title}\n{body}"


def stored_text(doc: Stored) -> str:
    """A stored document's normalised title and body (stored as `norm` where it differs)."""
    return doc.get("norm") or match_text(doc.get("title") or "", doc.get("body") or "")


def naming_text(doc: Stored) -> str:
    """Everything that names a stored article, normalised, for deciding whether it covers a
    question: its title and body, then its source, byline, file (site folders and name), the
    host of its URL and its date written out (a county page names its county only in the
    source line; 2024-03-05 is 2024年3月5日)."""
    meta = [doc.get("source") or "", doc.get("byline") or "", _PATH_PARTS.sub(" ", doc.get("file") or ""),
            _host(doc.get("url") or "")]
    day = _ISO_DAY.match(doc.get("date") or "")
    if day:
        y, m, d = (int(x) for x in day.groups())
        meta.append(f"{y}年{m}月{d}日")
    extra = normalize("\n".join(x for x in meta if x))
    return f"{stored_text(doc)}\n{extra}" if extra else stored_text(doc)


def _host(url: str) -> str:
    """The host of a URL (www.wuyang.gov.cn), or ""."""
    return urlsplit(url).hostname or "" if url else ""


def article_doc(article: Article, added: float) -> dict[str, Any]:
    """The stored document of one article first seen at *added* (epoch seconds)."""
    plain = match_text(article.title, article.text)
    norm = normalize(plain)
    return {"norm": norm if norm != plain else None, "id": article.id, "kind": article.kind,
            "title": article.title, "body": article.text, "date": article.date or "", "file": article.file,
            "source": article.source, "byline": article.byline, "url": article.url, "added": to_ms(added)}


def file_doc(rel: str, size: int, mtime: int, digest: str, count: int,
             lines: list[str] | None = None) -> dict[str, Any]:
    """The record of one ingested file: what it was when read, how many articles it gave,
    and the keys of its lines that could be chrome (learned across its folder)."""
    return {"id": FILE_PREFIX + rel, "kind": "file", "file": rel, "fsize": size, "fmtime": mtime,
            "fhash": digest, "count": count, "lines": lines or []}


def gone_doc(rel: str, seen: dict[str, float]) -> dict[str, Any]:
    """The first-seen times (epoch s) of a removed file's articles, kept so they are not news again."""
    return {"id": GONE_PREFIX + rel, "kind": "gone", "file": rel, "seen": seen}


def to_article(doc: Stored) -> Article:
    """The Article a stored document holds."""
    return Article(id=doc["id"], title=doc.get("title") or "", text=doc.get("body") or "",
                   file=doc.get("file") or "", date=doc.get("date") or None, source=doc.get("source"),
                   byline=doc.get("byline"), kind=doc.get("kind") or "article", url=doc.get("url"))


def to_hit(doc: Stored, score: float, snippet: Snippet, also: tuple[Stored, ...] = ()) -> Hit:
    """The Hit of a stored document, with its score, snippet and reprints (*also*)."""
    return Hit(id=doc["id"], title=doc.get("title") or "", date=doc.get("date") or None,
               source=doc.get("source"), file=doc.get("file") or "", score=round(score, 4), snippet=snippet,
               added=from_ms(doc["added"]) if doc.get("added") is not None else None,
               url=doc.get("url"), kind=doc.get("kind") or "article",
               reprints=tuple(Reprint(id=o["id"], source=o.get("source"), url=o.get("url"),
                                      title=o.get("title") or "") for o in also))
