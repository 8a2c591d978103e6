"""Answers a careful reader would give: the sentence holding what is asked, whole numbers
and words, exact keywords, and no answer when no article covers the question."""
from __future__ import annotations

import re

import pytest

from bot import render
from search.engine import Engine
from search.model import ResultPage
from search.qa.answers import best_sentence
from search.text.sentences import Weighted, sentences
from tests.support.made import answer_text, engine_from

# Invented articles (names, places and figures are fictional), one per file: title line,
# blank line, paragraphs.
ARTICLES = {
    "林墨": "林墨是一位虚构的书法家和诗人。林墨于1340年出生于云岭县的一个书香门第，自幼随父习字。"
            "他一生创作了大量诗文，晚年隐居青石山。林墨于1420年过世，享年八十岁。",
    "黑尾石斑鱼": "黑尾石斑鱼是一种虚构的海水鱼。本鱼体型侧扁，头长约为体长的三分之一，体高与头长相近。"
                "体长可达23.7公分，体重约1.2公斤。本鱼分布于南海诸岛的珊瑚礁区域。",
    "云岭县": "云岭县位于青州省西南部，是一个以茶叶闻名的山区县。"
            "云岭县的茶叶种植始于明代，当地人以采茶、制茶为生，县城周边的山坡上遍布茶园，每年春季吸引大量游客前来观光、"
            "采茶和品茶，县政府近年来又修建了茶叶博物馆和多条登山步道，并且在2019年把每年四月定为茶文化月，"
            "茶文化月期间举办斗茶大赛、茶艺表演和茶叶交易会，吸引了来自全国各地的茶商和游客，带动了当地的旅游、餐饮和住宿业的发展。",
    "星河乐团": "星河乐团是一个虚构的摇滚乐队。乐团曾为Hey! Say! JUMP创作歌曲，也为多部电视剧演唱主题曲。"
              "乐团由青州文化传媒公司组建，成员共有五人。乐团的歌词富有文化内涵。",
    "弘扬青石山精神 共建和美家园": "青石山镇大力弘扬“勤劳朴实、团结互助、敢为人先”的青石山精神，各项事业稳步发展。"
                     "全镇完善考核评分标准，把创建情况作为各单位年度考核的重要内容，做到“有领导、有目标、有措施”。"
                     "镇里还组织青年志愿者走访老人，开展义诊和文艺演出。",
    "维勒化学奖": "维勒化学奖是一个虚构的化学奖项，以化学家维勒命名，每年颁发给在无机化学领域有突出贡献的青年学者。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("made"))


# -- 1. the sentence that holds what the question asks for ----------------------------
def test_when_question_takes_the_date_of_the_event_asked(made):
    assert "1420年" in answer_text(made, "林墨在哪一年過世？")  # traditional question too
    assert "1340年" in answer_text(made, "林墨是哪一年出生的？")


def test_how_much_question_takes_the_quantity_with_its_unit(made):
    assert "23.7公分" in answer_text(made, "黑尾石斑鱼的体长是多少？")


def test_where_and_who_questions_take_places_and_names(made):
    assert "南海" in answer_text(made, "黑尾石斑鱼分布在哪里？")
    assert "青州文化传媒公司" in answer_text(made, "星河乐团是由谁组建的？")


def test_what_question_about_the_title_subject_takes_its_quoted_content(made):
    # the subject is the article's own title word, so only the 'what' reading finds the sentence
    assert "勤劳朴实" in answer_text(made, "青石山精神的内涵是什么？")


def test_long_sentence_gives_the_clause_with_context(made):
    text = answer_text(made, "云岭县把哪个月定为茶文化月？")
    assert "四月" in text and len(text) <= 150
    long_sentence = max((ARTICLES["云岭县"][a:b] for a, b in sentences(ARTICLES["云岭县"])), key=len)
    assert len(long_sentence) > 150 and text in long_sentence


def test_answers_never_start_with_a_byline(built):
    text = answer_text(built, "昌吉市模拟煤矿冲击地压事故应急救援实战演练是什么时候举行的？")
    assert "4月28日" in text
    assert not re.match(r"本报讯|\s*(记者|通讯员)", text)


def test_ascii_punctuation_inside_latin_text_ends_no_sentence(made):
    text = ARTICLES["星河乐团"]
    assert "乐团曾为Hey! Say! JUMP创作歌曲，也为多部电视剧演唱主题曲。" in [text[a:b] for a, b in sentences(text)]
    assert "Hey! Say! JUMP创作歌曲" in answer_text(made, "星河乐团为哪个组合创作过歌曲？")


# -- 2. dates and numbers with units are units of matching ----------------------------
def test_a_date_matches_as_a_whole(built):
    page = built.search("昌吉市 2022年7月")
    assert page.hits
    assert all("2022年7月" in built.show(h.id).text for h in page.hits)


def test_a_year_does_not_match_inside_a_longer_number(made):
    assert [h.title for h in made.search("420年").hits] == []
    assert [h.title for h in made.search("1420年").hits] == ["林墨"]


def test_a_question_with_a_date_is_answered_from_the_sentence_holding_it(built):
    assert "2022年7月" in answer_text(built, "昌吉市2022年7月获得了什么称号？")


# -- 3. keyword searches are exact about their words ----------------------------------
@pytest.mark.parametrize("q", ["民族团结", "民族團結", "民族团结 昌吉"])
def test_keyword_search_returns_only_articles_holding_the_words(built, q):
    page = built.search(q, per_page=50)
    assert page.hits and not page.broadened
    for h in page.hits:
        a = built.show(h.id)
        assert "民族团结" in a.title + a.text


def test_broader_match_only_when_nothing_holds_all_words_and_the_reply_says_so(built):
    page = built.search("民族团结 冲击地压")  # each is in the seeds, never together
    assert page.hits and page.broadened
    reply = render.results("k" * 12, page)
    assert "没有文章同时包含全部关键词" in reply.text
    exact = built.search("民族团结")
    assert "没有文章同时包含全部关键词" not in render.results("k" * 12, exact).text


# -- 4. no article, no answer -----------------------------------------------------------
def test_question_about_an_absent_name_gets_related_articles_not_an_answer(made):
    page, found = made.query("庞维勒在化学领域有什么贡献？")
    assert found is None
    assert "庞维勒" in page.uncovered
    reply = render.results("k" * 12, page, found)
    assert "没有文章涉及" in reply.text and "庞维勒" in reply.text and "💡" not in reply.text


def test_sibling_species_is_not_an_answer(made):
    _page, found = made.query("白尾石斑鱼的体长是多少？")
    assert found is None


def test_questions_of_common_words_are_still_answered(built):
    assert "硫磺沟煤矿" in answer_text(built, "昌吉市煤矿应急救援演练在哪个煤矿举行？")


# -- 5. snippets never cut a number or a word -------------------------------------------
@pytest.mark.parametrize("q", ["捐物", "民族团结", "结对认亲", "冲击地压"])
def test_snippets_cut_only_between_words(built, q):
    for h in built.search(q).hits:
        body = built.show(h.id).text
        core = h.snippet.text.strip("…")
        at = body.find(core)
        assert at >= 0, core
        end = at + len(core)
        for left, right in ((body[at - 1:at], body[at:at + 1]), (body[end - 1:end], body[end:end + 1])):
            assert not (left[-1:].isdigit() and (right[:1].isdigit() or right == ".")), h.snippet.text
            assert not (left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() and right[:1].isalpha())
    assert any("269.09万件" in h.snippet.text for h in built.search("捐物").hits)


def test_result_page_defaults_keep_old_callers_working():
    page = ResultPage(query="x", total=0, page=1, per_page=3)
    assert page.uncovered == () and page.broadened is False


def test_a_list_sharing_the_subject_does_not_outrank_what_is_said_of_it():
    # Invented: to 白玉糕有什么特色？ the sentence saying what is special (特别) about it is
    # the answer; a list that merely names it with others (、) is not. (A list scoring almost
    # as well may come beside it, as any such sentence does: answers.RIVAL.)
    text = "白玉糕、麻饼和桃酥都是青州的点心。白玉糕口感特别，入口即化。"
    forms = [Weighted(1, "白玉糕", 2.0)]
    best = best_sentence(text, forms, "白玉糕有什么特色？")
    assert best is not None and "入口即化" in best[1].text
