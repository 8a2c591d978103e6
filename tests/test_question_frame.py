"""The frame of a question is not what it asks about: the person a who-question asks for
(…的人为谁, 哪一个人…: jieba cuts 人为 across 人 / 为谁) and the text it is asked of
(文中提及，…) are blanked out with the question words, so an article that never says 人为
or 文中 still answers. Words that only hold those characters (中文中, 人口) stay."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.query import parse
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "白鹭书院": "白鹭书院是一所虚构的书院，初建于1602年。书院的第一位山长是林小远，他主持书院二十年。"
            "书院内藏书八千卷，多为经史。",
    "青石镇": "青石镇是一个虚构的小镇。镇上的居民多是渔民，每年秋天举办一次渔船比赛。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("question_frame"))


def _words(question: str) -> list[str]:
    return [c.word for c in parse(question).concepts]


def test_the_person_a_who_question_asks_for_is_no_word_of_it():
    assert "人为" not in _words("主持白鹭书院二十年的人为谁?")
    assert "人为" not in _words("哪一个人为白鹭书院的第一位山长?")
    assert "人口" in _words("哪一个人口最多?")


def test_the_text_a_question_is_asked_of_is_no_word_of_it():
    words = _words("文中提及，白鹭书院内藏书多少卷?")
    assert "文中" not in words and "提及" not in words
    assert "中文" in _words("粤语在中文中的地位是什么?")


def test_a_who_question_framed_so_is_answered(made):
    for question in ("主持书院的人为谁?", "哪一个人为书院的第一位山长?"):
        found = made.ask(question)
        assert found is not None and "林小远" in found.sentence.text, question


def test_a_question_asked_of_the_text_is_answered(made):
    found = made.ask("文中提及，白鹭书院内藏书多少卷?")
    assert found is not None and "八千卷" in found.sentence.text
