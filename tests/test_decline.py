"""Whether to answer: a question is not refused for a rare way of saying something (迁往,
西元) or for another spelling of a name (满州 / 满洲), and a name the articles lack still
gets no answer."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from search.engine import Engine
from search.params import DEFAULT
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


# An article naming a county only in a list of its neighbours (invented).
PROVINCE = {
    "青州省": "青州省位于南部山区，是一个虚构的省份。青州省下辖云岭县、白河县和石门县。"
              "全省气候温和，雨量充沛。省内河流众多，水运便利。白河县境内有多处温泉。"
              "青州省的茶叶产量是全国最大的。省会青州市的丝绸工业发源于明代。",
    "北川铁路": "北川铁路是一条虚构铁路，全长三百公里。北川铁路于1903年建成通车。",
}


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("province")
    engine_from(PROVINCE, base).close()
    return base


def test_a_subject_named_in_passing_does_not_answer_what_is_asked_of_it(province):
    asked = "石门县境内最大的河流发源于哪里？"
    lenient = Engine(province / "index", province / "seeds", params=replace(DEFAULT, answer_support=0.0,
                                                                              unnamed_support=0.0, pair_support=0.0))
    _page, listed = lenient.query(asked)  # without the gates: the sentence listing the county
    assert listed is not None and "石门县" in listed.sentence.text
    page, found = Engine(province / "index", province / "seeds").query(asked)
    assert page.hits and page.hits[0].title == "青州省"  # still found, only not answered
    assert found is None


def test_an_answer_holding_only_a_fifth_of_what_is_asked_does_not_answer(province):
    # the listing sentence holds 石门 and 门县, two of the question's ten character pairs
    asked = "石门县境内最大的河流发源于哪里？"
    names_only = Engine(province / "index", province / "seeds", params=replace(DEFAULT, answer_support=0.0,
                                                                                 unnamed_support=0.0))
    page, found = names_only.query(asked)
    assert page.hits and page.hits[0].title == "青州省"
    assert found is None


def test_a_sentence_saying_what_is_asked_still_answers(province):
    page, found = Engine(province / "index", province / "seeds").query("白河县境内有什么？")
    assert found is not None and "温泉" in found.sentence.text


def test_a_name_no_article_holds_in_place_of_the_articles_name_is_declined(province):
    engine = Engine(province / "index", province / "seeds")
    _page, found = engine.query("北川铁路于哪一年建成通车？")
    assert found is not None and "1903年" in found.sentence.text
    page, found = engine.query("北川铁路的赛迪站是哪一年建成通车的？")  # 赛迪: a name only jieba knows
    assert page.hits and page.hits[0].title == "北川铁路"
    assert found is None


# A reservoir told in three long sentences, and a province it lies in (invented).
RESERVOIR = {
    "北山水库": "北山水库位于青州省东部丘陵地带，是当地规模最大的一座综合性水利工程，兼有防洪、灌溉和发电等多种功能。"
              "水库于1978年动工兴建，经过数千名民工连续三年的艰苦施工，于1981年秋季正式竣工并开始蓄水。"
              "库区四周群山环抱，森林覆盖率很高，每年春天都有大批候鸟在湖面停留栖息，吸引了不少摄影爱好者前来拍摄。",
    "青州省": "青州省位于南部山区，下辖云岭县、白河县和石门县，全省气候温和，雨量充沛，河流众多，水运十分便利。"
             "省会青州市的丝绸工业发源于明代，至今仍是全省最重要的支柱产业之一，产品远销海内外多个国家和地区。",
}


@pytest.fixture(scope="module")
def reservoir(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("reservoir")
    engine_from(RESERVOIR, base).close()
    return base


def test_an_article_found_by_shared_words_answers_only_where_it_says_more(reservoir):
    asked = "综合性水利工程竣工蓄水后，库区的候鸟有多少种？"  # the article never counts its birds
    as_named = Engine(reservoir / "index", reservoir / "seeds",
                      params=replace(DEFAULT, unnamed_support=DEFAULT.answer_support))
    _page, listed = as_named.query(asked)  # held to the floor of a question naming it: where it lies
    assert listed is not None and "丘陵" in listed.sentence.text
    page, found = Engine(reservoir / "index", reservoir / "seeds").query(asked)
    assert page.hits and page.hits[0].title == "北山水库"  # still found, only not answered
    assert found is None


def test_an_unnamed_article_saying_what_is_asked_still_answers(reservoir):
    engine = Engine(reservoir / "index", reservoir / "seeds")
    _page, found = engine.query("库区湖面每年春天有什么鸟类停留栖息？")
    assert found is not None and "候鸟" in found.sentence.text
