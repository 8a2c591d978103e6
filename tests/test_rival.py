"""An answer sentence comes with the sentence beside it when that one scores almost as well:
the question's words are shared between the two, and the fact may be in either."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# An invented article (the port, the island and the ship are fictional): the sentence with
# most of the question's words says when and from where the first ship left; the one after it,
# sharing fewer of them, names the ship.
ARTICLES = {
    "青州港开通至南岛的新航线": (
        "青州港位于青州省东部，是省内第二大港口。"
        "本月十日，青州港至南岛的客运航线正式开通，首航客轮上午九点从青州港新建成的三号客运码头鸣笛出发，"
        "沿途经过白沙岛和东礁。"
        "首航客轮名为“海鸥号”，由青州船厂建造，可载客四百人。"
        "航线开通后，从青州到南岛只需四个小时。"),
    "青州港举行消防演练": (
        "6月3日，青州港在三号码头举行消防演练，港口消防队和各作业区的职工参加了演练。"
        "演练模拟一艘满载棉花的货轮在靠泊时起火，消防艇在接到报警后五分钟内赶到现场扑灭了明火。"
        "港务局的负责人表示，今年汛期以前还将组织一次防台风检查。"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("rival"))


def test_the_sentence_beside_that_scores_almost_as_well_comes_with_the_answer(made):
    found = made.ask("青州港至南岛航线的首航客轮叫什么？")
    assert found is not None
    assert "海鸥号" in found.sentence.text and "客运航线正式开通" in found.sentence.text


def test_a_sentence_beside_that_scores_far_less_stays_out(made):
    found = made.ask("青州港消防演练模拟了什么？")
    assert found is not None
    assert found.sentence.text.startswith("演练模拟一艘满载棉花的货轮")
    assert "防台风" not in found.sentence.text
