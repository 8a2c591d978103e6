"""A question naming an article's subject, a foreign name written with a middle dot (亨利·
温特), by its last part (温特) names the article's title: the answer need not repeat the
question's other words (search.qa.support.restates), as for a question naming it whole."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# Invented articles (people and events are fictional).
ARTICLES = {
    "亨利·温特": (
        "亨利·温特是一位虚构的美国政治人物，曾任州长和参议员，退休后在家乡经营一座农场。"
        "2015年8月，九十岁的温特证实患上肝癌，随后在亚特兰大的一间医院接受治疗。"
        "他在农场里种了许多桃树，每年夏天都会邀请邻居来摘桃。"),
    "白沙渡口": "白沙渡口是河上的一个老渡口，往来的船只很多，岸边有几家茶馆和客栈。"
                "渡口的老船夫罹患一种眼部疾病多年，看不清远处的船。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("surnamed_title"))


def test_a_question_naming_the_subject_by_surname_is_answered(made):
    page, found = made.query("温特曾于2015年8月时被证实罹患了哪一种疾病？")
    assert found is not None and "肝癌" in found.sentence.text
