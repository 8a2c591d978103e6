"""Frozen records that cross the search/bot boundary. No Whoosh objects here."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

__all__ = ["Answer", "Article", "Correction", "FeedStatus", "Hit", "IndexBusy", "IndexDamaged",  # the records
           "IndexUnavailable", "IngestReport", "Reprint", "ResultPage", "Scope", "Snippet", "Span", "Stats"]


@dataclass(frozen=True)
class Article:
    """One news item (article or photo caption) cut out of a seed file."""

    id: str
    title: str
    text: str
    file: str
    date: str | None = None
    source: str | None = None
    byline: str | None = None
    kind: str = "article"  # "article" or "caption" (a stand-alone photo item)
    url: str | None = None  # the page or feed item it came from, when known


@dataclass(frozen=True)
class Span:
    """A matched stretch of a snippet or answer: text[start:end]."""

    start: int
    end: int


@dataclass(frozen=True)
class Snippet:
    """Plain text with the matched terms located by spans; the caller picks the markup."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A search result: article metadata, score and a snippet."""

    id: str
    title: str
    date: str | None
    source: str | None
    file: str
    score: float
    snippet: Snippet
    added: float | None = None  # when the article entered the index (epoch seconds)
    url: str | None = None
    kind: str = "article"
    reprints: tuple[Reprint, ...] = ()  # the same story from other outlets, or other edits
    summary: str = ""  # lists of new articles (latest, digests): the lead, one short line


@dataclass(frozen=True)
class Scope:
    """What a query limited its articles to, as the reply tells it: the days (Beijing time)
    of its time words, and the source it named."""

    said: str | None = None  # the time words as written (最近, 2023年11月, 日期:2023-11)
    first: str | None = None  # YYYY-MM-DD, both days included
    last: str | None = None
    widened: bool = False  # 最近 held nothing: first..last is the wider window searched
    source: str | None = None  # the source as the query named it
    sources: tuple[str, ...] = ()  # ... the sources it matched, as articles spell them
    known: tuple[str, ...] = ()  # no article has that source: the commonest that exist
    bad_date: str | None = None  # an explicit 日期: form that names no days
    listing: bool = False  # nothing else to match: the articles of the window or source, newest first

    @property
    def absent(self) -> bool:
        """The query named a source no article has."""
        return self.source is not None and not self.sources


@dataclass(frozen=True)
class Correction:
    """A query respelled with the index's own words (吐鲁翻 -> 吐鲁番, tulufan -> 吐鲁番)."""

    query: str  # the respelled query
    words: tuple[tuple[str, str], ...]  # each word changed: as typed, as the index has it
    applied: bool  # True: the page is the respelled query's; False: only suggested (ask)


@dataclass(frozen=True)
class ResultPage:
    """One page of results for a query; ``total`` counts every hit above the floor."""

    query: str
    total: int
    page: int
    per_page: int
    hits: tuple[Hit, ...] = ()
    uncovered: tuple[str, ...] = ()  # the query's distinctive words no hit holds: related only
    broadened: bool = False  # no article holds every keyword: hits match some of them
    scope: Scope = Scope()  # the time window and source the query named
    correction: Correction | None = None  # the query respelled (searched, or suggested)
    inexact: str | None = None  # the kind asked (a date, a duration...: search.qa.kinds) that
    # no sentence of the first article holds, though that article covers the question

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


@dataclass(frozen=True)
class Answer:
    """The sentence that best answers a question, and the article it came from."""

    question: str
    sentence: Snippet
    article: Hit
    lacks: str | None = None  # the kind asked (search.qa.kinds) this closest sentence does not hold


@dataclass(frozen=True)
class Summary:
    """An article told in 2-4 of its own sentences, in its order (search.qa.summaries)."""

    id: str
    title: str
    date: str | None
    source: str | None
    url: str | None
    kind: str
    sentences: tuple[str, ...]

    @property
    def text(self) -> str:
        return "".join(self.sentences)


@dataclass(frozen=True)
class IngestReport:
    """What an ingest changed."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: tuple[str, ...] = ()
    articles_added: int = 0
    articles_removed: int = 0
    seconds: float = 0.0
    warnings: tuple[str, ...] = field(default=())
    error: str | None = None  # the ingest failed (e.g. a full disk); the index is unchanged
    kept_missing: int = 0  # files gone from a folder that looks unmounted, kept until --full


@dataclass(frozen=True)
class Stats:
    """Counts shown by /stats."""

    articles: int
    files: int
    last_ingest: str | None


@dataclass(frozen=True)
class Inventory:
    """What the index holds, for an operator: articles (photo items included), photo items,
    articles by source, seed files, the last ingest's stamp, where it is and its size on
    disk (the index folder, or the search tables in PostgreSQL; None: no index)."""

    articles: int
    photo_items: int
    sources: dict[str, int]
    files: int
    last_ingest: str | None
    location: str
    index_bytes: int | None


class IndexUnavailable(RuntimeError):
    """The index cannot be read right now (missing, being rebuilt, or damaged)."""


class IndexBusy(IndexUnavailable):
    """The database holding the index did not answer within its bounds (a lock held by
    someone else, a stalled server, no free connection): ask again shortly."""


class IndexDamaged(IndexUnavailable):
    """The index's files cannot be read back: truncated, corrupt or from elsewhere."""



@dataclass(frozen=True)
class FeedStatus:
    """One live source as /feeds lists it; error is a kind (timeout, http:500, too_large,
    redirects, malformed, unreachable) or None when the last fetch worked."""

    url: str
    origin: str  # "settings" (NEWSBOT_FEEDS) or "admin" (/addfeed)
    title: str | None = None
    checked: float | None = None
    error: str | None = None
    failures: int = 0
    items: int = 0


@dataclass(frozen=True)
class Upload:
    """A file an admin sent the bot, kept in the live store and ingested like the seed
    folder's files; *titles* are the articles found in it."""

    key: str  # the text's digest: the same text sent twice is one upload
    name: str  # the file name as sent
    added: float
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class UploadOutcome:
    """What became of a file sent: added (or already there), or refused with a reason kind
    (type, size, unreadable, no_articles, no_store)."""

    upload: Upload | None
    new: bool = False
    refused: str | None = None


@dataclass(frozen=True)
class Reprint:
    """Another outlet's copy (or another edit) of a story shown once."""

    id: str
    source: str | None
    url: str | None
    title: str
