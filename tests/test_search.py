"""What a user searching the seed articles gets back."""
from __future__ import annotations

from dataclasses import replace

import pytest

from search.engine import Engine
from search.params import RankingParams


def titles(page):
    return [h.title for h in page.hits]


def test_quoted_phrase_matches(built):
    page = built.search('"民族团结"')
    assert page.total >= 3
    assert all("民族团结" in (built.show(h.id).text + h.title) for h in page.hits)


def test_phrase_requires_adjacency(built):
    loose = built.search("应急 演练")
    tight = built.search('"应急演练"')
    assert loose.total >= 1
    for h in tight.hits:
        assert "应急演练" in built.show(h.id).text.replace(" ", "")


def test_traditional_query_finds_simplified_text(built):
    assert titles(built.search("煤礦應急救援演練"))[0] == "昌吉市组织开展煤矿应急救援演练"
    assert "吐鲁番" in titles(built.search("吐魯番"))[0]


@pytest.mark.parametrize("q,marker", [("4.88万", "4.88万"), ("44887元", "44887元"), ("2.5万人次", "2.5万人次")])
def test_numbers_with_units_are_findable(built, q, marker):
    page = built.search(q)
    assert page.total >= 1 and marker in built.show(page.hits[0].id).text


def test_natural_question_is_not_an_and_of_every_word(built):
    page = built.search("吐鲁番市有多少个互嵌式村庄？")
    assert page.hits and "吐鲁番" in page.hits[0].title


@pytest.mark.parametrize("q", ["上海迪士尼门票多少钱", "比特币今天的价格", "京ICP备05048973号",
                               "工商银行北京和平里北街支行", "户名:民族团结杂志社"])
def test_unanswerable_and_boilerplate_queries_get_nothing(built, q):
    assert built.search(q).total == 0
    assert built.ask(q) is None


def test_exclusion(built):
    with_drill = {h.id for h in built.search("昌吉市", per_page=50).hits}
    without = {h.id for h in built.search("昌吉市 -演练", per_page=50).hits}
    assert without and without < with_drill
    assert all("演练" not in built.show(i).text for i in without)


def test_keyword_list_means_all_keywords(built):
    page = built.search("志愿服务 倡议书")
    assert titles(page)[0] == "全民参与公益 倡议书"
    for h in page.hits:
        text = built.show(h.id).text + h.title
        assert "志愿" in text and "倡议" in text


def test_single_character_and_part_of_word(built):
    assert "煤矿" in titles(built.search("煤"))[0]
    assert any("铁门关" in built.show(h.id).text for h in built.search("门关").hits)


@pytest.mark.parametrize("q", [
    '"民族团结', '民族"团结""', "AND", "OR", "NOT", "*", "?", "field:(", "title:", "()", "[]{}^~",
    "民族" * 2500, "😀🎉", "\x00\x01\x1b[31m", "\u200b\u200e\ufeff", "-", "--", '-""', "", "   ",
    "\ud800" if False else "𠀀𪚥", "a" * 5000, "AND OR NOT 民族", "民族 AND", "\\", "%s%n",
])
def test_hostile_queries_never_raise(built, q):
    page = built.search(q)
    assert page.total >= 0
    built.ask(q)


def test_snippet_marks_matched_terms(built):
    hit = built.search("冲击地压").hits[0]
    marked = [hit.snippet.text[s.start:s.end] for s in hit.snippet.spans]
    assert "冲击地压" in marked or ("冲击" in marked and "地压" in "".join(marked))


def test_pages_are_disjoint_and_ordered(built):
    one, two = built.search("民族", page=1, per_page=3), built.search("民族", page=2, per_page=3)
    assert one.total == two.total > 3
    assert not {h.id for h in one.hits} & {h.id for h in two.hits}
    scores = [h.score for h in one.hits + two.hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("q,expected", [
    ("昌吉市煤矿应急救援演练在哪个煤矿举行？", "硫磺沟煤矿"),
    ("第二师铁门关市的民生支出累计投入了多少？", "278.8亿元"),
    ("呼图壁县村民种植哪些蘑菇？", "茶树菇"),
    ("克拉玛依区的121工作法具体是什么？", "每周开一次推进会"),  # filler words do not block
    ("千名硕士进昌吉培训由哪些单位举办？", "州党委组织部"),  # not the lead that repeats the title
    ("昌吉市委统战部志愿者去了哪个乡？", "庙尔沟乡"),
])
def test_ask_returns_the_answer_sentence_with_its_source(built, q, expected):
    answer = built.ask(q)
    assert answer is not None and expected in answer.sentence.text
    assert answer.sentence.text in built.show(answer.article.id).text


def test_show_unknown_id(built):
    assert built.show("nope") is None
    assert built.show("file:000_4ff93c783d788243.txt") is None


def test_latest_lists_newest_dates_first(built):
    dates = [h.date for h in built.latest(20) if h.date]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-07-16"


@pytest.fixture
def as_large(built):
    """The seed index treated as a large one: phrases checked on stored text, common
    terms left out of retrieval."""
    return Engine(built.index_dir, built.seeds_dir, params=RankingParams(large_index=1, common_share=0.3))


def test_large_index_phrases_are_checked_on_the_text(built, as_large):
    page = as_large.search('"意识抖音"')  # 意识”抖音: punctuation between the words
    assert page.total == 1 and "抖音" in as_large.show(page.hits[0].id).text
    for h in as_large.search('"民族团结"', per_page=50).hits:
        assert "民族团结" in as_large.show(h.id).text + h.title
    assert as_large.search('"团结民族"').total == 0


def test_large_index_keeps_answers_and_floor(as_large):
    assert "吐鲁番" in as_large.search("吐鲁番市有多少个互嵌式村庄？").hits[0].title
    assert "278.8亿元" in as_large.ask("第二师铁门关市的民生支出累计投入了多少？").sentence.text
    assert as_large.search("上海迪士尼门票多少钱").total == 0
    assert all("演练" not in as_large.show(h.id).text for h in as_large.search("昌吉市 -演练").hits)


def test_capped_examination_is_deterministic_and_pages_agree(as_large):
    as_large = Engine(as_large.index_dir, as_large.seeds_dir, params=replace(as_large.ranker.params, max_examined=4))
    first = [h.id for h in as_large.search("民族", per_page=2).hits]
    assert first == [h.id for h in as_large.search("民族", per_page=2).hits] and len(first) == 2
    second = [h.id for h in as_large.search("民族", page=2, per_page=2).hits]
    assert not set(first) & set(second)
