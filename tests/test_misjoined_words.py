"""Two common characters jieba joins into a word no article holds (内换 in 三年内换一次) are
matched by their characters, not counted as a rare word the article lacks; so is a
two-character verb of the dictionary no article holds (所写 in 为谁所写, 写明, 开立): a way of
saying, not a name. A name or a place the article really lacks still declines the question."""
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


# Invented articles for the rare verbs (names, places and works are fictional).
VERB_ARTICLES = {
    "青溪杂记": "《青溪杂记》是一部虚构的笔记，共有十二卷，作者是周明远。周明远在书中写了青溪一带的风俗，"
            "也记下了他所住的村子。",
    "南岭茶社": "南岭茶社是一个虚构的茶社，设在一座旧祠堂里。社里的茶农每年写一封信给县里。",
    "白沙渡口": "白沙渡口是一个虚构的渡口，为官府所建，渡船每天往返六次。",
}


@pytest.fixture(scope="module")
def verbs(tmp_path_factory) -> Engine:
    return engine_from(VERB_ARTICLES, tmp_path_factory.mktemp("rare_verbs"))


def test_a_rare_verb_no_article_holds_does_not_decline(verbs):
    page, found = verbs.query("记下青溪风俗的那部笔记为谁所写的？")  # 谁 blanked out: 所写 is one word
    assert page.uncovered == ()
    assert found is not None and "周明远" in found.sentence.text


def test_a_place_the_articles_lack_still_declines(verbs):
    page, found = verbs.query("记下红溪风俗的那部笔记为谁所写的？")
    assert found is None
