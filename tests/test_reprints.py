"""Reprints: one story carried by several outlets (or edited twice) is one result with its
sources listed, a digest does not tell it again, and merging is measured on a test set."""
from __future__ import annotations

import time

import pytest

from bench.reprints import measure, reprint_set
from bot import render
from search.engine import Engine
from search.index.backends import open_backend

LEAD = ("新华社乌鲁木齐5月10日电 记者从自治区文化和旅游厅获悉，今年“五一”假期，新疆累计接待游客1012.6万人次，"
        "实现旅游收入82.3亿元，同比分别增长31.2%和28.7%。喀什古城、赛里木湖、那拉提草原等景区游客络绎不绝，"
        "多地民宿一房难求。")
TAIL = ("自治区文化和旅游厅有关负责人介绍，假期前各地提前部署，增加旅游专列和航班，"
        "推出夜市、演艺等新业态，游客满意度明显提升。")
OTHER = ("本报讯 乌鲁木齐市今年将新建和改建城市公园二十座，新增绿地面积三百万平方米。"
         "市园林局表示，新建公园将配套建设健身步道和儿童游乐设施，方便市民就近休闲。")


def page(title: str, source: str, body: str) -> str:
    return f"{title}\n发布时间：2024-05-10 10:20　来源：{source}\n\n{body}\n"


def write_copies(seeds) -> None:
    (seeds / "a.txt").write_text(page("“五一”假期新疆接待游客超千万人次", "天山网", f"{LEAD}\n{TAIL}"), "utf-8")
    (seeds / "b.txt").write_text(page("新疆五一旅游市场火爆 收入同比增长近三成", "人民网",
                                      f"据人民网报道，{LEAD}\n（责任编辑：王明）"), "utf-8")
    (seeds / "c.txt").write_text(page("乌鲁木齐今年新建改建公园二十座", "乌鲁木齐晚报", OTHER), "utf-8")


def test_one_story_from_two_outlets_is_one_result_listing_both(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write_copies(seeds)
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    found = engine.search("新疆 五一 游客")
    assert found.total == 1
    hit = found.hits[0]
    assert {hit.source} | {r.source for r in hit.reprints} == {"天山网", "人民网"}
    assert "另见：" in render.hit_lines(1, hit)
    newest = engine.latest(10)
    assert len(newest) == 2  # the travel story once, and the park story


@pytest.mark.parametrize("kind", ["whoosh", "postgres"])
def test_a_digest_does_not_tell_a_story_again(tmp_path, kind, request):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(page("“五一”假期新疆接待游客超千万人次", "天山网", f"{LEAD}\n{TAIL}"), "utf-8")
    url = request.getfixturevalue("pg_url") if kind == "postgres" else ""
    engine = Engine(tmp_path / "index", seeds, backend=open_backend(kind, tmp_path / "index", url))
    engine.ingest()
    since = time.time()
    time.sleep(0.01)
    (seeds / "b.txt").write_text(page("新疆五一旅游市场火爆", "人民网", f"据人民网报道，{LEAD}"), "utf-8")
    (seeds / "c.txt").write_text(page("乌鲁木齐今年新建改建公园二十座", "乌鲁木齐晚报", OTHER), "utf-8")
    engine.ingest()
    fresh = engine.latest(20, since=since)
    engine.close()  # a pool left to the garbage collector may be collected on its own thread
    assert [h.source for h in fresh] == ["乌鲁木齐晚报"]


def test_merging_precision_and_recall_on_the_reprint_set():
    figures = measure(reprint_set())
    print(figures)
    assert figures["true_pairs"] > 500
    assert figures["precision"] >= 0.98 and figures["recall"] >= 0.9
