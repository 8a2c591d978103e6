"""A notice or report numbers its parts (一、時間 / 二、地點, （一）, 壹、提要): those lines are
the story's own, however short or full of digits, never a list of other headlines, a page
label or a headline of their own. Written for these tests, modelled on press notices and
statistics reports that government sites and their mirrors post one after another."""
from __future__ import annotations

from search.sources.text import split_articles

NOTICE = """【採訪通知】「2026港都國際游泳邀請賽」賽前記者會

一、時間:2026年3月6日(五) 10:00 – 11:00(09:30媒體接待)

二、地點:港都市立游泳館二樓會議室(中正路12號)

三、出席人員:港都市政府運動發展局副局長、游泳協會理事長、參賽選手數名

四、主題:

2026港都國際游泳邀請賽,將於3月7日、8日在港都市立游泳館舉行,賽前記者會邀請多位亞運獎牌選手出席,與媒體分享備戰情形。
"""

PRICES = """  • 採訪通知_0
Posted on

115年2月港都市物價變動概況

壹、物價變動提要

一、2月份港都市消費者物價總指數為108.55,較上月上漲0.31%,較上年同月上漲1.52%。

二、2月份港都市營造工程物價總指數為109.20,較上月上漲0.12%,較上年同月下跌0.35%。
"""


def test_a_notices_numbered_parts_keep_its_time_and_place():
    [a] = split_articles(NOTICE, "notice.txt")
    assert a.title == "「2026港都國際游泳邀請賽」賽前記者會"  # '【採訪通知】' labels it
    for part in ("一、時間:2026年3月6日", "二、地點:港都市立游泳館", "三、出席人員", "賽前記者會邀請多位"):
        assert part in a.text, part


def test_a_first_section_numbered_under_a_headline_is_no_headline():
    arts = split_articles(NOTICE + "\n" + PRICES, "archive.txt")
    assert [a.title for a in arts] == ["「2026港都國際游泳邀請賽」賽前記者會", "115年2月港都市物價變動概況"]
    assert arts[1].text.startswith("壹、物價變動提要") and "109.20" in arts[1].text
    assert "二、地點" in arts[0].text and "物價" not in arts[0].text


def test_simplified_bracketed_section_numbers_are_the_storys_text():
    text = ("关于开展春季森林防火检查的通知\n\n（一）检查时间：2026年3月10日至3月20日\n\n"
            "（二）检查范围：全县12个乡镇林区\n\n（三）检查内容：防火设施、值班值守\n\n"
            "各乡镇要高度重视，按照通知要求认真开展自查，发现问题立即整改，确保林区安全。\n")
    [a] = split_articles(text, "notice.txt")
    assert a.title == "关于开展春季森林防火检查的通知"
    assert a.text.startswith("（一）检查时间：2026年3月10日") and "（二）检查范围" in a.text


def test_a_plans_sections_on_consecutive_lines_stay_one_story_and_date_nothing():
    text = ("校园迎新晚会活动方案\n\n一、活动目的\n丰富同学们的课余生活，增进新老同学之间的交流，展示学院学生的风采。\n"
            "二、活动时间\n2026年10月12日\n19:00-21:00文艺表演\n三、活动地点\n学院礼堂\n四、参加对象\n全院师生\n"
            "五、活动内容\n“迎新”主题文艺表演与互动游戏\n六、前期准备\n（一）宣传：海报、横幅\n"
            "晚会共安排十五个节目，由各班推荐，学生会负责审核和彩排，确保节目质量。\n")
    [a] = split_articles(text, "plan.txt")
    assert a.title == "校园迎新晚会活动方案"
    assert a.date is None  # the evening's date is what the plan says, not when it was posted
    for part in ("2026年10月12日", "19:00-21:00文艺表演", "学院礼堂", "全院师生", "“迎新”主题文艺表演"):
        assert part in a.text, part


def test_a_metadata_tables_empty_keys_make_no_article_of_their_own():
    text = ("信息分类: 内容分类: 文体活动\n发文日期: 2026-03-02 09:10:00\n生效时间: 废止时间:\n"
            "发布机构: 东坪镇人民政府 文  号:\n名  称: 东坪镇举办乒乓球比赛\n词:\n\n东坪镇举办乒乓球比赛\n\n"
            "文章来源: 东坪镇人民政府 发表时间:2026-03-02 09:10\n\n"
            "为丰富群众文化生活，镇文化站决定举办乒乓球比赛，现将有关事项通知如下：\n\n"
            "一、参赛范围：各行政村、镇直各单位\n\n二、比赛时间：2026年3月20日\n")
    [a] = split_articles(text, "gov.txt")
    assert (a.title, a.date, a.source) == ("东坪镇举办乒乓球比赛", "2026-03-02", "东坪镇人民政府")
    assert "二、比赛时间：2026年3月20日" in a.text
