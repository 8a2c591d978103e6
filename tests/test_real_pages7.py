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


def test_a_photo_credit_between_paragraphs_keeps_the_story_whole() -> None:
    """'圖片來源: AP' under a photo between a dated story's paragraphs is no page break: the
    section heading after it is the story's own."""
    arts = stories("漢堡的中國週\n\n2006年9月28日\n\n連日來，港口城市漢堡處處洋溢著中國風情，音樂會和美食節"
                   "吸引了大批市民。\n\nhttps://p.example.com/p/9BIe\n圖片來源: AP\n\n雙邊關係枝繁葉茂\n\n"
                   "長期以來，漢堡與中國的往來一直是多元的，經濟、教育和旅遊都有合作。\n")
    assert len(arts) == 1
    assert "雙邊關係" in arts[0].text and "AP" not in arts[0].text


def test_labelled_subheadings_head_sections_of_one_feature() -> None:
    """A feature with no metadata puts a four-character label and a colon before each section's
    heading ('扎根基层:…', '创新领航:…'): one story, not three."""
    arts = stories("6月10日,区法院派出法庭的法官走进党校课堂,为学员讲授基层司法工作。\n"
                   "扎根基层:小法庭展现大作为\n"
                   "法官首先介绍了法庭的基本情况和案件受理情况,辖区包括三个街道和一个镇。\n"
                   "创新领航:心服务打造新品牌\n"
                   "对于学员们关心的创新之举,法官重点介绍了去年落地的法庭工作室。\n")
    assert len(arts) == 1
    assert "创新领航" in arts[0].text


def test_a_single_labelled_line_still_opens_a_story() -> None:
    """One '某某:…' line over text, with no sibling like it, is a headline as before."""
    arts = stories("市场监管:春节前开展食品安全检查\n\n"
                   "市场监管部门昨天起对全市超市和农贸市场开展食品安全检查，重点查看进货台账。\n\n"
                   "交通运输部:今日全国高速公路车流量超六千万辆\n\n"
                   "记者从交通运输部获悉，今日全国公路车流量显著增长，返程车流增多。\n")
    assert [a.title for a in arts] == ["市场监管:春节前开展食品安全检查", "交通运输部:今日全国高速公路车流量超六千万辆"]


def test_a_date_set_apart_then_cut_chrome_opens_the_next_page() -> None:
    """In a dump, a page that opens on its date, then its menu, then text follows a story
    with no metadata: the date is the next page's, and so is the text."""
    arts = stories("现场直击！乡卫生院义诊走进新华村\n"
                   "一大早,乡卫生院组织医疗团队来到新华村,开展健康义诊活动。\n\n"
                   "2022-04-08\n"
                   "• 会议题目 • 区长主持召开区政府常务会议\n  • 会议内容\n  • 提纲速读\n  • 解读评论\n\n"
                   "4月8日上午,区长主持召开区政府第4次常务会议,研究部署了疫情防控等工作。\n")
    assert len(arts) == 2
    assert arts[0].date is None
    assert arts[1].date == "2022-04-08" and arts[1].text.startswith("4月8日上午")


def test_an_agency_credit_goes_before_the_paper_an_epaper_block_names() -> None:
    """A paper runs an agency's photo story ('新华社发'); the property block Founder's e-paper
    system leaves names the paper. The story's source is the agency; the block dates it."""
    a = one("茶农采收春茶\n\n2月19日,蓬塘村茶农在采收春茶。\n当日是雨水节气,茶农紧抓农时采收春茶。 新华社发\n"
            "2024-02-20 1 1 某某日报 content_107519.html 1 /enpproperty-->\n")
    assert (a.date, a.source) == ("2024-02-20", "新华社")


def test_an_epaper_block_names_the_paper_when_nothing_else_does() -> None:
    """With no other credit, the paper in the property block is the source; the block may
    name its page 'c_…' as well as 'content_…'."""
    a = one("茶农采收春茶\n\n2月19日,蓬塘村茶农在采收春茶。\n当日是雨水节气,茶农紧抓农时采收春茶。\n"
            "2024-02-20 1 1 某某日报 c_107519.html 1 /enpproperty-->\n")
    assert (a.date, a.source) == ("2024-02-20", "某某日报")


def test_a_desk_tag_before_a_short_headline_is_no_lead() -> None:
    """'【校庆专讯】某某广泛关注校庆' over its metadata line is the headline, tagged by the desk
    (the tag is a label, left out of it);
    '我要评论 0' under the metadata is the comment button and its count."""
    a = one("学校要闻\n\n当前位置: 首页 > 学校要闻 > 正文\n【校庆专讯】各地媒体广泛关注校庆\n"
            "发布时间:2018-10-21 08:01:32\n我要评论 0\n\n"
            "【本站讯】校庆前后,各地媒体广泛关注学校的发展大会和系列活动,并作了集中报道。\n")
    assert a.title == "各地媒体广泛关注校庆"
    assert a.date == "2018-10-21"
    assert "我要评论" not in a.text


def test_a_desk_tag_before_a_clause_ending_in_a_colon_is_a_lead() -> None:
    """'【特訊】某某提書面質詢全文如下:' opens the report; the headline above it stays."""
    a = one("某某就噪音法提質詢\n\n【特訊】立法會議員某某提書面質詢全文如下:\n\n"
            "《預防和控制環境噪音》生效以來,政府通過多層面展開普法工作。\n")
    assert a.title == "某某就噪音法提質詢"
    assert a.text.startswith("【特訊】")


def test_an_english_date_with_its_weekday_dates_the_story() -> None:
    """'Tuesday, 20 December 2016' above a Singapore story's headline."""
    a = one("Tuesday, 20 December 2016\n\n圣诞人潮料涌市区 警方加强巡逻\n\n"
            "今年圣诞,市区主要街道料将人山人海,警方加派人手维持秩序。\n警方今早发表文告,呼吁公众保持警惕。\n")
    assert (a.title, a.date) == ("圣诞人潮料涌市区 警方加强巡逻", "2016-12-20")


def test_a_bracketed_sites_roundup_lead_names_it() -> None:
    """'(某某加拿大网综合)' opens a site's roundup of other reports."""
    a = one("唐人街清理涂鸦\n\n(某某加拿大网综合)唐人街的清理涂鸦试点活动周六启动,几十名志愿者参加。\n")
    assert a.source == "某某加拿大网"


def test_a_brand_and_what_its_site_is_above_the_metadata_is_no_headline() -> None:
    """'某某全景—某某资讯门户' is the site's banner; the headline stands under the metadata."""
    a = one("某某全景—某某资讯门户\n\n发布时间: 2025-10-04 | 更新时间: 2025-10-04\n华校举行国庆联欢晚会\n\n"
            "某某全景讯 华人商会和华校日前联合举办国庆联欢晚会,约七百人参加。\n")
    assert (a.title, a.date) == ("华校举行国庆联欢晚会", "2025-10-04")


def test_a_search_pages_controls_and_an_english_tagline_are_no_headline() -> None:
    """A news site's listing: an English tagline, its search controls ('Found 802 results',
    'Reset filters'), the brand and date, then the story's own headline."""
    a = one("Latest News\n\nMost important stories from Chinese media in Canada.\n\nFound 802 results\n"
            "Reset filters\nSomeNews Feb 12, 2026\n\n医生等了三年仍拿不到移民身份\n\n"
            "一名从外国搬来的医生三年来照顾了两千多名病人,移民申请却两次被拒。\n")
    assert (a.title, a.date) == ("医生等了三年仍拿不到移民身份", "2026-02-12")
