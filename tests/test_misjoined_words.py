"""Two common characters jieba joins into a word no article holds (内换 in 三年内换一次) are
matched by their characters, not counted as a rare word the article lacks; a name the
article really lacks still declines the question."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "书院旧制": "白鹭书院是一所虚构的书院，初建于1602年。依照旧例，书院的山长三年换一次，"
            "人选从讲师中推举。书院内藏书八千卷。",
    "青石镇": "青石镇是一个虚构的小镇。镇子东边的居民多是渔民，西边的居民多是茶农。",
    "山居笔记": "《山居笔记》是一部虚构的散文集，作者是林小远。书中记下了他在南岭山中十年的生活。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("misjoined_words"))


def test_a_misjoin_of_two_common_characters_does_not_decline(made):
    page, found = made.query("白鹭书院的哪一个职位在三年内换一次？")  # jieba: 三年 / 内换 / 一次
    assert page.uncovered == ()
    assert found is not None and "山长" in found.sentence.text


def test_a_name_the_articles_lack_still_declines(made):
    page, found = made.query("黄鹤书院的哪一个职位在三年内换一次？")
    assert found is None

