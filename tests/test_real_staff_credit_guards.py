"""Real pages (issue 25, review of the staff credit): the guards of a staff credit's outlet
(search.sources.outlets.staff_outlet, the splitter's photo credits), each with a case that
fails without it. A photo's credit never beats the page's own paper, a wire's photo credits no
story, a caption over the next headline of a list is that story's, a generic name or a
sentence names no outlet. Texts are written for the tests; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.outlets import closing_credit, named_outlet, outlet_named, staff_credited, staff_outlet
from tests.support.pages import one
from tests.support.pages import stories as articles

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"
NEXT = ("南坪县图书馆新馆开放\n\n南坪县图书馆新馆本周向读者开放，藏书二十万册，周末延长开放时间。\n\n"
        "新馆设有少儿阅览区和自习室，免费办理借书证。\n")


@pytest.mark.parametrize("credit", ["新华社记者 王五 摄", "南坪网记者 王五 摄"])
def test_site_paper_beats_a_photo_credit(credit):
    """The site the title names ('… | 北岭日报') is the source, whoever took the photo."""
    page = f"{HEAD} | 北岭日报\n\n{TEXT}\n\n村民在码头上船。{credit}\n\n{MORE}\n"
    assert one(page).source == "北岭日报"


def test_e_paper_own_report_beats_another_outlet_s_photo():
    """本报讯 on an e-paper page: its masthead's paper, not the photo's outlet."""
    page = (f"北岭日报\n\n2025年3月1日 星期六\n\n第A03版：要闻\n\n{HEAD}\n\n本报讯（记者 张三）{TEXT}\n\n"
            f"村民在码头上船。南坪网记者 王五 摄\n\n{MORE}\n")
    assert one(page).source == "北岭日报"


def test_a_wire_s_photo_credits_no_story():
    """A wire's photo in a story that names no source: the wire did not write it."""
    for credit in ("新华社记者 王五 摄", "新华社驻台记者 王五 摄"):
        assert one(f"{HEAD}\n\n{TEXT}\n\n村民在码头上船。{credit}\n\n{MORE}\n").source is None, credit


@pytest.mark.parametrize("site", ["", "北岭网 - 本地新闻\n\n"])
def test_caption_above_the_next_headline_is_not_the_story_s_above(site):
    """A list page: the photo over the next headline does not credit the story above it."""
    page = f"{site}{HEAD}\n\n{TEXT}\n\n{MORE}\n\n读者在新馆阅览区看书。南坪日报记者王小明摄\n\n{NEXT}"
    first, *_ = articles(page)
    assert first.source == ("北岭网" if site else None)


def test_a_story_s_last_caption_at_the_page_s_end_credits_it():
    assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n读者在码头候船。北岭网记者王小明摄\n").source == "北岭网"


NOT_NAMED = ["县电视台记者 王五", "电视台记者 王五", "杂志社记者 王五 摄", "我县融媒体中心记者 王五",
             "这家报社记者 王五", "国家电网记者 王五", "感谢北岭日报记者 张三 提供照片。", "另据北岭网记者 王五 报道",
             "村民对北岭网记者 王五说", "大陆驻台记者 王五", "我台记者 王五", "图片新闻记者 王五", "北岭网记者",
             "北岭网记者表示码头明年还要扩建", "该台记者 王五", "央媒记者 王五"]


@pytest.mark.parametrize("credit", NOT_NAMED)
def test_no_outlet_named(credit):
    """A generic kind, a post, a verb, a two-character name, a section, no reporter, no credit's end."""
    assert staff_outlet(credit) is None


@pytest.mark.parametrize(("credit", "name"), [("新华社驻台记者 王五", "新华社"), ("央广网记者 王五", "央广网"),
                                              ("央视网记者 王五 摄", "央视网"), ("■北岭网记者 王五", "北岭网"),
                                              ("南坪县融媒体中心记者 王五", "南坪县融媒体中心")])
def test_outlet_named(credit, name):
    assert staff_outlet(credit) == name


def test_lead_credit_forms():
    """In the lead, a credit's own form names the outlet: 发自, a bracket's end, 报道, names only."""
    for lead in ("《北岭导报》记者王五发自北京", "（北岭导报记者 王五）", "北岭导报记者王五报道",
                 "北岭导报记者 王五 李四"):
        assert staff_credited(None, lead, []) == "北岭导报", lead


def test_lead_about_an_outlet_s_reporters_is_no_credit():
    """A story about the reporters ('北岭网记者 王五、李四日前…遭到围堵') credits no one."""
    about = "北岭网记者 王五、李四日前在采访途中遭到围堵，县里已介入调查。"
    for lead in (about, "北岭网记者 王五 的一篇报道引起关注。"):
        assert staff_credited(None, lead, []) is None, lead
    lead = about
    assert one(f"{HEAD}\n\n{lead}\n\n{TEXT}\n\n{MORE}\n").source is None


def test_lead_opening_on_the_outlet_s_reporter():
    page = f"{HEAD}\n\n《北岭导报》记者王五发自南坪 {TEXT}\n\n{MORE}\n"
    assert one(page).source == "北岭导报"


def test_short_credit_line_under_the_text():
    """'某某记者：甲' under the text, keyed (so no byline): the short line is read as a credit."""
    for last, name in (("北岭网记者 王五", "北岭网"), ("南坪县融媒体中心记者：王五", "南坪县融媒体中心")):
        assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n{last}\n").source == name, last


def test_long_line_under_the_text_is_a_sentence():
    last = "北岭网记者 王五 今天在码头看到，村民们排队上船，秩序井然，工作人员忙着引导。"
    text = "\n\n".join([TEXT, MORE, "渡口每天早六点到晚八点通航。", "镇里还将在对岸修建停车场。", last])
    assert one(f"{HEAD}\n\n{text}\n").source is None


def test_photographer_alone_under_the_text():
    """A credit alone under the text ('北岭网记者 王五 摄'): the outlet whose staff took the photo."""
    assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n北岭网记者 王五 摄\n").source == "北岭网"


def test_lead_and_closing_forms_share_the_check():
    """The lead's and the closing credit's forms refuse a generic name too (outlets.outlet_named)."""
    assert named_outlet(["县电视台讯（记者 王五）河口镇新建的渡口码头本周投入使用。"], None) is None
    assert closing_credit("码头旁还修了候船亭和停车场。（县电视台）") is None
    assert closing_credit("码头旁还修了候船亭和停车场。（北岭电视台）") == "北岭电视台"


def test_a_public_body_posted_abroad_is_still_named_by_the_lead():
    """'据中国驻某地总领馆消息': a body whose name holds 驻 is an outlet's name; only a post
    ending the name ('大陆驻台记者') is refused."""
    assert outlet_named("中国驻某地总领馆") == "中国驻某地总领馆"
    assert outlet_named("大陆驻台") is None
