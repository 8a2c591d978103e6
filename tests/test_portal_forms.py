"""Forms of Taiwan, Hong Kong and overseas portals: date keys and English month names, a
closing source line with its date, a ticker of other headlines, a report retold inside a
story, a header clock, counters and a comment form. The pages here are written for these
tests, modelled on pages of many sites."""
from __future__ import annotations

import random

from bench.layouts import portal
from search.sources.heads import bulleted
from search.sources.lines import Line, line_kind
from search.sources.text import split_articles


def _arts(text: str):
    return split_articles(text, "page.txt")


def test_a_printed_on_key_and_a_date_with_an_english_month_are_the_storys_dates():
    (a,) = _arts("議會總質詢 電視網路直播\n\n刊登日期:2024-05-15\n"
                 "【記者某某某台南報導】市議會定期會十五日起進行市政總質詢,市民可以透過電視或網路收看。\n\n"
                 "議會表示,總質詢時間每人五十分鐘。\n")
    assert a.date == "2024-05-15"
    (b,) = _arts("返回\n本地\n出版：2026-Jan-20 18:31\n更新：2026-Jan-20 18:31\n\n"
                 "急症室求診人數減兩成\n\n醫管局表示,本月急症室求診人數較去年同期減少近兩成,輪候時間縮短。\n\n"
                 "當局會繼續監察收費改革的成效。\n")
    assert (b.title, b.date) == ("急症室求診人數減兩成", "2026-01-20")


def test_a_closing_news_source_line_names_the_paper_and_a_view_counter_leaves_the_headline():
    (a,) = _arts("小學畢業典禮感性登場 七位畢業生說再見 --閱讀人次 : 858\n"
                 "【記者某某某報導】某某國小第51屆畢業典禮15日下午感性登場,七位畢業生在祝福下完成小學旅程。\n"
                 "畢業生家長全數出席,分享孩子成長的喜悅。\n"
                 "新聞資料來源:某某日報--2017-06-16\n已有 0 位網友鼓勵\n")
    assert a.title == "小學畢業典禮感性登場 七位畢業生說再見"
    assert (a.date, a.source) == ("2017-06-16", "某某日報")
    assert "網友鼓勵" not in a.text


def test_a_ticker_of_other_headlines_is_chrome():
    ticker = "            ".join(["某某調查一成學子遭校園霸凌", "數位學習計畫補助五十六校", "市府攜手產學啟動新計畫",
                         "年後轉職潮就業網站助攻", "南市推動觀光抱回五項大獎", "分手沒還機車前女友告侵占",
                         "桃園啟動溪流護岸改善工程", "颱風外圍環流影響北部有雨", "縣府公布明年度預算案"])  # 150+
    (a,) = _arts("回首頁\n\n今日頭條:\n\n" + ticker + "\n\n議會總質詢 電視網路直播\n\n刊登日期:2024-05-15\n"
                 "【記者某某某台南報導】市議會定期會十五日起進行市政總質詢,市民可以透過電視或網路收看。\n")
    assert a.title == "議會總質詢 電視網路直播" and "霸凌" not in a.text


def test_a_report_retold_inside_a_story_is_its_text_not_a_new_story():
    (a,) = _arts("高速公路多车相撞 七人死亡\n\n"
                 "周一晚上,高速公路南行路段发生多车相撞事故,造成七人死亡、三十多人受伤。\n\n"
                 "警方表示,一辆卡车的轮胎脱落,旅游巴士撞上轮胎后失控。\n\n"
                 "据《某某时报》报道,巴士随后撞上对面车道的两辆轿车。\n\n"
                 "警方周二确认了死者的身份。\n")
    assert "据《某某时报》报道" in a.text and a.text.endswith("确认了死者的身份。")


def test_a_header_clock_with_the_weekday_first_is_no_date_of_the_story():
    (a,) = _arts("星期六 2024年 10月 26日\n主页 大城小镇\n\n华小足球联赛下月开踢\n\n"
                 "州华人足球公会订于下月起一连七个星期日,在华小草场举行足球联赛。\n\n"
                 "联赛获得区内八所华小参与。\n")
    assert (a.title, a.date) == ("华小足球联赛下月开踢", None)


def test_a_comment_forms_heading_and_promise_are_chrome():
    arts = _arts("區議員與立法會議員舉行會議\n\n區議員7月19日應邀到立法會就地區議題交換意見。\n\n"
                 "發佈留言\n\n您無須註冊,只需要提供電郵地址即可發表留言,您提供的電郵地址不會公開。 必填欄位標示為 *\n")
    assert [a.title for a in arts] == ["區議員與立法會議員舉行會議"]
    assert "留言" not in arts[0].text


def test_text_after_a_closing_source_line_and_a_counter_is_the_next_pages():
    above = ("小學畢業典禮感性登場\n"
             "【記者某某某報導】某某國小畢業典禮15日下午感性登場,七位畢業生在祝福下完成小學旅程。\n"
             "新聞資料來源:某某日報--2017-06-16\n已有 0 位網友鼓勵\n\n")
    flat = ("新聞焦點 【防洪維護】縣府漏夜調派抽水機 歷史訊息 | 發布日期 2023/09/06 | "
            "縣內5日下午暴雨,一處大樓地下室因強降雨瞬間淹水,縣府隨即調派兩台抽水機前往,漏夜抽水讓積水消退。\n")
    arts = _arts(above + flat)
    assert len(arts) == 2 and "抽水機" not in arts[0].text and "抽水機" in arts[1].text


def test_a_job_ads_bulleted_english_title_is_no_headline_of_the_story_under_it():
    pending = [Line("• Advertising & Marketing Executive", 0), Line("南北大道发生多车事故,造成七人死亡", 1)]
    assert bulleted(pending) is None
    pending = [Line("• 南北大道多车相撞 七人死亡", 0), Line("警方调查事故原因", 1)]
    assert bulleted(pending) == 0  # an e-paper's bulleted headline over its deck


def test_a_page_title_with_a_column_tag_is_the_headline_said_again():
    (a,) = _arts("[新春走基层] 某县护林员:守护山林过春节\n某县护林员:守护山林过春节\n"
                 "某某网讯(记者 甲 乙)春节第一天,林场护林员一早就前往分场护林点巡逻。\n"
                 "当天,全县一百多名护林员放弃休息,深入各主要林区开展森林防火工作。\n")
    assert a.title == "某县护林员:守护山林过春节" and "新春走基层" not in a.text


def test_an_e_papers_masthead_names_the_paper_of_its_own_reports():
    (a,) = _arts("某某日报 数字报纸\n\n\na0001版:要闻\n\n下半年征兵体检工作 全面展开\n\n"
                 "  本报讯(记者 甲 通讯员 乙)近日,我市下半年首次征兵体检正式启动。\n\n"
                 "  本次体检共六天,计划为一千八百余名应征青年提供体检服务。\n")
    assert (a.title, a.source) == ("下半年征兵体检工作 全面展开", "某某日报")


def test_a_sites_credit_for_compiling_the_story_is_chrome():
    (a,) = _arts("某区举办非遗展演活动\n\n时间:2022-06-10 08:59 来源:某某文化网\n\n"
                 "6月8日下午,某区非遗展演活动在数字电影院内举行,十多个非遗项目登台。\n\n"
                 "都市文化界 Abcd.com 整理发布\n")
    assert "整理发布" not in a.text


def test_a_headline_over_its_metadata_at_a_page_break_opens_that_page():
    """A dump of portal pages in traditional characters whose second headline is simplified:
    the script turns at the headline, and the headline goes with its page."""
    def paragraph(topic: str, n: int) -> str:
        said = ["建造的年代與規模", "當地居民的生活", "歷代修繕的經過",
                "節慶時的熱鬧景象", "保存下來的文物", "研究者的考證"]
        return "".join(f"{topic}的第{n}{k}段記述{what}。" for k, what in enumerate(said * 5))
    pages = [{"title": "運河古鎮", "paragraphs": [paragraph("運河古鎮", n) for n in range(4)]},
             {"title": "高山茶园", "paragraphs": [paragraph("高山茶園", n) for n in range(4)]}]
    arts = _arts(portal(pages, ["甲乙丙", "丁戊己", "庚辛壬"], random.Random(5)))
    assert [a.title for a in arts] == ["運河古鎮", "高山茶园"]
    assert all(a.date for a in arts) and "高山茶园" not in arts[0].text


def test_a_government_press_release_in_a_dump_keeps_its_headline_source_and_date():
    above = ("區選投票率公布\n\n區選投票率公布\n\n\n\n選舉事務處早上公布,地方選區總投票率為百分之二十七。\n\n"
             "因應電子登記冊出現故障,投票時間延至午夜才結束。\n\n(政府新聞處圖片)\n\n\n相關文章\n\n")
    release = ("公立医院急症室服务使用率\n*****************\n\n下稿代医院管理局发出:\n\n"
               "  在服务需求高峰期期间,医院管理局密切监察辖下公立医院急症室服务的数据,并每日发布。\n\n"
               "  医管局将由明日起停止每日发布有关数据,会持续监察公立医院的服务情况。\n \n\n\n\n"
               "2019年6月1日(星期六)\n香港时间8时55分\n\nMENU\n\n新聞稿\n\n2018年12月12日\n \n")
    below = ("公益金百萬行 踏足中環\n \n為與市民慶祝公益金踏入金禧年,公益金將在明年一月舉辦百萬行,路線途經中環。\n \n"
             "公益金百萬行隊伍現已接受報名。\n")
    arts = _arts(above + release + below)
    assert [(a.title, a.date, a.source) for a in arts][1:] == [
        ("公立医院急症室服务使用率", "2019-06-01", "医院管理局"), ("公益金百萬行 踏足中環", "2018-12-12", None)]


def test_an_empty_caption_label_and_a_bare_photo_credit_are_chrome():
    (a,) = _arts("區選投票率公布\n\n選舉事務處早上公布,地方選區總投票率為百分之二十七。\n\n(政府新聞處圖片)\n\n"
                 "因應電子登記冊出現故障,投票時間延至午夜才結束。\n\n圖片說明:\n\n圖一:\n\n"
                 "署長(左四)與嘉賓主持宣傳活動。\n")
    assert "新聞處圖片" not in a.text and "圖片說明" not in a.text and "圖一" not in a.text
    assert "署長(左四)" in a.text


def test_a_deck_of_joined_clauses_under_the_headline_is_not_the_headline():
    (a,) = _arts("我市第十四届运动会开幕\n\n共设36个项目,参赛人数约5000人\n\n核心提示: 昨日上午,运动会正式开幕。\n\n"
                 "本报讯(记者 某某)昨日上午,我市第十四届运动会正式开幕。\n\n"
                 "据悉,本次运动会共设36项比赛项目,参赛人数约5000人。\n")
    assert a.title == "我市第十四届运动会开幕"
    (b,) = _arts("坚持生态优先,推动绿色发展\n\n城郊湿地公园今日开园\n\n"
                 "本报讯(记者 某某)今日上午,城郊湿地公园正式开园,园内种植了上百种水生植物。\n")
    assert b.title == "城郊湿地公园今日开园"  # a kicker's clauses above the headline: not a deck


def test_a_sites_credits_counter_and_an_images_id_are_chrome():
    (a,) = _arts("首页 > 最新要闻\n\n某镇:开展河道沿线环境治理 共护水清岸绿 发布日期:2025-04-28 08:55 浏览人次:47次\n\n"
                 " 4月27日,某镇全体机关干部奔赴河道沿线,对沿岸环境进行系统性清理整治。\n\n"
                 "经过三个多小时的齐心协力,共修理树坑二百多个。\n\n来源:某镇\n\n图文:某某某\n\n编辑:某某某\n\n主编:某某\n")
    assert a.text.endswith("修理树坑二百多个。") and (a.date, a.source) == ("2025-04-28", "某镇")
    (b,) = _arts("警方八小时抓获盗窃嫌疑人\n\n某某新闻讯 从接到报警到抓获嫌疑人,民警只用了八小时。\n\n"
                 "目前,嫌疑人已被依法采取刑事强制措施。\n\n某某新闻记者 某某某\n\n编辑 某某某\n")
    assert "编辑" not in b.text
    (c,) = _arts("许可证:61120180013\n\n沃柑迎丰收\n\n2022-01-29 11:00:00\n\n20220128204630406539\n\n"
                 "图为丰收的果农。\n\n春节临近,县里的沃柑挂满枝头,柑橘类种植面积已达三千多亩。\n")
    assert (c.title, c.date) == ("沃柑迎丰收", "2022-01-29")


def test_a_flattened_page_with_its_source_before_the_date_is_cut_into_its_parts():
    (a,) = _arts("某县大桥开工建设 来源:市交通局 2013-06-19 09:10 字体:【小 大】 “大桥终于开工了!”6月16日上午,"
                 "某县大桥开工仪式上,一位当地村民激动地说。该桥全长3.3公里,总投资四千多万元。 稿源:某某日报\n")
    assert (a.title, a.date, a.source) == ("某县大桥开工建设", "2013-06-19", "市交通局")
    assert "字体" not in a.text


def test_a_blogs_album_link_and_a_notice_slider_leave_its_posts_and_their_days():
    blog = ("最新消息\n\n通告: 2024年4月26日 义卖会敬请注意 < >\n\n2018年4月20日星期五\n\n"
            "校庆墓园公祭\n\n\n校庆墓园公祭\n\n"
            "2018年4月20日,三校进行校庆墓园公祭,三校都派出学生及教师前往参与公祭。\n"
            "仪式大约在上午11时半结束。\n\n更多照片\n\n\n\n\n\n\n\n\n\n\n2018年4月19日星期四\n\n校庆公祭流程表\n\n\n"
            "校庆植树准备工作\n\n2018年4月20日,校庆植树工作已经进行得如火如荼,原定一百棵,再增加八棵。\n")
    arts = _arts(blog)
    assert [(a.title, a.date) for a in arts] == [("校庆墓园公祭", "2018-04-20"), ("校庆植树准备工作", "2018-04-19")]
    assert "更多照片" not in arts[0].text


def test_a_continue_reading_marker_inside_a_story_is_dropped_without_cutting_it():
    (a,) = _arts("部落豐年祭昨熱鬧登場\n\n某某部落昨(26)日舉辦豐年祭,感謝祖靈庇佑,族人身著傳統服飾齊聚廣場。\n\n"
                 "↓請繼續閱讀↓\n\n各部落頭目等貴賓一同向族人獻上祝福,並拉著族人跳起傳統舞步。\n")
    assert "繼續閱讀" not in a.text and "傳統舞步" in a.text


def test_a_section_heading_that_restates_the_story_above_opens_no_new_story():
    (a,) = _arts("四名法官獲委任為高院法官 曾審多宗案件\n\n"
                 "司法機構周四宣布委任四名區院法官為高等法院原訟法庭法官,周五起生效。\n\n"
                 "翻查資料,某某文曾審理多宗國安案件,並曾就一宗集會案裁定被告罪成。\n\n"
                 "某某文曾審國安案\n\n"
                 "某某文於1966年在香港出生,1991年起私人執業,2012年獲委任為區域法院法官。\n")
    assert "2012年獲委任" in a.text and "某某文曾審國安案" in a.text


def test_a_gallery_of_captions_set_close_under_a_storys_text_is_no_new_page():
    caption = "{}。(相片由某某通訊社提供)"
    gallery = "\n".join(caption.format(c) for c in ["城東有大樹被吹塌,壓住行車線", "城東有大樹被吹塌,壓住行車線",
                                                    "城東有大樹被吹至連根拔起", "城東有大樹被吹至連根拔起",
                                                    "城東昨夜風勢頗大", "城東昨夜風勢頗大"])
    page = ("颱風過境 多區錄得塌樹水浸\n\n8號風球現正生效。天文台表示,颱風的眼壁昨夜橫過本港,多處吹颶風。\n\n"
            "經過一夜颶風吹襲,多區的大樹被吹至塌下,民政署共收到七十多宗塌樹報告。\n\n"
            + gallery + "\n在城北,更有大樹倒塌時壓中一輛私家車。\n在城北,更有大樹倒塌時壓中一輛私家車。\n\n"
            "另外,渠務署確認十二宗水浸個案,暫時未有人受傷。\n")
    (a,) = _arts(page)
    assert a.title == "颱風過境 多區錄得塌樹水浸" and "渠務署確認" in a.text


def test_a_headline_set_in_two_short_lines_is_one_headline_but_a_body_named_above_it_is_not():
    (a,) = _arts("要闻\n\n渔船夜航触礁\n七名船员全部获救\n\n"
                 "(本报讯)一艘渔船昨夜在外海触礁进水,船上七名船员全部获救。\n\n海事部门表示,事故原因仍在调查之中。\n")
    assert a.title == "渔船夜航触礁 七名船员全部获救" and "渔船夜航触礁" not in a.text
    (b,) = _arts("发布日期:2024年11月02日\n某某县供水服务中心\n保障冬季用水 更换老旧管道\n"
                 "  本报讯 (记者 某某)连日来,某某县供水服务中心组织人员更换城区老旧供水管网,保障群众冬季用水。\n"
                 "  目前已完成管网更换三千余米。\n")
    assert b.title == "保障冬季用水 更换老旧管道"


def test_a_headline_in_two_parts_ending_in_a_word_like_a_sites_names_no_site():
    (a,) = _arts("保障冬季用水 更换老旧管网\n\n"
                 "连日来,某某县供水服务中心组织人员更换城区老旧供水管网,保障群众冬季用水。\n")
    assert a.title == "保障冬季用水 更换老旧管网" and a.source is None


def test_a_headline_with_its_date_set_after_it_on_its_line_gives_both():
    (a,) = _arts("某某县图书馆夜间开放 方便上班族阅读 2025年03月12日\n\n"
                 "  本报讯 某某县图书馆从本月起延长开放时间,每周二至周五晚间开放至九时。\n")
    assert (a.title, a.date) == ("某某县图书馆夜间开放 方便上班族阅读", "2025-03-12")
    (b,) = _arts("漁港新碼頭啟用 漁民卸貨更方便 2016年05月20日 09:15 某某某/東港報導 "
                 "東港漁港新碼頭昨日正式啟用,漁會表示,新碼頭可同時停靠三十艘漁船,漁民卸貨不必再排隊等候。\n"
                 "No comments:\n")
    assert (b.title, b.date) == ("漁港新碼頭啟用 漁民卸貨更方便", "2016-05-20") and "三十艘漁船" in b.text


def test_a_skip_link_asked_for_with_press_here_is_no_story():
    arts = _arts("按此,跳至主要内容。\n字型大小\n\n渡轮新航线今日启航\n\n2023年5月2日\n\n"
                 "新航线今日启航,运输署派员在码头监察乘客上落情况,并与营办商保持联络。\n")
    assert [a.title for a in arts] == ["渡轮新航线今日启航"]


def test_a_boards_poster_line_dates_the_thread_under_it_even_in_a_dump():
    above = "镇上新修的文化广场开放\n\n(本报讯)镇上新修的文化广场昨日开放,广场设有篮球场、戏台和儿童游乐区。\n\n"
    post = ("某某网管理员3 发表于 2021-4-9 09:15\n\n同乡会向灾区捐款逾百万元\n\n\n"
            "某某同乡会讯: 灾情发生以来,本会共收到会员捐款一百二十万元,已全数转交灾区。\n")
    for text in (post, above + post):
        arts = _arts(text)
        assert (arts[-1].title, arts[-1].date) == ("同乡会向灾区捐款逾百万元", "2021-04-09")


def test_a_schools_notice_board_posting_date_is_its_date():
    (a,) = _arts("校園環境消毒公告\n\n上一則公告 下一則公告\n\n張貼日期: 2024-09-02 08:10:00  點閱:15\n\n"
                 "本校將於九月七日進行全校環境消毒,當日校園暫停開放。\n")
    assert (a.title, a.date) == ("校園環境消毒公告", "2024-09-02")


def test_a_series_label_over_a_school_post_and_its_numbered_photo_captions_make_no_stories():
    post = ("第三屆書法比賽系列報道之二:\n我校第三屆書法比賽順利舉行\n"
            "12月3日下午,我校第三屆書法比賽在禮堂舉行,全校一百二十名同學參加。\n"
            "(圖一)比賽現場\n比賽分為硬筆和毛筆兩組,由五位老師擔任評委。\n"
            "(圖二)評委老師認真評分\n(圖三)獲獎同學合影\n(圖四)校長為獲獎同學頒獎\n"
            "比賽結束後,校長為獲獎同學頒發了證書和獎品,並勉勵同學們堅持練字。\n")
    (a,) = _arts(post)
    assert a.title == "我校第三屆書法比賽順利舉行" and "系列報道" not in a.text and "堅持練字" in a.text
    assert line_kind("(圖二)評委老師認真評分")[0] == "caption"  # a numbered photo's caption, never a headline


def test_a_sections_label_ending_on_a_colon_keeps_its_heading_in_the_story():
    page = ("本市兩家新博物館下月開放\n\n2024-05-17 10:00 來源:某某日報\n\n"
            "記者從市文物局獲悉,東區博物館和南區博物館將於下月一日起對外開放,市民可預約參觀。"
            "兩館均免費開放,逢周一閉館,開放首月每天限額兩千人,團體參觀須提前三天在網上登記。\n\n"
            "東區博物館:\n\n一睹清代書畫名家真跡\n\n"
            "據了解,東區博物館位於文化藝術中心,基本陳列以本地歷史為主題,館藏清代書畫名家作品三十餘件。\n\n"
            "南區博物館:\n\n設自助導覽機\n\n南區博物館設有自助導覽機,市民可用手機掃碼收聽講解。\n")
    (a,) = _arts(page)
    assert "書畫名家真跡" in a.text and "掃碼收聽講解" in a.text


def test_an_outlets_reporter_named_before_the_text_names_the_source():
    (a,) = _arts("供暖季下周开始\n\n"
                 "某某晚报记者 李明 根据市住建委通知,本市供暖季将于下周一开始,各供热单位已完成设备检修。\n")
    assert a.source == "某某晚报"


def test_a_public_bodys_news_passed_on_names_it_as_the_source():
    (a,) = _arts("总领馆出席侨校开学礼\n\n据中国驻某地总领馆消息,9月1日,总领馆代表出席当地华文学校开学典礼并致辞。\n")
    assert a.source == "中国驻某地总领馆"
    (b,) = _arts("侨校开学\n\n据了解,当地华文学校今年新生人数创下新高,校方增开了两个班级。\n")
    assert b.source is None


def test_an_e_papers_issue_line_with_its_page_after_the_brackets_dates_and_sources_the_story():
    (a,) = _arts("2025年3月2日\n\n\n社区民警上门讲反诈\n\n《某某日报》(2025年3月2日) 05版\n\n"
                 "本报讯(通讯员 某某)为提高居民防范电信诈骗的意识,社区民警近日逐户上门发放反诈宣传单。\n")
    assert (a.title, a.date, a.source) == ("社区民警上门讲反诈", "2025-03-02", "《某某日报》")


def test_a_date_after_an_empty_source_key_under_the_text_is_the_storys():
    page = ("志愿者走进医院服务患者\n\n    本报讯(通讯员 某某)5月9日早上,一百多名志愿者在门诊大厅为患者指引就诊。\n"
            "    志愿者还帮助老年患者使用自助挂号机。\n\n\n\n编辑:某某 来源: 2018-05-11 10:38\n\n\n龙泉政府网\n")
    (a,) = _arts(page)
    assert (a.title, a.date) == ("志愿者走进医院服务患者", "2018-05-11")
