"""The PostgreSQL search backend's own guarantees: one writer at a time, a crash mid-ingest
leaves the last commit, a schema version change rebuilds (keeping first-seen times), and
reads can go to a streaming standby that sees the primary's commits."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

import psycopg
import pytest

from search.index import documents as docs
from search.index.backends.base import Retrieval, Term
from search.index.backends.postgres import schema as pg_schema
from search.index.backends.postgres import writer as pg_writer
from search.index.backends.postgres.backend import PostgresBackend
from search.model import Article
from tests.support.backends import ARTICLES, fill, ids
from tests.support.pgserver import sessions_left

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def pg(pg_url):
    b = PostgresBackend(pg_url)
    yield b
    b.close()


def test_one_writer_at_a_time(pg, pg_url):
    from search.index.backends.postgres.writer import writing

    fill(pg)
    holding, release = threading.Event(), threading.Event()

    def first() -> None:
        with pg.writing():
            holding.set()
            release.wait(30)

    t = threading.Thread(target=first)
    t.start()
    assert holding.wait(30)
    with pytest.raises(TimeoutError), writing(pg_url, timeout=0.3):
        pass
    release.set()
    t.join()
    with writing(pg_url, timeout=5) as w:  # the lock went with the first writer
        assert "one.txt" in w.file_records()


def test_version_change_rebuilds_keeping_first_seen_times(pg, pg_url, caplog):
    fill(pg)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        pg_schema.set_meta(conn, "schema_version", "1.0")
    assert pg.exists() and not pg.current()
    with pg.writing() as w:
        assert w.upgrade() is True
        assert w.file_records() == {}
        assert w.gone_records()["one.txt"] == {"a1": 1000.0, "a2": 1001.0}
    assert pg.current() and "another version" in caplog.text
    r = pg.reader()
    assert r.article_count() == 0 and r.df("昌吉市") == 0
    with pg.writing() as w:
        assert w.upgrade() is False  # current now: nothing to do


CRASHING_INGEST = """
import os, signal, sys
from search.index import documents as docs
from search.index.backends.postgres.backend import PostgresBackend
from search.model import Article
with PostgresBackend(sys.argv[1]).writing() as w:
    w.delete_file("one.txt")
    for i in range(300):
        w.add(docs.article_doc(Article(id=f"half{i}", title="半截", text="没写完的文章。" * 20, file="one.txt"), 5.0))
    w._flush()  # the rows are in the open transaction
    print("flushed", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.slow
def test_killed_mid_ingest_leaves_the_last_commit(pg, pg_url):
    fill(pg)
    out = subprocess.run([sys.executable, "-c", CRASHING_INGEST, pg_url], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == -signal.SIGKILL and "flushed" in out.stdout
    r = pg.reader()
    assert r.document("a1") is not None and r.document("half0") is None and r.df("半截") == 0
    assert r.article_count() == 4
    with pg.writing() as w:  # the dead writer's lock is gone with its connection
        assert set(w.file_records()) == {"one.txt", "two.txt"}


def test_frequencies_follow_changes(pg):
    fill(pg)
    with pg.writing() as w:  # the same file read again, changed
        w.delete_file("two.txt")
        w.add(docs.article_doc(Article(id="a3", title="克拉玛依", text="油田工人。", file="two.txt"), 7.0))
        w.commit()
    r = pg.reader()
    assert r.df("油田") == 1 and r.df("辛勤") == 0 and r.document("p1") is None
    with pg.writing() as w:
        w.delete_file("one.txt")
        w.commit()
    assert pg.reader().df("吐鲁番") == 0  # gone with the file at once (Whoosh's waits for a merge)
    found = r.candidates(Retrieval(groups=((Term("油田"),),), require_all=False))
    assert [c.doc["id"] for c in found.found] == ["a3"]


def test_the_article_count_is_kept_by_each_commit(pg):
    """Searches ask for the number of articles every time: it is kept in the totals (a
    count(*) at 1,000,000 articles takes seconds)."""
    fill(pg)  # 3 articles and a photo item, 2 file records
    with pg.writing() as w:
        w.delete_file("two.txt")
        w.add(docs.article_doc(Article(id="a5", title="克拉玛依", text="油田工人。", file="two.txt"), 7.0))
        w.add(docs.article_doc(Article(id="a6", title="克拉玛依", text="油田工人和家属。", file="two.txt"), 7.0))
        w.commit()
    r = pg.reader()
    counted = r.conn.execute("SELECT count(*) FROM search_docs WHERE kind = ANY(%s)",
                             (list(docs.ARTICLE_KINDS),)).fetchall()
    assert r.totals["articles"] == r.article_count() == counted[0][0] == 4
    with pg.writing() as w:
        w.delete_file("one.txt")
        w.commit()
    r = pg.reader()
    assert r.totals["articles"] == r.article_count() == 2


def test_a_big_ingest_ends_vacuumed_and_analysed(pg, pg_url, monkeypatch):
    """After a bulk load the writer vacuums and analyses, so the first searches neither
    set the new rows' hint bits nor wait on autovacuum, and the planner knows the rows;
    the writer's next ingest is transactional again."""
    monkeypatch.setattr(pg_writer, "ANALYZE_ROWS", 2)
    fill(pg)
    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT c.relname, c.relallvisible, c.reltuples FROM pg_inherits i "
                            "JOIN pg_class c ON c.oid = i.inhrelid "
                            "WHERE i.inhparent = 'search_docs'::regclass").fetchall()
        assert rows and all(visible > 0 and tuples > 0 for _, visible, tuples in rows), rows
        assert conn.execute("SELECT attname FROM pg_stats WHERE tablename = 'search_terms'").fetchall()
    with pg.writing() as w:
        w.delete_file("one.txt")
        w.cancel()
    assert pg.reader().df("吐鲁番") > 0


def test_partitions_are_added_as_rows_arrive_without_blocking_readers(pg, pg_url, monkeypatch):
    """The documents table is split by arrival into partitions the writer attaches as it
    goes; a capped search scores the oldest matches, and readers are not held up by a
    writer that attached one in its open transaction."""
    monkeypatch.setattr(pg_schema, "PARTITION_ROWS", 2)
    fill(pg)  # 4 documents and 2 file records: seq 1 to 6
    everywhere = Retrieval(groups=((Term("昌吉市"), Term("吐鲁番"), Term("油田")),), require_all=False)
    r = pg.reader()
    assert sorted(ids(r.candidates(everywhere))) == ["a1", "a2", "a3", "p1"]
    capped = r.candidates(Retrieval(groups=everywhere.groups, require_all=False, examine=2))
    assert sorted(ids(capped)) == ["a1", "a2"] and capped.scored == 2
    r.close()
    with pg.writing() as w:
        for i in range(5):
            w.add(docs.article_doc(Article(id=f"n{i}", title="油田新闻", text="油田工人。", file="three.txt"), 9.0))
        w._flush()  # rows in the open transaction, in partitions it attached
        assert w.conn.execute("SELECT count(*) FROM pg_inherits WHERE inhparent = 'search_docs'::regclass"
                              ).fetchone()[0] == 6  # seq 0 to 11
        got: list = []
        reading = threading.Thread(target=lambda: got.extend(ids(pg.reader().candidates(everywhere))))
        reading.start()
        reading.join(10)
        assert not reading.is_alive() and sorted(got) == ["a1", "a2", "a3", "p1"]
        w.commit()
    assert len(ids(pg.reader().candidates(everywhere))) == 9


def test_reads_go_to_the_standby(pg_server):
    url = pg_server.new_database("standby_reads")
    standby = pg_server.standby()
    try:
        backend = PostgresBackend(url, replica_url=standby.url.rsplit("/", 1)[0] + "/standby_reads")
        fill(backend, ARTICLES[:2])
        pg_server.wait_replayed(standby)
        r = backend.reader()
        assert r.conn.execute("SELECT pg_is_in_recovery()").fetchone() == (True,)
        assert r.document("a1") is not None and r.document("a3") is None
        fill(backend, ARTICLES[2:3], added=2_000.0)  # the primary's next commit, replayed
        pg_server.wait_replayed(standby)
        r = backend.reader()
        assert r.document("a3") is not None and r.df("油田") == 1
        backend.close()
    finally:
        standby.stop()


def test_an_idle_reader_holds_nothing_and_reconnects(pg_url, monkeypatch):
    """A thread's snapshot stays open between its queries; the server ends it after
    IDLE_SNAPSHOT_MS, so a schema upgrade (DROP TABLE) is not blocked by an idle bot, and
    the thread's next query reconnects."""
    from search.index.backends.postgres import backend as postgres

    monkeypatch.setattr(postgres, "IDLE_SNAPSHOT_MS", 200)
    backend = PostgresBackend(pg_url)
    fill(backend)
    assert backend.reader().document("a1") is not None  # the snapshot now idles
    with psycopg.connect(pg_url, autocommit=True) as conn:
        pg_schema.set_meta(conn, "schema_version", "1.0")
        conn.execute("SET lock_timeout = '20s'")
        with backend.writing() as w:  # drops and recreates the tables: waits for no reader
            assert w.upgrade() is True
    r = backend.reader()
    assert r.document("a1") is None and r.article_count() == 0
    backend.close()


def test_a_closed_backend_leaves_no_connection_on_the_server(pg, pg_url):
    """A bot that stops closes its search backend: the readers' pool is not left to the
    garbage collector (whose thread may be the pool's own) or the server's timeouts."""
    fill(pg)
    threads = [threading.Thread(target=lambda: pg.reader().document("a1")) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert pg.reader().document("a1") is not None
    assert sessions_left(pg_url, timeout=0) >= 1
    pg.close()
    assert sessions_left(pg_url) == 0


def test_the_same_scores_without_intarray(pg, pg_url):
    """intarray's idx() finds a term's count when the database has it (the writer creates
    it); a database without it scores through array_position(), with the same result."""
    fill(pg)
    retrieval = Retrieval(groups=((Term("昌吉市"), Term("油田"), Term("宣讲", 0.5)),), require_all=False)
    r = pg.reader()
    assert r.position == "idx"
    with_idx = [(c.doc["id"], c.score) for c in r.candidates(retrieval).found]
    r.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP EXTENSION intarray")
    r = pg.reader()
    assert r.position == "array_position"
    assert [(c.doc["id"], c.score) for c in r.candidates(retrieval).found] == with_idx
    assert len(with_idx) == 3
