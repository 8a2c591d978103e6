"""Reading the PostgreSQL search tables: one query's snapshot (`PgReader`).

A retrieval becomes one tsquery the GIN index answers; the matches' term counts and
field lengths (at most *examine* of them, partitions oldest first) come back, BM25F scores
them in Python exactly as Whoosh would (`terms`, `search.index.bm25`), and the best *limit* documents are
then fetched whole.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import psycopg
from psycopg.rows import dict_row

from search.index import bm25
from search.index.backends.base import Candidate, Candidates, Only, Retrieval, Stored, Term
from search.index.backends.postgres import schema, terms

EARLIER_EXAMINED = 4000  # matches a reprint check scores at most (as a search in a large index)


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


def _only_sql(only: Only | None) -> tuple[str, tuple[Any, ...]]:
    """The SQL condition (starting with AND, or empty) and parameters of *only*."""
    sql, params = "", ()  # type: tuple[str, tuple[Any, ...]]
    if only is not None and only.first is not None:
        sql += " AND (date BETWEEN %s AND %s OR (coalesce(date, '') = '' AND added BETWEEN %s AND %s))"
        params += (only.first, only.last, only.first_ms, only.last_ms)
    if only is not None and only.sources:
        sql += " AND source = ANY(%s)"
        params += (list(only.sources),)
    if only is not None and only.added_from_ms:
        sql += " AND added >= %s"
        params += (only.added_from_ms,)
    return sql, params


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


class PgReader:
    """A Reader over one connection: each reader() call starts a new snapshot (a
    repeatable-read, read-only transaction), so one query sees one commit."""

    def __init__(self, conn: psycopg.Connection, lexicon: dict) -> None:
        self.conn, self._lexicon = conn, lexicon
        self._df: dict[str, tuple[int, int]] = {}
        self.generation = 0
        self.totals: dict[str, int] = {}
        self.position = "array_position"
        self._stats: bm25.FieldStats | None = None

    def begin(self) -> PgReader:
        """End the previous snapshot and start the next one (on the first query)."""
        self.conn.rollback()
        self._df.clear()
        snap = schema.snapshot(self.conn)
        self.generation, self.totals, self.position = snap.generation, snap.totals, snap.position
        n = max(1, self.totals["docs"])
        self._stats = bm25.FieldStats(n, self.totals["tlen"] / n or 1, self.totals["blen"] / n or 1)
        return self

    @property
    def stats(self) -> bm25.FieldStats:
        assert self._stats is not None, "begin() first"
        return self._stats

    def article_count(self) -> int:
        """Articles and photo items, kept in the totals by every commit."""
        return self.totals["articles"]

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

    def lexicon(self) -> tuple[int, tuple[str, ...]]:
        """The snapshot's commit generation and the terms some title or body holds (read
        once per commit)."""
        if self._lexicon.get("terms_gen") != self.generation:
            rows = self.conn.execute("SELECT term FROM search_terms WHERE df_title > 0 OR df_body > 0"
                                     " ORDER BY term").fetchall()
            self._lexicon.update(terms_gen=self.generation, terms=tuple(t for (t,) in rows))
        return self.generation, self._lexicon["terms"]

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
        extra, params = _only_sql(retrieval.only)
        return self._ranked(q, _scored_terms(retrieval), retrieval.limit, retrieval.examine,
                            lambda n: self._estimate(retrieval, n), extra, params)

    def _ranked(self, q: str, scored: list[Term], limit: int, examine: int | None, estimate: Callable[[int], int],
                extra: str = "", params: tuple = (), body_only: bool = False) -> Candidates:
        """Score the matches of tsquery *q* (and SQL condition *extra*) on *scored*. Only
        articles and photo items have words, so no condition on the kind: with one, the
        planner may scan the kind index and read every row's tsvector."""
        words = list(dict.fromkeys(t.text for t in scored))
        dfs, stats = self.field_dfs(words), self.stats
        weights = [(t.boost, 0.0 if body_only else bm25.idf(stats.n_docs, dfs[t.text][0]),
                    bm25.idf(stats.n_docs, dfs[t.text][1])) for t in scored]
        picks, hashes = _counts_sql(scored, body_only, self.position)
        sql = (f"SELECT seq, tlen, blen, {picks} FROM search_docs "
               f"WHERE tsv @@ %s::tsquery{extra}" + (" LIMIT %s" if examine is not None else ""))
        args: list[Any] = [*hashes, q, *params]
        if examine is not None:
            args.append(examine)
        rows = self.conn.execute(sql, args).fetchall()
        best = bm25.Scorer(weights, stats).best(rows, limit)
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

    def newest(self, kind: str, limit: int, since_ms: int | None = None, only: Only | None = None) -> list[Stored]:
        """Documents of *kind*, newest first by date then added."""
        since = "" if since_ms is None else " AND added >= %s"
        extra, only_params = _only_sql(only)
        params = (kind,) + (() if since_ms is None else (since_ms,)) + only_params + (limit,)
        return self._docs(f"kind = %s{since}{extra} ORDER BY date DESC, added DESC, seq DESC LIMIT %s", params)

    def sources(self) -> dict[str, int]:
        """The sources of articles and photo items, with their counts (read once per commit)."""
        if self._lexicon.get("sources_gen") != self.generation:
            rows = self.conn.execute("SELECT source, count(*) FROM search_docs WHERE kind IN ('article', 'caption')"
                                     " AND coalesce(source, '') <> '' GROUP BY source").fetchall()
            self._lexicon.update(sources_gen=self.generation, sources=dict(rows))
        return dict(self._lexicon["sources"])

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
