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
