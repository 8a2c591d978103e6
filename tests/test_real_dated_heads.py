"""A headline with its date set after it on its line: dated with dots or slashes, or
ending on a cry, as list pages and school sites in Hong Kong, Taiwan and the mainland set
them. Texts are written for the tests, modelled on the forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

_TEXT = ("\n本校於上星期五舉行科學週開幕禮,同學們分組展示自製的太陽能小車和淨水裝置,吸引不少家長駐足觀看。\n\n"
         "活動最後由校長頒發獎狀,勉勵同學繼續保持好奇心,多動手、多發問。\n")


def test_a_headline_dated_with_dots_or_slashes_after_it_gives_title_and_date() -> None:
    """The reader sees the headline alone, and the story is dated by the day beside it."""
    for day in ("2024.11.08", "2024/11/08", "2024.11.8"):
        a = one(f"校園動態\n「科學週」及「閱讀日」 {day}\n{_TEXT}")
        assert (a.title, a.date) == ("「科學週」及「閱讀日」", "2024-11-08"), day


def test_cards_whose_headline_ends_on_a_cry_stay_apart() -> None:
    """A list page's cards, one headline ending on '!', each keep their own story."""
    page = ("評論\n"
            "交通規劃欠遠見 某議員:巴士路線亟待重整 2019年5月6日|文:小周\n\n"
            "新一期交通規劃終於公布,然而不少市民發現,巴士路線多年未變,繁忙時間依然一車難求。\n\n"
            "停車難以外 某學者:政府應先做好數據! 2019年5月6日|文:阿樂\n\n"
            "對於停車位不足的問題,有學者認為政府手上的數據早已過時,規劃自然追不上需要。\n")
    arts = stories(page)
    assert [(a.title, a.date) for a in arts] == [
        ("交通規劃欠遠見 某議員:巴士路線亟待重整", "2019-05-06"),
        ("停車難以外 某學者:政府應先做好數據!", "2019-05-06")]
    assert "數據早已過時" in arts[1].text and "數據早已過時" not in arts[0].text


def test_a_list_of_dotted_headlines_under_a_story_dates_nothing() -> None:
    """Other stories listed with their dots-dated days, no text under each, leave the story's
    own headline and date as its metadata states them."""
    a = one("「科學週」開幕\n發佈日期:2024-11-08\n" + _TEXT
            + "\n相關活動\n陸運會圓滿結束 2024.10.25\n中秋綵燈晚會 2024.09.17\n")
    assert (a.title, a.date) == ("「科學週」開幕", "2024-11-08")
