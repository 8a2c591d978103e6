"""A which-year question answered by a sentence dated by month and day alone (4月20日，…)
is shown with the sentence before it that states the year: narratives give the year once
and then only the days. Without a stated year nearby, the question is still declined."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (places, people and figures are fictional).
ARTICLES = {
    "白河大桥修建始末": (
        "1957年3月，青川省通过了修建白河大桥的提案。"
        "4月20日，省里任命工程师周望川为大桥总设计师，率队勘测桥址。"
        "同时，从各地抽调了两千多名工人，组成建桥大军，开赴工地，在江边搭起了工棚。"),
    "玄川水库": (
        "玄川水库是一座虚构的水库，库区山高林密，四周有十几个村庄。"
        "每年汛期之前，水库管理处都会检修闸门，清理溢洪道里的杂物和淤泥。"
        "5月8日，管理处任命技术员林秋为大坝安全员，负责每天巡查坝体。"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("year_before"))


def test_the_year_stated_before_a_dated_sentence_is_shown_with_it(made):
    page, found = made.query("周望川在哪一年被任命为大桥总设计师？")
    assert found is not None
    assert "1957年" in found.sentence.text and "周望川" in found.sentence.text


def test_without_a_year_nearby_a_year_question_is_declined(made):
    page, found = made.query("林秋在哪一年被任命为大坝安全员？")
    assert found is None
    assert page.hits and page.hits[0].title == "玄川水库"
