"""Which-one and other-name questions get the sentence that names the thing asked: 哪个王朝
is answered where a dynasty is named, 别名是什么 where another name is given."""
from __future__ import annotations

from dataclasses import replace

from search.params import DEFAULT
from search.qa.answers import best_sentence
from search.qa.heads import asked_head, gives_alias, names_head
from search.text.sentences import Weighted

# Invented passages (names and places are fictional).
KINGDOM = ("鼎盛时期的青石国是王朝最强的时候，商船远至南洋。"
           "鼎盛时期的青石国属于云岭王朝，都城设在白河。")
FISH = ("黑尾石斑鱼的名字来自它黑色的尾巴。"
        "渔民把黑尾石斑鱼俗称为黑尾鲈。")


def _answer(text: str, forms: list[Weighted], question: str, params=DEFAULT) -> str:
    best = best_sentence(text, forms, question, "", params, beside=False)  # the sentence chosen, alone
    assert best is not None
    return best[1].text


def test_which_dynasty_gets_the_sentence_naming_one():
    forms = [Weighted(1, "青石国", 1.0), Weighted(2, "鼎盛时期", 1.0)]
    question = "青石国的鼎盛时期是哪个王朝？"
    assert _answer(KINGDOM, forms, question).startswith("鼎盛时期的青石国属于云岭王朝")


def test_without_the_head_rule_the_restating_sentence_wins():
    """The rule is what picks the sentence: weighed at nothing, the first sentence wins
    (and comes with the one after it, being short)."""
    forms = [Weighted(1, "青石国", 1.0), Weighted(2, "鼎盛时期", 1.0)]
    question = "青石国的鼎盛时期是哪个王朝？"
    assert not _answer(KINGDOM, forms, question, replace(DEFAULT, head=0.0)).startswith("鼎盛时期的青石国属于")


def test_other_name_question_gets_the_sentence_giving_one():
    forms = [Weighted(1, "黑尾石斑鱼", 1.0)]
    assert _answer(FISH, forms, "黑尾石斑鱼的别名是什么？").startswith("渔民把黑尾石斑鱼俗称为黑尾鲈")
    assert not _answer(FISH, forms, "黑尾石斑鱼的别名是什么？", replace(DEFAULT, alias=0.0)).startswith("渔民")


def test_head_noun_of_which_questions():
    assert asked_head("东罗马帝国的黄金时期是哪个王朝") == "王朝"
    assert asked_head("有哪一部电影在湾仔取景") == "电影"
    assert asked_head("他是哪里人") is None  # 哪里 asks a place, no noun
    assert asked_head("扁掌龙主要以什么为食") is None  # a verb is no head noun


def test_a_head_named_in_passing_does_not_count():
    question = "有哪一部电影在湾仔取景"
    assert names_head("电影", "湾仔街头出现在电影《苏丝黄的世界》里", question)
    assert names_head("王朝", "在马其顿王朝的统治下，帝国达到顶峰", "黄金时期是哪个王朝")
    assert not names_head("电影", "湾仔曾有为数众多的电影院", question)  # 的电影院: not a film named
    assert not names_head("电影", "湾仔有电影", question)  # nothing names which one


def test_other_name_asked_and_given():
    assert gives_alias("内台航路也叫什么", "内台航路，或称内台航线，是一条海运航线")
    assert not gives_alias("内台航路开通于哪一年", "内台航路，或称内台航线，是一条海运航线")
