"""NEWSBOT_SEARCH_BACKEND and NEWSBOT_DATABASE_REPLICA_URL are checked when read, like every
setting: a bad value names the variable and stops the program with status 78."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.settings import Settings, SettingsError, load_settings

PG = "postgresql://newsbot:secret@db.example:5432/newsbot"


def load(tmp_path: Path, **env: str) -> Settings:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return load_settings({"NEWSBOT_SEEDS_DIR": str(tmp_path / "seeds"), **env}, dotenv=False)


def test_whoosh_is_the_default(tmp_path):
    s = load(tmp_path)
    assert (s.search_backend, s.database_replica_url) == ("whoosh", "")


def test_postgres_with_its_database_and_a_standby(tmp_path):
    s = load(tmp_path, NEWSBOT_SEARCH_BACKEND=" Postgres ", NEWSBOT_DATABASE_URL=PG,
             NEWSBOT_DATABASE_REPLICA_URL="postgresql://newsbot:secret@replica.example/newsbot")
    assert (s.search_backend, s.database_url) == ("postgres", PG)
    assert s.database_replica_url.startswith("postgresql://") and "secret" not in repr(s)


@pytest.mark.parametrize("raw", ["elastic", "pg", "sqlite"])
def test_unknown_backend_refused(tmp_path, raw):
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, NEWSBOT_SEARCH_BACKEND=raw)
    assert caught.value.variable == "NEWSBOT_SEARCH_BACKEND" and "whoosh" in str(caught.value)


def test_postgres_needs_a_database(tmp_path):
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, NEWSBOT_SEARCH_BACKEND="postgres")
    assert caught.value.variable == "NEWSBOT_DATABASE_URL"


def test_replica_url_checked_without_showing_its_password(tmp_path):
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, NEWSBOT_DATABASE_REPLICA_URL="mysql://u:hunter2@replica/x")
    assert caught.value.variable == "NEWSBOT_DATABASE_REPLICA_URL" and "hunter2" not in str(caught.value)


def test_bad_backend_stops_the_program_with_78(tmp_path):
    (tmp_path / "seeds").mkdir()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
    out = subprocess.run([sys.executable, "-m", "search", "search", "x"], cwd=Path(__file__).parent.parent,
                         env={**clean, "NEWSBOT_SEEDS_DIR": str(tmp_path / "seeds"), "NEWSBOT_SEARCH_BACKEND": "solr",
                              "NEWSBOT_INDEX_DIR": str(tmp_path / "index")},
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 78 and "NEWSBOT_SEARCH_BACKEND" in out.stderr and "Traceback" not in out.stderr
