"""Two machines (each its own data and seed folders) sharing one PostgreSQL index: neither
undoes the other's work."""
from __future__ import annotations

import shutil
from pathlib import Path

from search.engine import Engine, open_engine
from search.settings import load_settings
from tests.support.feedserver import FeedServer, Route, rss
from tests.support.seeds import copy_seeds
from tests.test_live import items


def machine(root: Path, url: str, owner: bool, seeds: int | None = None) -> Engine:
    """An engine as one machine runs it: its own folders, the shared database."""
    folder = copy_seeds(root / "seeds")
    if seeds is not None:  # a machine whose folder lacks some of the files
        for extra in sorted(folder.iterdir())[seeds:]:
            extra.unlink()
    env = {"NEWSBOT_SEARCH_BACKEND": "postgres", "NEWSBOT_DATABASE_URL": url,
           "NEWSBOT_SEEDS_DIR": str(folder), "NEWSBOT_DATA_DIR": str(root / "var"),
           "NEWSBOT_INDEX_DIR": str(root / "var/index"), "NEWSBOT_SEEDS_OWNER": "yes" if owner else "no",
           "NEWSBOT_FEED_ALLOW_HOSTS": "127.0.0.1", "NEWSBOT_FEED_HOST_DELAY": "0"}
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
    second = Service(machine(tmp_path / "b", pg_url, owner=True), PostgresStore(pg_url))  # same folder
    try:
        caplog.set_level("INFO", logger="bot.indexing")
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


def test_only_the_owner_machine_runs_the_scheduled_ingest(tmp_path, pg_url):
    from bot.service import Service
    from bot.store import PostgresStore

    other = Service(machine(tmp_path / "b", pg_url, owner=False), PostgresStore(pg_url))
    owner = Service(machine(tmp_path / "a", pg_url, owner=True), PostgresStore(pg_url))
    try:
        assert other.ingest_alone(60) is None  # first to ask, but it would never see the owner's files
        assert owner.ingest_alone(60) is not None
        new = owner.engine.seeds_dir / "new.txt"
        new.write_text("塔城新闻\n\n塔城市举办第一届手风琴节，吸引了上千名观众。\n", "utf-8")
        assert other.ingest_alone(60) is None and owner.ingest_alone(60) is not None
        assert owner.engine.search("手风琴节").total == 1  # the owner's new file is found
    finally:
        for service in (other, owner):
            service.close_engine()
            service.close_store()


def test_an_owner_starting_beside_a_non_owners_empty_build_ingests_its_folder(tmp_path, pg_url, caplog):
    import threading

    from bot.indexing import INGEST_LOCK
    from bot.service import Service
    from bot.store import PostgresStore

    other = Service(machine(tmp_path / "b", pg_url, owner=False), PostgresStore(pg_url))
    owner = Service(machine(tmp_path / "a", pg_url, owner=True), PostgresStore(pg_url))
    caplog.set_level("INFO", logger="bot.indexing")
    try:
        other.prepare_index()  # the non-owner came up first: an index with no articles
        assert other.engine.stats().articles == 0
        with other.store.singleton(INGEST_LOCK) as mine:  # and it is still ingesting
            assert mine
            starting = threading.Thread(target=owner.prepare_index)
            starting.start()
            while "waiting for another worker's index build" not in caplog.text:
                starting.join(0.05)
                assert starting.is_alive(), "the owner served an empty index"
        starting.join(60)
        assert owner.engine.stats().articles > 0
        assert other.engine.search("吐鲁番").total > 0  # one index: the other machine answers too
    finally:
        for service in (other, owner):
            service.close_engine()
            service.close_store()


def test_a_dead_holders_lease_runs_out(store):
    assert store.lease_take("ingest", "a", 60)
    assert not store.lease_take("ingest", "b", 60)
    assert store.lease_holder("ingest") == "a"
    assert store.lease_take("ingest", "a", -1)  # renewed into the past: as if "a" died long ago
    assert store.lease_holder("ingest") is None
    assert store.lease_take("ingest", "b", 60)
    assert not store.lease_take("ingest", "a", 60)
    assert store.lease_holder("ingest") == "b"


def test_a_feed_added_on_one_machine_is_fetched_once_and_kept_by_both(tmp_path, pg_url):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(3)), etag='"v1"')
        owner = machine(tmp_path / "a", pg_url, owner=True)
        other = machine(tmp_path / "b", pg_url, owner=False)
        try:
            assert other.add_feed(srv.url("/rss"))  # /addfeed on the other machine
            assert [f.url for f in owner.feeds()] == [srv.url("/rss")]
            assert not owner.add_feed(srv.url("/rss"))
            owner.ingest()  # the owner fetches it and indexes its items
            whole = owner.stats().articles
            assert owner.search("滴灌节水").total == 3
            counts = []
            for _ in range(3):
                other.ingest()  # a 304 (the validators are shared): nothing fetched again
                counts.append(other.stats().articles)
                owner.ingest()
                counts.append(owner.stats().articles)
            assert counts == [whole] * len(counts)
            assert other.search("滴灌节水").total == 3
            assert [status for _path, status in srv.statuses] == [200] + [304] * 6
            assert other.feeds()[0].items == 3 and other.feeds()[0].title == "天山日报"
        finally:
            owner.close()
            other.close()


def test_a_file_uploaded_on_one_machine_is_kept_by_both_and_removed_by_both(tmp_path, pg_url):
    from tests.support.uploads import QUESTION, TITLE, UPLOADED
    owner = machine(tmp_path / "a", pg_url, owner=True)
    other = machine(tmp_path / "b", pg_url, owner=False)
    try:
        owner.ingest()
        whole = owner.stats().articles
        sent = other.add_upload("news.md", UPLOADED).upload  # sent to the other machine
        assert sent is not None and sent.titles == (TITLE,)
        counts = []
        for e in (owner, other, owner, other):  # each ingests in turn: nobody removes it
            e.ingest()
            counts.append(e.stats().articles)
        assert counts == [whole + 1] * 4
        found = owner.ask(QUESTION)
        assert found is not None and found.article.title == TITLE
        assert [u.name for u in owner.uploads()] == ["news.md"]
        owner.remove_upload(1)
        other.ingest()  # the other machine's ingest removes it for both
        assert owner.ask(QUESTION) is None and owner.stats().articles == whole
    finally:
        owner.close()
        other.close()
