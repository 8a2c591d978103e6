"""A brief answer sentence is shown with the sentence before it (RankingParams.shown_before):
in a run of short sentences the one before says when, or what it speaks of."""
from __future__ import annotations

import pytest

from search.engine import Engine
from tests.support.made import engine_from

# An invented article (the town, its kilns and its guild are fictional): the sentence naming the
# guild only says that it was founded after the fair; the year is in the sentence before it.
ARTICLES = {
    "白石镇": (
        "白石镇位于白石河下游，是一座以制陶闻名的小镇，镇上至今保留着三座清代的老窑。"
        "1988年春，镇上的十二家窑厂联合举办了第一届陶瓷节，吸引了数千名游客前来参观和选购。"
        "节后，白石镇陶瓷协会成立。"
        "协会每年秋天组织一次评选，获奖的作品送往省城展出。"
        "镇东的老码头曾是白石河上最繁忙的货运码头，往来的船只多运送陶器和稻米，如今已改建成一座小公园，"
        "公园里陈列着几艘旧木船和当年搬运陶器用的竹筐。"),
    "青州港": (
        "青州港位于青州省东部，是省内第二大港口，港区分为东西两个作业区。"
        "东作业区以集装箱装卸为主，西作业区主要装卸煤炭和矿石。"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("brief"))


def test_a_brief_answer_sentence_comes_with_the_sentence_before_it(made):
    found = made.ask("白石镇陶瓷协会是哪一年成立的？")
    assert found is not None
    assert "陶瓷协会成立" in found.sentence.text and "1988年" in found.sentence.text


def test_a_longer_answer_sentence_stands_without_the_one_before(made):
    found = made.ask("白石镇的老码头现在改建成了什么？")
    assert found is not None
    assert found.sentence.text.startswith("镇东的老码头")
