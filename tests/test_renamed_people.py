"""A question naming a person no article holds (钟素), when the article names one of the
same given name under another surname (副使翁素), asks about another person: declined, as
a name jieba's dictionary tags (search.qa.coverage.unheard_name) would be."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (places, people and events are fictional).
ARTICLES = {
    "青溪平乱": (
        "青溪县山中有一伙流寇，常常下山抢掠村庄。"
        "知县于是派遣副使翁素率领乡兵三百人进山围剿流寇，一个月后收复了被占的寨子。"
        "此后县里在山口修了一座关楼，派兵驻守。"),
    "白沙渡口": "白沙渡口是河上的一个老渡口，往来的船只很多，岸边有几家茶馆和客栈。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("renamed_people"))


def test_the_person_the_article_names_is_answered(made):
    page, found = made.query("知县派遣副使翁素率领多少乡兵进山围剿流寇？")
    assert found is not None and "三百人" in found.sentence.text


def test_another_surname_on_the_same_given_name_is_declined(made):
    page, found = made.query("知县派遣副使钟素率领多少乡兵进山围剿流寇？")
    assert found is None
    assert page.hits and page.hits[0].title == "青溪平乱"
