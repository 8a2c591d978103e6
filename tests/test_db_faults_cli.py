"""Database faults at the command line (issue 29, point 3): one line naming what failed
and what to do, never a traceback, exit 1; the password never shown. Each runs the
installed `newsbot` in its own process: only its own output is read."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from tests.support.pgserver import free_port
from tests.support.seeds import copy_seeds

NEWSBOT = Path(sys.executable).with_name("newsbot")  # the installed console script


@pytest.fixture
def newsbot(tmp_path):
    def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
        return subprocess.run([NEWSBOT, *args], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                              env={**base, **env})
    return run


@pytest.fixture
def pg_env(tmp_path):
    def env(url: str) -> dict[str, str]:
        return {"NEWSBOT_SEEDS_DIR": str(copy_seeds(tmp_path / "seeds")), "NEWSBOT_DATA_DIR": str(tmp_path / "var"),
                "NEWSBOT_SEARCH_BACKEND": "postgres", "NEWSBOT_DATABASE_URL": url}
    return env


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line and "trying once more" not in line]
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.mark.parametrize("command", [("ingest",), ("search", "哈密瓜")])
def test_an_unreachable_database_is_one_line(newsbot, pg_env, command):
    out = newsbot(pg_env(f"postgresql://newsbot:s3cret@127.0.0.1:{free_port()}/newsbot"), *command)
    line = one_line(out.stderr)
    assert out.returncode == 1
    assert "cannot reach the database" in line and "NEWSBOT_DATABASE_URL" in line and "s3cret" not in line


def test_a_read_only_database_is_one_line(newsbot, pg_env, pg_url):
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {pg_url.rsplit('/', 1)[1]} SET default_transaction_read_only = on")
    out = newsbot(pg_env(pg_url), "ingest")
    line = one_line(out.stderr)
    assert out.returncode == 1 and "read-only" in line and "primary" in line


@pytest.fixture
def password_url(pg_url):
    """*pg_url*'s database as a role the server asks a password of (scram-sha-256, a
    pg_hba.conf line for that role only; the shared server trusts everyone else)."""
    role = "pw_" + pg_url.rsplit("/", 1)[1][-40:]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'right-Pa55'")
        conn.execute(f"ALTER DATABASE {pg_url.rsplit('/', 1)[1]} OWNER TO {role}")
        hba = Path(conn.execute("SHOW hba_file").fetchone()[0])  # type: ignore[index]
        before = hba.read_text()
        hba.write_text(f"host all {role} 127.0.0.1/32 scram-sha-256\n" + before)
        conn.execute("SELECT pg_reload_conf()")
    yield pg_url.replace("postgresql://postgres@", f"postgresql://{role}:{{}}@")
    hba.write_text(before)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("SELECT pg_reload_conf()")


@pytest.mark.parametrize("command", [("ingest",), ("search", "哈密瓜")])
def test_a_wrong_password_is_one_line(newsbot, pg_env, password_url, command):
    out = newsbot(pg_env(password_url.format("wrong-Pa55")), *command)
    line = one_line(out.stderr)
    assert out.returncode == 1, out.stderr
    assert "password" in line and "NEWSBOT_DATABASE_URL" in line and "wrong-Pa55" not in out.stderr + out.stdout
    assert "trying once more" not in out.stderr  # a refused password is not retried
    assert newsbot(pg_env(password_url.format("right-Pa55")), "ingest").returncode == 0  # the set-up is sound


def _trigger(url: str, body: str) -> None:
    """A row trigger on the search table running *body* (PL/pgSQL) for every row written."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE SEQUENCE IF NOT EXISTS fault_count")  # nextval outlives a rollback
        conn.execute(f"CREATE FUNCTION fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
                     "RETURN NEW; END $$")
        conn.execute("CREATE TRIGGER fault BEFORE INSERT ON search_docs FOR EACH ROW EXECUTE FUNCTION fault()")


def _faults(url: str) -> int:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute("SELECT last_value FROM fault_count").fetchone()[0]  # type: ignore[index]


def test_a_full_database_is_one_line(newsbot, pg_env, pg_url):
    assert newsbot(pg_env(pg_url), "ingest").returncode == 0  # the tables exist
    _trigger(pg_url, "PERFORM nextval('fault_count'); "
                     "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';")
    out = newsbot(pg_env(pg_url), "ingest", "--full")
    line = one_line(out.stderr)
    assert out.returncode == 1 and "out of disk space" in line and "free some" in line
    assert _faults(pg_url) == 1  # a full disk is not retried: it would be full again


def _articles(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM search_docs WHERE kind = 'article'").fetchone()[0]  # type: ignore[index]


def test_a_restart_mid_ingest_is_tried_once_more(newsbot, pg_env, pg_url):
    assert newsbot(pg_env(pg_url), "ingest").returncode == 0
    articles = _articles(pg_url)
    _trigger(pg_url, "IF nextval('fault_count') = 1 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;")
    out = newsbot(pg_env(pg_url), "ingest", "--full")
    assert out.returncode == 0 and "Traceback" not in out.stderr, out.stderr
    assert out.stderr.count("trying once more") == 1 and _faults(pg_url) > 1
    assert articles and _articles(pg_url) == articles  # every article is there after the second try


def test_a_database_restarting_every_time_is_one_line(newsbot, pg_env, pg_url):
    assert newsbot(pg_env(pg_url), "ingest").returncode == 0
    _trigger(pg_url, "PERFORM nextval('fault_count'); PERFORM pg_terminate_backend(pg_backend_pid());")
    out = newsbot(pg_env(pg_url), "ingest", "--full")
    line = one_line(out.stderr)
    assert out.returncode == 1 and "restarted" in line and "run the command again" in line
    assert out.stderr.count("trying once more") == 1  # tried once more, then given up
