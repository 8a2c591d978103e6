"""The PostgreSQL backend (NEWSBOT_SEARCH_BACKEND=postgres): documents in tables
(`pg_schema`), written by `pg_writer`, read here through a psycopg-pool of connections,
optionally to a streaming standby (NEWSBOT_DATABASE_REPLICA_URL).

A retrieval becomes one tsquery the GIN index answers; the matches' term counts and
field lengths (at most *examine* of them) come back, BM25F scores them in Python exactly
as Whoosh would (`pg_terms`), and the best *limit* documents are then fetched whole.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from search.backends import pg_schema as schema
from search.backends import pg_terms as terms
from search.backends.base import Candidate, Candidates, Retrieval, Stored, Term
from search.model import IndexUnavailable

IDLE_SNAPSHOT_MS = 5000  # a reader's snapshot (open between its thread's queries) ends after this
EARLIER_EXAMINED = 4000  # matches a reprint check scores at most (as a search in a large index)
POOL_MAX = 16  # connections per pool: one per thread that reads, and a few spare
_ARTICLES = "kind IN ('article', 'caption')"


def _tsquery(retrieval: Retrieval) -> str:
    """The retrieval as tsquery text ('' when it retrieves nothing)."""
    indexed = [[t.text for t in g if terms.fits(t.text)] for g in retrieval.groups]
    if retrieval.require_all and not all(indexed):
        return ""  # a group no tsvector can hold (a word over 2 KB) matches nothing
    groups = [terms.any_of(g) for g in indexed if g]
    q = (" & " if retrieval.require_all else " | ").join(groups)
    if groups and len(groups) > 1:
        q = "(" + q + ")"
    for phrase in retrieval.phrases:
        if not all(map(terms.fits, phrase)):
            return ""
        q = (q + " & " if q else "") + terms.phrase_query(phrase)
    excluded = [x for x in retrieval.excluded if all(map(terms.fits, x))]
    if q and excluded:
        q += " & !(" + " | ".join(terms.phrase_query(x) for x in excluded) + ")"
    return q


def _scored_terms(retrieval: Retrieval) -> list[Term]:
    """The terms BM25F sums over: every group's (a phrase-only retrieval: its words)."""
    found = [t for g in retrieval.groups for t in g]
    return found or [Term(w) for p in retrieval.phrases for w in p]


def _counts_sql(scored: list[Term], body_only: bool, position: str) -> tuple[str, list[int]]:
    """The select list of each scored term's title then body count (0 where absent or not
    wanted), and its parameters (the terms' hashes). *position* is the function finding a
    hash in an array: intarray's idx() (0 when absent) or array_position() (NULL)."""
    title = "0" if body_only else f"coalesce(tc[{position}(th, %s::int)], 0)"
    picks = ", ".join(f"{title}, coalesce(bc[{position}(bh, %s::int)], 0)" for _ in scored)
    return picks, [h for t in scored for h in (terms.term_hash(t.text),) * (1 if body_only else 2)]


def _snapshots(conn: psycopg.Connection) -> None:
    """A reader's transactions are repeatable-read and read-only: every statement of one
    query sees the same commit (document frequencies, matches and stored fields agree)."""
    conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    conn.read_only = True
    conn.commit()


class PgReader:
    """A Reader over one connection: each reader() call starts a new snapshot (a
    repeatable-read, read-only transaction), so one query sees one commit."""

    def __init__(self, conn: psycopg.Connection, lexicon: dict, counts: dict[int, int]) -> None:
        self.conn, self._lexicon, self._counts = conn, lexicon, counts
        self._df: dict[str, tuple[int, int]] = {}
        self.generation = 0
        self.totals: dict[str, int] = {}
        self.position = "array_position"
        self._stats: terms.FieldStats | None = None

    def begin(self) -> PgReader:
        """End the previous snapshot and start the next one (on the first query)."""
        self.conn.rollback()
        self._df.clear()
        snap = schema.snapshot(self.conn)
        self.generation, self.totals, self.position = snap.generation, snap.totals, snap.position
        total = snap.totals
        n = max(1, total["docs"])
        self._stats = terms.FieldStats(n, total["tlen"] / n or 1, total["blen"] / n or 1)
        return self

    @property
    def stats(self) -> terms.FieldStats:
        assert self._stats is not None, "begin() first"
        return self._stats

    def article_count(self) -> int:
        """Articles and photo items: kept in the totals by every commit (tables an earlier
        version wrote: counted once per commit, shared by the backend's readers)."""
        if "articles" in self.totals:
            return self.totals["articles"]
        if self.generation not in self._counts:
            self._counts.clear()
            self._counts[self.generation] = schema.count_articles(self.conn)
        return self._counts[self.generation]

    def field_dfs(self, words: Sequence[str]) -> dict[str, tuple[int, int]]:
        """Title and body document frequencies of *words* (cached for this snapshot)."""
        wanted = [w for w in dict.fromkeys(words) if w not in self._df]
        if wanted:
            for w in wanted:
                self._df[w] = (0, 0)
            rows = self.conn.execute("SELECT term, df_title, df_body FROM search_terms WHERE term = ANY(%s)",
                                     (wanted,)).fetchall()
            self._df.update({term: (dt, db) for term, dt, db in rows})
        return {w: self._df[w] for w in words}

    def df(self, term: str) -> int:
        """Documents holding *term* in the title or the body (the larger of the two)."""
        return max(self.field_dfs([term])[term])

    def dfs(self, terms: Sequence[str]) -> dict[str, int]:
        """df() of each of *terms*, in one lookup."""
        return {t: max(d) for t, d in self.field_dfs(terms).items()}

    def words_containing(self, part: str, limit: int) -> tuple[str, ...]:
        """Body terms that contain *part*, commonest first (the lexicon is read once per
        commit and shared by the backend's readers)."""
        if self._lexicon.get("gen") != self.generation:
            rows = self.conn.execute("SELECT term, df_body FROM search_terms WHERE df_body > 0").fetchall()
            self._lexicon.update(gen=self.generation, words=dict(rows))
        words: dict[str, int] = self._lexicon["words"]
        found = sorted((w for w in words if part in w and w != part), key=lambda w: -words[w])
        return tuple(found[:limit])

    def phrase_df(self, words: Sequence[str]) -> int:
        """Documents where *words* stand together in the title or the body."""
        if not words or not all(map(terms.fits, words)):
            return 0
        row = self.conn.execute("SELECT count(*) FROM search_docs WHERE tsv @@ %s::tsquery",
                                (terms.phrase_query(words),)).fetchone()
        return row[0] if row else 0

    def candidates(self, retrieval: Retrieval) -> Candidates:
        """The best matches by BM25F; with *examine*, at most that many matches are scored."""
        q = _tsquery(retrieval)
        if not q:
            return Candidates((), 0, 0)
        return self._ranked(q, _scored_terms(retrieval), retrieval.limit, retrieval.examine,
                            lambda n: self._estimate(retrieval, n))

    def _ranked(self, q: str, scored: list[Term], limit: int, examine: int | None, estimate,
                extra: str = "", params: tuple = (), body_only: bool = False) -> Candidates:
        """Score the matches of tsquery *q* (and SQL condition *extra*) on *scored*. Only
        articles and photo items have words, so no condition on the kind: with one, the
        planner may scan the kind index and read every row's tsvector."""
        words = list(dict.fromkeys(t.text for t in scored))
        dfs, stats = self.field_dfs(words), self.stats
        weights = [(t.boost, 0.0 if body_only else terms.idf(stats.n_docs, dfs[t.text][0]),
                    terms.idf(stats.n_docs, dfs[t.text][1])) for t in scored]
        picks, hashes = _counts_sql(scored, body_only, self.position)
        sql = (f"SELECT seq, tlen, blen, {picks} FROM search_docs "
               f"WHERE tsv @@ %s::tsquery{extra}" + (" LIMIT %s" if examine is not None else ""))
        args: list[Any] = [*hashes, q, *params]
        if examine is not None:
            args.append(examine)
        rows = self.conn.execute(sql, args).fetchall()
        best = terms.Scorer(weights, stats).best(rows, limit)
        found = self._by_seq([seq for _s, seq in best])
        matched = len(rows) if examine is None or len(rows) < examine else estimate(len(rows))
        return Candidates(tuple(Candidate(found[seq], s) for s, seq in best if seq in found), len(rows), matched)

    def _estimate(self, retrieval: Retrieval, scored: int) -> int:
        """Matches beyond those scored, from the terms' frequencies (an upper bound)."""
        sums = [sum(self.df(t.text) for t in g) for g in retrieval.groups if g]
        guess = (min(sums) if retrieval.require_all else sum(sums)) if sums else scored
        return max(scored, min(guess, self.stats.n_docs))

    def _by_seq(self, seqs: list[int]) -> dict[int, dict[str, Any]]:
        if not seqs:
            return {}
        with self.conn.cursor(row_factory=dict_row) as cur:
            rows = cur.execute(f"SELECT seq, {schema.COLUMNS_SQL} FROM search_docs WHERE seq = ANY(%s)", (seqs,))
            return {r["seq"]: schema.stored(r) for r in rows}

    def _docs(self, where: str, params: tuple) -> list[Stored]:
        return schema.select_docs(self.conn, where, params)

    def document(self, doc_id: str) -> Stored | None:
        """The stored document with this id."""
        found = self._docs("id = %s", (doc_id,))
        return found[0] if found else None

    def newest(self, kind: str, limit: int, since_ms: int | None = None) -> list[Stored]:
        """Documents of *kind*, newest first by date then added."""
        since = "" if since_ms is None else " AND added >= %s"
        params = (kind,) + (() if since_ms is None else (since_ms,)) + (limit,)
        return self._docs(f"kind = %s{since} ORDER BY date DESC, added DESC, seq DESC LIMIT %s", params)

    def earlier_with_any(self, words: Sequence[str], before_ms: int, limit: int) -> list[Stored]:
        """Documents added before *before_ms* whose body holds any of *words*, best first."""
        if not words:
            return []
        found = self._ranked(terms.body_any(words), [Term(w) for w in dict.fromkeys(words)], limit, EARLIER_EXAMINED,
                             lambda n: n, " AND added < %s", (before_ms,), body_only=True)
        return [c.doc for c in found.found]

    def files(self) -> list[Stored]:
        """The file records."""
        return self._docs("kind = 'file' ORDER BY seq", ())

    def close(self) -> None:
        """End the snapshot (the connection stays with its thread)."""
        self.conn.rollback()


class PostgresBackend:
    """Search tables in one PostgreSQL database; reads on the standby when one is given."""

    def __init__(self, url: str, replica_url: str = "") -> None:
        if not url:
            raise IndexUnavailable("NEWSBOT_SEARCH_BACKEND=postgres needs NEWSBOT_DATABASE_URL")
        self.url, self.replica_url = url, replica_url
        self.location = "PostgreSQL " + schema.describe(url)
        self._pool: ConnectionPool | None = None
        self._lock = threading.Lock()
        self._readers: weakref.WeakKeyDictionary[threading.Thread, PgReader] = weakref.WeakKeyDictionary()
        self._lexicon: dict = {}  # body terms, read once per commit (part-of-word search)
        self._counts: dict[int, int] = {}  # article count by commit generation

    def pool(self) -> ConnectionPool:
        """The readers' pool (on the standby when there is one), opened on first use."""
        with self._lock:
            if self._pool is None:
                options = f"-c idle_in_transaction_session_timeout={IDLE_SNAPSHOT_MS}"
                self._pool = ConnectionPool(self.replica_url or self.url, min_size=1, max_size=POOL_MAX, open=True,
                                            kwargs={"autocommit": False, "options": options}, configure=_snapshots)
            return self._pool

    def _primary(self) -> psycopg.Connection:
        try:
            return psycopg.connect(self.url, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise IndexUnavailable(f"cannot reach {self.location}: {exc}") from exc

    def exists(self) -> bool:
        """True when the search tables exist (a version is recorded)."""
        with self._primary() as conn:
            return schema.meta(conn, "schema_version") is not None

    def current(self) -> bool:
        """True when this version's schema wrote the tables."""
        with self._primary() as conn:
            return schema.meta(conn, "schema_version") == schema.version_key()

    def reader(self) -> PgReader:
        """This thread's reader, on a new snapshot. A snapshot left open past
        IDLE_SNAPSHOT_MS (the thread's last query) is ended by the server, so it never
        holds back vacuum or a schema upgrade; the connection is then replaced here."""
        r = self._readers.get(threading.current_thread())
        if r is not None:
            try:
                return self._checked(r.begin())
            except psycopg.Error:  # the server ended the idle snapshot (or the connection broke)
                self.recover(Exception("a reader's connection was closed"))  # forget it, open another
        return self._checked(self._new_reader().begin())

    def _new_reader(self) -> PgReader:
        self._release_dead()
        try:
            conn = self.pool().getconn(timeout=30)
        except Exception as exc:
            raise IndexUnavailable(f"cannot reach {self.location}: {exc}") from exc
        r = self._readers[threading.current_thread()] = PgReader(conn, self._lexicon, self._counts)
        return r

    def _checked(self, r: PgReader) -> PgReader:
        if r.generation == 0 and schema.meta(r.conn, "schema_version") is None:
            raise IndexUnavailable(f"no search tables in {self.location}")
        return r

    def _release_dead(self) -> None:
        """Give back the connections of threads that ended."""
        for thread in [t for t in list(self._readers) if not t.is_alive()]:
            r = self._readers.pop(thread, None)
            if r is not None and self._pool is not None:
                self._pool.putconn(r.conn)

    def recover(self, exc: Exception) -> None:
        """Forget this thread's reader; raise IndexUnavailable when the database is why."""
        r = self._readers.pop(threading.current_thread(), None)
        if r is not None and self._pool is not None:
            self._pool.putconn(r.conn)
        if isinstance(exc, psycopg.OperationalError):
            raise IndexUnavailable(f"cannot read {self.location}: {exc}") from exc

    def writing(self):
        """The one writer (see pg_writer.writing)."""
        from search.backends.pg_writer import writing

        return writing(self.url)

    def last_ingest(self) -> str | None:
        """When the last ingest finished."""
        with self._primary() as conn:
            return schema.meta(conn, "last_ingest")

    def iter_documents(self) -> Iterator[Stored]:
        """Every article and caption, in the order stored."""
        with self._primary() as conn, conn.cursor("search_docs_all", row_factory=dict_row) as cur:
            cur.execute(f"SELECT {schema.COLUMNS_SQL} FROM search_docs WHERE {_ARTICLES} ORDER BY seq")
            for row in cur:
                yield schema.stored(row)

    def close(self) -> None:
        """Close the pool."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None
