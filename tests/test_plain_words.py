"""A rare two-character word made of two common characters (代步, 外患, or 后会 cut out
of 比赛后会有) is a plain word or a mis-cut, not a name the answering article must hold:
the article that says the same thing in other words answers. A name the article lacks
still declines the question. Two common words that seldom stand together (开始 + 大量)
weigh as the two words, not as one rare name; a compound with a rarer word (兵团精神)
keeps the weight of the phrase."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.params import RankingParams
from search.qa.query import parse
from search.qa.vocab import Vocabulary
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional). The first two hold the
# plain words the questions use, so the index knows them.
ARTICLES = {
    "白石镇": "白石镇是一个虚构的小镇。镇上的老人大多以三轮车代步，每周有一次集市。",
    "青川国": "青川国是一个虚构的古国。青川国最大的外患是北方的游牧部落。",
    "青屿岛": "青屿岛是一个虚构的小岛。岛上居民主要的交通工具是机车，环岛公路长约二十公里。",
    "赤城": "赤城是一座虚构的城池。赤城最主要面对的威胁来自西边的沙漠部落，为此城墙修了三次。",
    "青川机车厂": "青川机车厂是一家虚构的工厂。战后工厂开始大量生产机车，年产量达到两万辆。",
    "青川港": "青川港是一座虚构的港口。港口从去年开始扩建，码头上停着大量货船。",
    "玄川镇": "玄川镇是一个虚构的小镇。镇上大量居民从春天开始种植茶叶，镇里还请来兵团的农技员，大家精神振奋。",
    "兵团农场": "兵团农场是一个虚构的农场。场史馆里讲述着兵团精神的由来。",
    "青川剧团": "青川剧团是一个虚构的剧团，演员们的精神面貌很好。今年剧团开始排练新戏，吸引了大量观众。",
    "兵团医院": "兵团医院是一所虚构的医院。医院从五月开始接诊，每天都有大量病人前来，医生们精神饱满。",
    "白河书店": "白河书店是一家虚构的书店。书店开始卖旧书以后，收到了大量读者来信，其中有一位兵团老战士。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("plain_words"))


def test_a_plain_noun_the_article_says_otherwise_does_not_decline(made):
    page, found = made.query("哪一种交通工具是青屿岛主要的代步方式？")
    assert page.uncovered == ()
    assert found is not None and "机车" in found.sentence.text


def test_a_plain_noun_for_what_the_article_calls_a_threat_does_not_decline(made):
    page, found = made.query("赤城最主要面对的外患是哪个部落？")
    assert found is not None and "沙漠部落" in found.sentence.text


def test_a_place_no_article_holds_still_declines(made):
    page, found = made.query("紫城最主要面对的外患是哪个部落？")
    assert found is None


def test_two_common_words_seldom_together_weigh_as_the_two(made):
    vocab = Vocabulary(made.backend.reader(), RankingParams())
    groups, _forms = vocab.resolve(parse("军方为什么开始大量订购机车？"))
    words = {r.word: r.weight for g in groups for r in g}
    assert "开始大量" in words  # still matched as the phrase
    apart = sum(vocab.idf(vocab.df(w)) for w in ("开始", "大量"))
    together = vocab.idf(made.backend.reader().phrase_df(["开始", "大量"]))
    assert words["开始大量"] <= apart + 1e-9 < together


def test_a_compound_with_a_rarer_word_keeps_the_weight_of_the_phrase(made):
    vocab = Vocabulary(made.backend.reader(), RankingParams())
    groups, _forms = vocab.resolve(parse("兵团精神的由来是什么？"))
    words = {r.word: r.weight for g in groups for r in g}
    together = vocab.idf(made.backend.reader().phrase_df(["兵团", "精神"]))
    assert words.get("兵团精神") == pytest.approx(together)
