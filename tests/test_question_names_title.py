"""A question that names an article's title in its own words still finds that article:
an article the question is about is never dropped for matching too few of its other words
(search.qa.ranking, the natural_coverage floor)."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (title: text): the place is fictional. Only the first names 石湾; the
# others say the question's common words (已经, 无法, 看到, 地名, 本身, 历史, 意义, 当初, 样子),
# which the 石湾 article does not.
ARTICLES = {
    "石湾": "石湾之名原指一处小海湾。随着城区扩展和持续填海造地，昔日的小海湾早已不复见，"
            "只留下沿海的一条老街。",
    "老街改名引发讨论": "一些地名已经无法看到当初的样子，专家说地名本身就有历史意义，改名要慎重。",
    "博物馆新展开幕": "观众在展厅看到了本身就很少见的古船模型，馆方说这些藏品已经无法复制，意义重大。",
    "地图上的小地名": "新版地图收录了三千个小地名，其中不少已经无法在实地看到对应的村落，整理工作本身意义不小。",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("named"))


def test_a_question_naming_a_title_in_other_words_lists_that_article_first(engine):
    page, _answer = engine.query("为什么现在的石湾已经无法看到这个地名本身的历史意义和当初的样子？")
    assert page.hits and page.hits[0].title == "石湾"
