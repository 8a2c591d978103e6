"""Real pages (issue 25): dates in forms several hosts share, written for the tests and modelled
on those forms; none is copied from a page."""
from __future__ import annotations

from search.sources.normal import normalise
from tests.support.pages import one

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
