"""Real pages (issue 25, point 2): a lead's dateline dated in full ('某某社北京2019年8月14日电')
states the story's date, and its outlet is named without the year. Texts are written for the
tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

import pytest

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
