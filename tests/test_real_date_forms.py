"""Real pages (issue 25): dates in forms several hosts share, written for the tests and modelled
on those forms; none is copied from a page."""
from __future__ import annotations

from search.sources.normal import normalise
from tests.support.pages import one, stories

TABLE = ("索引号: 001122/2021-00345  主题分类: 交通运输\n发文机关: 县政府办公室  成文日期: 2021-02-26\n"
         "发文字号: 某政办发〔2021〕7号\n")
HEAD = "县政府办公室关于印发乡村客运站点提升方案的通知"
TEXT = ("各乡镇人民政府，县直各单位：\n《乡村客运站点提升方案》已经县政府同意，现印发给你们，请认真贯彻执行。\n"
        "方案提出，年内新建候车亭四十座，改造站牌一百二十块，让村民在家门口等上班车。\n")


def test_spaced_numeric_date_under_the_headline():
    """'• 日期: 2021- 03- 09 16: 05' under a notice's headline, a government table's spacing:
    closed up, it is the day the notice was posted, nearer the story than the table's 成文日期."""
    a = one(f"{TABLE}{HEAD}\n  • 日期: 2021- 03- 09 16: 05\n  • 来源: 县政府办公室\n\n{TEXT}")
    assert a.date == "2021-03-09"
    assert a.title == HEAD


def test_spaced_digest_day_is_no_headline():
    """'2023 - 11 - 02(星期四)' over a digest's items: the digest's day, never its headline."""
    a = one("每日要闻摘编\n2023 - 11 - 02(星期四)\n\n(1) 河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行。\n"
            "(2) 县里的冬季供暖提前一周开始，老旧小区的管网已经完成检修。\n")
    assert a.date == "2023-11-02"
    assert "2023" not in a.title


def test_spaced_numbers_that_are_no_date_stay():
    """Closed up only when the parts make a month and a day: a season's years, a score."""
    assert normalise("联赛 2019 - 2020 - 2021 赛季回顾") == "联赛 2019 - 2020 - 2021 赛季回顾"
    assert normalise("比分 2014 - 13 - 40 领先") == "比分 2014 - 13 - 40 领先"
    assert normalise("登记日期: 2014- 07- 25 11: 20") == "登记日期: 2014-07-25 11:20"
    assert normalise("2024-05-01 10:00") == "2024-05-01 10:00"


ITEMS = (("河口镇渡口码头投入使用 两岸村民过河不再绕行",
          "河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里。", "2022-05-16 09:12:40"),
         ("县里冬季供暖提前一周开始 老旧小区管网完成检修",
          "县供热公司表示，今年的冬季供暖提前一周开始，老旧小区的管网已经检修完毕。", "2022-05-11 17:03:05"),
         ("山区学校新建塑胶跑道交付 学生告别泥土操场",
          "山区三所学校的塑胶跑道本月交付使用，学生们告别了下雨天一地泥的操场。", "2022-05-02 08:30:00"))


def test_stamp_under_each_item_of_a_list_dates_that_item():
    """A tag page lists items as headline / excerpt / time stamp: each stamp dates the item
    above it, the first item included, and each item is cut apart from the next. Before,
    each item took the stamp of the item above it and the first had none."""
    page = "标签：民生 下的文章\n\n" + "".join(f"{h}\n\n{t}\n\n{d}\n\n" for h, t, d in ITEMS)
    arts = stories(page)
    assert [(a.title, a.date) for a in arts] == [(h, d[:10]) for h, _t, d in ITEMS]


def test_stamps_over_their_items_stay_with_the_item_under_them():
    """A feed sets the stamp over each item (stamp / headline / text): the stamp is the item's
    under it, as before; an introduction above the first stamp takes none of them."""
    intro = "本频道简介\n\n本频道汇集县内民生新闻，每天更新。\n\n"
    page = intro + "".join(f"{d}\n\n{h}\n\n{t}\n\n" for h, t, d in ITEMS)
    dated = {a.title: a.date for a in stories(page)}
    assert [dated.get(h) for h, _t, _d in ITEMS] == [d[:10] for _h, _t, d in ITEMS]


def test_stamps_over_items_with_a_link_after_the_last():
    """The same feed with a 'more' link under its last item: still stamps over their items."""
    intro = "本频道简介\n\n本频道汇集县内民生新闻，每天更新。\n\n"
    page = intro + "".join(f"{d}\n\n{h}\n\n{t}\n\n" for h, t, d in ITEMS) + "查看更多民生新闻\n"
    dated = {a.title: a.date for a in stories(page)}
    assert [dated.get(h) for h, _t, _d in ITEMS] == [d[:10] for _h, _t, d in ITEMS]
