"""Live sources against a real HTTP server on 127.0.0.1: feeds become searchable articles,
unchanged feeds cost one 304, summary-only items bring their page's text, a restart
fetches nothing again, and each kind of fault costs only its own feed."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.engine import Engine
from search.sources.fetch import Limits
from search.sources.live import LiveSources
from tests.support.feedserver import FeedServer, Route, atom, rss

LOCAL = frozenset({"127.0.0.1"})  # the test feed server: allowed as NEWSBOT_FEED_ALLOW_HOSTS would
FAST = Limits(timeout=1.0, max_bytes=200_000, host_delay=0.0, allow_hosts=LOCAL)
STORY = ("新华社乌鲁木齐5月10日电 昌吉市今年以来累计开展巡回宣讲一百二十场，覆盖群众三万余人次。"
         "宣讲团深入社区、学校和企业，用群众听得懂的语言讲政策、讲变化。\n"
         "当地干部表示，下一步将把宣讲与就业培训结合起来，让更多群众受益。")


def story(n: int, town: str = "昌吉市") -> str:
    return (f"<p>{town}第{n}批农技人员走进田间地头，为种植户讲解滴灌节水和病虫害防治技术，"
            f"帮助群众解决生产中遇到的实际问题。</p><p>据介绍，{town}今年计划培训农民{n * 10}人次，"
            "推广新品种十余个，带动农户增收。</p>")


def items(count: int, base: str = "http://news.invalid/a") -> list[dict]:
    return [{"title": f"农技服务进田间（{n}）", "link": f"{base}/{n}.html", "guid": f"{base}/{n}",
             "pubDate": "Fri, 10 May 2024 08:00:00 +0800", "content": story(n)} for n in range(1, count + 1)]


def engine_with(tmp_path: Path, feeds: tuple[str, ...], limits: Limits = FAST) -> Engine:
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    return Engine(tmp_path / "index", seeds, LiveSources(tmp_path / "data", feeds, limits))


def test_feed_items_become_articles_with_source_and_link(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(3)), etag='"v1"')
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        report = engine.ingest()
        assert report.articles_added == 3
        hit = engine.search("滴灌节水").hits[0]
        assert hit.source == "天山日报"
        assert hit.url is not None
        assert hit.url.startswith("http://news.invalid/a/")
        assert hit.date == "2024-05-10"


def test_unchanged_feed_costs_one_304_and_changes_nothing(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)), etag='"v1"')
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        engine.ingest()
        again = engine.ingest()
        assert srv.statuses == [("/rss", 200), ("/rss", 304)]
        assert (again.added, again.changed, again.articles_added) == (0, 0, 0)


def test_last_modified_alone_gives_a_304_after_a_restart(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)), last_modified="Fri, 10 May 2024 08:00:00 GMT")
        engine_with(tmp_path, (srv.url("/rss"),)).ingest()
        restarted = engine_with(tmp_path, (srv.url("/rss"),))  # a new process: state from disk
        restarted.ingest()
        assert srv.statuses[-1] == ("/rss", 304)
        assert restarted.search("滴灌节水").total == 2


def test_new_items_are_added_and_old_ones_kept_when_they_leave_the_feed(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)))
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        engine.ingest()
        srv.routes["/rss"] = Route(rss("天山日报", items(4)[2:]))  # items 1-2 scrolled out
        engine.ingest()
        assert engine.search("滴灌节水").total == 4


PAGE_GBK = ("<html><head><meta charset=\"gbk\"><title>博物馆夜场开放</title></head><body>"
            "<div class=\"nav\">首页 | 新闻 | 图片</div><article><h1>博物馆夜场开放</h1>"
            "<p>自治区博物馆从本周起推出夜场开放，每周五和周六延长至晚上九点，市民可通过官方小程序预约。</p>"
            "<p>博物馆负责人介绍，夜场将推出丝绸之路文物特展和讲解服务，预计每晚接待观众两千人次。</p>"
            "<p>此外，博物馆还将举办面向中小学生的研学活动，帮助青少年了解新疆历史文化。</p>"
            "</article><footer>版权所有 ICP备12345号</footer></body></html>")


def test_summary_only_item_brings_the_linked_pages_main_text_once(tmp_path):
    with FeedServer() as srv:
        srv.routes["/page"] = Route(PAGE_GBK.encode("gbk"), content_type="text/html")
        feed = rss("文化快讯", [{"title": "博物馆夜场开放", "link": srv.url("/page"), "guid": "p1",
                                 "description": "自治区博物馆推出夜场……"}])
        srv.routes["/rss"] = Route(feed, etag='"f"')
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        engine.ingest()
        article = engine.show(engine.search("丝绸之路文物特展").hits[0].id)
        assert article is not None
        assert "预计每晚接待观众两千人次" in article.text
        assert "版权所有" not in article.text and article.source == "文化快讯"
        engine_with(tmp_path, (srv.url("/rss"),)).ingest()  # restart: the page is not fetched again
        assert srv.hits["/page"] == 1


def test_gzip_atom_feed_and_gbk_rss(tmp_path):
    with FeedServer() as srv:
        entries = [{"title": "冬季旅游火热", "link": "http://x.invalid/1", "id": "e1",
                    "updated": "2024-05-09T02:00:00Z", "content": story(7, "阿勒泰")}]
        srv.routes["/atom"] = Route(atom("阿勒泰日报", entries), gzip=True, content_type="application/atom+xml")
        gbk = rss("喀什日报", [{**items(1, "http://k.invalid")[0], "content": story(3, "喀什")}], encoding="gbk")
        srv.routes["/gbk"] = Route(gbk, content_type="application/rss+xml")
        engine = engine_with(tmp_path, (srv.url("/atom"), srv.url("/gbk")))
        engine.ingest()
        assert {h.source for h in engine.search("阿勒泰 农技").hits} >= {"阿勒泰日报"}
        assert {h.source for h in engine.search("喀什 农技").hits} >= {"喀什日报"}


def test_a_feed_of_1000_items(tmp_path):
    with FeedServer() as srv:
        srv.routes["/big"] = Route(rss("天山日报", items(1000)), gzip=True)
        engine = engine_with(tmp_path, (srv.url("/big"),), Limits(timeout=5, max_bytes=5_000_000, host_delay=0,
                                                                                allow_hosts=LOCAL))
        report = engine.ingest()
        assert report.articles_added == 1000
        assert engine.feeds()[0].items == 1000


@pytest.mark.parametrize("route, error", [
    (Route(b"oops", status=500), "http:500"),
    (Route(b"", delay=3.0), "timeout"),
    (Route(b"<rss>" + b"x" * 300_000 + b"</rss>"), "too_large"),
    (Route(b"<html><body>not a feed at all, just words</body></html>", content_type="text/html"), "malformed"),
    (Route(status=302, location="/loop"), "redirects"),
])
def test_a_bad_feed_costs_only_itself(tmp_path, route, error):
    with FeedServer() as srv:
        srv.routes["/good"] = Route(rss("天山日报", items(2)))
        srv.routes["/loop"] = route
        engine = engine_with(tmp_path, (srv.url("/loop"), srv.url("/good")))
        report = engine.ingest()
        assert report.articles_added == 2
        bad, good = engine.feeds()
        assert bad.error is not None
        assert bad.error.split(":")[0] == error.split(":")[0] and bad.error.startswith(error)
        assert good.error is None and good.items == 2
        before = srv.hits.get("/loop", 0)
        engine.ingest()  # backing off: the bad feed is not asked again at once
        assert srv.hits.get("/loop", 0) == before


def test_down_feed_keeps_its_articles_and_removed_feed_loses_them(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)))
        engine = engine_with(tmp_path, ())
        live = engine.live
        assert live is not None
        assert engine.add_feed(srv.url("/rss")) and not engine.add_feed(srv.url("/rss"))
        engine.ingest()
        srv.routes["/rss"] = Route(b"down", status=503)
        live.store.db.run("UPDATE feeds SET retry_at = 0")
        engine.ingest()
        assert engine.search("滴灌节水").total == 2 and engine.feeds()[0].error == "http:503"
        removed = engine.remove_feed(1)
        assert removed is not None
        assert removed.url == srv.url("/rss")
        engine.ingest()
        assert engine.search("滴灌节水").total == 0 and engine.feeds() == []


def test_feeds_from_settings_cannot_be_removed_in_chat(tmp_path):
    engine = engine_with(tmp_path, ("http://127.0.0.1:9/rss",))
    refused = engine.remove_feed(1)
    assert refused is not None
    assert refused.origin == "settings"
    assert len(engine.feeds()) == 1
    assert engine.remove_feed(2) is None


def test_one_request_at_a_time_per_host(tmp_path):
    with FeedServer() as srv:
        urls = []
        for n in range(4):
            srv.routes[f"/f{n}"] = Route(rss(f"报{n}", items(1, f"http://h{n}.invalid")), delay=0.2)
            urls.append(srv.url(f"/f{n}"))
        engine_with(tmp_path, tuple(urls)).ingest()
        assert sum(srv.hits.values()) == 4 and srv.most_inflight == 1


def test_a_stopping_program_fetches_nothing(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)))
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        engine.stopping.set()
        engine.ingest()
        assert srv.hits == {}


def test_a_moved_feed_is_followed(tmp_path):
    with FeedServer() as srv:
        srv.routes["/old"] = Route(status=301, location="/new")
        srv.routes["/new"] = Route(rss("天山日报", items(2)), etag='"n1"')
        engine = engine_with(tmp_path, (srv.url("/old"),))
        assert engine.ingest().articles_added == 2
        assert engine.feeds()[0].error is None and engine.feeds()[0].title == "天山日报"


SECRET = ("<html><head><title>内部资料</title></head><body><article><h1>内部资料</h1>"
          "<p>本页只应在本机可见：数据库口令为青松翠柏二零二四，请勿外传，仅供运维人员在机房内部查阅使用。</p>"
          "<p>机房值班表与门禁卡号同样只在内网公布，任何外部用户都不应当通过机器人读到这些内容。</p>"
          "</article></body></html>")


def local_name(srv: FeedServer, path: str) -> str:
    """The test server by another name (localhost): a private address NEWSBOT_FEED_ALLOW_HOSTS does not name."""
    return srv.url(path).replace("127.0.0.1", "localhost")


def test_summary_item_linking_to_a_local_secret_page_is_never_fetched(tmp_path):
    with FeedServer() as srv:
        srv.routes["/secret"] = Route(SECRET.encode(), content_type="text/html")
        srv.routes["/hop"] = Route(status=302, location=local_name(srv, "/secret"))
        srv.routes["/page"] = Route(PAGE_GBK.encode("gbk"), content_type="text/html")
        links = [local_name(srv, "/secret"), f"http://127.0.0.2:{srv.httpd.server_address[1]}/secret",
                 srv.url("/hop")]  # by name, by address, and through a redirect from an allowed host
        feed = rss("内网快讯", [{"title": f"通知{n}", "link": link, "guid": f"s{n}", "description": "请查看全文……"}
                            for n, link in enumerate(links)]
                   + [{"title": "博物馆夜场开放", "link": srv.url("/page"), "guid": "p1", "description": "夜场……"}])
        srv.routes["/rss"] = Route(feed)
        engine = engine_with(tmp_path, (srv.url("/rss"),))
        engine.ingest()
        assert engine.search("丝绸之路文物特展").total == 1  # the allowed host's page is read
        assert engine.search("数据库口令").total == 0 and engine.search("机房值班表").total == 0
        assert "/secret" not in srv.hits and srv.hits["/hop"] == 1  # the redirect's target never asked


def test_feed_at_or_redirected_to_a_private_address_is_refused_and_says_why(tmp_path):
    with FeedServer() as srv:
        srv.routes["/rss"] = Route(rss("天山日报", items(2)))
        srv.routes["/moved"] = Route(status=301, location=local_name(srv, "/rss"))
        engine = engine_with(tmp_path, (local_name(srv, "/rss"), srv.url("/moved")))
        engine.ingest()
        states = {f.url: f.error or "" for f in engine.feeds()}
        assert states[local_name(srv, "/rss")].startswith("private:localhost")
        assert "loopback" in states[srv.url("/moved")]
        assert "/rss" not in srv.hits and engine.search("滴灌节水").total == 0


@pytest.mark.parametrize("url, kind", [
    ("http://127.0.0.1/rss", "loopback"), ("http://localhost:8080/rss", "loopback"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"), ("http://[fe80::1]/rss", "link-local"),
    ("http://10.1.2.3/rss", "private"), ("http://192.168.1.1/rss", "private"), ("http://[fd00::1]/rss", "private"),
    ("http://[::ffff:127.0.0.1]/rss", "loopback"), ("http://0.0.0.0/rss", "unspecified")])
def test_private_addresses_are_refused_before_any_request(url, kind):
    from search.sources.addresses import url_refusal

    assert kind in (url_refusal(url) or "")
    assert url_refusal(url, frozenset({httpx_host(url)})) is None  # unless the operator allowed the host
    assert url_refusal("http://93.184.216.34/rss") is None


def httpx_host(url: str) -> str:
    import httpx

    return httpx.URL(url).host
