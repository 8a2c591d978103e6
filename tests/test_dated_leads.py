"""Real pages (issue 25, point 2): a lead's dateline dated in full ('某某社北京2019年8月14日电')
states the story's date, and its outlet is named without the year; a government site's
header and document table date and credit the story; a label never stands as its source; in
a dump, a lead after a story its author line closed opens the next story.
Texts are written for the tests, modelled on forms seen on real pages; none is copied from a
page."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles
from tests.support.pages import one

HEAD = "山区小学新建塑胶操场投用"
BODY = ("山区小学的新操场今天正式投入使用，三百多名学生第一次在塑胶跑道上上体育课。\n"
        "操场由县教育部门出资建设，还配了篮球架和乒乓球台。\n")


@pytest.mark.parametrize(("lead", "outlet"), [
    ("山城社北京2019年8月14日电 ", "山城社"),  # a wire's dateline with the year
    ("山城日报2019年8月14日讯 ", "山城日报"),  # a paper's own lead with the year
    ("山城网2019年8月14日讯（记者 甲乙）", "山城网"),
    ("【山城电视台 2019 年 08 月 14 日讯】", "山城电视台"),  # a tag whose date the page spaced out
])
def test_a_lead_dated_in_full_dates_the_story(lead, outlet):
    a = one(HEAD + "\n\n" + lead + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2019-08-14", outlet)


def test_a_dateline_without_a_year_states_no_date():
    a = one(HEAD + "\n\n山城社北京8月14日电 " + BODY)
    assert (a.date, a.source) == (None, "山城社")


def test_a_paper_s_lead_on_a_line_of_its_own_is_no_headline():
    """E-papers set '本报某地9月25日讯' on its own line, the byline under it, then the text,
    which need not repeat the headline's words."""
    page = ("城东将建大医院\n\n  本报山城9月25日讯\n\n  记者 甲乙丙 通讯员 丁戊\n\n"
            "  城市扩张，公共服务先行。今天，某医院启动了综合医疗楼奠基仪式，预计两年后建成投用。\n"
            "  据了解，这家医院已形成以专科中心为龙头的格局。\n")
    a = one(page)
    assert a.title == "城东将建大医院"
    assert a.text.startswith("本报山城9月25日讯")


def test_a_government_site_header_with_its_address_dates_and_credits_the_story():
    page = ("当前位置: 首页>> 政务要闻\n\n" + HEAD
            + "\n某某省政府门户网站 www.example.gov.cn   2007年02月14日   来源:山城日报\n\n" + BODY)
    a = one(page)
    assert (a.title, a.date, a.source) == (HEAD, "2007-02-14", "山城日报")


def test_a_government_document_s_issue_date_and_issuer():
    """The information-disclosure table of a government document: 颁布时间 and 发文单位."""
    page = ("某省人民政府关于调整工作人员任免权限的通知\n\n某政[1985]38号\n\n"
            "颁布时间:1985-05-04 00:00:00.000 发文单位:某省人民政府\n\n" + BODY)
    a = one(page)
    assert (a.date, a.source) == ("1985-05-04", "某省人民政府")


def test_a_contact_key_below_the_text_is_never_the_source():
    a = one(HEAD + "\n\n" + BODY + "\n联络人:某市政府卫生局\n\n联络电话:04-22280000\n")
    assert a.source is None  # not '联络人:某市政府卫生局': a label is no source


def test_a_lead_after_a_story_its_author_line_closed_opens_the_next_story():
    """A dump: a one-paragraph story closed by '(作者:…)', then the next page's lead with no
    headline. The lead is no deck of the story above."""
    first = "沿江乡镇积极应对强降雨"
    text = (first + "\n\n持续的强降雨加之上游水库泄洪，导致境内河湖水位快速上涨，各乡镇连夜转移群众。\n\n\n"
            "(作者:张三 李四 王五)\n\n\n"
            "山城网讯(融媒体记者王小二)5月21日，州环保督导组来县调研督导整改工作。\n"
            "本轮督导主要针对第一轮交办问题的整改情况。\n")
    arts = [a for a in split_articles(text, "dump.txt") if a.kind == "article"]
    assert len(arts) == 2
    assert arts[0].title == first and "督导" not in arts[0].text
    assert arts[1].text.startswith("山城网讯")


def test_metadata_with_no_text_under_it_at_the_file_s_end_is_the_story_s():
    """A caption line, then the page's date and source, and no text after: they are the
    story's above, not a story of their own."""
    page = (HEAD + "\n\n" + BODY + "\n图为新操场一角\n发布时间：2023-04-05\n来源：山城日报\n")
    arts = [a for a in split_articles(page, "page.txt") if a.kind == "article"]
    assert [(a.title, a.date, a.source) for a in arts] == [(HEAD, "2023-04-05", "山城日报")]


def test_a_disclosure_table_row_with_empty_fields_names_the_issuing_body():
    """'索引号 … 发布机构 … 成文日期: 发文字号: 发布日期 …' (two fields left empty) over a notice."""
    page = ("索引号:202600000002 发布机构:某省市场监管局 成文日期: 发文字号: 发布日期:2026-02-11 16:52\n\n"
            "消费提示——年货选购需留心\n\n" + BODY)
    a = one(page)
    assert (a.title, a.date, a.source) == ("消费提示——年货选购需留心", "2026-02-11", "某省市场监管局")


def test_a_date_before_a_word_starting_with_dian_is_no_dateline():
    """'…2019年8月14日电价…' opens a sentence about power prices, not a wire's dateline."""
    a = one(HEAD + "\n\n会议决定2019年8月14日电价下调，居民用电每度降低两分钱。\n" + BODY)
    assert a.date is None
