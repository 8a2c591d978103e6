"""Real pages (issue 25, point 2): the headline, the date a story states and the outlet it
names, in the forms portals, broadcasters, e-papers and Taiwan/Hong Kong papers print them.
Texts are written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.dropped import is_boilerplate
from search.sources.text import split_articles


def articles(text: str):
    return [a for a in split_articles(text, "page.txt") if a.kind == "article"]


def one(text: str):
    arts = articles(text)
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


HEAD = "县里新修八十公里农村公路"
BODY = "\n\n今年以来，全县新修农村公路八十公里，沿线二十多个村的群众出行更方便了。\n\n下一步还将修通剩下的断头路。\n"


def test_header_clock_gives_way_to_the_date_under_the_headline():
    """The page header shows today's date; the story states its own under its headline."""
    a = one("2026年3月4日 星期三\n\n" + HEAD + "\n\n2026-02-27 10:20  来源：山城日报" + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", "山城日报")


def test_header_date_stays_when_the_story_states_none():
    a = one("2026年3月4日 星期三\n\n" + HEAD + BODY)
    assert a.date == "2026-03-04"


@pytest.mark.parametrize("line, date", [
    ("中華民國113年5月2日 星期四", "2024-05-02"),
    ("民國99年12月31日", "2010-12-31"),
    ("发布时间：民国一〇一年", None),  # no month or day: no date
])
def test_republic_of_china_years_are_read(line, date):
    a = one(line + "\n\n" + HEAD + BODY)
    assert a.date == date


def test_broadcaster_dateline_with_xiaoxi_opens_the_story_under_a_page_title():
    """Page title, metadata, then the story's headline right above a '…日消息' lead."""
    a = one("晨间新闻节目文字稿全文\n来源：山城广播网\n2026-03-01 07:00:00\n\n" + HEAD + "\n\n"
            "山城广播网3月1日消息（记者 周小川）全县今年新修农村公路八十公里，群众出行更方便了。\n\n"
            "下一步还将修通剩下的断头路。\n")
    assert (a.title, a.date, a.source) == (HEAD, "2026-03-01", "山城广播网")


def test_broadcaster_xiaoxi_lead_names_the_outlet():
    a = one(HEAD + "\n\n山城电视网消息（晚间新闻）：全县今年新修农村公路八十公里，群众出行更方便了。\n")
    assert a.source == "山城电视网"


@pytest.mark.parametrize("meta, source", [
    ("出處：山城晚報　2026年2月27日", "山城晚報"),
    ("来源丨山城日报  2026-02-27", "山城日报"),
    ("來源 | 山城日報　2026-02-27", "山城日報"),
    ("新闻来源：山城日报 2026-02-27", "山城日报"),
    ("山城新闻网 2026-02-27 10:20", "山城新闻网"),
    ("【大 中 小】 2026-02-27 來源：山城日報", "山城日報"),
    ("上稿時間：2026-02-27 來源：山城日報", "山城日報"),
    ("来源:山城网2026-02-27 10:20", "山城网"),
])
def test_metadata_forms_give_date_and_source_never_a_headline(meta, source):
    a = one(HEAD + "\n" + meta + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", source)


def test_outlet_glued_to_its_date_is_a_header_not_a_headline():
    a = one("山城新闻网2026-02-27\n\n" + HEAD + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", "山城新闻网")


def test_any_name_glued_to_a_date_gives_the_date_but_no_source():
    a = one("好运来来|好运来来\n好运来来2026-02-27\n\n" + HEAD + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", None)


def test_a_speech_title_set_on_two_lines_is_one_headline():
    a = one("第1版(要闻)\n\n在全县农村公路建设推进会上\n周小川的讲话\n\n同志们：\n\n"
            "今年以来，全县新修农村公路八十公里，成绩来之不易。\n")
    assert a.title == "在全县农村公路建设推进会上 周小川的讲话"


def test_a_site_and_channel_title_bar_is_not_the_headline():
    a = one("山城新闻网-本地频道\n2026-02-27 10:20 来源：山城日报\n" + HEAD + BODY)
    assert (a.title, a.date, a.source) == (HEAD, "2026-02-27", "山城日报")


def test_photo_then_date_then_second_headline_stays_one_story_each():
    """A Taiwan list of stories: headline, tagged photo, time, a second headline over the lead."""
    story = ("{h}\n{c}(資料照)\n\n2026/02/27 {t}\n\n{s}\n\n〔記者林大同/基隆報導〕{b}\n\n"
             "詳細原因仍待調查釐清。\n\n")
    text = (story.format(h="港邊倉庫清晨失火 無人受傷", c="倉庫火勢在一小時內撲滅。", t="08:15",
                         s="港邊倉庫失火 消防隊一小時撲滅", b="港邊一處倉庫今天清晨失火，消防隊出動十多輛車。")
            + story.format(h="山區道路落石 一度單線通行", c="落石已由工務段清除。", t="09:40",
                           s="山區落石砸中護欄 工務段搶通", b="山區道路今天上午落石，工務段派員搶修。"))
    got = [(a.title, a.date) for a in articles(text)]
    assert got == [("港邊倉庫清晨失火 無人受傷", "2026-02-27"), ("山區道路落石 一度單線通行", "2026-02-27")]


def test_a_date_signing_the_text_above_is_not_the_next_pages_date():
    """A dump: a reply page ends with its dated signature; the next page states no date."""
    text = ("居民反映楼下噪音扰民\n2026-01-05\n\n居民反映楼下夜间施工噪音很大，希望有关部门处理。\n"
            "街道回复：已联系施工单位，夜间停工。\n2026-01-08\n\n"
            "今日天气提示\n\n今天白天晴转多云，气温八到十六度，早晚温差较大，请注意添衣。\n")
    got = [(a.title, a.date) for a in articles(text)]
    assert got == [("居民反映楼下噪音扰民", "2026-01-05"), ("今日天气提示", None)]


@pytest.mark.parametrize("line, date", [
    ("二〇二六年二月二十七日", "2026-02-27"),
    ("2026-02-27T10:20:00+08:00", "2026-02-27"),
])
def test_dates_in_chinese_numerals_and_iso_timestamps(line, date):
    a = one(HEAD + "\n" + line + BODY)
    assert (a.title, a.date) == (HEAD, date)


def test_a_bracketed_date_under_a_dated_pages_headline_is_a_note():
    """An e-paper page dated in its header; the speech's own day is a note under its title."""
    a = one("2026年3月2日山城日报 第1版\n\n周小川的讲话\n（二〇二六年三月一日）\n\n同志们：\n\n"
            "今年以来，全县新修农村公路八十公里，成绩来之不易。\n")
    assert (a.title, a.date) == ("周小川的讲话", "2026-03-02")
    assert "二〇二六年三月一日" in a.text


@pytest.mark.parametrize("opening, source", [
    ("（山城社記者林大同台北27日電）立法院今天三讀通過條例草案，行政院表示歡迎。", "山城社"),
    ("【山城日報訊】立法會今日三讀通過條例草案，條例將於下月起實施。", "山城日報"),
])
def test_wire_and_paper_openings_name_the_outlet(opening, source):
    a = one("立法會三讀通過條例草案\n\n" + opening + "\n\n政府表示歡迎。\n")
    assert a.source == source


def test_a_reprint_names_its_source_after_zhuanzi():
    a = one(HEAD + "\n转载自：山城日报  2026-02-27" + BODY)
    assert (a.date, a.source) == ("2026-02-27", "山城日报")


def test_a_post_reprinted_from_an_outlet_credits_it_and_not_its_headline():
    """A user post on a platform opens on '本文转自：…' and closes on the platform's note that
    it only hosts posts (in Chinese and in English): the outlet is the source, the credit is
    no headline, and the note is not in the story."""
    a = one("本文转自：山城日报\n" + HEAD + BODY
            + "\n特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。\n"
            + "Notice: The content above is uploaded and posted by a user of a social media platform, "
            + "which only provides information storage services, and does not represent the views "
            + "of the platform or of its editors in any way whatsoever.\n")
    assert (a.title, a.source) == (HEAD, "山城日报")
    assert "信息存储" not in a.text and "Notice" not in a.text


def test_a_section_label_in_angle_brackets_is_not_the_headline():
    """A Taiwan paper's list sets its region and county before each headline."""
    a = one("〈南部〉(山城)老戲院將修復活化\n\n〔記者王小明/山城報導〕山城老戲院登錄為歷史建築多年，"
            "縣府今天宣布將編列經費修復。\n\n地方人士表示期待。\n")
    assert a.title == "老戲院將修復活化"


def test_a_servers_error_printed_into_the_page_is_chrome():
    """A blog's PHP warning at the top of each page of a dump opened a story of its own."""
    error = ("Deprecated: Creation of dynamic property Plugin::$k is deprecated in "
             "/var/www/vhosts/example.com.tw/httpdocs/wp-content/plugins/"
             "share-buttons-pro/share-buttons-pro.php on line 11")
    assert is_boilerplate(error)
    a = one(error + "\n\n" + HEAD + BODY)
    assert a.title == HEAD and "Deprecated" not in a.text


def test_a_byline_under_the_headlines_photo_captions_is_that_storys():
    """'Headline' / '▲ caption (圖／…)' / '記者某某／某地報導' / text: one story, with its
    headline and date, not a photo item and an untitled story."""
    arts = articles(" date 2025-08-30 \n\n山城海之夏登場　親子共遊漁村\n\n"
                    "▲▼ 山城推出親子漁村一日遊。（圖／山城縣政府提供）\n\n"
                    "▲山城推出親子漁村一日遊。（圖／山城縣政府提供）\n\n記者林小華／山城報導\n\n"
                    "山城縣觀光局推出漁村一日遊路線，行程結合沙洲生態與海產，邀請親子家庭同遊。\n\n"
                    "遊程首站搭乘漁筏前往沙洲，近距離觀察地形。\n")
    assert [(a.title, a.date) for a in arts] == [("山城海之夏登場 親子共遊漁村", "2025-08-30")]
    assert "觀光局推出漁村一日遊" in arts[0].text


def test_a_broadcasters_photo_labels_are_neither_headline_nor_a_new_story():
    """'alt text Image copyright …' and 'Image caption …' under the headline, and again
    between paragraphs: the headline stays, and the story is one."""
    a = one("山城的冬天静悄悄地来了\n\n山城入冬 Image copyright 某某广播\nImage caption 山城入冬\n\n"
            "冬天一步步逼近，山岭渐渐披上银装，小镇的红瓦顶上积了一层薄雪。\n\n"
            "Image copyright 某某广播\nImage caption 小镇的集市\n\n集市上人来人往，摊主们忙着招呼客人。\n")
    assert a.title == "山城的冬天静悄悄地来了" and "Image" not in a.text and "集市上人来人往" in a.text


@pytest.mark.parametrize("credit, source", [
    ("摘自《山城早报网》shancheng.example |", "山城早报网"),
    ("作者:王小明 来自:山城导报 时间:2009-11-26", "山城导报"),
])
def test_an_excerpted_or_relayed_storys_outlet_is_its_source(credit, source):
    a = one(HEAD + BODY + credit + "\n")
    assert source in (a.source or "")


def test_a_forums_vote_buttons_are_no_headline():
    """A board's post with no headline of its own: its first sentence stands in, not the
    vote buttons above it."""
    a = one(" 鲜花( 0)  鸡蛋( 0)\n|\n(山城讯)" + BODY.strip() + "\n")
    assert "鲜花" not in a.title and "鲜花" not in a.text


def test_a_kicker_in_black_brackets_is_not_the_headline():
    a = one("【重磅消息】山城晚报更名启事\n\n本报自下月一日起更名为山城日报，刊期不变，敬请读者留意。\n")
    assert a.title == "山城晚报更名启事"


def test_an_untitled_pages_first_short_line_is_its_headline_whole():
    """A headline holding a comma and a cry is no title line, but it is the story's headline."""
    a = one("快讯丨启动！带您走进百村，看乡村振兴新变化\n"
            "3月1日上午，全县百村行主题宣传活动在山城古道启动，二十多家媒体参加。\n"
            "活动将持续两个月。\n")
    assert a.title == "快讯丨启动！带您走进百村，看乡村振兴新变化"


def test_an_untitled_page_opening_with_a_sentence_keeps_a_derived_title():
    a = one("今年以来，全县新修农村公路八十公里。\n沿线二十多个村的群众出行更方便了，果子也好卖了。\n")
    assert a.title == "全县新修农村公路八十公里"


@pytest.mark.parametrize("head", ["臭豆腐攤再見! 老街夜市明年整修",  # a space after the cry
                                  "第三屆書法賽開放報名!各校學生12/14現場揮毫"])  # a date's slash
def test_a_headline_with_a_cry_inside_stays_the_headline(head):
    """Taiwan papers put one cry inside a headline; a blog label above it is not the
    story's headline."""
    text = ("發表文章\n\n" + head + "\n\n記者林小文◎某地報導  老街夜市整修工程將於明年動工，"
            "預計影響攤商六十多家。\n\n市府表示，攤商可暫時移往停車場營業。\n")
    assert one(text).title == head


@pytest.mark.parametrize("title", [
    "实验小学：开展“红领巾心向党——争做新时代好队员，当好小主人”主题队日活动",  # dash in quotes
    "春天来了——我县第三届乡村油菜花节在千亩花海开幕 游客踏青赏花品尝农家美食",  # a lead-in before the dash
])
def test_a_long_dashed_title_stays_whole_when_its_first_part_cannot_stand_alone(title):
    assert one(title + BODY).title == title


def test_a_long_dashed_title_still_sets_its_dek_apart():
    a = one("全县农村公路建设提速增效——今年新修八十公里农村公路惠及沿线二十多个村庄" + BODY)
    assert a.title == "全县农村公路建设提速增效"


def test_a_forum_threads_type_is_left_out_of_its_headline():
    a = one("[社会杂谈] 菜市场搬迁以后\n\n时间:2019-5-6 09:12\n\n菜市场搬到河对岸以后，老街坊们买菜要多走二十分钟。"
            "\n\n不少老人希望能开通一趟接驳公交。\n")
    assert a.title == "菜市场搬迁以后"


@pytest.mark.parametrize("control", ["x", "×", "了解更多", "查看更多 »"])
def test_a_close_mark_or_more_link_is_neither_headline_nor_text(control):
    """A login dialog's close mark and a 'learn more' link stand on lines of their own
    between the headline and the story."""
    a = one(HEAD + "\n\n时间:2019-5-6 09:12\n\n您需要登录才可以查看，没有账号？立即注册\n\n" + control
            + "\n\n作者: 老街坊" + BODY)
    assert a.title == HEAD
    assert control not in a.text


def test_a_column_name_before_a_closing_angle_bracket_is_left_out_of_the_headline():
    """'早安台灣》Headline' over the date and photo, then the headline again over the text:
    one story, dated."""
    head = "寒流來襲 北部山區今晨低溫探五度"
    text = ("早安台灣》" + head + "\n\n2025/12/20 07:40(12/20 07:45 更新)\n"
            "寒流影響下，北部山區今晨氣溫明顯偏低。圖為山區民眾穿著厚外套出門。記者王小明攝 114年12月19日\n\n"
            + head + "\n\n根據氣象署發布的低溫特報，今天清晨北部山區氣溫降至攝氏五度左右，民眾出門應注意保暖。\n\n"
            "氣象署預估，寒流將在週末減弱。\n")
    a = one(text)
    assert (a.title, a.date) == (head, "2025-12-20")


def test_a_blog_themes_category_line_is_no_headline():
    """A blog theme prints the post's category over its headline ('Categories: 新闻')."""
    head = "曾被当作病毒携带者! 小城华人社区“至今零确诊!”"
    a = one("Categories: 新闻\n" + head + "\n疫情蔓延以来，当地华人社区至今没有一例确诊病例，"
            "卫生官员称赞居民防护得力。\n许多华人春节后回到小城，主动在家隔离两周。\n")
    assert a.title == head
