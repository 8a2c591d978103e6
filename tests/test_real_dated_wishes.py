"""A wish or a call closing a letter or a notice, ending on a cry and dated on its line: no
headline with its date after it, nor a list item beside the next page's dated headline.
Texts are written for the tests, modelled on the forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

_NOTICE = ("本月起,市图书馆将周末开放时间延长至晚上九点,方便上班族和学生借阅。\n"
           "馆方表示,延时期间自助借还机和阅览区照常开放,读者凭借书证即可入馆。\n")
_TOWN = ("鎮公所今天上午在活動中心舉辦長者健康講座,邀請醫師說明冬季保暖與用藥注意事項,現場座無虛席。\n"
         "鎮長致詞時表示,未來將每季舉辦一次,讓長輩在家門口就能獲得正確的健康知識。\n")


def test_a_closing_wish_dated_on_its_line_is_no_headline() -> None:
    """A letter's closing wish ends on a cry with the day after it; the lines under it are
    still the letter's, not a story of their own."""
    page = ("校长新年致辞\n发布时间:2024-02-09\n" + _NOTICE
            + "祝全校师生新春快乐、阖家幸福! 2024年2月9日\n"
            "附:寒假期间图书馆开放时间表,请同学们合理安排时间,按时归还所借图书,逾期将暂停借阅资格。\n")
    a = one(page)
    assert a.title == "校长新年致辞"
    assert "新春快乐" in a.text and "寒假期间" in a.text


def test_a_dated_closing_wish_does_not_hide_the_next_pages_headline() -> None:
    """Pages joined by one line break: a notice closing on a dated wish, then the next page's
    dated headline. The wish is no list item next to it; the next page keeps its headline."""
    page = ("图书馆周末延时开放\n发布时间:2024-05-02\n" + _NOTICE
            + "欢迎广大读者届时前来借阅! 2024年5月2日\n鎮公所舉辦長者健康講座 2024年11月20日\n" + _TOWN)
    arts = stories(page)
    assert [(a.title, a.date) for a in arts] == [("图书馆周末延时开放", "2024-05-02"),
                                                 ("鎮公所舉辦長者健康講座", "2024-11-20")]
    assert "健康講座" not in arts[0].text
