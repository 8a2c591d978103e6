"""An article may call its subject by another name than its title (search.qa.subjects): a
passage titled 卡尔·勃朗特 that opens "布兰德以其…" speaks of 布兰德, and its sentences then say
他. The name it opens on, when the question holds it, is held by the support check and the
character-pair check as the title is. The articles and sentences here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.subjects import called
from search.qa.support import restates, supports

TITLE = "卡尔·勃朗特"
BODY = ("布兰德以其沉稳的性格闻名，曾三次出任港务局局长。"
        "他多年来大量吸烟，又常年熬夜，一直有严重的哮喘。")
SENTENCE = "他多年来大量吸烟，又常年熬夜，一直有严重的哮喘。"
ASKED = "布兰德长期患有什么严重的疾病"
FIELDS = {"title": TITLE, "body": BODY}


def _groups(*words: tuple[str, float]) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), weight, i)] for i, (w, weight) in enumerate(words)]


GROUPS = _groups(("布兰德", 6.0), ("长期", 2.5), ("患有", 3.0), ("严重", 1.5), ("疾病", 3.8))


def test_the_name_an_article_opens_on_is_what_it_calls_its_subject():
    assert called(FIELDS, ASKED) == "布兰德"
    assert called(FIELDS, "港务局局长是谁") is None  # the question does not name it
    assert called({"title": "布兰德", "body": BODY}, ASKED) is None  # it is the title itself
    town = {"title": "北河镇", "body": "1950年代，北河镇修建了第一座水电站。"}
    assert called(town, "1950年代北河镇修建了什么") is None  # a date is no name


def test_the_opening_name_is_held_by_the_support_check():
    assert not supports(BODY, SENTENCE, TITLE, GROUPS, DEFAULT, named_title=False)
    assert supports(BODY, SENTENCE, TITLE, GROUPS, DEFAULT, named_title=False, called="布兰德")


def test_it_does_not_lower_the_floor_of_an_article_the_question_does_not_name():
    groups = _groups(("布兰德", 6.0), ("港务局", 5.0), ("改革", 4.0), ("失败", 4.0), ("原因", 3.0))
    assert not supports(BODY, SENTENCE, TITLE, groups, DEFAULT, named_title=False, called="布兰德")


def test_the_opening_name_counts_for_the_character_pairs_as_the_title_does():
    asked = "布兰德因何离开了港务局"
    sentence = "1962年，他因病辞职。"
    body = "布兰德以其沉稳的性格闻名。1962年，他因病辞职。"
    assert not restates(asked, body, sentence, TITLE, DEFAULT)
    assert restates(asked, body, sentence, f"{TITLE}\n布兰德", DEFAULT)
