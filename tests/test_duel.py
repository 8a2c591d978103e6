"""Of two articles that rank almost alike, the one whose sentence answers the question gives
the answer (search.qa.answering): the first article, which only mentions what is asked,
does not answer for the second, which says it."""
from __future__ import annotations

from dataclasses import replace

import pytest

from search.engine import Engine
from search.params import DEFAULT
from tests.support.made import engine_from

# Invented articles (the port and its works are fictional). The first names the question's
# subject in its title and says only that typhoons were thought of; the second says how.
ARTICLES = {
    "青州港新码头投入使用": (
        "青州港新码头昨天正式投入使用，新码头位于青州港东侧，长六百米。"
        "新码头投入使用后，青州港的年吞吐能力将提高三成。"
        "港务局表示，新码头的设计充分考虑了台风季节的影响。"),
    "青州港新码头的防波堤": (
        "青州港新码头投入使用以前，为了抵御台风，港方在码头外修建了一道长一千二百米的弧形防波堤，"
        "堤身采用扭王字块护面。"
        "防波堤由青州港务局投资建设，工期十四个月。"),
}
QUESTION = "青州港新码头投入使用后用什么抵御台风？"


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("duel"))


def test_the_close_second_article_answers_when_its_sentence_says_what_is_asked(made):
    found = made.ask(QUESTION)
    assert found is not None
    assert found.article.title == "青州港新码头的防波堤" and "弧形防波堤" in found.sentence.text


def test_the_first_article_answers_when_the_second_ranks_far_behind(made):
    made.ranker.params = replace(DEFAULT, duel_rank=100.0)  # the second never ranks close enough
    try:
        found = made.ask(QUESTION)
    finally:
        made.ranker.params = DEFAULT
    assert found is not None and found.article.title == "青州港新码头投入使用"
