"""Real pages (issue 25, point 2), round six: lines pages set between the headline and the
text that are not the headline (a reporters' credit, the original headline of a reprint, a
government page's metadata table, a view counter). Texts are written for the tests,
modelled on those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles
from tests.support.pages import one

HEAD = "县里新修八十公里农村公路"
TEXT = ("今年以来，全县新修农村公路八十公里，沿线二十多个村的群众出行更方便了。\n"
        "下一步还将修通剩下的断头路，让每个自然村都通上硬化路。\n")



@pytest.mark.parametrize("credit", [
    "山城社记者 周小川、李明、王一",  # the wire, then its reporters
    "华盛顿记者周小川、李明/山城报",  # a place, the reporters and the paper
])
def test_reporters_credit_under_the_headline_is_no_headline(credit):
    a = one(HEAD + "\n\n" + credit + "\n\n" + TEXT)
    assert a.title == HEAD


@pytest.mark.parametrize("credit", ["山城社记者 周小川、李明、王一", "华盛顿记者周小川、李明/山城报"])
def test_reporters_credit_in_a_dump_does_not_open_a_new_story(credit):
    """A dump of wire stories, each a title over its lead: a bare title there opens a story,
    so the credit line under a lead must be known as a credit, not taken for a title."""
    other = "山城社南京2月26日电 全省春耕备耕工作全面展开，各地抢抓农时。\n"
    text = ("全省春耕备耕全面展开\n" + other + "\n" + HEAD + "\n山城社北京2月27日电\n\n" + credit + "\n\n"
            + TEXT)
    arts = [a for a in split_articles(text, "dump.txt") if a.kind == "article"]
    assert [a.title for a in arts] == ["全省春耕备耕全面展开", HEAD]


def test_a_headline_naming_reporters_stays_a_headline():
    title = "独立记者刘虎、巫英被拘 律师称将申诉"
    a = one(title + "\n\n" + TEXT)
    assert a.title == title


def test_original_headline_of_a_reprint_is_not_taken_for_the_headline():
    a = one(HEAD + "\n原标题：今年全县新修农村公路八十公里沿线群众出行更方便\n" + TEXT)
    assert a.title == HEAD


def test_government_metadata_table_rows_are_no_headline():
    page = ("首页 > 县政府办公室信息公开 > 信息浏览\n"
            "信息分类: 通知   发布机构: 某县人民政府办公室\n"
            "生成日期: 2026-01-23 文号:\n"
            "废止时间: 2028-01-23 名称: 某县人民政府关于印发工作规则的通知\n\n"
            "某县人民政府关于印发工作规则的通知\n\n" + TEXT)
    a = one(page)
    assert (a.title, a.date) == ("某县人民政府关于印发工作规则的通知", "2026-01-23")
    assert "发布机构" not in a.text


def test_government_table_with_values_under_their_keys():
    """'• 发文机构:' on one line, its value on the next: neither is the headline."""
    page = ("某县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2026-001005\n  • 主题分类:\n\n"
            "  • 发文机构:\n\n    县政府网站\n  • 发布日期:\n\n    2026年04月06日 16:34\n  • 内容概述:\n\n"
            "某县人民政府工作规则\n\n" + TEXT)
    a = one(page)
    assert (a.title, a.date) == ("某县人民政府工作规则", "2026-04-06")
    assert "县政府网站" not in a.text and "索引号" not in a.text


def test_view_counter_between_headline_and_text():
    a = one(HEAD + "\n\n百科12345人已围观\n\n" + TEXT)
    assert a.title == HEAD and "围观" not in a.text


def test_page_header_date_in_a_dump_goes_to_the_next_page():
    """A dump: one page's text, then the next page opening on its header's date set apart
    above its headline. The date is the second story's, not a signature of the first."""
    first = "山城新闻\n\n全省春耕备耕全面展开\n\n" + "全省各地抢抓农时，春耕备耕工作全面展开，农资供应充足。\n" * 2
    second = "2026年3月8日 星期日\n\n" + HEAD + "\n\n" + TEXT
    arts = [a for a in split_articles(first + "\n" + second, "dump.txt") if a.kind == "article"]
    assert [(a.title, a.date) for a in arts] == [("全省春耕备耕全面展开", None), (HEAD, "2026-03-08")]


@pytest.mark.parametrize("issue", ["《山城日报》(2026年05月08日第 09 版)", "《 山城日报 》（ 2026年05月08日 09 版）"])
def test_paper_issue_line_under_a_reprinted_headline(issue):
    """A reprint names the paper, day and page it ran on under the headline: that is the
    story's date and source, not its headline."""
    a = one(HEAD + "\n" + issue + "\n" + TEXT)
    assert (a.title, a.date, a.source) == (HEAD, "2026-05-08", "《山城日报》")


def test_a_book_title_with_a_year_is_no_paper_issue():
    a = one("《山城往事》(2008年)\n\n" + TEXT)
    assert a.date is None


def test_of_two_dates_above_the_headline_the_nearer_is_the_storys():
    """The header's clock, then the story's own dated line right above its headline."""
    a = one("2026年3月4日 星期三\n\n2026-02-27 10:20  来源：山城日报\n" + HEAD + "\n" + TEXT)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", "山城日报")


def test_list_item_date_above_the_next_item_is_not_the_storys():
    """A list page: the item cut above left its date line; the story's own comes next."""
    a = one("2026-06-24 健康.预防\n\n更多>>\n\n2026-06-23 健康.疫苗\n" + HEAD + "\n" + TEXT)
    assert a.date == "2026-06-23"


def test_metadata_opening_the_next_page_in_a_dump_is_no_trailer():
    """A dump of pages that set their paragraphs apart: a page's text, its footer, then the
    next page opening on its metadata block above its headline. The metadata dates the
    second story, not the first."""
    para = "全省各地抢抓农时，春耕备耕工作全面展开，农资供应充足。\n\n"
    first = "全省春耕备耕全面展开\n\n" + para * 2 + "【责任编辑：王五】\n"
    second = "\n发布日期: 2026-01-23  来源: 县政府办公室\n作者: 李四\n\n" + HEAD + "\n\n" + TEXT.replace("\n", "\n\n")
    arts = [a for a in split_articles(first + second, "dump.txt") if a.kind == "article"]
    assert [(a.title, a.date) for a in arts] == [("全省春耕备耕全面展开", None), (HEAD, "2026-01-23")]


def test_trailer_after_a_footer_still_closes_its_own_story():
    """Metadata after the text, with no headline and text under it, stays the story's."""
    text = HEAD + "\n\n" + TEXT.replace("\n", "\n\n") + "【责任编辑：王五】\n\n发布日期: 2026-01-23  来源: 山城日报\n"
    a = one(text)
    assert (a.title, a.date, a.source) == (HEAD, "2026-01-23", "山城日报")
