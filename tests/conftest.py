"""Shared fixtures: a copy of the seed folder and an index built over it."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from search.engine import Engine
from tests.fakebot import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent

# CI replays the same generated cases every run; local runs keep exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
SEEDS = ROOT / "seeds"


def copy_seeds(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for f in SEEDS.iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)
    return dest


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Engine:
    """An engine over an index of the five seed files (built once per test session)."""
    base = tmp_path_factory.mktemp("built")
    engine = Engine(base / "index", copy_seeds(base / "seeds"))
    engine.ingest()
    return engine


@pytest.fixture
def fresh(tmp_path) -> Engine:
    """An engine over its own copy of the seeds, with no index yet."""
    return Engine(tmp_path / "index", copy_seeds(tmp_path / "seeds"))


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server on 127.0.0.1 per test session (see tests/pgserver.py)."""
    from tests.pgserver import PgServer

    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server, request) -> str:
    """An empty database of its own for one test."""
    name = "t_" + "".join(c if c.isalnum() else "_" for c in request.node.name)[:50].lower()
    return pg_server.new_database(name)


@pytest.fixture
async def api():
    """The fake Bot API on 127.0.0.1, started for one test."""
    server = FakeBotAPI()
    await server.start()
    yield server
    await server.stop()
