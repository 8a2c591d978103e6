"""Real pages (issue 25), second round: the source a page names in credits after the story
(a theme's 'By 某某網' under a listed story, a paper's byline run on after the last sentence,
'Source: 某某台' by a headline, a paper in book-title marks glued to its date), and what is no
source at all (a byline's key, a section's label, the city a dateline names). Texts are
written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one
from tests.support.pages import stories as articles

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"
HEAD2 = "山区学校迎来新一批支教老师"
TEXT2 = "秋季学期开学前，二十名支教老师来到山区学校，将在这里任教一年。"


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


def test_a_themes_by_line_under_listed_stories_names_each_ones_outlet():
    """A listing's 'By 某某新聞網' under each story's teaser and date credits that story."""
    page = (f"{HEAD}\n{TEXT}\n2025-11-29\nBy 河口鄉親新聞網\n"
            f"{HEAD2}\n{TEXT2}\n2025-11-28\nBy 山城時報\n")
    a = articles(page)
    assert [x.source for x in a] == ["河口鄉親新聞網", "山城時報"]
    assert all("By " not in x.text for x in a)


def test_a_foreign_outlets_chinese_service_is_an_outlet():
    """'By XYZ中文': a foreign broadcaster's Chinese service, named in Latin capitals."""
    a = articles(f"{HEAD}\n{TEXT}\nBy XYZ中文\n{HEAD2}\n{TEXT2}\n")
    assert a[0].source == "XYZ中文"


def test_an_english_source_key_by_the_headline_names_the_outlet():
    """'Source: 某某電台' over the next story's date and headline credits that story."""
    page = (f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\nSource: 南灣電台\nPublished on: 2025-10-24 13:50 UTC\n\n"
            f"{HEAD2}\n\n{TEXT2}\n\n学校为老师们准备了宿舍和食堂，村民们也送来了自家种的蔬菜。\n")
    a = articles(page)
    assert a[-1].title == HEAD2
    assert a[-1].source == "南灣電台"


@pytest.mark.parametrize("byline", ["□东江晚报 | 校园周刊 记者 王小明",
                                    "东江晚报 东江网 东江客户端记者 王小明 李大海 展开详细"])
def test_a_papers_byline_run_on_after_the_last_sentence(byline: str):
    """A flattened page runs the paper's byline on after the story's last sentence."""
    a = one(f"{TEXT}{MORE}“渡口通了，日子就好过了。” {byline}\n")
    assert a.source == "东江晚报"


def test_a_paper_in_book_title_marks_glued_to_its_date():
    """'《某某日报》2024-02-10' under the headline: the paper and the day it ran the story."""
    a = one(f"{HEAD}\n\n《南洋星光日报》2024-02-10\n\n{TEXT}\n\n{MORE}\n")
    assert (a.source, a.date) == ("《南洋星光日报》", "2024-02-10")
