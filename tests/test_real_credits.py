"""Real pages (issue 25): credits in forms that portals and wires share everywhere: a county
portal's metadata line keyed by its editor before the source and the date, a wire's
photographer credited under a photo story, and outlets known by name (press.py). Texts are
written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"


def test_editor_keyed_before_the_source_and_the_date():
    """'编辑:某某 来源:某某网 发布时间:…' under the headline is one metadata line: it was cut
    before 发布时间 as a headline flattened onto its date, and the editor's part went as chrome
    with the source in it."""
    page = (f"{HEAD}\n"
            "编辑:李小红 来源:清河县人民政府网 发布时间:2025-03-26 10:15:00 浏览次数: 分享:\n\n"
            f"{TEXT}\n\n{MORE}\n")
    a = one(page)
    assert (a.source, a.date) == ("清河县人民政府网", "2025-03-26")


def test_headline_flattened_onto_its_date_is_still_cut():
    """A headline on the line of its metadata is still cut from it (no source key in it)."""
    a = one(f"{HEAD} 发布时间:2025-03-26 10:15\n\n{TEXT}\n\n{MORE}\n")
    assert (a.title, a.date) == (HEAD, "2025-03-26")


def test_wire_photographer_under_a_photo_story_names_the_wire():
    """'某某社记者 某某摄' alone under a photo story's captions: the wire's credit, like '某某社发'."""
    page = ("河口镇渡口码头迎来首批乘客\n\n2025年03月26日 09:26\n\n"
            "3月25日，乘客在河口镇新建的渡口码头排队登船。\n\n"
            "近日，河口镇新建的渡口码头投入使用，两岸村民过河不再绕行二十公里。\n\n"
            "南星社记者 王小明摄\n")
    a = one(page)
    assert a.source == "南星社"


def test_known_outlet_alone_under_the_story():
    """An outlet whose name says nothing of what it is ('潮新闻', a paper's news app), alone on
    a short line under the story, credits it: the list of known outlets (press.py) holds it."""
    a = one(f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n潮新闻\n")
    assert a.source == "潮新闻"


def test_known_outlet_in_the_lead_credit():
    """An outlet whose name ends on no word of the press, in the bracket opening the lead."""
    a = one(f"{HEAD}\n\n(端傳媒) {TEXT}\n\n{MORE}\n")
    assert a.source == "端傳媒"


def test_outlet_of_any_kind_in_brackets_after_the_last_sentence():
    """'…。（某某新闻客户端）' after the story's last sentence credits the outlet, as '…。（某某日报）'
    does; a section's label there ('(图片新闻)') and this paper ('(本报)') name none."""
    assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}（清河新闻客户端）\n").source == "清河新闻客户端"
    assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}（图片新闻）\n").source is None
    assert one(f"{HEAD}\n\n{TEXT}\n\n{MORE}（本报）\n").source is None


def test_reprint_credit_with_its_preposition_names_the_outlet():
    """'本文转自于 某某网' (转自 with 于, the value after a space): the outlet, not '于'."""
    page = f"{HEAD}\n本文转自于 南星网\n\n{TEXT}\n\n{MORE}\n"
    assert one(page).source == "南星网"


def test_outlet_set_under_a_bar_by_the_headline():
    """'| 某某新聞網' on a line of its own between the headline and the date: a bar sets the
    outlet's name apart, as a dash or a bullet does."""
    page = f"{HEAD}\n\n| 清河新聞網\n2021/04/09\n\n{TEXT}\n\n{MORE}\n"
    assert one(page).source == "清河新聞網"
