"""Real pages as they come (issue 25): headlines, chrome and captions in the forms portals,
mirrors and Taiwan/Hong Kong papers print. Texts are written for the tests, modelled on
those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one

BODY = "\n\n今年以来，全县新修农村公路八十公里，沿线二十多个村的群众出行更方便了。\n"


def test_short_headline_with_dash_subtitle_is_kept_whole():
    a = one("山路通了 果子出山——一个山村的脱贫路" + BODY)
    assert a.title == "山路通了 果子出山——一个山村的脱贫路"


def test_long_dash_subtitle_is_a_dek_in_the_text():
    a = one("修好家门口的路 走稳致富的路——全县推进农村公路建设改善群众出行条件工作综述" + BODY)
    assert a.title == "修好家门口的路 走稳致富的路"
    assert "全县推进农村公路建设" in a.text


def test_date_glued_to_source_key_is_metadata_not_headline():
    a = one("茶農合作社開出第一家門市\n2021-06-08 09:30:00來源:山城日報\n\n"
            "茶農合作社的第一家門市昨天開張，店裡擺滿了社員自產的高山茶。\n")
    assert (a.title, a.date, a.source) == ("茶農合作社開出第一家門市", "2021-06-08", "山城日報")


@pytest.mark.parametrize("chrome", [
    "編輯: 王小明", "關鍵詞:茶農;門市;高山茶", "★ 無法正常瀏覽內容,請按這裡線上閱讀",
    "本站所有文章均由网友上传，仅供学习交流。", "幸运彩票|幸运彩票", "匿名匿名",
    "免费在线观看,高清无码,最新中文字幕", "現在用APP看新聞 點我下載APP", "关怀专线:1234", "NEWS link",
    "山城新闻客户端 | 江北 03-14", "list_new2.html", "../../static/tpl/font_big.html", "https://news.example.cn/a/1.shtml",
])
def test_page_chrome_stays_out_of_the_text(chrome):
    a = one("茶農合作社開出第一家門市\n2021-06-08 來源:山城日報\n\n"
            "茶農合作社的第一家門市昨天開張，店裡擺滿了社員自產的高山茶。\n\n" + chrome + "\n\n"
            "社員表示，門市開張後，茶葉不必再交給中盤商，收入可望增加。\n")
    assert chrome not in a.text and "收入可望增加" in a.text


def test_a_headline_naming_a_lottery_is_not_spam():
    a = one("体育彩票公益金资助社区球场" + BODY)
    assert a.title == "体育彩票公益金资助社区球场"


def test_tagged_photo_caption_keeps_the_headline_above_it():
    """A Taiwan page: headline, a caption tagged (資料照), a date, then the bracketed lead."""
    a = one("港邊倉庫清晨失火 無人受傷\n倉庫火勢在一小時內撲滅。(資料照)\n\n2024/07/01 08:15\n\n"
            "〔記者林大同/基隆報導〕港邊一處倉庫今天清晨失火，消防隊出動十多輛車，一小時內撲滅火勢。\n")
    assert (a.title, a.date) == ("港邊倉庫清晨失火 無人受傷", "2024-07-01")


def test_headline_said_twice_then_date_on_one_line():
    """A page flattened to one line: headline, headline again, date and time, then text."""
    a = one("渡輪加開夜班 渡輪加開夜班 2019年8月3日 18:20 渡輪公司表示，由下周起加開夜班，"
            "方便市民往返離島。\n")
    assert (a.title, a.date) == ("渡輪加開夜班", "2019-08-03")


def test_headline_next_to_the_lead_beats_the_page_title_above_the_metadata():
    a = one("正在阅读:某某网-某某网\n首页>新闻>正文\n\n快讯频道\n\n来源:某某网 2024-03-06 17:48\n\n"
            "点击右上角微信好友\n\n朋友圈\n\n"
            "港口货运量创同期新高******\n\n"
            "新华社天津3月5日电(记者 李四)记者从港口集团获悉，今年前两个月港口货运量创同期新高。\n")
    assert (a.title, a.date) == ("港口货运量创同期新高", "2024-03-06")
    assert "微信" not in a.text and "朋友圈" not in a.text


def test_fuller_headline_under_the_metadata_is_the_headline():
    a = one("一个山村的脱贫路\n發布時間: 2020-11-09 09:28 | 來源: 山城日報\n\n"
            "果子出山——一个山村的脱贫路\n\n今年以来，全村新修产业路六公里，果子不愁卖了。\n")
    assert (a.title, a.source) == ("果子出山——一个山村的脱贫路", "山城日報")


@pytest.mark.parametrize("under", ["王小青", "☉林大同", "(二〇二〇年一月一日)"])
def test_a_line_under_the_headline_is_not_the_headline(under):
    a = one("A04:夏日热线特别报道\n\n2015年07月25日 星期六\n小区门口的垃圾谁来清?\n" + under + "\n"
            "  家住东区的张女士昨天致电本报热线，说小区门口的大件垃圾已经堆了半个月。\n")
    assert a.title == "小区门口的垃圾谁来清?" and "特别报道" not in a.title


@pytest.mark.parametrize("chrome", [
    "感谢王先生提供线索，奖励50元", "k7 a! 3q z. p2 R' @* M( D2 e", "卡拉 某某晚报 某某网 某某客户端记者 钱七",
])
def test_tip_rewards_jammers_and_credit_lines_stay_out(chrome):
    a = one("小区门口的垃圾谁来清?\n\n"
            "家住东区的张女士昨天致电本报热线，说小区门口的大件垃圾已经堆了半个月。\n\n" + chrome
            + "\n\n记者随后联系了物业公司，对方表示本周内清运完毕。\n")
    assert chrome not in a.text and "清运完毕" in a.text



def test_page_file_names_between_headline_and_text_keep_the_headline():
    """A copied page: the site's dated bar, the headline, then the page's link targets."""
    a = one("山城新闻客户端 | 江北 03-14\n茶農合作社開出第一家門市\n"
            "list_new2.html\n../../static/tpl/font_big.html\n\n\n"
            "茶農合作社的第一家門市昨天開張，店裡擺滿了社員自產的高山茶。\n")
    assert a.title == "茶農合作社開出第一家門市"
    assert "html" not in a.text and "03-14" not in a.text


@pytest.mark.parametrize("headline", ["专访｜种茶三十年的老社长", "图集 | 江北春茶开采", "3月14日｜江北春茶开采"])
def test_a_headline_with_a_pipe_is_not_a_header_bar(headline):
    a = one(headline + BODY)
    assert a.title == headline


def test_a_bracketed_photo_credit_keeps_the_paragraph_above_it_in_the_story():
    """'仪式现场(张三 摄)' under the first paragraph is that photo's caption: the paragraph
    stays the story's text under its headline, not a photo item of its own."""
    a = one("江北春茶开采仪式举行\n\n\n\n早春三月,茶香四溢,江北的春茶陆续开采,茶农们天不亮就上山,"
            "赶在露水干之前采下头一茬嫩芽。\n\n开采仪式现场(张三 摄)\n\n"
            "当天,茶厂负责人说,今年气温回升早,开采比往年提前了一周,收购价格也比去年略高。\n")
    assert a.title == "江北春茶开采仪式举行"
    assert "茶香四溢" in a.text and "收购价格" in a.text


def test_other_headlines_set_apart_above_the_headline_are_not_its_kicker():
    """A Taiwan page opens with other stories' headlines, each set apart by a blank line; a
    kicker sits right on its headline, so none of them goes into the story's text."""
    a = one("港口倉庫清晨冒煙！消防隊出動十輛車 無人受傷\n\n"
            "山區道路坍方 縣府搶通一線道\n\n"
            "颱風外圍環流影響 北部山區防豪雨\n\n"
            "山城日報／ 記者林大同／台北即時報導\n"
            "氣象署今天下午發布豪雨特報，提醒北部山區民眾留意坍方及落石，非必要不要上山。\n")
    assert a.title == "颱風外圍環流影響 北部山區防豪雨"
    assert "冒煙" not in a.text and "坍方 縣府" not in a.text
