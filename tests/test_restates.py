"""An answer must say something of what the question says, not only hold its name: the
answer's sentences with the title hold a share of the question's character pairs
(search.qa.support.restates). The sentences here are invented."""
from __future__ import annotations

from dataclasses import replace

from search.params import DEFAULT
from search.qa.support import restates

PROVINCE = ("云川省是一个虚构的省份，省会设在临江。那年秋天，朝廷派出钦差，在云川推行削藩，收回了地方兵权。"
            "云川省以茶叶和铜矿闻名。")
RAILWAY = "白河铁路全长二百公里，于1931年通车。2010年，白河铁路完成电气化改造。沿线设有十二个车站。"


def _says(question: str, body: str, sentence: str, title: str) -> bool:
    assert sentence in body
    return restates(question, body, sentence, title, DEFAULT)


def test_a_sentence_holding_only_the_questions_word_does_not_answer_it():
    sentence = "那年秋天，朝廷派出钦差，在云川推行削藩，收回了地方兵权。"
    assert not _says("哪位君主即位后开始削藩？", PROVINCE, sentence, "云川省")


def test_a_sentence_saying_what_is_asked_answers_it():
    assert _says("白河铁路哪一年完成电气化改造？", RAILWAY, "2010年，白河铁路完成电气化改造。", "白河铁路")


def test_a_question_in_other_words_still_meets_the_sentence_on_a_few_pairs():
    body = "华川位于山地北麓。华川的气候属于温带季风气候，夏季多雨。"
    assert _says("以全球气候分类而言，华川属于哪一种气候？", body, "华川的气候属于温带季风气候，夏季多雨。", "华川")


def test_the_title_counts_as_said():
    assert _says("白河铁路全长多少？", RAILWAY, "白河铁路全长二百公里，于1931年通车。", "白河铁路")


def test_a_question_of_question_words_only_is_not_judged():
    assert _says("是什么？", RAILWAY, "沿线设有十二个车站。", "白河铁路")


def test_the_floor_is_a_setting():
    sentence = "2010年，白河铁路完成电气化改造。"
    strict = replace(DEFAULT, pair_support=0.9)
    assert not restates("白河铁路的电气化改造花费了多少钱？", RAILWAY, sentence, "白河铁路", strict)
    assert restates("白河铁路的电气化改造花费了多少钱？", RAILWAY, sentence, "白河铁路", DEFAULT)
