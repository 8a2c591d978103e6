"""The support check (search.qa.support.supports) reads a compound of adjacent question
words (板球 + 比赛 -> 板球比赛) where the answer says it: an article on 板球 whose sentence
says 比赛 speaks of 板球比赛, and a sentence saying 在青岚附近地区 speaks of 青岚地区; and a
word the index lacks (岚峤) where the text lists its parts (岚、峤). The articles and
sentences here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.query import MEASURE_POS
from search.qa.support import supports

CRICKET = ("板球是一项用球棒和球进行的运动。每局比赛后有十分钟的休息时间。"
           "球员受伤时，可以请求短暂停赛。")
ANSWER = "每局比赛后有十分钟的休息时间。"


def _word(word: str, weight: float, pos: int, phrase: tuple[str, ...] | None = None) -> Resolved:
    return Resolved(word, (word,), weight, pos, phrase=phrase)


def _asked(compound: Resolved) -> list[list[Resolved]]:
    """板球比赛中哪一单位之后会有两刻钟的休息时间？ (两刻钟: a word no article holds)."""
    return [[compound, _word("单位", 2.4, 1), Resolved("两刻钟", (), 6.0, 2), _word("休息时间", 6.0, 3)]]


def test_a_compound_split_between_title_and_sentence_is_held():
    compound = _word("板球比赛", 6.0, 0, ("板球", "比赛"))
    assert supports(CRICKET, ANSWER, "板球", _asked(compound), DEFAULT)


def test_a_compound_whose_word_is_in_neither_is_not_held():
    compound = _word("板球比赛", 6.0, 0, ("板球", "比赛"))
    assert not supports(CRICKET, ANSWER, "运动", _asked(compound), DEFAULT)


def test_a_compound_whose_words_stand_in_different_clauses_is_not_held():
    compound = _word("板球条约", 6.0, 0, ("板球", "条约"))
    body = "两国签订了通航条约、渔业协定，并举行板球比赛后有十分钟的休息时间。"
    assert not supports(body, body, "外交", _asked(compound), DEFAULT)
    body = "两国签订了板球条约，并约定比赛后有十分钟的休息时间。"
    assert supports(body, body, "外交", _asked(compound), DEFAULT)


def test_a_word_that_is_no_compound_is_not_held_by_its_parts():
    whole = _word("板球比赛", 6.0, 0)  # one word of the index: held whole or by its known forms
    assert not supports(CRICKET, ANSWER, "板球", _asked(whole), DEFAULT)


def test_a_date_is_held_whole_or_not_at_all():
    date = Resolved("2019年10月", ("2019年10月",), 6.0, MEASURE_POS, phrase=("2019年", "10月"))
    body = "2019年，板球联赛扩军。\n10月，每局比赛后有十分钟的休息时间。"  # another paragraph's year
    assert not supports(body, "10月，每局比赛后有十分钟的休息时间。", "2019年板球",
                        _asked(date), DEFAULT)


def test_a_word_the_index_lacks_is_held_where_the_text_lists_its_parts():
    unknown = Resolved("岚峤", (), 10.0, 0)
    text = "岚、峤两国的官制相近，都设有行台。"
    assert unknown.answer_credit(text, "", DEFAULT.part_credit) == 1.0


def test_parts_across_a_sentence_end_are_not_the_word():
    unknown = Resolved("岚峤", (), 10.0, 0)
    text = "行台设在岚。峤国的官制与此不同。"
    assert unknown.answer_credit(text, "", DEFAULT.part_credit) == 0.0
