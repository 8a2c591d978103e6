"""Metadata lines in forms real pages set them: crediting a photographer last, dated after a
desk's byline with a dash, after a column's name and a bar, or glued to the outlet after the
time; and an inline ad's marker inside the text. The pages here are written for these tests."""
from __future__ import annotations

from search.sources.text import split_articles

_HEAD = "河口新橋下月通車\n"
_TEXT = ("河口新橋已完成荷載試驗，交通局表示新橋將於下月正式通車，屆時往返兩岸的車程可縮短二十分鐘。\n\n"
         "新橋全長一千二百米，雙向六車道，兩側設有人行道和自行車道。\n")


def _one(meta: str, text: str = _TEXT):
    (a,) = split_articles(_HEAD + meta + "\n" + text, "page.txt")
    return a


def test_a_metadata_line_crediting_its_photographer_last_dates_and_credits_the_story():
    a = _one("2016-12-21 09:25:08  來源:  某某新聞網  作者:  記者 林大明 通訊員 王小華 攝")
    assert (a.title, a.date, a.source) == ("河口新橋下月通車", "2016-12-21", "某某新聞網")


def test_a_date_and_clock_set_before_the_text_on_its_line_date_it_and_its_reporter_credits_it():
    (a,) = split_articles(_HEAD + "2017年04月30日 21:44某某晚報記者 林大明 " + _TEXT, "page.txt")
    assert (a.title, a.date, a.source) == ("河口新橋下月通車", "2017-04-30", "某某晚報")
    assert a.text.startswith("某某晚報記者 林大明 河口新橋已完成荷載試驗")


def test_a_desks_byline_dated_after_a_dash_dates_the_story():
    assert _one("記者林大明/河口報導-2017-06-29 17:44:53").date == "2017-06-29"


def test_a_columns_name_before_the_metadata_does_not_hide_it():
    a = _one("走基層進行時|來源:某某經濟網2018-01-23 20:44:45|網絡編輯:林大明")
    assert (a.date, a.source) == ("2018-01-23", "某某經濟網")


def test_a_date_and_time_glued_to_the_outlet_date_the_story():
    assert _one("2009年07月26日 21:36某某新聞網 】 【打印0位網友發表評論").date == "2009-07-26"


def test_an_inline_ads_marker_does_not_cut_the_story():
    text = _TEXT.replace("\n\n", "\n\n我是廣告 請繼續往下閱讀\n\n")
    a = _one("記者林大明/河口報導-2017-06-29 17:44:53", text)
    assert "雙向六車道" in a.text and "廣告" not in a.text


def test_the_day_a_report_was_filed_or_entered_dates_the_story():
    assert _one("報導日期:2025-06-12").date == "2025-06-12"
    assert _one("创建时间：2023-03-21").date == "2023-03-21"
