"""The PostgreSQL writer: one ingest's changes in one transaction per commit batch.

Documents are buffered, analysed (in worker processes for a big ingest: jieba is the
cost) and written with COPY; term document frequencies and the field-length totals are
adjusted in the same transaction, so readers see the last commit whole or nothing of the
next. The one-writer rule is a session advisory lock held on the writer's connection:
PostgreSQL drops it when the connection or the process dies.
"""
from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any

import psycopg

from search.index import documents as docs
from search.index.backends.base import Stored
from search.index.backends.postgres import schema
from search.index.backends.postgres.terms import Analysed, analyse_pair

log = logging.getLogger(__name__)
BATCH_DOCS = 1000  # documents analysed and copied together
PARALLEL_BYTES = 8_000_000  # an ingest this big analyses in worker processes
ANALYZE_ROWS = 1000  # an ingest writing this many rows (or a tenth of them) vacuums and analyses
LOCK_TIMEOUT = 600.0  # seconds to wait for another ingest
_COPY_COLUMNS = schema.STORED_COLUMNS + ("tlen", "blen", "th", "tc", "bh", "bc", "tsv")


def _array(numbers: list[int]) -> str:
    """An integer array in PostgreSQL's text form, for COPY (psycopg's list dumper checks
    every element with a regex: a fifth of a big ingest's main-process time)."""
    return "{" + ",".join(map(str, numbers)) + "}"


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class PgWriter:
    """Writer protocol over one connection (autocommit off: every change is in the open
    transaction until commit())."""

    def __init__(self, conn: psycopg.Connection) -> None:
        self.conn = conn
        self.damaged = False  # PostgreSQL keeps its own tables whole: never started afresh
        self._pending: list[dict[str, Any]] = []
        self._pending_files: set[str] = set()
        self._df: Counter[tuple[str, int]] = Counter()  # (term, 0 title | 1 body) -> change
        self._totals: Counter[str] = Counter()
        self._pool: Any = None
        self._procs = 1
        self._written = 0  # rows this ingest wrote

    # -- reads of the committed state (and this transaction's own changes) ----------
    def file_records(self) -> dict[str, Stored]:
        """The file records by file name."""
        return {d["file"]: d for d in self._select("kind = 'file'")}

    def gone_records(self) -> dict[str, dict[str, float]]:
        """First-seen times kept for removed files' articles, by file name."""
        return {d["file"]: d.get("seen") or {} for d in self._select("kind = 'gone'")}

    def added_times(self, file: str) -> dict[str, float]:
        """First-seen times (epoch s) of the articles stored for *file*, by id."""
        self._flush_file(file)
        rows = self.conn.execute("SELECT id, added FROM search_docs WHERE file = %s AND kind IN "
                                 "('article', 'caption') AND added IS NOT NULL", (file,)).fetchall()
        return {doc_id: docs.from_ms(added) for doc_id, added in rows}

    def _select(self, where: str) -> list[Stored]:
        self._flush()
        return schema.select_docs(self.conn, where)

    # -- changes -------------------------------------------------------------------
    def upgrade(self) -> bool:
        """Rebuild tables another schema version wrote, keeping first-seen times as gone
        records; True when every file must be read again."""
        seen = schema.upgrade(self.conn)
        if seen is None:
            return False
        for file, times in seen.items():
            self.add(docs.gone_doc(file, times))
        self.commit()
        return True

    def expect(self, work_bytes: int) -> None:
        """Analyse in worker processes (both cores) when the ingest is big."""
        cores = _cores()
        self._procs = min(cores, 4) if work_bytes >= PARALLEL_BYTES and cores > 1 else 1

    def delete_file(self, file: str) -> None:
        """Remove everything stored for *file*."""
        self._flush_file(file)
        self._delete("file = %s", (file,))

    def add(self, doc: Stored) -> None:
        """Add one document (replacing one with the same id)."""
        self._pending.append(dict(doc))
        self._pending_files.add(doc.get("file") or "")
        if len(self._pending) >= BATCH_DOCS * max(1, self._procs):
            self._flush()

    def replace(self, doc: Stored) -> None:
        """Replace the stored document with this id."""
        self.add(doc)

    def commit(self) -> None:
        """Write the buffered documents and the statistics, then commit the transaction."""
        self._flush()
        self._apply_stats()
        self.conn.commit()

    def cancel(self) -> None:
        """Drop the uncommitted changes (PostgreSQL gives the space back on vacuum)."""
        self._pending.clear()
        self._pending_files.clear()
        self._df.clear()
        self._totals.clear()
        self.conn.rollback()

    def finished(self) -> None:
        """Record the ingest's time (the version was recorded when the tables were made),
        and after a big change vacuum and refresh the planner's statistics: after a bulk
        load its guesses are wrong, and the new rows' hint bits and visibility map are
        otherwise set by the first searches and by autovacuum, which slowed search p95
        tenfold in the minutes after a 1,000,000-article load. A rescan that changed
        little leaves both to autovacuum."""
        try:
            schema.set_meta(self.conn, "last_ingest", time.strftime("%Y-%m-%dT%H:%M:%S%z"))
            self.conn.commit()
            if self._written >= max(ANALYZE_ROWS, schema.totals(self.conn)["docs"] // 10):
                self.conn.commit()  # VACUUM runs outside a transaction
                self.conn.autocommit = True
                try:
                    self.conn.execute("VACUUM (ANALYZE) search_docs, search_terms")
                finally:
                    self.conn.autocommit = False
        except psycopg.Error as exc:
            log.warning("could not record the ingest time or vacuum: %s", exc)
            self.conn.rollback()

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    # -- internals -----------------------------------------------------------------
    def _flush_file(self, file: str) -> None:
        if file in self._pending_files:
            self._flush()

    def _delete(self, where: str, params: tuple) -> None:
        """Delete rows, counting what they took from the statistics."""
        rows = self.conn.execute(f"DELETE FROM search_docs WHERE {where} RETURNING kind, tlen, blen, "
                                 "tsvector_to_array(ts_filter(tsv, '{a}')), tsvector_to_array(ts_filter(tsv, '{d}'))",
                                 params).fetchall()
        for kind, tlen, blen, title_terms, body_terms in rows:
            self._totals.update(docs=-1, articles=-(kind in docs.ARTICLE_KINDS), tlen=-tlen, blen=-blen)
            self._df.subtract({(t, 0): 1 for t in title_terms or ()})
            self._df.subtract({(t, 1): 1 for t in body_terms or ()})

    def _analysed(self, batch: list[dict[str, Any]]) -> Iterator[Analysed]:
        """Each document's analysis, in order: streamed from the worker processes (so
        they keep working while rows are copied) when the ingest is big."""
        pairs = [(d.get("title") or "", d.get("body") or "") for d in batch]
        if self._procs > 1 and len(batch) > 50:
            if self._pool is None:
                from search.index.procs import die_with_parent
                from search.text.analysis import load_dictionary

                load_dictionary()  # before the fork: the workers share the dictionary
                self._pool = mp.get_context("fork").Pool(self._procs, initializer=die_with_parent)
            return self._pool.imap(analyse_pair, pairs, chunksize=8)
        return map(analyse_pair, pairs)

    def _flush(self) -> None:
        """Analyse and COPY the buffered documents."""
        batch, self._pending = self._pending, []
        self._pending_files.clear()
        if not batch:
            return
        batch = list({d["id"]: d for d in batch}.values())  # the last of one id wins
        self._delete("id = ANY(%s)", ([d["id"] for d in batch],))
        schema.add_partitions(self.conn, len(batch))
        analysed = self._analysed(batch)
        title_df: Counter[str] = Counter()
        body_df: Counter[str] = Counter()
        with self.conn.cursor() as cur, cur.copy(f"COPY search_docs ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
            for doc, a in zip(batch, analysed, strict=True):
                values = [json.dumps(doc.get(c), ensure_ascii=False) if c in schema.JSON_COLUMNS and
                          doc.get(c) is not None else doc.get(c) for c in schema.STORED_COLUMNS]
                copy.write_row(values + [a.tlen, a.blen, _array(a.title_hashes), _array(a.title_counts),
                                         _array(a.body_hashes), _array(a.body_counts), a.tsv])
                self._totals.update(docs=1, articles=doc.get("kind") in docs.ARTICLE_KINDS, tlen=a.tlen, blen=a.blen)
                self._written += 1
                title_df.update(a.title_terms)
                body_df.update(a.body_terms)
        self._df.update({(t, 0): n for t, n in title_df.items()})
        self._df.update({(t, 1): n for t, n in body_df.items()})

    def _apply_stats(self) -> None:
        """Term document frequencies and totals, changed by this batch, into the tables."""
        changes: dict[str, list[int]] = {}
        for (term, field), n in self._df.items():
            if n:
                changes.setdefault(term, [0, 0])[field] += n
        self._df.clear()
        if changes:
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_df_change "
                              "(term text, dt integer, db integer) ON COMMIT DELETE ROWS")
            with self.conn.cursor() as cur, cur.copy("COPY search_df_change (term, dt, db) FROM STDIN") as copy:
                for term, (dt, db) in changes.items():
                    copy.write_row((term, dt, db))
            self.conn.execute("INSERT INTO search_terms AS t (term, df_title, df_body) "
                              "SELECT term, dt, db FROM search_df_change ON CONFLICT (term) DO UPDATE SET "
                              "df_title = t.df_title + excluded.df_title, df_body = t.df_body + excluded.df_body")
            self.conn.execute("DELETE FROM search_terms WHERE term IN (SELECT term FROM search_df_change) "
                              "AND df_title <= 0 AND df_body <= 0")
        total = schema.totals(self.conn)
        for key, n in self._totals.items():
            total[key] = total.get(key, 0) + n
        self._totals.clear()
        schema.set_meta(self.conn, "totals", json.dumps(total))
        generation = int(schema.meta(self.conn, "generation") or 0) + 1
        schema.set_meta(self.conn, "generation", str(generation))


WRITER_LOCK_WAIT_MS = 60_000  # an ingest waits this long for a table lock held by someone else


@contextlib.contextmanager
def writing(url: str, timeout: float = LOCK_TIMEOUT) -> Iterator[PgWriter]:
    """The one writer: a new connection holding the advisory lock (waiting up to
    *timeout* for another ingest), with the tables created when absent. What is not
    committed when the block ends (by an exception or not) is rolled back."""
    from psycopg.conninfo import conninfo_to_dict

    given = str(conninfo_to_dict(url).get("options") or "")  # long COPYs run unbounded; lock waits do not
    conn = psycopg.connect(url, options=f"{given} -c lock_timeout={WRITER_LOCK_WAIT_MS}".strip())
    writer = PgWriter(conn)
    try:
        _lock(conn, timeout)
        schema.create(conn)
        schema.enable_intarray(conn)
        conn.commit()
        yield writer
        writer.cancel()  # what the caller did not commit is dropped, as with Whoosh
    except BaseException:
        with contextlib.suppress(psycopg.Error):
            writer.cancel()
        raise
    finally:
        writer.close()
        conn.close()  # also releases the advisory lock


def _lock(conn: psycopg.Connection, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not conn.execute("SELECT pg_try_advisory_lock(%s)", (schema.LOCK_KEY,)).fetchone()[0]:  # type: ignore[index]
        conn.rollback()
        if time.monotonic() > deadline:
            raise TimeoutError("another ingest holds the search tables' writer lock")
        time.sleep(0.05)
    conn.commit()
