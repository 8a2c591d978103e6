"""Two machines (each its own data and seed folders) sharing one PostgreSQL index: neither
undoes the other's work."""
from __future__ import annotations

import shutil
from pathlib import Path

from search.engine import Engine, open_engine
from search.settings import load_settings
from tests.support.seeds import copy_seeds


def machine(root: Path, url: str, owner: bool, seeds: int | None = None) -> Engine:
    """An engine as one machine runs it: its own folders, the shared database."""
    folder = copy_seeds(root / "seeds")
    if seeds is not None:  # a machine whose folder lacks some of the files
        for extra in sorted(folder.iterdir())[seeds:]:
            extra.unlink()
    env = {"NEWSBOT_SEARCH_BACKEND": "postgres", "NEWSBOT_DATABASE_URL": url,
           "NEWSBOT_SEEDS_DIR": str(folder), "NEWSBOT_DATA_DIR": str(root / "var"),
           "NEWSBOT_INDEX_DIR": str(root / "var/index"), "NEWSBOT_SEEDS_OWNER": "yes" if owner else "no"}
    return open_engine(load_settings(env, dotenv=False))


def test_a_machine_that_does_not_own_the_seeds_never_removes_them(tmp_path, pg_url):
    owner = machine(tmp_path / "a", pg_url, owner=True)
    other = machine(tmp_path / "b", pg_url, owner=False, seeds=4)
    try:
        owner.ingest()
        whole = (owner.stats().articles, owner.stats().files)
        assert whole[0] > 0
        counts = []
        for _ in range(3):  # each machine's ingest, in turn, as their schedules run
            assert other.ingest().removed == 0
            counts.append((other.stats().articles, other.stats().files))
            owner.ingest()
            counts.append((owner.stats().articles, owner.stats().files))
        assert other.ingest(full=True).removed == 0  # /reindex full on the other machine
        counts.append((other.stats().articles, other.stats().files))
        assert counts == [whole] * len(counts)  # the count never swings
    finally:
        owner.close()
        other.close()


def test_the_owner_still_removes_what_left_its_folder(tmp_path, pg_url):
    owner = machine(tmp_path / "a", pg_url, owner=True)
    try:
        owner.ingest()
        before = owner.stats()
        gone = sorted(owner.seeds_dir.iterdir())[0]
        shutil.move(gone, tmp_path / gone.name)
        report = owner.ingest()
        assert report.removed == 1
        assert owner.stats().files == before.files - 1
    finally:
        owner.close()


def test_one_elected_worker_ingests_and_another_takes_over_when_it_stops(tmp_path, pg_url, caplog):
    from bot.service import Service
    from bot.store import PostgresStore

    first = Service(machine(tmp_path / "a", pg_url, owner=True), PostgresStore(pg_url))
    second = Service(machine(tmp_path / "b", pg_url, owner=False), PostgresStore(pg_url))
    try:
        caplog.set_level("INFO", logger="bot.service")
        runs = [(first.ingest_alone(60) is not None, second.ingest_alone(60) is not None) for _ in range(3)]
        assert runs == [(True, False)] * 3  # the first to ask holds the lease and keeps it
        assert second.ingest_holder() == first.worker
        assert f"ingest lease taken: this worker ({first.worker})" in caplog.text
        assert f"ingest lease held by {first.worker}" in caplog.text
        first.close_store()  # it stops: the lease goes with it
        assert second.ingest_alone(60) is not None
        assert second.ingest_holder() == second.worker
    finally:
        for service in (first, second):
            service.close_engine()
        second.close_store()


def test_a_dead_holders_lease_runs_out(store):
    assert store.lease_take("ingest", "a", 60)
    assert not store.lease_take("ingest", "b", 60)
    assert store.lease_holder("ingest") == "a"
    assert store.lease_take("ingest", "a", -1)  # renewed into the past: as if "a" died long ago
    assert store.lease_holder("ingest") is None
    assert store.lease_take("ingest", "b", 60)
    assert not store.lease_take("ingest", "a", 60)
    assert store.lease_holder("ingest") == "b"
