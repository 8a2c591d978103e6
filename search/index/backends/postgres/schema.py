"""The PostgreSQL search schema: tables, indexes, the schema version and its upgrade.

One row per stored document in `search_docs` (articles, captions, file and gone records,
the same dicts Whoosh stores), with what ranking needs beside the stored fields:

- `tsv`: the project's own jieba tokens (`search.text.analysis.analyze`) as a `simple`
  tsvector computed in Python on insert (PostgreSQL's parser does not segment Chinese,
  and a GENERATED column would break inserts routed to a postgres_fdw partition). Title
  words carry weight A at positions 1.., body words weight D after a gap, so a phrase
  (`<->`) never spans the two and `:A`/`:D` tell the fields apart. GIN-indexed.
- `th`/`tc`, `bh`/`bc`: the title's and body's terms (as 32-bit hashes) and their counts,
  `tlen`/`blen`: the fields' token counts. BM25F needs both (a tsvector keeps at most 256
  positions per word). Kept in the row itself (STORAGE MAIN; the text and the tsvector go
  to TOAST): scoring 4,000 matches reads no TOAST (jsonb maps of the counts were TOASTed
  and cost ~20 us a row).

`search_docs` is partitioned by `seq` (arrival order) in ranges of PARTITION_ROWS, each with
its own indexes, created by the writer as rows arrive. A search scoring at most *examine*
matches (a large index) reads partitions oldest first and stops when it has them: a GIN
bitmap scan builds its whole bitmap before the first row, so in one table the cost of a
common word grew with the archive (at 1,000,000 articles, most of a search's time).

`search_terms` holds each term's document frequency per field (kept up to date by every
commit): idf, df(), the lexicon for part-of-word search. `search_meta` holds the schema
version, the commit generation, the totals BM25F's average field lengths need, and the
time of the last ingest.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import psycopg

from search.index import documents as docs

log = logging.getLogger(__name__)

# Bump with documents.SCHEMA_VERSION, or when the tables below change.
PG_SCHEMA = 3  # 3: file records keep their lines' keys (lines)
PARTITION_ROWS = 50_000  # rows (by seq) per partition: a common word's bitmap in one stays small
LOCK_KEY = 0x6E657773  # pg_advisory_lock key of the one writer ("news")

STORED_COLUMNS = ("id", "kind", "title", "body", "date", "file", "source", "byline", "url", "norm", "added",
                  "fsize", "fmtime", "fhash", "count", "lines", "seen")
JSON_COLUMNS = frozenset({"lines", "seen"})
COLUMNS_SQL = ", ".join(f'"{c}"' for c in STORED_COLUMNS)

DDL = """
CREATE TABLE search_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE search_docs (
    seq bigserial PRIMARY KEY,
    id text NOT NULL,
    kind text NOT NULL,
    title text, body text, date text, file text, source text, byline text, url text, norm text,
    added bigint, fsize bigint, fmtime bigint, fhash text, count integer, lines jsonb, seen jsonb,
    tlen integer NOT NULL DEFAULT 0,
    blen integer NOT NULL DEFAULT 0,
    th integer[], tc smallint[], bh integer[], bc smallint[],
    tsv tsvector
) PARTITION BY RANGE (seq);
ALTER TABLE search_docs ALTER th SET STORAGE MAIN, ALTER tc SET STORAGE MAIN,
    ALTER bh SET STORAGE MAIN, ALTER bc SET STORAGE MAIN;
CREATE INDEX search_docs_tsv ON search_docs USING gin (tsv);
CREATE INDEX search_docs_id ON search_docs (id);
CREATE INDEX search_docs_file ON search_docs (file);
CREATE INDEX search_docs_newest ON search_docs (kind, date DESC, added DESC);
CREATE INDEX search_docs_added ON search_docs (added);
CREATE TABLE search_terms (
    term text PRIMARY KEY,
    df_title integer NOT NULL DEFAULT 0,
    df_body integer NOT NULL DEFAULT 0
);
"""
TABLES = ("search_docs", "search_terms", "search_meta")


def version_key() -> str:
    """What `search_meta.schema_version` holds when this version wrote the index."""
    return f"{docs.SCHEMA_VERSION}.{PG_SCHEMA}"


def meta(conn: psycopg.Connection, key: str) -> str | None:
    """One value of search_meta (None when absent, or when there are no tables yet)."""
    if not has_tables(conn):
        return None
    row = conn.execute("SELECT value FROM search_meta WHERE key = %s", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: psycopg.Connection, key: str, value: str) -> None:
    """Write one value of search_meta (in the caller's transaction)."""
    conn.execute("INSERT INTO search_meta (key, value) VALUES (%s, %s) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def has_tables(conn: psycopg.Connection) -> bool:
    """True when the search tables exist in this database."""
    return conn.execute("SELECT to_regclass('search_meta') IS NOT NULL").fetchone()[0]  # type: ignore[index]


def size_bytes(conn: psycopg.Connection) -> int | None:
    """Bytes the search tables take on disk: every partition of search_docs and the other
    tables, with their indexes and TOAST (None when there are no tables yet)."""
    if not has_tables(conn):
        return None
    row = conn.execute("SELECT coalesce(sum(pg_total_relation_size(relid)), 0)::bigint FROM ("
                       "SELECT relid FROM pg_partition_tree('search_docs') UNION ALL "
                       "SELECT unnest(ARRAY['search_terms', 'search_meta']::regclass[])) AS t").fetchone()
    return int(row[0]) if row else None


def create(conn: psycopg.Connection) -> None:
    """Create the tables (in the caller's transaction) and mark them with this version
    when nothing is there yet."""
    if has_tables(conn):
        return  # DDL on existing tables would wait for every open reader
    conn.execute(DDL)
    set_meta(conn, "schema_version", version_key())
    set_meta(conn, "generation", "0")
    set_meta(conn, "totals", json.dumps({"docs": 0, "articles": 0, "tlen": 0, "blen": 0}))


def add_partitions(conn: psycopg.Connection, rows: int) -> None:
    """Partitions for the next *rows* rows, when missing (in the caller's transaction).
    Each is made apart, then attached, which does not block readers (creating it as a
    partition would lock the table until the ingest commits). One writer at a time:
    partitions are made in order, from 0."""
    last, called = conn.execute("SELECT last_value, is_called FROM search_docs_seq_seq").fetchone()  # type: ignore[misc]
    made = conn.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_docs'::regclass").fetchone()[0]  # type: ignore[index]
    for k in range(made, ((last if called else 0) + rows) // PARTITION_ROWS + 1):
        conn.execute(f"CREATE TABLE search_docs_{k} (LIKE search_docs INCLUDING DEFAULTS INCLUDING STORAGE)")
        conn.execute(f"ALTER TABLE search_docs ATTACH PARTITION search_docs_{k} "
                     f"FOR VALUES FROM ({k * PARTITION_ROWS}) TO ({(k + 1) * PARTITION_ROWS})")


def totals(conn: psycopg.Connection) -> dict[str, int]:
    """Documents (every kind), articles and photo items, and the summed token counts of
    titles and bodies, as the last commit left them."""
    return _totals(meta(conn, "totals"))


def _totals(raw: str | None) -> dict[str, int]:
    return json.loads(raw) if raw else {"docs": 0, "articles": 0, "tlen": 0, "blen": 0}


_SNAPSHOT = ("SELECT set_config('enable_seqscan', 'off', true), "
             "set_config('max_parallel_workers_per_gather', '0', true), "
             "(SELECT value FROM search_meta WHERE key = 'generation'), "
             "(SELECT value FROM search_meta WHERE key = 'totals'), "
             "to_regprocedure('idx(integer[], integer)') IS NOT NULL")


@dataclass(frozen=True)
class Snapshot:
    """What a reader's transaction starts with."""

    generation: int  # the commit it sees (0: no tables)
    totals: dict[str, int]
    position: str  # the SQL function finding a term's hash in a count array


def snapshot(conn: psycopg.Connection) -> Snapshot:
    """In one round trip, at the start of a reader's transaction: the commit generation,
    the totals and whether intarray's idx() is there, with sequential scans off for the
    transaction (the GIN index answers a plain any-of query without reading the rows'
    tsvectors; a sequential scan, the planner's choice for a term in half the rows, reads
    them all), and parallel plans off (partitions are read in order: the matches a capped
    search scores are the same each time)."""
    try:
        row = conn.execute(_SNAPSHOT).fetchone()
    except psycopg.errors.UndefinedTable:
        conn.rollback()
        return Snapshot(0, _totals(None), "array_position")
    _off, _serial, generation, raw, has_idx = row if row else (None, None, None, None, False)
    return Snapshot(int(generation or 0), _totals(raw), "idx" if has_idx else "array_position")


def enable_intarray(conn: psycopg.Connection) -> bool:
    """Create the intarray extension when this database allows it (a trusted extension:
    the database's owner may). Its idx() finds a term in a row's count arrays in one C
    loop; array_position(), the fallback, calls the equality function per element, which
    was a third of a search's time at 500,000 articles. False when it cannot be created."""
    try:
        with conn.transaction():  # a savepoint: a refusal leaves the caller's transaction usable
            conn.execute("CREATE EXTENSION IF NOT EXISTS intarray")
        return True
    except psycopg.Error as exc:
        log.info("intarray is not available (%s); searches use array_position(), which is slower",
                 str(exc).strip())
        return False


def first_seen(conn: psycopg.Connection) -> dict[str, dict[str, float]]:
    """Per file, the first-seen times (epoch s) of its articles and of its gone record:
    what a rebuild keeps, so an article read again is not news again."""
    seen: dict[str, dict[str, float]] = {}
    rows = conn.execute("SELECT id, kind, file, added, seen FROM search_docs "
                        "WHERE kind IN ('article', 'caption', 'gone')").fetchall()
    for doc_id, kind, file, added, gone in rows:
        if kind == "gone":
            seen.setdefault(file, {}).update(gone or {})
        elif added is not None:
            seen.setdefault(file, {})[doc_id] = docs.from_ms(added)
    return seen


def upgrade(conn: psycopg.Connection) -> dict[str, dict[str, float]] | None:
    """In the caller's transaction: when the tables hold another version's documents,
    drop them and create this version's; returns the first-seen times to keep as gone
    records (every file must then be read again). None when nothing was rebuilt (tables
    without documents are simply marked current)."""
    if not has_tables(conn):
        create(conn)
        return None
    if meta(conn, "schema_version") == version_key():
        return None
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM search_docs)").fetchone()[0]:  # type: ignore[index]
        set_meta(conn, "schema_version", version_key())
        return None
    log.warning("the search tables were written by another version (%s); rebuilding them from the seeds",
                meta(conn, "schema_version"))
    seen = first_seen(conn)
    conn.execute("DROP TABLE IF EXISTS " + ", ".join(TABLES))
    create(conn)
    return seen


def select_docs(conn: psycopg.Connection, where: str, params: tuple = ()) -> list[docs.Stored]:
    """The stored documents of the rows matching SQL condition *where*."""
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return [stored(r) for r in cur.execute(f"SELECT {COLUMNS_SQL} FROM search_docs WHERE {where}", params)]


def stored(row: dict[str, Any]) -> dict[str, Any]:
    """The stored document of a row: its non-null stored fields (as Whoosh returns them)."""
    return {k: v for k, v in row.items() if v is not None and k in STORED_COLUMNS}
