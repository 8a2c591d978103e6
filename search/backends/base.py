"""The seam under ranking: what a search backend (Whoosh, PostgreSQL) supplies.

Ranking, coverage, the relevance floor, answers and snippets are written once, above this
protocol. A backend stores documents (dicts whose fields `search.documents` defines: id,
kind, title, body, date, file, source, byline, url, norm, added in epoch milliseconds, and
for file records fsize, fmtime, fhash, count; "gone" records hold seen) and answers the
lookups below. Terms are the project's own jieba analysis (`search.analysis.analyze`),
so every backend sees the same tokens.

DRAFT (issue 10 makes the seam, issue 12 the PostgreSQL side): amend it where an
implementation needs to, and say so in the commit.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol

Stored = Mapping[str, Any]  # one stored document; field names live in search.documents


@dataclass(frozen=True)
class Term:
    """One index term and its weight in a query (the whole word 1.0, its sub-words less)."""

    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Retrieval:
    """Which documents to score. Each group is any of its terms in the title or the body;
    *require_all* asks for every group (keywords), else any (questions). Phrases are word
    sequences that must stand together; excluded ones must not appear. Only article and
    caption documents are candidates. An empty *groups* with phrases retrieves on those."""

    groups: tuple[tuple[Term, ...], ...]
    require_all: bool
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: tuple[tuple[str, ...], ...] = ()
    limit: int = 100  # the best this many by score
    examine: int | None = None  # score at most this many matches (large indexes), None: all


@dataclass(frozen=True)
class Candidate:
    """A retrieved document and its BM25F score (Whoosh's: B=0.75, K1=1.2, title boost
    `documents.TITLE_BOOST`, term boosts applied), which the ranker re-weights."""

    doc: Stored
    score: float


@dataclass(frozen=True)
class Candidates:
    """The best candidates, best first, and how many documents matched (estimated when
    fewer were scored than matched)."""

    found: tuple[Candidate, ...]
    scored: int
    matched: int


class Reader(Protocol):
    """A consistent view of the index for one query (a Whoosh searcher, a PostgreSQL
    snapshot). Readers are per thread; close them when done."""

    def article_count(self) -> int:
        """Articles and photo items (not file or gone records)."""

    def df(self, term: str) -> int:
        """Documents holding *term*: the larger of its title and body frequencies."""

    def words_containing(self, part: str, limit: int) -> tuple[str, ...]:
        """Indexed body terms that contain *part* (and are not it), commonest first."""

    def phrase_df(self, words: Sequence[str]) -> int:
        """Documents where *words* stand consecutively in the title or the body."""

    def candidates(self, retrieval: Retrieval) -> Candidates:
        """The best-scoring documents the retrieval matches."""

    def document(self, doc_id: str) -> Stored | None:
        """The stored document with this id."""

    def newest(self, kind: str, limit: int, since_ms: int | None = None) -> list[Stored]:
        """Documents of *kind* by date, then added, newest first; only those added at or
        after *since_ms* when given."""

    def earlier_with_any(self, words: Sequence[str], before_ms: int, limit: int) -> list[Stored]:
        """Up to *limit* documents added before *before_ms* whose body holds any of
        *words* (reprint checks for digests), best match first."""

    def files(self) -> list[Stored]:
        """The file records (what each ingested source file gave)."""

    def close(self) -> None:
        """Release the view."""


class Writer(Protocol):
    """One ingest's changes. Nothing is visible to readers before commit(); a crash or
    cancel() before it leaves the last committed state."""

    def file_records(self) -> dict[str, Stored]:
        """The committed file records by file name."""

    def gone_records(self) -> dict[str, dict[str, float]]:
        """First-seen times (epoch s) kept for removed files' articles, by file name."""

    def added_times(self, file: str) -> dict[str, float]:
        """First-seen times (epoch s) of the articles stored for *file*, by id."""

    def delete_file(self, file: str) -> None:
        """Remove everything stored for *file* (articles, its record, its gone record)."""

    def add(self, doc: Stored) -> None:
        """Add one document (an article, a caption, a file or a gone record)."""

    def commit(self) -> None:
        """Make the changes visible, atomically."""

    def cancel(self) -> None:
        """Drop the uncommitted changes."""


class Backend(Protocol):
    """One index: readers for queries, a writer for ingest (one at a time)."""

    def exists(self) -> bool:
        """True when an index has been committed (even an empty one)."""

    def current(self) -> bool:
        """True when the index was written with this version's schema."""

    def reader(self) -> Reader:
        """A fresh consistent view."""

    def writing(self, full: bool = False) -> AbstractContextManager[Writer]:
        """The one writer, under the backend's lock; *full* starts from empty (a rebuild
        keeps gone records' and articles' first-seen times)."""

    def last_ingest(self) -> str | None:
        """When the last ingest finished (ISO 8601), if known."""

    def iter_documents(self) -> Iterator[Stored]:
        """Every article and caption (for export and comparisons)."""
