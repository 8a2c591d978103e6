"""A story cut in two at a section heading is joined only on evidence that the lines under
the heading go on with it. These pages hold the opposite: an indented next story under a
dated, flush headline, which an earlier rule ('an indented heading under a flush headline
goes on its story') glued on. Each must stay two stories. Texts are written for the tests,
modelled on real pages; none is copied from one."""
from __future__ import annotations

from tests.support.pages import stories

# a dated feature under a flush headline, its paragraphs indented as many sites set them
_FEATURE = ("夜班公交司机的一天：末班车开到凌晨一点\n"
            "2024-05-14 09:30  来源：江城晚报\n\n"
            "  晚上十一点，老郑把车开出终点站，车厢里只坐着三名刚下班的护士，她们一上车就靠着窗睡着了。\n\n"
            "  这条线路开通八年，他开了六年，熟悉沿途每一个路灯和每一位常客，谁在哪一站下车他都记得。\n\n"
            "  遇上雨夜，他会把车停得离站台近一些，让乘客少淋几步雨。\n\n")


def _titles(text: str) -> list[str]:
    return [a.title for a in stories(text)]


def test_an_unrelated_story_with_an_undated_lead_stays_apart() -> None:
    """A reader asking about the library gets the library story, not the bus driver's."""
    page = _FEATURE + ("  江城图书馆新馆下月试开放\n\n"
                       "  记者从市文化局了解到，江城图书馆新馆将于下月试开放，藏书约一百二十万册。\n\n"
                       "  新馆设有少儿阅览区和自习室，试开放期间需在网上预约入馆。\n")
    assert _titles(page) == ["夜班公交司机的一天：末班车开到凌晨一点", "江城图书馆新馆下月试开放"]


def test_a_teaser_with_no_label_under_the_story_stays_apart() -> None:
    """A related story's headline and one-line teaser at the page's end, with no 相关新闻
    over them, is not the feature's last section."""
    page = _FEATURE + ("  外卖站长的早高峰：一小时派出三百单\n\n"
                       "  早上七点，城南一家外卖站点已经忙了起来，站长正在分配订单。\n")
    titles = _titles(page)
    assert len(titles) == 2 and titles[1] == "外卖站长的早高峰：一小时派出三百单"


def test_the_next_page_of_a_dump_after_blank_lines_stays_apart() -> None:
    """Three blank lines mark a page boundary in a dump: the next page's story is its own."""
    page = _FEATURE + ("\n\n\n  江城多个路段明起夜间施工\n\n"
                       "  市交管部门发布通告，因管线改造，江城多个路段明起每晚十点后分段施工。\n\n"
                       "  施工期间相关路段限速每小时三十公里，请驾驶人注意绕行。\n")
    assert len(stories(page)) == 2


def test_a_next_story_sharing_only_a_place_name_stays_apart() -> None:
    """Local pages name their town in every headline: one shared name is no evidence that
    the next story is a section of this one."""
    page = ("江城老街上的修鞋摊\n\n"
            "  每天清晨六点，老李就在江城老街的路口支起修鞋摊，一坐就是一上午，来修鞋的多是老街坊。\n\n"
            "  他修鞋三十年，街坊都说他手艺好，收费也公道，谁家孩子的书包坏了也拿来让他缝。\n\n"
            "  江城老街明起封闭改造\n\n"
            "  江城老街改造工程明天开工，施工期间老街禁止机动车通行，工期约三个月。\n\n"
            "  改造完成后，老街将铺设新的排水管道，并增加二十个停车位。\n")
    assert _titles(page) == ["江城老街上的修鞋摊", "江城老街明起封闭改造"]


def test_a_section_heading_of_a_feature_still_stays_in_it() -> None:
    """The positive case these guards leave working: a short heading over text that goes on
    with the story's own words is a section of it."""
    page = _FEATURE + ("  凌晨的最后一站\n\n"
                       "  末班车到站时已是凌晨一点，老郑把车厢检查一遍，才把这辆公交车开回停车场。\n")
    arts = stories(page)
    assert len(arts) == 1 and "凌晨的最后一站" in arts[0].text
