"""The outlet a report's opening credit names, in the bracket and word orders papers of
Taiwan, Hong Kong, Macau and the mainland use. The pages here are written for these tests."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles

_TAIL = "\n\n方案已送交議會審查,預計年底前完成相關程序。主管機關表示,新增收入將用於道路維護。\n"


def _one(lead: str):
    (a,) = split_articles("國道通行費明年調漲 小型車每公里多收兩毛\n\n" + lead + _TAIL, "page.txt")
    return a


def test_a_tortoise_shell_bracketed_desk_credit_names_its_paper():
    a = _one("〔某某時報記者林大明／台北報導〕交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。")
    assert a.title == "國道通行費明年調漲 小型車每公里多收兩毛"
    assert a.source == "某某時報"


def test_a_tortoise_shell_bracketed_wire_credit_names_its_wire():
    a = _one("〔某某社記者林大明台北5日電〕交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。")
    assert a.source == "某某社"


def test_a_bracketed_credit_of_a_papers_reporter_and_correspondent_names_the_paper():
    a = _one("（某某日報記者 林大明 通訊員 王小華）交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。")
    assert a.source == "某某日報"


def test_a_papers_reporter_reporting_before_a_colon_names_the_paper():
    a = _one("某某日報記者林大明報道:交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。")
    assert a.source == "某某日報"


def test_a_reporters_bracket_without_an_outlet_names_none():
    a = _one("〔記者林大明／台北報導〕交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。")
    assert (a.title, a.source) == ("國道通行費明年調漲 小型車每公里多收兩毛", None)


def test_an_outlets_bracketed_report_or_news_tag_names_it():
    assert _one("【某某網報道】交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。").source == "某某網"
    assert _one("（某某網訊）交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。").source == "某某網"
    assert _one("〔某某台訊〕交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。").source == "某某台"


_HEAD = "河口新橋下月通車\n2024-03-05\n\n"
_TEXT = "河口新橋已完成荷載試驗，交通局表示大橋將於下月正式通車。"


def _page(text: str):
    (a,) = split_articles(_HEAD + text, "page.txt")
    return a


def test_a_known_outlet_credited_under_the_story_is_its_source():
    # an outlet many pages credit, on a short line of its own under the text, in a form no rule reads
    assert _page(_TEXT + "\n\n星洲日報／整理\n").source == "星洲日報"


def test_a_known_broadcaster_in_the_leads_bracketed_credit_is_its_source():
    assert _page("(中央廣播電臺記者王小明台北5日電)" + _TEXT + "\n").source == "中央廣播電臺"


@pytest.mark.parametrize("text", [
    "鄰近的東嶺書店老闆說，他每天讀工商時報的評論版，覺得新橋早該開通。\n",  # told in a sentence
    _TEXT + "\n\n詳細說明報告見附件\n",  # 明報 is no outlet inside 說明報告
])
def test_an_outlet_named_in_passing_is_not_the_source(text):
    assert _page(text).source is None


_NEWS = "交通部今天宣布,明年起調整國道通行費率,小型車每公里增加兩毛。"


def test_a_bracketed_dateline_names_its_wire():
    assert _one("【某某社台北10日電】" + _NEWS).source == "某某社"
    assert _one("【某某社記者林大明台北10日電】" + _NEWS).source == "某某社"
    assert _one("【某某网北京10月9日电】" + _NEWS).source == "某某网"


def test_a_bracketed_news_tag_or_round_up_names_its_outlet():
    assert _one("【某某日報消息】" + _NEWS).source == "某某日報"
    assert _one("【星光綜合報道】" + _NEWS).source == "星光"
    assert _one("（某某晚報綜合報道）" + _NEWS).source == "某某晚報"


def test_a_section_tag_names_no_outlet():
    assert _one("【綜合報道】" + _NEWS).source is None
    assert _one("【深度報道】" + _NEWS).source is None


def test_a_lead_under_a_bullet_names_its_outlet():
    assert _one("△某某發言人辦公室訊:" + _NEWS).source == "某某發言人辦公室"
    assert _one("▲某某社台北10日電 " + _NEWS).source == "某某社"


def test_a_news_desk_reporting_names_itself():
    assert _one("某某新聞報道," + _NEWS).source == "某某新聞"
