"""Real pages (issue 25), round ten: metadata and credit forms seen on a new set of pages
from mainland papers, city portals and overseas Chinese sites. Texts are written for the
tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

from search.sources.clean import clean_lines
from search.sources.text import split_articles
from tests.support.pages import one, stories

BODY = ("市里今年第一批老旧小区改造项目昨天全部开工，涉及居民两千多户。\n"
        "改造内容包括屋面防水、管网更新和加装电梯，预计年底前完工。\n")


def test_paper_and_section_before_dated_and_sourced_items():
    """An e-paper prints the paper and its section before 时间: and 来源: on one line."""
    a = one("老旧小区改造全面开工\n\n某某日报 新闻    时间:2024年03月05日    来源:某某日报\n\n" + BODY)
    assert (a.title, a.date, a.source) == ("老旧小区改造全面开工", "2024-03-05", "某某日报")
    assert "时间" not in a.text


def test_latin_brand_beside_its_date_is_the_source():
    """Taiwan portals put their brand, a slash and the date under the headline."""
    a = one("出口連三月衰退 經濟部：開拓新興市場\n\nSOMEnews/ 2016.04.12 08:30\n記者甲乙/台北報導\n\n"
            "經濟部今天公布上月外銷訂單，金額較去年同期減少百分之六，已連續三個月衰退。\n")
    assert (a.date, a.source) == ("2016-04-12", "SOMEnews")
    assert a.title == "出口連三月衰退 經濟部：開拓新興市場"


def test_a_word_with_one_capital_beside_a_date_is_no_source():
    """'Posted 2016.04.12' names no outlet: only a brand with two capitals or more is taken."""
    a = one("出口連三月衰退\n\nPosted 2016.04.12 08:30\n\n經濟部今天公布上月外銷訂單，金額較去年同期減少。\n")
    assert a.source is None


def test_agency_credit_after_a_mirror_tag_with_a_day_in_chinese_numerals():
    """A mirror runs an agency's report under its own dated tag; the agency's credit writes
    the day in Chinese numerals ('二日電'). The agency is the source."""
    a = one("【某某網3月2日報導】(某某社記者甲乙丙台北二日電)縣府今天宣布，明年起公車全面改用電動車，"
            "並在各轉運站增設充電樁。\n交通局表示，第一批車輛將在年中上路。\n")
    assert a.source == "某某社"


def test_a_stated_source_beats_an_outlet_name_standing_alone_above_the_headline():
    """An e-paper's '往期数字报' link above the headline looks like an outlet's name; the 来源
    the story's metadata states is its source."""
    a = one("往期数字报\n\n老旧小区改造全面开工\n\n时间:2024年03月05日  来源:某某日报\n\n" + BODY)
    assert a.source == "某某日报"


def test_an_outlet_name_alone_by_the_headline_is_still_read_without_metadata():
    a = one("某某電台\n\n老舊社區改造全面動工\n\n" + BODY)
    assert a.source == "某某電台"


def test_back_to_top_link_empty_comment_box_and_hot_label_are_chrome():
    """'回到頂端', a bare '熱門:' label and '還沒有評論，快來搶沙發吧！' make no article and stay
    out of the story's text."""
    page = ("回到頂端\n|||\n熱門:\n\n老舊社區改造全面動工\n\n"
            "市府今年第一批老舊社區改造昨天全部動工，涉及住戶兩千多戶。\n還沒有評論，快來搶沙發吧！\n")
    a = one(page)
    assert a.title == "老舊社區改造全面動工"
    assert "沙發" not in a.text and "熱門" not in a.text


def test_byline_is_not_joined_to_the_lead_when_a_data_table_looks_wrapped():
    """A chart's data rows ('2024-05-18,10230|'), each the same width, look like text hard-wrapped
    at a fixed width; the byline above the lead stays a byline, and the rows are no text."""
    rows = "".join(f"2024-05-{d:02d},{10000 + d * 7}|\n" for d in range(30, 9, -1))
    page = ("|\n本报记者 甲乙丙 通讯员 丁戊 文/图\n秋收时节，城郊的田野里农机轰鸣。\n"
            "镇里今年种了三千亩花生，已经收完了大半，农户们说今年的价钱不错。\n" + rows)
    a = one(page)
    assert a.text.startswith("秋收时节") and "本报记者" not in a.text
    assert "|" not in a.text and a.date is None


def test_metadata_in_brackets_a_template_left_open():
    """A government site's template leaves its brackets open: '【信息来源:【信息时间:…'."""
    a = one("副区长督导检查安全生产工作\n"
            "【信息来源:【信息时间:2019-06-11 10:02  阅读次数: 】【我要打印】【关闭\n\n" + BODY)
    assert a.date == "2019-06-11" and a.title == "副区长督导检查安全生产工作"
    assert "信息时间" not in a.text


def test_agency_credit_closing_a_photo_story_is_its_source():
    """An e-paper runs an agency's photo with '某某社发' at the end of its caption text."""
    a = one("第06版:图片\n\n3月2日，茶农在山坡上采摘春茶。\n\n"
            "当日是惊蛰节气，山区茶农抓住晴好天气采制春茶，茶园面积已超过两万亩。 某某社发\n")
    assert a.source == "某某社"



def test_a_papers_own_byline_set_apart_under_text_opens_the_next_story():
    """In a dump, an untitled page opening on '本报通讯员 某某' after another page's text is
    a story of its own, not the end of the one above."""
    above = ("第A01版:封面\n\n立足龙头优势 布局未来产业\n\n"
             "9月14日，在城东的储能产业园，工人们正在生产线上组装电池模组。产业园今年已引进项目十二个，"
             "总投资超过八十亿元，项目建设不断提质提速。 本报记者 丙丁 摄\n")
    court = ("本报通讯员 甲乙\n午后两位老朋友并肩坐在法院的调解室里，聊得正起劲。\n"
             "几天前，他们还因为一笔鱼苗赔偿款闹上了法庭。\n")
    arts = stories(above + "\n" + court, "dump.txt")
    assert len(arts) == 2
    assert arts[1].text.startswith("午后两位老朋友") and "鱼苗" not in arts[0].text


def test_masthead_above_an_e_papers_first_page_header_is_no_article():
    """'某某数字报' alone above '第04版:…' is the paper's masthead: no article of its own."""
    page = ("某某数字报\n\n第04版:各地新闻\n内容详情 2019年02月19日 返回该版首页\n\n新春采春茶\n\n"
            "近日，城郊茶山上的六千多亩茶树冒出新绿，茶农们抢抓时机采摘新茶。\n")
    arts = stories(page, "paper.txt")
    assert [(a.title, a.date) for a in arts] == [("新春采春茶", "2019-02-19")]



def test_spam_headlines_glued_to_a_date_lend_the_story_under_them_no_date():
    """An SEO list ('某某电影在线观看2026-01-29') above an untitled story: its dates are no
    date of the story (in a dump, it is the foot of the page before)."""
    spam = ["某某某某电影高清2026-01-29", "卫健部门回应流感热点问题", "某某直播软件下载安装到手机2026-01-29"]
    story = ("现在很多城市都在建设地铁，也有城市在不断完善地铁线路。\n"
             "根据市政府消息，12月30日开通试运营的新线路共有四条。\n")
    arts = [a for a in split_articles("\n\n".join(spam) + "\n\n" + story, "dump.txt") if "地铁" in a.text]
    assert len(arts) == 1 and arts[0].date is None


def test_an_e_paper_page_ends_at_its_property_block():
    """Founder's e-paper system leaves a property block after the story; in a dump the next
    site's page, whose date is not stated, does not take the e-paper page's date."""
    paper = ("2024年03月13日\n第A05版:本地\n\n坊会贺诞宴请长者\n\n"
             "坊会昨日中午在会所举行贺诞敬老宴，筵开四十席，招待区内长者。\n\n"
             "2024-03-13 1 1 某某日报 content_325001.html 1 坊会贺诞宴请长者 /enpproperty-->\n")
    other = ("区融媒体中心开展媒体走基层活动\n\n□记者 甲乙 报道\n\n"
             "某某新闻网讯 近日，区融媒体中心联合多家媒体记者来到镇上，采访村级集体经济的发展。\n")
    arts = stories(paper + "\n" + other, "dump.txt")
    assert [(a.title, a.date) for a in arts] == [("坊会贺诞宴请长者", "2024-03-13"),
                                                ("区融媒体中心开展媒体走基层活动", None)]


def test_cards_of_a_list_page_flattened_one_a_line_are_stories_of_their_own():
    """A tag page's cards copied one a line: headline, writer, date, the story's opening."""
    page = ("某某商会在悉尼举办庆祝活动 场外有人抗议 甲乙 2022-08-28 由某某商会主办的庆祝活动8月27日在悉尼举行，"
            "邀请市民一同参加。场外也有抗议者表达诉求，批评主办方粉饰太平…\n"
            "外长发表声明 呼吁公正对待被拘公民 丙丁 2022-08-13 外交部长周六就一名被拘公民发表措辞强硬的声明，"
            "呼吁对方给予人道待遇并接受公正的司法程序。此前媒体披露她在狱中饮食不良…\n")
    arts = stories(page, "tag.txt")
    assert [(a.title, a.date) for a in arts] == [("某某商会在悉尼举办庆祝活动 场外有人抗议", "2022-08-28"),
                                                ("外长发表声明 呼吁公正对待被拘公民", "2022-08-13")]
    assert arts[1].text.startswith("外交部长周六")


def test_a_date_with_the_months_name_between_day_and_year():
    """A community paper's content system writes '週日, 27 十月 2019 20:55' under the headline."""
    a = one("僑團慶祝成立五周年\n週日, 27 十月 2019 20:55\n\n"
            "僑團昨晚在酒樓舉行成立五周年慶祝活動，市長到場頒發嘉許狀，表揚團隊推廣社區健康的成績。\n")
    assert a.date == "2019-10-27"


def test_a_story_printed_twice_on_its_page_is_kept_once():
    """A page prints its story's paragraphs twice, then the next (untitled) story."""
    story = ("立法会选举将于周日举行，为鼓励市民投票，四位局长亲自拍摄了宣传片。\n"
             "几位局长在片中提醒投票时间为上午八时半至晚上十时半，选民只须带备身份证。\n")
    page = ("四位局长拍片吁市民投票\n\n" + story + "\n" + story +
            "本港疫情持续放缓，确诊数字已大幅回落，特首今日在行政会议前见记者时作出上述表示。\n")
    arts = stories(page, "hk.txt")
    assert sum(a.text.count("四位局长亲自拍摄") for a in arts) == 1
    assert any(a.text.startswith("本港疫情") for a in arts)


def test_a_teasers_continue_reading_link_is_chrome():
    """A blog's teaser ends with its link ('Continue reading “…”', '繼續閱讀 »'): no text of it."""
    page = ("某某特別行政區行政長官新年賀詞\n\n各位居民、各位朋友:大家好!我們即將迎來新的一年。\n\n"
            "Continue reading “某某特別行政區行政長官新年賀詞”\n\n繼續閱讀 »\n\n行政長官某某某\n")
    kept = [x.text for x in clean_lines(page)]
    assert not any("Continue" in t or "繼續" in t for t in kept) and "行政長官某某某" in kept
