"""Real pages (issue 25), second round: what is no source (a byline's key, a section's label,
the city a dateline names). Texts are written for the tests, modelled on those forms; none
is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"


def test_a_photographers_key_before_this_papers_reporter_is_no_outlet():
    """'拍摄者:本报记者 某某' credits this paper's photographer: '拍摄者:本报' is a label."""
    a = one(f"{HEAD}\n\n时间:5月6日上午\n\n地点:河口镇渡口\n\n拍摄者:本报记者 王小明\n\n{TEXT}{MORE}\n")
    assert a.source is None


def test_a_sections_label_beside_the_date_is_no_outlet():
    """'2025-10-31 本地新聞' over a headline: the date and the site's section, no outlet."""
    a = one(f"2025-10-31 本地新聞\n\n{HEAD}\n\n{TEXT}\n\n{MORE}\n")
    assert a.source is None
    assert a.date == "2025-10-31"


@pytest.mark.parametrize("lead", ["【台北訊】", "[溫哥華訊]"])
def test_a_city_dateline_names_no_outlet(lead: str):
    """'【台北訊】', '[溫哥華訊]': the city the report was filed from, not its outlet."""
    assert one(f"{HEAD}\n\n{lead}{TEXT}\n\n{MORE}\n").source is None


def test_a_longer_bracketed_lead_still_names_its_outlet():
    """'【某某論壇訊】' keeps naming the outlet: four characters or more before 訊."""
    assert one(f"{HEAD}\n\n【南岸華人論壇訊】{TEXT}\n\n{MORE}\n").source == "南岸華人論壇"
