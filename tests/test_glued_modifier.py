"""A question that opens on its subject with a character glued before the first word (银学说,
霜皇后: jieba cuts the character off, and a lone character is no query word) asks about the
thing that modifier names; an article writing the word only with other modifiers (环流学说,
冰糖皇后) is on another one, and does not answer (search.qa.misses.glued_modifier)."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.coverage import Resolved
from search.qa.misses import glued_modifier
from tests.support.made import answer_text, engine_from

# Invented articles (names, places, figures and doctrines are fictional).
ARTICLES = {
    "林望": "林望是一位虚构的气象学者。1921年，他在白沙港讲学时提出环流学说，认为季风随洋流转向。",
    "南屿学派": "南屿学派是一个虚构的学术团体，推崇银学说。银学说由学者周澜在港口讲学时提出，"
               "主张潮水随月相涨落。银学说后来传到北方。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("glued"))


def test_a_doctrine_named_by_another_modifier_does_not_answer(made):
    # the article on 林望 says he put forward 环流学说; the question asks who put forward 铜学说
    assert made.ask("铜学说是谁提出的？") is None


def test_the_article_writing_the_modified_word_answers(made):
    assert "周澜" in answer_text(made, "银学说是谁提出的？")


def test_the_doctrine_named_whole_is_answered(made):
    assert "林望" in answer_text(made, "环流学说是谁提出的？")  # no lone character before 学说


def _words(*words: str) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), 3.0, i) for i, w in enumerate(words)]]


def test_glued_modifier_reads_only_a_modifier_the_article_never_writes():
    shop = {"title": "冰糖皇后", "body": "冰糖皇后是一家虚构的甜品连锁店，以冰糖炖梨闻名。"}
    assert glued_modifier("霜皇后的儿子叫什么？", shop, _words("皇后", "儿子")) == "霜皇后"
    assert glued_modifier("该皇后的儿子叫什么？", shop, _words("皇后", "儿子")) is None  # a pronoun names no kind
    assert glued_modifier("现皇后的儿子叫什么？", shop, _words("皇后", "儿子")) is None  # 'now' names no kind
    assert glued_modifier("冰糖皇后以什么闻名？", shop, _words("冰糖", "皇后", "闻名")) is None  # no lone character
    plant = {"title": "蓍", "body": "蓍是一种虚构的草本植物，分布在南屿国北部。"}
    assert glued_modifier("蓍分布在哪些地区？", plant, _words("分布", "地区")) is None  # the lead is the title
