"""Two question words count as one compound only where an article writes them as one: the
index puts the last word of a clause beside the first word of the next (商路，中断), and a
question saying 商路中断 is not asking about a rare compound every article lacks
(search.qa.vocab.Vocabulary.written). A compound an article does write stays whole."""
from __future__ import annotations

from dataclasses import replace

import pytest

from search.engine import Engine
from search.params import DEFAULT
from search.qa.query import parse
from search.qa.vocab import Vocabulary
from tests.support.made import answer_text, engine_from

# Invented articles (the two states and their salt wells are fictional).
ARTICLES = {
    "青临两国": (
        "青国与临国相邻，历来交往密切。公元九百年前后，两国的商路，中断了三十年，起因是边境盐井的争端。"
        "盐井归属议定之后，两国重开互市。"),
    "青国盐井": (
        "青国盐井在边境山谷中，井深八十丈，所产井盐色白味醇。"
        "盐井由盐井司管理，每年向朝廷进贡井盐三千石。"),
    "临国风俗": (
        "临国人喜食腌菜，因为冬季漫长，蔬菜难以保存。"
        "临国的商路多经山谷，冬季大雪时常中断，集市上常见两国的货物。"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("written_compounds"))


def _words(made: Engine, question: str, read_df: int = DEFAULT.compound_read_df) -> list[str]:
    params = replace(DEFAULT, compound_read_df=read_df)  # 0: every compound taken as written
    groups, _forms = Vocabulary(made.backend.reader(), params).resolve(parse(question))
    return [r.word for g in groups for r in g]


def test_words_parted_by_punctuation_in_the_articles_stay_two(made):
    assert "商路中断" in _words(made, "两国商路中断了多少年？", read_df=0)
    words = _words(made, "两国商路中断了多少年？")
    assert "商路中断" not in words and {"商路", "中断"} <= set(words)


def test_a_compound_an_article_writes_stays_whole(made):
    assert "边境盐井" in _words(made, "边境盐井的争端让什么中断了？")


def test_the_question_is_answered_from_the_article_that_tells_it(made):
    assert "三十年" in answer_text(made, "两国商路中断了多少年？")


def test_a_question_the_articles_do_not_answer_is_still_declined(made):
    assert made.ask("两国商路中断后由哪一位使节重新打通？") is None
