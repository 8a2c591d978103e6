"""The layout corpus: news laid out the way common Chinese sites, papers and feeds lay it
out, with the expected articles written down in tests/layouts/expected.json."""
from __future__ import annotations

from pathlib import Path

import pytest

from search.model import Article
from search.sources import load_articles
from tests.support.layouts import EXPECTED, LAYOUTS


def _parsed(name: str) -> list[Article]:
    return load_articles(name, (LAYOUTS / name).read_bytes())


def _match(expected: list[dict], found: list[Article]) -> dict[int, Article]:
    """Expected article index -> the parsed article that holds exactly its text: its first
    and last words, and the first words of no other expected article."""
    out: dict[int, Article] = {}
    for i, e in enumerate(expected):
        others = [x["starts"] for j, x in enumerate(expected) if j != i]
        for a in found:
            text = a.title + "\n" + a.text
            if e["starts"] in text and e["ends"] in text and not any(o in text for o in others):
                out[i] = a
                break
    return out


def _scores() -> dict[str, float]:
    n_expected = n_found = matched = titles = dates = sources = urls = 0
    for name, expected in EXPECTED.items():
        found = _parsed(name)
        pairs = _match(expected, found)
        n_expected, n_found, matched = n_expected + len(expected), n_found + len(found), matched + len(pairs)
        for i, a in pairs.items():
            titles += a.title == expected[i]["title"]
            dates += a.date == expected[i]["date"]
            sources += a.source == expected[i]["source"]
            urls += a.url == expected[i]["url"]
    precision, recall = matched / n_found, matched / n_expected
    return {"f1": 2 * precision * recall / (precision + recall), "titles": titles / n_expected,
            "dates": dates / n_expected, "sources": sources / n_expected, "urls": urls / n_expected}


def test_corpus_has_many_layouts_with_several_articles():
    assert len(EXPECTED) >= 10
    assert sum(len(v) >= 2 for v in EXPECTED.values()) >= 8
    assert {Path(n).suffix for n in EXPECTED} >= {".txt", ".md", ".html", ".htm", ".rss", ".atom"}


def test_boundaries_titles_dates_sources_and_urls():
    s = _scores()
    assert s["f1"] >= 0.98 and s["titles"] >= 0.98 and s["dates"] >= 0.95, s
    assert s["sources"] >= 0.95 and s["urls"] == 1.0, s


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_layout_gives_its_articles(name):
    found = _parsed(name)
    pairs = _match(EXPECTED[name], found)
    assert len(found) == len(EXPECTED[name]) and len(pairs) == len(found), [a.title for a in found]


@pytest.mark.parametrize("junk", [
    "首页", "当前位置", "您现在所在位置", "责任编辑", "相关阅读", "相关新闻", "版权所有", "ICP备", "主办",
    "地址：", "电话", "字体", "打印", "关闭", "欢迎订阅", "订阅热线", "阅读原文", "点赞", "在看",
    "禾木村迎来今冬第一场大雪", "精河枸杞入选", "喀拉峻草原花海盛开", "var nav", "<", "**", "images/",
    "点击上方蓝字", "预览时标签不可点", "编辑 张涛",
])
def test_page_chrome_stays_out_of_articles(junk):
    for name in EXPECTED:
        for a in _parsed(name):
            assert junk not in a.text and junk not in a.title, (name, a.title)
