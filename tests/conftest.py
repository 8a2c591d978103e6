"""Shared fixtures: a copy of the seed folder and an index built over it, PostgreSQL, the
fake Bot API, and the real bot Application running against it."""
from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import settings as hypothesis_settings

from bot.cli import main
from bot.settings import BotSettings
from bot.state import BotApplication
from bot.store import PostgresStore, SqliteStore, Store
from search.engine import Engine
from tests.support.app import LONG, MANY, settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.support.seeds import copy_seeds

# CI replays the same generated cases every run; local runs keep exploring new ones.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")


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
    """One PostgreSQL server on 127.0.0.1 per test session (see tests/support/pgserver.py)."""
    from tests.support.pgserver import PgServer

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


@pytest.fixture(scope="session")
def bot_template(tmp_path_factory) -> Path:
    """Seeds (with a long article and many short ones) and their index, built once."""
    base = tmp_path_factory.mktemp("bot-template")
    copy_seeds(base / "seeds")
    (base / "seeds" / "long.txt").write_text(LONG, "utf-8")
    (base / "seeds" / "many.txt").write_text(MANY, "utf-8")
    Engine(base / "index", base / "seeds").ingest()
    return base


@pytest.fixture
async def env(tmp_path, bot_template) -> AsyncIterator[tuple[FakeBotAPI, BotApplication, BotSettings]]:
    """A running bot over its own copy of the template: (fake API, app, settings)."""
    api = FakeBotAPI()
    await api.start()
    for name in ("seeds", "index"):  # copies keep mtimes: the index is up to date
        shutil.copytree(bot_template / name, tmp_path / name)
    settings = settings_for(api, tmp_path)
    app = await start_app(settings)
    yield api, app, settings
    await stop_app(app)
    await api.stop()
    assert api.refused == [], api.refused  # nothing the bot sent broke Telegram's rules


@pytest.fixture
def newsbot(capsys):
    """`newsbot ARGS` in this process (the `main` the console script calls), with *env* as
    the environment and *stdin* (text or bytes) as input."""
    def run(env, *args, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
        data = stdin.encode("utf-8") if isinstance(stdin, str) else (stdin or b"")
        root, quieted = logging.getLogger(), logging.getLogger("bot.store")  # `ingest` quiets the store
        handlers, level, store_level = root.handlers[:], root.level, quieted.level
        fake_in = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        code: int | str | None
        try:
            with mock.patch.dict(os.environ, env, clear=True), mock.patch.object(sys, "stdin", fake_in):
                try:
                    code = main(list(args))
                except SystemExit as exc:  # argparse: --help (0), usage errors (2)
                    code = exc.code
        finally:
            root.handlers[:], root.level = handlers, level
            quieted.setLevel(store_level)
        out, err = capsys.readouterr()
        status = code if isinstance(code, int) else (0 if code is None else 1)  # as Python exits
        return subprocess.CompletedProcess(args, status, out, err)
    return run


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    """An empty store of each kind: SQLite, and PostgreSQL on the test server."""
    s: Store
    if request.param == "sqlite":
        s = SqliteStore(tmp_path / "s.sqlite3")
    else:
        s = PostgresStore(request.getfixturevalue("pg_url"))
    yield s
    s.close()
