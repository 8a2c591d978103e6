"""A database outage is told once: one ERROR line when it starts, one line when it ends,
however many operations fail in between (psycopg_pool's reconnection warnings included)."""
from __future__ import annotations

import logging
import time

import pytest

from bot.store import PostgresStore, StoreError
from tests.support.pgserver import PgServer


@pytest.fixture
def own_server():
    server = PgServer().start()
    yield server
    server.stop()


def test_an_outage_logs_one_error_and_one_line_when_it_ends(own_server, caplog):
    store = PostgresStore(own_server.new_database("outage"), connect_wait=0.5)
    caplog.set_level(logging.DEBUG, logger="bot")
    caplog.set_level(logging.WARNING, logger="psycopg")
    try:
        assert store.ping()
        own_server.halt()
        for i in range(8):  # what a busy minute of questions and jobs does, in short
            assert not store.ping()
            assert store.remember_query(f"问题{i}") is None
            assert store.dialog(5, 1.0) is None
            with pytest.raises(StoreError):
                store.count()
        own_server.start()
        deadline = time.monotonic() + 60
        while not store.ping():  # the pool reconnects with back-off
            assert time.monotonic() < deadline, "the store did not come back"
            time.sleep(0.2)
        assert store.count() == 0
    finally:
        store.close()
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelno for r in loud] == [logging.ERROR, logging.WARNING], [r.getMessage() for r in loud]
    assert "database unavailable" in loud[0].getMessage() and "is back after" in loud[1].getMessage()
