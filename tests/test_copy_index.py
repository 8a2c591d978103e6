"""Moving an archive between backends: `newsbot copy-index postgres` copies a Whoosh index
into an empty PostgreSQL database (and back) without the seed files, keeping first-seen
times (no digest tells old news again) and file records (the next ingest reads nothing)."""
from __future__ import annotations

import os
import shutil
import time

from search.engine import Engine
from search.index.backends.postgres.backend import PostgresBackend
from search.index.backends.whoosh.backend import WhooshBackend
from tests.support.cli import keep_opened
from tests.support.pgserver import sessions_left
from tests.support.seeds import copy_seeds

QUESTION = "昌吉市累计开展了多少场巡回宣讲？"


def test_copy_to_postgres_and_back(newsbot, tmp_path, pg_url, monkeypatch):  # noqa: F811
    from search.index import backends

    keep_opened(monkeypatch, backends, "open_backend")
    seeds = copy_seeds(tmp_path / "seeds")
    env = {**os.environ, "NEWSBOT_SEEDS_DIR": str(seeds), "NEWSBOT_INDEX_DIR": str(tmp_path / "index"),
           "NEWSBOT_DATA_DIR": str(tmp_path), "NEWSBOT_DATABASE_URL": pg_url}
    assert newsbot(env, "ingest").returncode == 0
    whoosh = Engine(tmp_path / "index", seeds, backend=WhooshBackend(tmp_path / "index"))
    before = {d["id"]: d["added"] for d in whoosh.backend.iter_documents()}
    moved_at = time.time()

    (tmp_path / "empty").mkdir()  # the copy reads the index, not the seed files
    done = newsbot({**env, "NEWSBOT_SEEDS_DIR": str(tmp_path / "empty")}, "copy-index", "postgres")
    assert done.returncode == 0, done.stderr
    assert f"copied {len(before)} articles" in done.stdout and "NEWSBOT_SEARCH_BACKEND=postgres" in done.stdout
    assert sessions_left(pg_url) == 0  # the command closed its connections

    pg = Engine(tmp_path / "unused", seeds, backend=PostgresBackend(pg_url))
    assert {d["id"]: d["added"] for d in pg.backend.iter_documents()} == before  # first-seen times kept
    assert pg.latest(10, since=moved_at) == []  # so a digest after the move has no old news
    assert pg.ask(QUESTION) == whoosh.ask(QUESTION)
    report = pg.ingest()  # the file records came along: nothing to read again
    assert (report.added, report.changed, report.articles_added) == (0, 0, 0) and report.unchanged > 0
    pg.close()

    again = newsbot(env, "copy-index", "postgres")  # the target is no longer empty
    assert again.returncode == 1 and "already holds" in again.stderr
    assert sessions_left(pg_url) == 0  # also when the copy is refused

    shutil.rmtree(tmp_path / "index")  # and back, into an empty folder
    back = newsbot({**env, "NEWSBOT_SEARCH_BACKEND": "postgres"}, "copy-index", "whoosh")
    assert back.returncode == 0, back.stderr
    assert sessions_left(pg_url) == 0
    rebuilt = Engine(tmp_path / "index", seeds, backend=WhooshBackend(tmp_path / "index"))
    assert {d["id"]: d["added"] for d in rebuilt.backend.iter_documents()} == before
    assert rebuilt.ask(QUESTION) == whoosh.ask(QUESTION)


def test_copy_needs_an_index_and_another_backend(newsbot, tmp_path, pg_url):  # noqa: F811
    env = {**os.environ, "NEWSBOT_SEEDS_DIR": str(copy_seeds(tmp_path / "seeds")),
           "NEWSBOT_INDEX_DIR": str(tmp_path / "index"), "NEWSBOT_DATA_DIR": str(tmp_path),
           "NEWSBOT_DATABASE_URL": pg_url}
    nothing = newsbot(env, "copy-index", "postgres")
    assert nothing.returncode == 1 and "no index" in nothing.stderr and "newsbot ingest" in nothing.stderr
    same = newsbot(env, "copy-index", "whoosh")
    assert same.returncode == 2 and "name the other backend" in same.stderr
