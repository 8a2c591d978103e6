"""Real pages (issue 25): headlines set with a deck, a kicker or a subtitle, said twice, under
the text, after a column's name and a slash, or near a line that only looks like one. Texts
are written for the tests, modelled on the forms of the tune pages; none is copied from a
page."""
from __future__ import annotations

import pytest

from tests.support.pages import one, stories

LEAD = "本报讯 (记者 林晓) 昨天，省报社社长一行来我市考察，市委书记王明远、市长李建国陪同考察。\n\n"


@pytest.mark.parametrize("deck", ["王明远李建国陪同", "王明远李建国等参观"])
def test_leaders_named_under_the_headline_are_no_headline(deck):
    """An e-paper names the leaders who went along under its headline ('某某某某陪同')."""
    a = one("省报社长来我市考察\n\n" + deck + "\n\n" + LEAD + "一行先后走访了三家企业和一个新农村建设点。\n")
    assert a.title == "省报社长来我市考察"


KICKED = ("第2版(要闻)\n\n风雨无阻三十年的坚守终于有了回报\n青山村新建小学迎来第一批学生\n"
          "【本报青山五日电】青山村新建小学昨天迎来第一批学生，一百多名孩子走进了宽敞明亮的新教室。\n"
          "学校由村民集资和政府补助共同建成。\n")


def test_kicker_the_story_does_not_restate_is_neither_headline_nor_text():
    """Kicker over the main headline, both long enough to stand alone: the lead restates the
    main headline and nothing of the kicker."""
    a = one(KICKED)
    assert a.title == "青山村新建小学迎来第一批学生" and "风雨无阻" not in a.text


def test_subtitle_the_story_hardly_restates_goes_to_the_text():
    a = one("头条新闻\n\n两国总统在首都举行正式会谈\n双方将为地区的和平稳定作出共同努力\n"
            "【本报讯】两国总统周三在首都举行正式会谈，讨论了地区局势，并共进工作午餐。\n会谈持续了两个小时。\n")
    assert a.title == "两国总统在首都举行正式会谈" and a.text.startswith("双方将为地区的和平稳定")


def test_headline_under_the_text_with_its_metadata_titles_the_story():
    """A photo page prints the text first, then the headline and its metadata."""
    a = one("2015年12月8日 古村落的开发与保护调查 村民在修缮家中的老宅。这个县的古村落保存完好，"
            "近年来游客增多，开发与保护的矛盾也随之而来。\n"
            "古村落的开发与保护调查[组图]\n"
            "发布时间: 2015-12-09 07:26:33 | 来源: 山城网 | 责任编辑: 王五\n")
    assert (a.title, a.date, a.source) == ("古村落的开发与保护调查[组图]", "2015-12-09", "山城网")


def test_feature_headline_opening_on_the_reporter_is_no_byline():
    """'记者探访…' opens a feature's headline on what the reporter did; a byline names them."""
    a = one("记者探访城东新区:三个新公园下月开放\n\n2024-05-06 10:20 | 来源: 山城日报\n\n"
            "城东新区三个新公园已基本建成，记者日前走进园区，看到工人正在铺设草坪。\n")
    assert (a.title, a.byline) == ("记者探访城东新区:三个新公园下月开放", None)


CRY = ("开镰啦!\n\n开镰啦!\n\n发布时间:2024-06-10 来源:山城日报\n\n"
       "六月的麦田一片金黄，村民们开着收割机下地，开始了今年的麦收。\n")


def test_short_cry_said_twice_is_the_headline():
    """Page title, then the story's heading: a short cry said twice, which alone reads as a sentence."""
    a = one(CRY)
    assert (a.title, a.date, a.source) == ("开镰啦!", "2024-06-10", "山城日报")


def test_short_cry_said_twice_opens_its_page_in_a_dump():
    above = "县图书馆新馆开放\n\n发布时间:2024-06-01 来源:山城网\n\n县图书馆新馆今天开放，藏书二十万册。\n\n"
    assert [(a.title, a.date) for a in stories(above + CRY)] == [
        ("县图书馆新馆开放", "2024-06-01"), ("开镰啦!", "2024-06-10")]


def test_thousands_comma_in_a_headline_joins_no_clauses():
    """A headline with '1,500' under a photo's caption is no deck under the caption."""
    a = one("海关人员展示查获的走私香烟\n\n海关查获走私香烟 货值近1,500万元\n\n"
            "【本報訊】海关昨日在口岸查获一批走私香烟，货值近一千五百万元，两名男子被捕。\n")
    assert a.title == "海关查获走私香烟 货值近1,500万元"


def test_bulleted_app_prompt_is_no_headline():
    """The one bulleted line is an app's prompt the story does not restate, not its headline."""
    a = one("小贴士\n  • 使用手机浏览器打开本页面\n\n城东新区三个公园下月开放\n\n"
            "©原创 2021-11-13 23:52 山城融媒体中心\n\n"
            "城东新区三个公园已基本建成，将于下月对市民开放。\n")
    assert a.title == "城东新区三个公园下月开放"


def test_caption_above_a_bulleted_headline_is_not_the_next_story_s_kicker():
    """The story above's photo caption, then the next story's headline bulleted and said in pieces."""
    arts = stories("  • 海关查获走私香烟 两人被捕\n\n  海关查获走私香烟\n\n  两人被捕\n\n"
                   "【本報訊】海关昨日在口岸查获一批走私香烟，两名男子被捕。\n\n"
                   "  海关人员昨日在口岸向记者展示本次行动中查获的大批走私香烟\n"
                   "  • 警方破获电信诈骗案 拘捕五人\n\n  警方破获电信诈骗案\n\n  拘捕五人\n\n"
                   "【本報訊】警方昨日破获一宗电信诈骗案，拘捕五名男子。\n")
    assert [a.title for a in arts] == ["海关查获走私香烟 两人被捕", "警方破获电信诈骗案 拘捕五人"]
    assert "向记者展示" not in arts[1].text


@pytest.mark.parametrize("slash", ["∕", "/", "／", " / "])
def test_column_name_before_a_slash_is_no_part_of_the_headline(slash):
    a = one(f"山城札記{slash}摘桂圓 做一鍋桂圓米糕\n\n"
            "入秋以後,山坡上的桂圓樹結滿了果實,村裡的老人們三三兩兩上山採收。 桂圓曬乾後可以保存整個冬天。\n\n"
            "老人們說,桂圓米糕是過年時才做的點心,如今一年四季都吃得到。\n")
    assert a.title == "摘桂圓 做一鍋桂圓米糕"


def test_a_headline_with_a_column_and_a_cry_inside_heads_its_story():
    """'某某發展/Headline? 某某:Quote': the column's slash is no list's, so the line is a headline
    (one cry inside and a speaker's colon), not the section label above it."""
    arts = stories("地方新聞\n\n"
                   "尚待規劃/舊碼頭何時重建? 區議員:盡快公布方案\n\n"
                   "「碼頭重建不能再拖了!」區議員陳明表示,舊碼頭停用已超過十年,漁民上落貨物都要繞道,"
                   "十分不便。他指出,政府早前承諾會研究重建方案,但至今仍未有時間表。\n\n"
                   "陳明促請當局盡快諮詢居民,並公布重建的時間表。\n")
    assert [a.title for a in arts] == ["舊碼頭何時重建? 區議員:盡快公布方案"]


def test_a_reporters_credit_with_a_slash_keeps_the_headline_above_it():
    a = one("花蓮舉辦秋季市集 農友帶來在地好物\n\n記者林小明/花蓮報導\n\n"
            "花蓮縣政府今(5)日在文化廣場舉辦秋季農民市集,三十多個攤位販售在地農產。\n\n市集將辦到週日。\n")
    assert a.title == "花蓮舉辦秋季市集 農友帶來在地好物"
