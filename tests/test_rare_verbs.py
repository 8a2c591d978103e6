"""A two-character verb of the dictionary that no article holds (所写 in 为谁所写, 写明,
开立) is a way of saying, not a name: it is matched by its characters, each a word of the
index, instead of weighing as a rare word the article lacks."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (names, places and works are fictional).
ARTICLES = {
    "青溪杂记": "《青溪杂记》是一部虚构的笔记，共有十二卷，作者是周明远。周明远在书中写了青溪一带的风俗，"
            "也记下了他所住的村子。",
    "南岭茶社": "南岭茶社是一个虚构的茶社，设在一座旧祠堂里。社里的茶农每年写一封信给县里。",
    "白沙渡口": "白沙渡口是一个虚构的渡口，为官府所建，渡船每天往返六次。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("rare_verbs"))


def test_a_rare_verb_no_article_holds_does_not_decline(made):
    page, found = made.query("记下青溪风俗的那部笔记为谁所写的？")  # 谁 blanked out: 所写 is one word
    assert page.uncovered == ()
    assert found is not None and "周明远" in found.sentence.text


def test_a_place_the_articles_lack_still_declines(made):
    page, found = made.query("记下红溪风俗的那部笔记为谁所写的？")
    assert found is None
