"""Real pages (issue 25): the date a story states in forms many sites share: an American
page's month-first date and a dispatch's credit dated in digits. Texts are written for the
tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from search.sources.dates import find_date
from tests.support.pages import one

HEAD = "河口镇新建的渡口码头投入使用"
MORE = "码头旁还修了候船亭和停车场，节假日增开班次，镇上的果农也能把鲜果当天运到城里。"


def test_month_first_date_of_an_american_page():
    """'8/23/2019 9:15:02 AM': the day cannot be 23 months, so the month comes first; a date
    that reads either way stays day-first ('03/02/2016' is 3 February)."""
    assert find_date("8/23/2019 9:15:02 AM") == "2019-08-23"
    assert find_date("03/02/2016") == "2016-02-03"
    a = one(f"{HEAD}\n作者:王小明  来源:河口新闻网  发布时间:8/23/2019 9:15:02 AM\n"
            "河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里。\n\n" + MORE + "\n")
    assert a.date == "2019-08-23"


def test_dispatch_credit_dated_in_digits():
    """'《本報訊23/8/2019 上午10時》' after the headline on the story's line, or '本報訊…' opening
    it: the dispatch's day is the story's."""
    a = one(f"{HEAD}\n{HEAD}! 《本報訊23/8/2019 上午10時》兩岸村民過河不再繞行二十公里，"
            "渡口碼頭本週投入使用。\n" + MORE + "\n")
    assert a.date == "2019-08-23"
    a = one(f"{HEAD}\n本報訊23/8/2019 兩岸村民過河不再繞行二十公里，渡口碼頭本週投入使用。\n"
            "碼頭旁還修了候船亭和停車場，節假日增開班次，鎮上的果農也能把鮮果當天運到城裡。\n")
    assert a.date == "2019-08-23"

