"""A name the question asks about must be in the answering article as that name: a dotted
foreign name whole (not its last part inside a longer name), a name with the part jieba
cut off it, a title in 《》 whole, and a three-digit year not inside a four-digit one."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.query import parse
from search.text.analysis import tagged
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "科斯塔帝国": "科斯塔帝国是一个虚构的古国。帝国的名将有贝利萨、奥斐卢斯等人，"
              "他们都出身于青川国的军人世家。",
    "白河周刊": "亨利·盧斯是一位虚构的出版商，生于青川国，创办了白河周刊。",
    "青川城": "青川城是一座虚构的城池，始建于1643年，城墙高五米，由总督林远舟主持修建。",
    "白河寺": "白河寺是一座虚构的寺院，建于公元643年，由僧人慧远创建。",
    "西川国": "耶律大石率部进入青川境内，自称青川王，后来建立了西川国。",
    "青川志": "《青川志》是一部虚构的地方志，成书于1820年，记载了青川物产的起源。",
    "北原": "北原是一个虚构的小镇。镇上的耶律家族经营一家书店，水手彼得住在金山街。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("whole_names"))


def test_a_dotted_name_is_required_whole():
    text = "彼得·卢斯是哪国人？"
    assert "彼得·卢斯" in parse(text).distinctive(lambda w: True, tagged(text))


def test_another_person_with_the_same_last_name_is_declined(made):
    page, found = made.query("彼得·卢斯出身于青川国的什么世家？")
    assert found is None


def test_a_dotted_name_the_article_holds_is_answered(made):
    page, found = made.query("亨利·卢斯创办了什么周刊？")
    assert page.uncovered == ()
    assert found is not None and "白河周刊" in found.sentence.text


def test_a_three_digit_year_is_not_inside_a_four_digit_one(made):
    page, found = made.query("643年青川城的城墙由谁主持修建？")
    assert found is None


def test_a_three_digit_year_the_article_holds_is_answered(made):
    page, found = made.query("643年建成的白河寺由谁创建？")
    assert found is not None and "慧远" in found.sentence.text


def test_the_rest_of_a_name_jieba_cut_off_is_required(made):
    page, found = made.query("耶律金山率部进入青川境内后自称什么？")
    assert found is None


def test_the_whole_name_the_article_holds_is_answered(made):
    page, found = made.query("耶律大石在青川境内自称什么？")
    assert found is not None and "青川王" in found.sentence.text


def test_a_title_in_book_marks_is_required_whole(made):
    page, found = made.query("《青川物产起源》成书于哪一年？")
    assert found is None


def test_a_title_the_article_holds_is_answered(made):
    page, found = made.query("《青川志》成书于哪一年？")
    assert found is not None and "1820年" in found.sentence.text
