"""A question is cut with what the index knows (issue 26, point 3): a name said once in a
long article is found even when many short articles share the question's plain words,
characters jieba cut apart in a quoted word meet the word the articles hold, and a
reduplicated way of saying (陆陆续续) is not a name the article must hold."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import answer_text, engine_from

# Invented articles (names, places and figures are fictional).
_LONG = "".join(f"青川国第{i}年的粮食产量比上一年增加了{i % 9 + 1}成，仓库也多修了{i % 7 + 2}座。"
                for i in range(1, 160))
ARTICLES = {
    "青川国": _LONG[: len(_LONG) // 2] + "林秋岚的《石上》是这一时期最著名的小说，写于1962年。"
    + _LONG[len(_LONG) // 2:],
    "说唱": "寺院里用通俗故事讲说经文的方式在唐代流行，被称「俗讲」。其底本后来称为变文。",
    "白沙岛": "白沙岛是一座虚构的小岛。岛上原有三百户渔民，1958年之后渔民陆续搬离岛上，迁往对岸的港镇。",
}
# Short articles that share the first question's plain words (时期, 作品) and say nothing of it.
ARTICLES.update({f"展览{i}": f"第{i}届青川书画展开幕，展出这一时期的作品{i + 20}件，作品多为山水。"
                 for i in range(70)})
ARTICLES.update({f"天气{i}": f"青川第{i}号气象站报告，明天有小雨，气温{i % 15 + 5}度。" for i in range(90)})


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("question_cuts"))


def test_a_name_said_once_in_a_long_article_is_found(made):
    assert "1962年" in answer_text(made, "林秋岚的《石上》是什么时候的作品？")


def test_a_quoted_word_cut_apart_meets_the_word_the_article_holds(made):
    assert "唐代" in answer_text(made, "「俗讲」在哪个朝代流行?")


def test_a_reduplicated_word_is_not_a_name_the_article_must_hold(made):
    assert "1958年" in answer_text(made, "白沙岛上的渔民在哪一年之后陆陆续续搬离岛上?")


def test_a_name_no_article_holds_is_still_declined(made):
    assert made.ask("林秋水的《石上》是什么时候的作品？") is None
