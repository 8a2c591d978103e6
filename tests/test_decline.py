"""Whether to answer: a question is not refused for a rare way of saying something (迁往,
西元) or for another spelling of a name (满州 / 满洲), and a name the articles lack still
gets no answer."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.query import parse
from search.text.analysis import tagged
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "北川铁路": "北川铁路是满洲北部的一条虚构铁路，全长三百公里。北川铁路于1903年建成通车，"
              "起点为青川站，终点为白河站。铁路沿线盛产大豆和木材。",
    "林远舟": "林远舟是一位虚构的商人，早年在白河镇经营木材生意，白河镇于西元1890年设镇。林远舟晚年移居青石山，"
            "在那里修建了远舟书院，收藏古籍三千余册。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("decline"))


def test_a_name_in_its_variant_spelling_is_answered(made):
    page, found = made.query("满州北部的北川铁路全长多少公里？")
    assert page.uncovered == ()
    assert found is not None and "三百公里" in found.sentence.text


def test_the_taiwan_word_for_the_common_era_is_answered(made):
    page, found = made.query("北川铁路于西元几年建成通车？")
    assert page.uncovered == ()
    assert found is not None and "1903年" in found.sentence.text


def test_a_rare_verb_is_not_required_as_a_name():
    text = "林远舟晚年迁往哪里？"
    words = parse(text).distinctive(lambda w: True, tagged(text))
    assert "迁往" not in words and "林远舟" in words


def test_a_rare_name_is_still_required():
    text = "黄蝉的别称是什么？"
    assert "黄蝉" in parse(text).distinctive(lambda w: True, tagged(text))


def test_a_name_the_articles_lack_is_still_declined(made):
    page, found = made.query("南川铁路于西元几年建成通车？")
    assert found is None


def test_a_variant_spelling_does_not_stand_for_another_name(made):
    page, found = made.query("满州北部的北山铁路全长多少公里？")
    assert found is None
