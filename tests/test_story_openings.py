"""What sits between a story's headline block and its lead on real pages (issue 25): a widget's
line or two, a notice said twice, a date line carrying an update stamp. None of it is a story
of its own; the headline and the date stay the story's. Texts written for the tests."""
from __future__ import annotations

from search.sources.dates import date_line
from search.sources.text import split_articles


def test_a_widget_between_the_metadata_and_the_lead_is_no_article():
    text = ("文化要闻 天下事\n\n河口镇举办首届荔枝文化节\n\n来源：南方某网 2023-06-12 08:10\n\n"
            "投票加载中，请稍候。\n若长时间无响应，请刷新本页面\n\n"
            "新华社广州6月11日电 河口镇11日举办首届荔枝文化节，吸引游客两万余人次。\n\n"
            "文化节期间，当地果农现场展销十余个荔枝品种，并开展采摘体验活动。\n")
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.date) for a in arts] == [("河口镇举办首届荔枝文化节", "2023-06-12")]
    assert "请稍候" not in arts[0].text and "刷新" not in arts[0].text
    assert "两万余人次" in arts[0].text and "采摘体验" in arts[0].text


def test_a_notice_said_twice_above_a_wire_lead_keeps_the_story_whole():
    text = ("溪北隊逆轉勝 暫居聯盟第一\n\n2022/5/8 21:40(5/8 21:55 更新)\n"
            "請先同意本站的使用條款，才能收聽本則新聞的語音版本。\n"
            "請先同意本站的使用條款，才能收聽本則新聞的語音版本。\n\n"
            "(某通訊社記者林某台中8日電)溪北隊今天在主場以4比2逆轉擊敗南港隊。\n\n"
            "南港隊先馳得點，溪北隊在7局下連得3分反超。\n")
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.date) for a in arts] == [("溪北隊逆轉勝 暫居聯盟第一", "2022-05-08")]
    assert "逆轉擊敗南港隊" in arts[0].text and "反超" in arts[0].text


def test_briefs_that_open_on_a_lead_stay_articles_of_their_own():
    text = ("第3版：要闻　2024年5月10日\n\n春耕进度过半\n\n本报讯 全县春耕进度过半。\n\n"
            "夜市重新开张\n\n本报讯 城东夜市昨晚重新开张。\n")
    assert [a.title for a in split_articles(text, "x.txt")] == ["春耕进度过半", "夜市重新开张"]


def test_a_date_line_may_carry_its_update_stamp():
    assert date_line("2021/3/24 22:42(3/24 22:51 更新)") == "2021-03-24"
    assert date_line("2024-05-01 10:00 更新時間：10:30") == "2024-05-01"
    assert date_line("2024年5月1日 最后更新 2024/5/2") == "2024-05-01"
    assert date_line("更新中的2024年5月1日新闻") is None  # a headline mentioning a date


def test_a_content_systems_code_is_no_source():
    text = ("发布时间:2024-11-19 07:29:38 来源: sp20241119\n"
            "前段时间，记者到河套平原的几个旗县采访，看到林场职工为守护生态日夜奔忙。\n")
    arts = split_articles(text, "x.txt")
    assert len(arts) == 1 and arts[0].date == "2024-11-19" and arts[0].source is None
