"""Real pages (issue 25): the day a reprint's lead states ('某某网2月15日报道'), against the
later day the reprinting page's metadata carries. Texts are written for the tests, modelled
on those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one, stories

HEAD = "湖畔社区举办新春联谊会 邻里共包汤圆"
TEXT = ("社区活动中心里摆起长桌，三十多户居民围坐一起包汤圆、写春联，"
        "社区民警也到场介绍了节日期间的防盗防骗常识。")
MORE = "活动结束后，志愿者把汤圆送到了行动不便的老人家中。"


@pytest.mark.parametrize("lead", ["【湖城网2月15日报道 记者林小雨】", "湖城网2月15日电 "])
def test_a_reprints_lead_states_its_own_day(lead: str):
    """A page posted five days after the day its lead states reprinted the story: the lead's day."""
    a = one(f"{HEAD}\n\n作者: 林小雨 日期:2019-02-20 10:34 来源:湖城网\n\n{lead}{TEXT}\n\n{MORE}\n")
    assert a.date == "2019-02-15"


def test_a_december_lead_under_a_january_page():
    """The lead's year is the one before the page's when its month is later than the page's."""
    a = one(f"{HEAD}\n\n日期:2020-01-03\n\n湖城网12月30日电 {TEXT}\n\n{MORE}\n")
    assert a.date == "2019-12-30"


@pytest.mark.parametrize("meta", ["日期:2019-02-16 07:20", "日期:2019-03-20 07:20"])
def test_the_pages_date_stands_a_day_or_weeks_after_the_lead(meta: str):
    """A next-morning posting of the evening's wire copy, or a lead's day far from the page's:
    the page's own date."""
    a = one(f"{HEAD}\n\n{meta}\n\n湖城网2月15日电 {TEXT}\n\n{MORE}\n")
    assert a.date == meta[3:13]


HEAD2 = "山区学校迎来新一批支教老师"
TEXT2 = ("秋季学期开学前，二十名支教老师来到山区学校，将在这里任教一年，"
         "学校为他们安排了宿舍和食堂，还组织了一次家访活动。")


@pytest.mark.parametrize("label", ["新聞", "即時"])
def test_a_section_label_and_clock_in_a_dump_date_the_next_page(label: str):
    """In a dump, a story's last paragraph, then the next page's section label over its date and
    clock, then its headline: the date is the next story's, not a signature of the one above."""
    text = (f"{HEAD}\n\n日期:2019-02-20\n\n{TEXT}\n\n{MORE}\n\n"
            f"{label}\n\n2025-07-29 09:14:08\n\n{HEAD2}\n\n{TEXT2}\n\n{MORE}\n")
    first, second = stories(text)
    assert (first.date, second.title, second.date) == ("2019-02-20", HEAD2, "2025-07-29")


def test_a_signature_under_a_story_still_dates_it():
    """A body signing the story and its day, with no clock: the story's own signature."""
    text = f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n湖畔社区\n\n2023年5月6日\n\n{HEAD2}\n\n{TEXT2}\n"
    assert stories(text)[0].date == "2023-05-06"
