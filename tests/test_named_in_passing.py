"""A question naming an article's title is about that article, unless it names the
subject in passing and another article, scoring far more, tells the event asked about."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "林远舟": "林远舟是一位虚构的君主，青川人，少年时随父出征，后来继承了王位。"
           "他在位三十年，国内安定，以勤政著称。",
    "青川朝": "青川朝是一个虚构的朝代。青川元年，林远舟于国内设置十路巡抚司，次年罢之。"
           "隔年改设十路宣慰司，渐成定制。",
    "白河城": "白河城是一座虚构的城池，始建于青川三年。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("named_in_passing"))


def test_the_article_telling_the_event_comes_first_and_answers(made):
    page, found = made.query("林远舟在哪一年于国内设置十路巡抚司？")
    assert [h.title for h in page.hits][:1] == ["青川朝"]
    assert found is not None and "青川元年" in found.sentence.text


def test_a_question_about_the_named_subject_itself_keeps_its_article_first(made):
    page, found = made.query("林远舟在位多少年？")
    assert [h.title for h in page.hits][:1] == ["林远舟"]
    assert found is not None and "三十年" in found.sentence.text
