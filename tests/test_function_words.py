"""A question frames what it asks with function words (有一定的难度, 这位老人所说的话,
除非…不然): an article telling the same thing in its own words holds none of them, so
coverage is also read without them (search.qa.coverage.content_words), unless fewer than two
words would be left. The articles and questions here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved, answer_coverage, content_words, covers

LAKE = {"title": "山谷里的湖", "body": "青湖位于山谷之中，湖水清澈。冬季湖面结冰，渔民只能在冰上凿洞捕鱼。"}


def _groups(*words: tuple[str, float]) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), weight, i) for i, (w, weight) in enumerate(words)]]


def test_an_article_saying_the_thing_without_the_question_s_function_words_covers_it():
    # 青湖的渔民冬季为什么一定要凿洞捕鱼: 一定 (an adverb) frames it; the article says 只能
    groups = _groups(("青湖", 4.0), ("渔民", 2.0), ("冬季", 1.0), ("一定", 5.0), ("凿洞", 2.0), ("除非", 5.0))
    assert answer_coverage(LAKE["body"], groups, DEFAULT) < DEFAULT.answer_coverage  # 9 of 19
    assert covers(LAKE, 0.4, groups, "青湖的渔民冬季为什么一定要凿洞捕鱼", DEFAULT)
    kept = [r.word for g in content_words(groups) for r in g]
    assert kept == ["青湖", "渔民", "冬季", "凿洞"]


def test_the_content_words_must_still_be_held():
    groups = _groups(("青湖", 4.0), ("一定", 3.0), ("游船", 4.0), ("票价", 4.0))
    assert not covers(LAKE, 0.3, groups, "青湖的游船票价一定很贵吗", DEFAULT)


def test_a_question_left_with_one_word_is_read_whole():
    # 该书讲述了什么: without the pronoun 该书, 讲述 alone would be covered by any story
    groups = _groups(("该书", 4.0), ("讲述", 3.0))
    assert content_words(groups) is groups
    story = {"title": "渔歌", "body": "这首渔歌讲述了青湖渔民的生活。"}
    assert not covers(story, 0.4, groups, "该书讲述了什么内容", DEFAULT)


def test_a_question_without_function_words_is_read_as_it_is():
    groups = _groups(("青湖", 4.0), ("渔民", 2.0))
    assert content_words(groups) is groups
