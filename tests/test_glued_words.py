"""A particle jieba glues onto a name (和望平, 由威廉·库克) does not make the name one the
article lacks, and a time word's 时 glued onto the next character (1672年时所占据: 时所)
names nothing; a name the article really lacks still declines the question."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.coverage import missing
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "玄川郡": "玄川郡是一个虚构的古郡。景初二年，太尉林远舟平定北方，设青川、望平四县于玄川郡。"
           "此后三县由郡守统一管辖。",
    "白河条约": "《白河条约》是一份虚构的条约。经过半年谈判，两国使节于6月13日签订了《白河条约》，"
            "约定开放三处口岸。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("glued_words"))


def test_a_particle_glued_onto_a_place_is_not_a_missing_name(made):
    page, found = made.query("是谁把青川和望平设在玄川郡的？")
    assert page.uncovered == ()
    assert found is not None and "林远舟" in found.sentence.text


def test_a_glued_time_word_is_not_a_missing_name():
    article = {"title": "白河公路", "body": "1938年修筑的白河公路连通了青川与玄川两城。"}
    assert missing(article, ("时所", "白河公路")) == ()  # 哪条公路于1938年时所修筑


def test_a_particle_glued_onto_a_name_with_a_dot_is_not_a_missing_name():
    article = {"title": "电报", "body": "自从林远舟和彼得·卢斯展示出第一座电报机，消息传得更快了。"}
    assert missing(article, ("由彼得·卢斯",)) == ()  # 电报机是由彼得·卢斯和谁展出的
    assert missing(article, ("由约翰·卢克",)) == ("由约翰·卢克",)


def test_a_place_the_article_lacks_still_declines(made):
    page, found = made.query("是谁把青川和望海设在玄川郡的？")
    assert found is None
