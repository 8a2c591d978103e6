"""The seam under ranking: what a search backend (Whoosh, PostgreSQL) supplies.

Ranking, coverage, the relevance floor, answers and snippets are written once, above this
protocol. A backend stores documents (dicts whose fields `search.index.documents` defines: id,
kind, title, body, date, file, source, byline, url, norm, added in epoch milliseconds, and
for file records fsize, fmtime, fhash, count; "gone" records hold seen) and answers the
lookups below. Terms are the project's own jieba analysis (`search.text.analysis.analyze`),
so every backend sees the same tokens.

Issue 10 made the seam (Whoosh in `search.index.backends.whoosh.backend`), issue 12 adds PostgreSQL.
Amendments to the first draft: Backend.location, Backend.recover, the per-thread reuse
of Backend.reader, Writer.damaged/upgrade/expect/replace/finished; Backend.writing
lost its *full* flag (a version rebuild is Writer.upgrade, a full re-read is ingest's).
Issue 24 adds Only (dates and sources) to Retrieval and Reader.newest, and Reader.sources;
the source field is a key (matched exactly) from schema version 3; and Reader.lexicon
(spelling corrections from the index's own words). Issue 28 adds Backend.size_bytes.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from search.index.documents import Stored  # one stored document; its fields live in search.index.documents


@dataclass(frozen=True)
class Term:
    """One index term and its weight in a query (the whole word 1.0, its sub-words less)."""

    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Only:
    """Limits on the documents a lookup returns. Dates: published from *first* to *last*
    (YYYY-MM-DD, both included), or, for a document without a date, first seen from
    *first_ms* to *last_ms* (both included). Sources: the stored source is one of these,
    exactly. *added_from_ms*: first seen (indexed) at or after it (alerts). None or empty:
    no limit."""

    first: str | None = None
    last: str | None = None
    first_ms: int = 0
    last_ms: int = 0
    sources: tuple[str, ...] = ()
    added_from_ms: int = 0


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
    only: Only | None = None  # the documents' dates and sources (the scores are unchanged)


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

    def dfs(self, terms: Sequence[str]) -> dict[str, int]:
        """df() of each of *terms* (one round trip where the index is a server)."""

    def words_containing(self, part: str, limit: int) -> tuple[str, ...]:
        """Indexed body terms that contain *part* (and are not it), commonest first."""

    def lexicon(self) -> tuple[int, tuple[str, ...]]:
        """The commit this view sees (a number that changes with each commit: what is built
        from the terms is cached under it) and the title and body terms it holds."""

    def phrase_df(self, words: Sequence[str]) -> int:
        """Documents where *words* stand consecutively in the title or the body."""

    def candidates(self, retrieval: Retrieval) -> Candidates:
        """The best-scoring documents the retrieval matches."""

    def document(self, doc_id: str) -> Stored | None:
        """The stored document with this id."""

    def newest(self, kind: str, limit: int, since_ms: int | None = None, only: Only | None = None) -> list[Stored]:
        """Documents of *kind* by date, then added, newest first; only those added at or
        after *since_ms* when given, and within *only*."""

    def sources(self) -> dict[str, int]:
        """The sources articles and photo items name, with how many name each."""

    def earlier_with_any(self, words: Sequence[str], before_ms: int, limit: int) -> list[Stored]:
        """Up to *limit* documents added before *before_ms* whose body holds any of
        *words* (reprint checks for digests), best match first."""

    def files(self) -> list[Stored]:
        """The file records (what each ingested source file gave)."""

    def close(self) -> None:
        """Release the view."""


class Writer(Protocol):
    """One ingest's changes. Nothing is visible to readers before commit(); a crash or
    cancel() before it leaves the last committed state. After a commit, further changes
    start a new batch (big ingests commit along the way)."""

    damaged: bool  # the index could not be read on opening and was started afresh

    def upgrade(self) -> bool:
        """When the index holds documents of another schema version
        (`documents.SCHEMA_VERSION`), empty it, keeping the articles' first-seen times as
        "gone" records, log one line and return True: every file must be read again. An
        empty index is marked current (False)."""

    def expect(self, work_bytes: int) -> None:
        """How many source bytes this ingest will analyse (Whoosh starts worker processes
        for a big one); call before the first change."""

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

    def replace(self, doc: Stored) -> None:
        """Replace the stored document with this id (a touched file's record)."""

    def commit(self) -> None:
        """Make the changes visible, atomically."""

    def cancel(self) -> None:
        """Drop the uncommitted changes and give back the space they took (also after a
        commit that failed, e.g. on a full disk)."""

    def finished(self) -> None:
        """Record a complete ingest: its time (last_ingest) and that the index now matches
        this schema version. Failing to record is logged, not raised."""


class Backend(Protocol):
    """One index: readers for queries, a writer for ingest (one at a time)."""

    location: str  # where the index lives, for messages (a folder, a database)

    def exists(self) -> bool:
        """True when an index has been committed (even an empty one)."""

    def current(self) -> bool:
        """True when the index was written with this version's schema."""

    def reader(self) -> Reader:
        """A consistent view of the last commit. The same thread may be handed its open
        view again while nothing newer is committed. Raises IndexUnavailable (IndexDamaged)
        when there is no index or it cannot be read."""

    def recover(self, exc: Exception) -> None:
        """A read through this thread's view failed with *exc*: forget the view (the next
        reader() opens afresh), and raise IndexUnavailable from *exc* when the index itself
        is why (gone, damaged). Returns otherwise; the caller re-raises *exc*."""

    def writing(self) -> AbstractContextManager[Writer]:
        """The one writer, under the backend's lock (waiting for another ingest). Opening
        a damaged index starts it afresh (Writer.damaged). Leaving the block by an
        exception cancels what is not committed."""

    def last_ingest(self) -> str | None:
        """When the last ingest finished (ISO 8601), if known."""

    def iter_documents(self) -> Iterator[Stored]:
        """Every article and caption (for export and comparisons)."""

    def size_bytes(self) -> int | None:
        """Bytes the index takes where it is kept (its folder; the database's search tables,
        indexes included), for an operator; None when there is no index."""

    def close(self) -> None:
        """Give back what is held open (connections, this thread's reader); a later read
        opens them again."""
