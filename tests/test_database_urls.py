"""Issue 28, point 4: every libpq form of NEWSBOT_DATABASE_URL reaches a real server (several
hosts with target_session_attrs, a socket folder, a keyword DSN), and a multi-host URL
follows a promoted standby without a restart: the store and the search index answer again
on their own."""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

import psycopg
import pytest

from bot.store import PostgresStore, StoreError
from search.engine import Engine
from search.index.backends.postgres.backend import PostgresBackend
from search.model import IndexUnavailable
from tests.support.pgserver import PgServer, free_port
from tests.support.seeds import copy_seeds


def forms(port: int, db: str) -> dict[str, str]:
    dead = free_port()  # nothing listens there: libpq tries the next host
    return {
        "url": f"postgresql://postgres@127.0.0.1:{port}/{db}",
        "multi-host, first one down": f"postgresql://postgres@127.0.0.1:{dead},127.0.0.1:{port}/{db}"
                                      "?target_session_attrs=read-write&connect_timeout=5",
        "keyword DSN": f"host=127.0.0.1 port={port} user=postgres dbname={db} connect_timeout=5",
        "keyword DSN, several hosts": f"host=127.0.0.1,127.0.0.1 port={dead},{port} user=postgres dbname={db} "
                                      "target_session_attrs=any",
        "password in the query": f"postgresql://postgres@127.0.0.1:{port}/{db}?password=unused-Secret",
    }


def works(url: str, chat: int) -> bool:
    """The store and the search backend open *url*, write, and read it back."""
    store = PostgresStore(url, timeout=10)
    try:
        store.subscribe(chat, "08:00", "油价", since=0.0)
        found = store.subscription(chat)
    finally:
        store.close()
    backend = PostgresBackend(url)
    try:
        backend.exists()
    finally:
        backend.close()
    return found is not None and found.query == "油价"


@pytest.mark.parametrize("form", sorted(forms(1, "x")))
def test_every_url_form_reaches_the_server(pg_server, form):
    url = pg_server.new_database("url_forms")
    assert works(forms(pg_server.port, url.rsplit("/", 1)[1])[form], 1)


@pytest.mark.slow
def test_a_socket_folder_reaches_the_server():
    folder = Path(tempfile.mkdtemp(prefix="newsbot-sock-"))
    folder.chmod(0o777)  # the server may run as the postgres user
    server = PgServer({"unix_socket_directories": str(folder)}).start()
    try:
        server.new_database("sockets")
        for url in (f"postgresql://postgres@/sockets?host={folder}&port={server.port}",
                    f"host={folder} port={server.port} user=postgres dbname=sockets"):
            assert works(url, 2), url
    finally:
        server.stop()


def promote(standby: PgServer) -> None:
    with psycopg.connect(standby.url, autocommit=True) as conn:
        conn.execute("SELECT pg_promote(true, 60)")


@pytest.mark.slow
def test_a_multi_host_url_follows_a_promoted_standby(capsys):
    """The primary goes away, the standby is promoted: the same store, never reopened,
    writes again through the multi-host URL (the pool checks each connection it lends)."""
    primary = PgServer().start()
    primary.new_database("failover")
    standby = primary.standby()
    url = (f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/failover"
           "?target_session_attrs=read-write&connect_timeout=2")
    store = PostgresStore(url, timeout=5)
    try:
        store.subscribe(1, "08:00", None, since=0.0)
        primary.wait_replayed(standby)
        primary.halt()
        down = time.monotonic()
        promote(standby)
        tries = 0
        while True:  # what a worker's next update does: ask the store again
            tries += 1
            try:
                store.subscribe(2, "09:00", None, since=0.0)
                break
            except StoreError:
                assert time.monotonic() - down < 120, "the store never reached the promoted standby"
                time.sleep(0.5)
        took = time.monotonic() - down
        assert store.subscription(1) is not None and store.subscription(2) is not None
        with psycopg.connect(standby.url) as conn:
            assert conn.execute("SELECT pg_is_in_recovery()").fetchone() == (False,)
    finally:
        store.close()
        standby.stop()
        primary.stop()
    with capsys.disabled():
        print(f"\nfailover: the store wrote again {took:.1f}s after the primary stopped ({tries} tries)", end="")



@pytest.mark.slow
def test_the_search_index_follows_a_promoted_standby(tmp_path, capsys):
    """The PostgreSQL search index, opened once through a multi-host URL, answers the same
    search again after the primary goes away and the standby is promoted (its pool drops
    the dead connections and libpq finds the new primary)."""
    primary = PgServer().start()
    primary.new_database("search_failover")
    standby = primary.standby()
    url = (f"postgresql://postgres@127.0.0.1:{primary.port},127.0.0.1:{standby.port}/search_failover"
           "?target_session_attrs=read-write&connect_timeout=2")
    engine = Engine(tmp_path / "unused", copy_seeds(tmp_path / "seeds"), backend=PostgresBackend(url))
    try:
        engine.ingest()
        before = engine.search("吐鲁番")
        assert before.hits
        primary.wait_replayed(standby)
        primary.halt()
        down = time.monotonic()
        promote(standby)
        tries = 0
        while True:  # what the next question does: search again
            tries += 1
            try:
                after = engine.search("吐鲁番")
                break
            except IndexUnavailable:  # IndexBusy while no primary answers
                assert time.monotonic() - down < 120, "the search index never reached the promoted standby"
                time.sleep(0.5)
        took = time.monotonic() - down
        assert [h.id for h in after.hits] == [h.id for h in before.hits]
    finally:
        engine.close()
        standby.stop()
        primary.stop()
    with capsys.disabled():
        print(f"\nfailover: the search index answered again {took:.1f}s after the primary stopped ({tries} tries)",
              end="")
