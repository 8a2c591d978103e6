"""A question's compound that an article writes with punctuation inside (「长沙-株洲城市带」)
keeps that article above the retrieval floor: the floor reads the article as the answer gate
does (search.qa.coverage.answer_coverage), so the one article naming the thing asked about is
not dropped for holding few of the question's other words (search.qa.ranking)."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (title: text). Only the first names the city belt; the others say the
# question's common words (城市, 位于, 国家) and name 长沙 or 株洲 alone.
ARTICLES = {
    "都市群": "都市群由核心大都市与周边县镇组成。中国中部的「长沙-株洲城市带」由两座大城市和十多个县镇连成，"
              "人口超过一千万。",
    "长沙": "长沙是一座位于湖南的城市，这个国家的许多铁路在此交会。",
    "株洲": "株洲是一座位于湘江边的城市，国家级的机车工厂设在这里。",
    "城市规划": "城市规划决定一座城市位于何处发展，国家也为城市规划定下规范。",
    "港口城市": "这个国家的港口城市大多位于河口，城市人口增长很快。",
    "边境城市": "边境城市位于两个国家之间，城市的贸易十分活跃。",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("punctuated"))


def test_a_name_written_with_a_hyphen_keeps_its_article(engine):
    page, answer = engine.query("「长沙-株洲城市带」位于哪一个国家？")
    assert page.hits and page.hits[0].title == "都市群"
    assert answer is not None and "中国" in answer.sentence.text
