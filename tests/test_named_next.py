"""A question that names an article's title is about that article: when the article ranked
first is refused, the named one a few places lower answers, if it passes every check
(search.qa.answering.named_next); a question it does not answer is still declined."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from search.engine import Engine
from search.params import DEFAULT
from search.qa.answering import answering
from search.qa.query import parse
from tests.support.made import engine_from

# Invented articles (the port and its works are fictional). The second tells of many ports
# and their breakwaters, and never says how the named one is faced.
NAMED = "青州港防波堤"
ARTICLES = {
    NAMED: (
        "青州港防波堤始建于2015年，全长一千二百米。"
        "防波堤采用扭王字块护面，由青州港务局投资建设，工期十四个月。"),
    "沿海港口建设综述": (
        "近年来沿海各港口加快建设，青州港、临州港、安澜港都新建或加固了防波堤。"
        "港务部门表示，防波堤对抵御台风十分重要，今后还将继续投入。"
        "临州港防波堤的加固工程去年完工，安澜港防波堤今年开工。"),
}
DAY = dt.date(2024, 1, 1)


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("named_next"))


def _answer_with_other_first(made: Engine, question: str):
    """The answer when the article the question does not name ranks first (as when it
    scores named_reach times more than the named one)."""
    parsed = parse(question, DAY)
    rk = made.ranker.rank(made.backend.reader(), parsed, 10)
    ranked = sorted(rk.ranked, key=lambda r: r.fields.get("title") == NAMED)
    assert [r.fields.get("title") for r in ranked] == ["沿海港口建设综述", NAMED]
    return answering(replace(rk, ranked=ranked), parsed, DEFAULT)


def test_the_named_article_answers_when_the_first_is_refused(made):
    found = _answer_with_other_first(made, "青州港防波堤采用什么护面？")
    assert found is not None
    article, sentence = found
    assert article.fields.get("title") == NAMED and "扭王字块" in sentence.text


def test_only_the_next_few_are_tried(made):
    parsed = parse("青州港防波堤采用什么护面？", DAY)
    rk = made.ranker.rank(made.backend.reader(), parsed, 10)
    ranked = sorted(rk.ranked, key=lambda r: r.fields.get("title") == NAMED)
    assert answering(replace(rk, ranked=ranked), parsed, replace(DEFAULT, named_next=1)) is None


def test_a_question_the_named_article_does_not_answer_is_declined(made):
    assert _answer_with_other_first(made, "青州港防波堤去年是否完成加固？") is None
