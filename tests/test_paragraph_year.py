"""A which-year question answered by a sentence dated by month and day alone, or by a year
said relative to another (同年), is shown with the year its paragraph stated before it: a
narrative states the year once and then only the months. Near, the sentence stating it is
shown whole; farther than an answer is shown, the clause stating it opens the answer."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa import kinds
from tests.support.made import engine_from

# Invented articles (places, people and figures are fictional).
FILLER = ("工匠们先从北山运来大块青石，再按老法子凿成方块，一块一块码在河岸上晾干。"
          "镇上的老人说，这样的石头能经得起大水，木桥却每到汛期都要修补。"
          "为了凑齐工钱，各家各户都捐出了一些粮食，连远在外地做买卖的人也寄回了银元。"
          "河边的空地上搭起了几排工棚，白天叮叮当当，夜里也常常点着油灯赶工。")
ARTICLES = {
    "青石镇石桥": "1921年春，青石镇开始筹建一座新的石桥，取代河上那座摇摇晃晃的木桥。" + FILLER
                  + "6月12日，镇长韩立秋主持了石桥的奠基仪式，全镇居民都来观礼。",
    "白鹭湖渔会": "1936年，白鹭湖沿岸的渔民组成了第一个渔会，推举船老大宋远山为会长。"
                  "入会的人家按季交一点会费，用来修补破损的渔船和渔网。"
                  "同年10月，渔会在湖心岛上修建了一座灯塔，夜航的渔船从此不再迷路。",
    "玄川水库": "玄川水库是一座虚构的水库，库区山高林密，四周有十几个村庄。"
                "5月8日，管理处任命技术员林秋为大坝安全员，负责每天巡查坝体。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("paragraph_year"))


def test_a_year_stated_far_before_opens_the_answer(made):
    page, found = made.query("韩立秋在哪一年主持了石桥的奠基仪式？")
    assert found is not None
    text = found.sentence.text
    assert text.startswith("1921年") and "韩立秋主持了石桥的奠基仪式" in text


def test_a_sentence_dated_by_the_same_year_is_shown_with_the_year(made):
    page, found = made.query("白鹭湖渔会在哪一年修建了灯塔？")
    assert found is not None
    assert "1936年" in found.sentence.text and "灯塔" in found.sentence.text


def test_a_when_question_is_shown_the_year_too(made):
    page, found = made.query("白鹭湖渔会是什么时候修建灯塔的？")
    assert found is not None
    assert "1936年" in found.sentence.text and "灯塔" in found.sentence.text


def test_without_a_year_in_the_paragraph_the_question_is_declined(made):
    page, found = made.query("林秋在哪一年被任命为大坝安全员？")
    assert found is None


def test_a_relative_year_states_no_year_and_a_stated_one_does():
    asked = "渔会在哪一年修建了灯塔？"
    assert kinds.year_stated_before(asked, "同年10月，渔会修建了一座灯塔。")
    assert not kinds.year_stated_before(asked, "1936年10月，渔会修建了一座灯塔。")
