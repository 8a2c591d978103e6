"""A key naming the headline at its edges: spaced out as disclosure tables set it, over a
short diary title, or in a title cell sharing its row with the date. Texts are written for
the tests, modelled on the forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

_NOTICE = ("本月起,市图书馆将周末开放时间延长至晚上九点,方便上班族和学生借阅。\n"
           "馆方表示,延时期间自助借还机和阅览区照常开放,读者凭借书证即可入馆。\n")


def test_a_title_key_spaced_out_as_forms_set_it_is_dropped() -> None:
    """Disclosure tables space the key's two characters to the width of the others ('标　　题')."""
    for key in ("标　　题", "标 题"):
        page = (f"| 索 引 号:00456/2024-0131 | |\n| {key}:图书馆周末延时开放 | |\n"
                "| 发布日期:2024-05-02 | |\n" + _NOTICE)
        assert one(page).title == "图书馆周末延时开放", key


def test_a_title_cell_sharing_its_row_with_the_date_gives_the_headline_alone() -> None:
    """'| 标题:Headline | 发布日期:… |': the date cell goes to the metadata, and neither the
    row's opening pipe nor the key is the headline's."""
    a = one("| 标题:图书馆周末延时开放 | 发布日期:2024-05-02 |\n" + _NOTICE)
    assert (a.title, a.date) == ("图书馆周末延时开放", "2024-05-02")


def test_short_diary_titles_after_their_key_lose_the_key() -> None:
    """A diary's posts are often titled in two characters ('篇名: 雨夜')."""
    page = ("篇名: 雨夜\n作者: 小林 日期: 2019.04.02\n"
            "  昨晚下了一整夜的雨,窗外的老樹被吹得沙沙作響,我泡了一壺茶,聽著雨聲直到天亮。\n\n"
            "篇名: 秋思\n作者: 小林 日期: 2019.10.12\n"
            "  秋天到了,院子裡的桂花開得正好,母親又開始張羅著做桂花糕,滿屋都是甜甜的香氣。\n")
    assert [(a.title, a.date) for a in stories(page)] == [("雨夜", "2019-04-02"), ("秋思", "2019-10-12")]
