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
