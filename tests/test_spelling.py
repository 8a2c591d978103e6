"""Typos and pinyin (issue 24, point 6): a word the index lacks is respelled with the
index's own words, searched when sure, suggested otherwise; a correct query is left alone."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.spelling import Lexicon, Speller, one_slip, sound
from tests.support.made import engine_from


def titles(page) -> list[str]:
    return [h.title for h in page.hits]


@pytest.mark.parametrize(("typed", "meant"), [
    ("吐鲁翻", "吐鲁番"), ("昌吉洲", "昌吉州"), ("tulufan", "吐鲁番"), ("tu lu fan", "吐鲁番"), ("TuLuFan", "吐鲁番"),
    ("changji", "昌吉"),
])
def test_a_misspelled_name_is_searched_as_the_index_spells_it(built, typed, meant):
    page, _answer = built.query(typed, 1, 5)
    assert page.correction is not None and page.correction.applied
    assert page.correction.query == meant and page.query == typed
    assert page.hits and meant in page.hits[0].title


def test_a_misspelled_word_in_a_question_is_respelled_in_place(built):
    page, _answer = built.query("吐鲁翻有什么新闻", 1, 5)  # found nothing: searched respelled
    assert page.correction is not None and page.correction.applied
    assert page.correction.query == "吐鲁番有什么新闻" and page.correction.words == (("吐鲁翻", "吐鲁番"),)
    assert "吐鲁番" in page.hits[0].title


def test_a_question_that_found_articles_keeps_them_and_is_asked(built):
    page, _answer = built.query("吐鲁翻的葡萄节是哪天", 1, 5)  # 葡萄节 found the article
    assert page.correction is not None and not page.correction.applied
    assert page.correction.query == "吐鲁番的葡萄节是哪天" and page.total > 0


def test_same_sound_finds_the_name_a_wrong_character_hid(built):
    before = built.query("昌吉洲", 1, 10)[0]
    assert before.correction is not None
    assert all("昌吉州" in h.title or "昌吉州" in h.snippet.text for h in before.hits[:2])


def test_a_slip_is_only_suggested_when_the_query_found_nothing(built):
    page, _answer = built.query("吐鲁香", 1, 5)  # one character wrong
    assert page.correction is not None and not page.correction.applied
    assert page.correction.query == "吐鲁番" and page.total == 0
    assert built.query("吐鲁香是哪里", 1, 5)[0].correction.query == "吐鲁番是哪里"


def test_two_words_that_sound_alike_are_only_suggested(built):
    page, _answer = built.query("jinnian", 1, 5)  # 今年 and 近年, about as common
    assert page.correction is not None and not page.correction.applied
    assert page.correction.query in ("今年", "近年") and page.total == 0


def test_a_slip_is_left_alone_when_the_query_finds_the_article(built):
    page, _answer = built.query("克拉依", 1, 5)  # a character missing, but 克拉 finds Karamay
    assert page.correction is None and "克拉玛依" in page.hits[0].title


# Invented articles: a name and a word that stand together (云岭县茶叶, 青州港码头).
TOGETHER = {
    "云岭县茶叶博物馆开馆": "云岭县茶叶博物馆日前开馆，馆内展出了历代制茶工具和茶叶标本，吸引了不少游客。",
    "青州港码头扩建完工": "青州港码头扩建工程日前完工，新码头长六百米，可以同时停靠四艘货轮。",
}


@pytest.fixture(scope="module")
def together(tmp_path_factory) -> Engine:
    return engine_from(TOGETHER, tmp_path_factory.mktemp("together"))


@pytest.mark.parametrize(("typed", "meant", "title"), [
    ("云岭县茶页", "云岭县茶叶", "云岭县茶叶博物馆开馆"),  # 页 for 叶: a two-character word, same sound
    ("青州港码投", "青州港码头", "青州港码头扩建完工"),  # the slip cut by jieba across words (港码|投)
])
def test_a_slip_of_one_character_inside_a_longer_query_is_searched_respelled(together, typed, meant, title):
    """The words around the odd one confirm it: 云岭县 and 茶叶 stand together in an article."""
    page, _answer = together.query(typed, 1, 5)
    assert page.correction is not None and page.correction.applied and page.correction.query == meant
    assert page.hits and page.hits[0].title == title


def test_a_look_alike_character_inside_a_longer_query_is_asked_about(together):
    page, _answer = together.query("云岭县荼叶", 1, 5)  # 荼 for 茶: looks alike, sounds otherwise
    assert page.correction is not None and not page.correction.applied
    assert page.correction.query == "云岭县茶叶" and page.total == 0


def test_a_respelling_the_words_around_it_do_not_confirm_is_not_offered(together):
    page, _answer = together.query("青州港茶页", 1, 5)  # 茶叶 exists, but never after 青州港
    assert page.correction is None


@pytest.mark.parametrize("question", [
    "吐鲁番", "昌吉州", "昌吉市", "克拉玛依", "吐鲁番市有多少个互嵌式村庄？", "民族团结", "石榴籽是什么意思",
    "比特币今天的价格", "新疆的发展", "昌吉州上个月的新闻",
])
def test_a_query_whose_words_are_indexed_or_have_no_close_spelling_is_left_alone(built, question):
    page, _answer = built.query(question, 1, 5)
    assert page.correction is None


def test_no_indexed_word_searched_alone_is_ever_respelled(built):
    reader = built.backend.reader()
    _gen, terms = reader.lexicon()
    speller = Speller()
    words = [t for t in terms if 2 <= len(t) <= 6 and all("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(words) > 500
    assert [w for w in words if speller.suggest(reader, w) is not None] == []


def test_the_maps_by_sound_and_by_slip():
    lexicon = Lexicon(["吐鲁番", "吐鲁番市", "昌吉州", "昌吉", "重庆", "news"])
    assert sound("重庆") == "chongqing" and lexicon.same_sound("chongqing") == {"重庆"}
    assert lexicon.same_sound("吐鲁翻") == {"吐鲁番"} and lexicon.same_sound("吐鲁番") == set()
    assert lexicon.slips("吐鲁香") == {"吐鲁番"} and lexicon.slips("吐番市") == {"吐鲁番市"}
    assert lexicon.slips("吐鲁番市市") == {"吐鲁番市"} and lexicon.slips("昌吉") == set()
    assert one_slip("吐鲁番", "吐鲁番市") and not one_slip("吐鲁番", "鲁番吐")


def test_the_maps_follow_the_index_commit(fresh):
    fresh.ingest()
    speller, reader = fresh.speller, fresh.backend.reader()
    first = speller.lexicon(reader)
    assert speller.lexicon(fresh.backend.reader()) is first  # built once per commit
    (fresh.seeds_dir / "hami.txt").write_text("哈密瓜丰收\n\n哈密市的哈密瓜今年丰收。\n", "utf-8")
    fresh.ingest()
    later = speller.lexicon(fresh.backend.reader())
    assert later is not first and "哈密瓜" in later.same_sound("哈密挂")


def test_an_empty_index_answers_nothing_found_not_an_error(tmp_path):
    """A fresh index with no articles (an empty seed folder, or a first build cut short):
    respelling, source and vocabulary look-ups read an empty lexicon, and the reader gets
    nothing found rather than a crash."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    for text in ("吐鲁翻", "喀什日报 巴旦木", "光伏基地什么时候并网的？"):
        page, answer = engine.query(text)
        assert page.total == 0 and answer is None
