"""The support check reads a name where a reader does (search.qa.lent): a name the sentence
before says is what the answer sentence's 他 stands for. A sentence that speaks of someone
else, with no pronoun, still does not answer. The articles and sentences here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.lent import lends, sentence_before
from search.qa.support import supports


def _groups(*words: tuple[str, float]) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), weight, i)] for i, (w, weight) in enumerate(words)]


def test_a_name_in_the_sentence_before_is_what_its_pronoun_stands_for():
    body = "1820年，罗兰继承了磨坊。同年冬天，他与邻村签订契约，换得了河道的使用权。"
    at = body.index("同年")
    assert sentence_before(body, at) == "1820年，罗兰继承了磨坊。"
    assert sentence_before("罗兰继承了磨坊。\n同年冬天，他与邻村签订契约。", 9) == ""  # another paragraph
    assert lends("罗兰", sentence_before(body, at))
    assert not lends("邻村", "")


def test_the_pronoun_lends_the_name_to_the_support_check():
    body = "1820年，罗兰继承了磨坊。同年冬天，他与邻村签订契约，换得了河道的使用权。"
    sentence = "同年冬天，他与邻村签订契约，换得了河道的使用权。"
    groups = _groups(("罗兰", 6.0), ("邻村", 3.0), ("换取", 3.0), ("什么", 0.5), ("权利", 3.0), ("经营", 3.0))
    assert supports(body, sentence, "磨坊", groups, DEFAULT, named_title=False)
    # without the pronoun, the sentence before names someone the sentence does not speak of
    plain = "同年冬天，村长与邻村签订契约，换得了河道的使用权。"
    assert not supports(body.replace(sentence, plain), plain, "磨坊", groups, DEFAULT, named_title=False)


def test_other_people_are_no_pronoun():
    """其他村民 speaks of other villagers, not of the man the sentence before named."""
    body = "1820年，罗兰继承了磨坊。同年冬天，其他村民与邻村签订契约，换得了河道的使用权。"
    sentence = "同年冬天，其他村民与邻村签订契约，换得了河道的使用权。"
    groups = _groups(("罗兰", 6.0), ("邻村", 3.0), ("换取", 3.0), ("什么", 0.5), ("权利", 3.0), ("经营", 3.0))
    assert not supports(body, sentence, "磨坊", groups, DEFAULT, named_title=False)
