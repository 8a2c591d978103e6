"""Real pages (issue 25), round eleven: the outlet a report names in its lead or byline when
the outlet's name says nothing of what it is (an app, a county's brand, a site), and page
headers that print the site's bare address and a comment link beside the date. Texts are
written for the tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one, stories

BODY = ("市里今年第一批老旧小区改造项目昨天全部开工，涉及居民两千多户。\n"
        "改造内容包括屋面防水、管网更新和加装电梯，预计年底前完工。\n")


@pytest.mark.parametrize(("lead", "outlet"), [
    # an app or a county brand, then 讯 and the reporters in brackets
    ("掌上某城讯(某某日报记者 甲乙)", "掌上某城"),
    ("新某谷讯【记者 甲乙】", "新某谷"),
    ("云上某县报道(记者 甲乙)", "云上某县"),
    ("云上某镇报道:(全媒体记者 甲乙)", "云上某镇"),
    # a site or a centre with the day, with no word for what kind of outlet it is
    ("某某在线6月29日讯 ", "某某在线"),
    ("某区融媒体中心2月24日讯 ", "某区融媒体中心"),
    ("安卓某某10月8日消息,", "安卓某某"),
    ("某某日报某市融媒体中心•某某网11月16日讯(记者 甲乙)", "某某网"),
    # whose report it retells
    ("据某某新闻客户端消息,", "某某新闻客户端"),
    ("本报讯 据某某人民广播电台某某之声《新闻某某》报道,", "某某人民广播电台某某之声"),
    ("据某某社电 ", "某某社"),
    ("根据 The Someday 的报道,", "The Someday"),
    # bracketed desk credits
    ("【某某2015年11月04日讯】", "某某"),
    ("【某報記者甲乙/臺南報導】", "某報"),
    ("(某某县广播电视台全媒体记者甲乙报道)", "某某县广播电视台"),
    ("(某視新聞/甲乙、丙丁 台北報導)", "某視新聞"),
])
def test_a_lead_names_its_outlet(lead: str, outlet: str) -> None:
    """The outlet in each lead form is the story's source."""
    a = one("老旧小区改造全面开工\n\n" + lead + BODY)
    assert a.source == outlet


@pytest.mark.parametrize("lead", [
    "喜讯 ",  # good news, not an outlet
    "视频快讯 ",
    "晚报讯(记者 甲乙)",  # this paper, like 本报讯
    "据了解,",  # 'it is understood': no outlet
    "据统计,",
    "记者10月8日讯 ",
])
def test_a_lead_word_that_names_no_outlet_gives_no_source(lead: str) -> None:
    """Words shaped like a lead that name no outlet leave the source empty."""
    assert one("老旧小区改造全面开工\n\n" + lead + BODY).source is None


def test_a_sites_byline_names_it() -> None:
    """'某某在线记者 甲乙 丙丁' under the headline is a byline, and names the site."""
    a = one("非遗生活季开幕\n\n某某在线记者 甲乙 丙丁\n\n" + BODY)
    assert a.title == "非遗生活季开幕"
    assert a.source == "某某在线"
    assert "记者" not in a.text


def test_a_header_with_a_bare_address_and_a_comment_link() -> None:
    """'某某网 example.com.cn  时间: 2013-06-07  发表评论>>': the site, its address, the date
    and a link to the comments. The date and the site are the story's."""
    a = one("高考第一天\n\n某某网 example.com.cn  时间: 2013-06-07  发表评论>>\n\n" + BODY)
    assert (a.title, a.date, a.source) == ("高考第一天", "2013-06-07", "某某网")
    assert "发表评论" not in a.text


def test_a_bare_host_before_a_dated_source_line() -> None:
    """'qz.example.com 2011-08-31 08:18   来源:某某早报    我来说两句'."""
    a = one("市区新增三座过街天桥\n\nqz.example.com 2011-08-31 08:18   来源:某某早报    我来说两句\n\n" + BODY)
    assert (a.date, a.source) == ("2011-08-31", "某某早报")
    assert "我来说两句" not in a.text


def test_a_page_titles_tail_names_the_site_in_any_part() -> None:
    """'Headline - 某某晚报数字报·某某网|某某晚报今天报纸': the tail's last part names no site,
    an earlier part does; the headline is what stands before the tail."""
    a = one("第三批示范村镇名单公布 - 某某晚报数字报·某某网|某某晚报今天报纸\n\n" + BODY)
    assert a.title == "第三批示范村镇名单公布"


def test_a_dated_photo_story_keeps_its_subheading() -> None:
    """A gallery: headline, its dated header, a photo, then a subheading over another photo and
    the text. The subheading is no new story."""
    arts = stories("高考第一天关键词:雨[组图]\n\n某某网 example.com.cn  时间: 2013-06-07\n\n"
                   "6月7日,考场外的家长撑着雨伞等候。某某网记者 甲乙/摄\n\n北京 关键词:雨\n\n"
                   "6月7日,考点门前送考的家长。某某网记者 甲乙/摄\n\n" + BODY)
    assert len(arts) == 1
    assert arts[0].date == "2013-06-07" and "老旧小区" in arts[0].text


@pytest.mark.parametrize(("line", "date"), [
    ("Okt 21, 2022", "2022-10-21"),  # Malay
    ("5 Mei 2023", "2023-05-05"),
    ("3 Ogos 2021", "2021-08-03"),
    ("Agustus 17, 2021", "2021-08-17"),  # Indonesian
])
def test_a_malay_or_indonesian_month_under_the_headline_dates_the_story(line: str, date: str) -> None:
    """A Malaysian or Indonesian Chinese site's theme prints the month in Malay or Indonesian."""
    a = one("国席人选料有新面孔\n\n" + line + "\n\n(太平21日讯)本党于本届大选,会委派两名新人上阵。\n"
            "如消息属实,两名新人将迎战对手阵营的资深议员。\n")
    assert a.date == date


def test_a_toolbar_with_the_sites_name_is_chrome() -> None:
    """'簡體版 英文版 寄給朋友 某某新聞網' under a government release: the page's controls."""
    a = one("本港新增三宗輸入個案\n\n簡體版 英文版 寄給朋友 某某新聞網\n\n"
            "衞生部門今日公布，本港新增三宗輸入個案，患者均在抵港後的檢測中確診。\n")
    assert "寄給朋友" not in a.text
