"""Issue 29, point 5: a feed that drips, stalls or is slow is cut off by a total deadline,
marked and backed off, while the other feeds and the seed folder come in; the whole refresh
has a deadline, and a stopping program cuts the requests in flight."""
from __future__ import annotations

import threading

from search.engine import Engine
from search.sources.fetch import Limits
from search.sources.live import REFRESH_TIMEOUTS, LiveSources
from tests.support.feedserver import FeedServer, Route, rss
from tests.test_live import items

HOSTS = frozenset({"127.0.0.1", "localhost"})  # two host names for one local server
DRIP = 3.0  # seconds between two bytes of the dripping feed
READ_TIMEOUT = 5.0  # longer than a drip: only a deadline on the whole request cuts it off


def engine_with(tmp_path, feeds: tuple[str, ...], timeout: float = 2.0) -> Engine:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    limits = Limits(timeout=timeout, max_bytes=200_000, host_delay=0.0, allow_hosts=HOSTS)
    return Engine(tmp_path / "index", seeds, LiveSources(tmp_path / "data", feeds, limits))


def test_a_dripping_feed_is_cut_off_marked_and_backed_off_beside_a_good_one(tmp_path):
    with FeedServer() as srv:
        srv.routes["/drip"] = Route(rss("慢报", items(2, "http://slow.invalid")), drip=DRIP)
        srv.routes["/good"] = Route(rss("天山日报", items(3)))
        drip, good = srv.url("/drip"), srv.url("/good").replace("127.0.0.1", "localhost")
        engine = engine_with(tmp_path, (drip, good), timeout=READ_TIMEOUT)
        (tmp_path / "seeds" / "new.txt").write_text("吐鲁番葡萄沟今年接待游客三十万人次，比去年增长两成。", "utf-8")
        report = engine.ingest()  # before the deadline, this took as long as the feed dripped (minutes)
        assert report.articles_added == 4  # the seed file and the good feed
        assert engine.search("葡萄沟").total == 1 and engine.search("滴灌节水").total == 3
        slow, fine = engine.feeds()
        assert slow.error == "timeout" and fine.error is None
        engine.ingest()  # backed off: not asked again at once
        assert srv.hits["/drip"] == 1


def test_a_stalled_feed_is_a_timeout(tmp_path):
    with FeedServer() as srv:
        srv.routes["/stall"] = Route(rss("慢报", items(1)), delay=30.0)
        engine = engine_with(tmp_path, (srv.url("/stall"),), timeout=1.0)
        engine.ingest()
        assert engine.feeds()[0].error == "timeout"


def test_the_whole_refresh_has_a_deadline_and_the_rest_wait_for_the_next_run(tmp_path):
    with FeedServer() as srv:
        count = 3 * REFRESH_TIMEOUTS  # each takes most of a timeout: together three times the refresh's deadline
        urls = []
        for n in range(count):
            srv.routes[f"/f{n}"] = Route(rss(f"报{n}", items(1, f"http://h{n}.invalid")), delay=0.9)
            urls.append(srv.url(f"/f{n}"))
        engine = engine_with(tmp_path, tuple(urls), timeout=1.0)
        engine.ingest()
        first = sum(srv.hits.values())
        assert 0 < first < count
        runs = 1
        while sum(1 for f in engine.feeds() if f.error is None and f.items) < count and runs < 3 * count:
            engine.ingest()
            runs += 1
        assert all(f.items == 1 for f in engine.feeds() if f.error is None)
        assert sum(1 for f in engine.feeds() if f.items == 1) == count  # every feed came in, in later runs


def test_a_stopping_program_cuts_a_dripping_fetch(tmp_path):
    with FeedServer() as srv:
        srv.routes["/drip"] = Route(rss("慢报", items(2)), drip=DRIP)
        engine = engine_with(tmp_path, (srv.url("/drip"),), timeout=300.0)
        done = threading.Event()

        def ingest() -> None:
            engine.ingest()
            done.set()

        threading.Thread(target=ingest, daemon=True).start()
        while "/drip" not in srv.hits:
            done.wait(0.05)
        engine.stopping.set()
        assert done.wait(30), "the ingest kept waiting on the dripping feed"
