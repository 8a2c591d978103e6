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
        "演练模拟一艘满载棉花的货轮在三号码头靠泊时起火，港口消防队的消防艇在接到报警后五分钟内赶到现场，"
        "用泡沫和水枪在二十分钟内扑灭了明火，冷却了相邻的两个集装箱，没有人员受伤。"
        "港务局的负责人表示，今年汛期以前还将组织一次防台风检查。"),
    "南岛灯塔的六十年": (
        "南岛灯塔是海岛上最早的建筑之一，至今仍在使用。"
        "南岛灯塔的光源先后换过两次，每一次都是因为岛上的供电条件有了改善，第二次在二〇一五年完成。"
        "最早用的是煤油灯，后来改为柴油发电的电灯，现在使用太阳能供电的LED灯。"
        "守塔人每天傍晚登塔检查一次。"),
    "西岭水库扩建": (
        "西岭水库是西岭县最大的水库。"
        "西岭水库扩建工程分为三个部分，于去年三月动工，由省水利厅负责设计，"
        "市里的三家建筑公司共同承建，总投资约四亿元，预计工期两年。"
        "首先把大坝加高六米，其次新建一条长八公里的引水渠，最后在库区周边种植防护林并修建两座观测站。"
        "水库下游有两个乡镇。"),
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


def test_a_short_answer_sentence_comes_with_the_sentence_that_says_the_fact(made):
    # The sentence holding the question's words only says that the light was changed (换过两次);
    # the one after it says what to. Shown together: answers.SHOWN_SHORT.
    found = made.ask("南岛灯塔的光源换过哪些？")
    assert found is not None
    assert "换过两次" in found.sentence.text and "太阳能" in found.sentence.text


def test_a_sentence_of_middling_length_comes_with_the_sentence_that_says_the_fact(made):
    # The sentence with the question's words (over sixty characters) only says there are three
    # parts; the one after names them. Together they stay within answers.SHOWN characters.
    found = made.ask("西岭水库扩建工程分为哪几个部分？")
    assert found is not None
    assert "分为三个部分" in found.sentence.text and "引水渠" in found.sentence.text
