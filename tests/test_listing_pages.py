"""Listing pages: a site's list of its latest stories, each item a headline (with its date)
over the story's first paragraph, and pages that print a headline twice around a widget or
a date. Written for these tests, modelled on Hong Kong, Macau and Taiwan news sites' lists."""
from __future__ import annotations

from search.sources.text import split_articles

_DATED_ITEMS = (
    "最新報道\n\n"
    "輕軌東線延長段下月通車 沿線增設三個車站 2024年05月20日|文:本台採訪組\n\n"
    "交通局今(20)日宣布,輕軌東線延長段將於下月初通車,新增的三個車站分別位於海濱公園、體育館及新城市場,"
    "當局預計每日可多接載乘客約一萬人次,並會在通車首周加密班次。\n\n"
    "社區圖書館延長開放時間 周末開放至晚上十時 2024年05月20日|文:記者小明\n\n"
    "文化局表示,為配合學生溫習需要,三間社區圖書館由下周起延長開放時間,周末開放至晚上十時,"
    "館內亦會增設自修座位及充電設施,歡迎市民善用。\n\n"
    "颱風季節將至 氣象局籲市民提早做好防風準備 2024年05月19日|文:本台採訪組\n\n"
    "氣象局昨(19)日舉行記者會,指今年首個颱風最快下月生成,呼籲低窪地區商戶及居民提早準備沙包及擋水板,"
    "並留意局方發出的最新天氣消息。\n")


def test_each_item_of_a_dated_listing_is_an_article_of_its_own():
    arts = [a for a in split_articles(_DATED_ITEMS, "list.txt") if "採訪組" not in a.title]
    titles = [a.title for a in arts]
    assert "輕軌東線延長段下月通車 沿線增設三個車站" in titles
    assert "社區圖書館延長開放時間 周末開放至晚上十時" in titles
    assert "颱風季節將至 氣象局籲市民提早做好防風準備" in titles
    by_title = {a.title: a for a in arts}
    assert by_title["社區圖書館延長開放時間 周末開放至晚上十時"].date == "2024-05-20"
    assert by_title["颱風季節將至 氣象局籲市民提早做好防風準備"].date == "2024-05-19"
    assert "社區圖書館" not in by_title["輕軌東線延長段下月通車 沿線增設三個車站"].text


def test_a_list_of_dated_headlines_with_no_story_under_each_stays_a_list():
    story = ("市政府今天公布新一年度的施政重點,包括增建公共房屋、改善交通配套及推動長者社區照顧服務,"
             "預計總開支較去年增加百分之八,相關預算將於下月提交議會審議。\n\n")
    related = ("相關新聞\n\n"
               "輕軌東線延長段下月通車 沿線增設三個車站 2024-05-20\n"
               "社區圖書館延長開放時間 周末開放至晚上十時 2024-05-20\n"
               "颱風季節將至 氣象局籲市民提早做好防風準備 2024-05-19\n")
    arts = split_articles("市政府公布新年度施政重點\n\n" + story + related, "page.txt")
    assert [a.title for a in arts] == ["市政府公布新年度施政重點"]
    assert arts[0].date is None


_TWICE = ("即時新聞\n\n"
          "海濱長廊翻新工程展開 部分路段封閉兩個月\n\n即時\n\n2026/02/26 16:25:00\n\n"
          "海濱長廊翻新工程展開 部分路段封閉兩個月\n\n"
          "工務部門今天展開海濱長廊翻新工程,沿岸約八百公尺路段將分階段封閉兩個月,期間行人須改道內街,"
          "部門表示,工程完成後將增設遮蔭設施及夜間照明。\n\n"
          "夜市攤商抽籤結果出爐 新增二十個美食攤位\n\n即時\n\n2026/02/26 14:12:00\n\n"
          "夜市攤商抽籤結果出爐 新增二十個美食攤位\n\n"
          "市場處今天公布夜市攤位抽籤結果,今年新增二十個美食攤位,中籤攤商須於三月底前完成衛生講習,"
          "並在四月中旬進駐營業。\n\n"
          "國際馬拉松報名人數創新高 主辦單位加開名額\n\n即時\n\n2026/02/26 13:25:00\n\n"
          "國際馬拉松報名人數創新高 主辦單位加開名額\n\n"
          "體育處表示,今年國際馬拉松報名人數突破三萬人,創下歷年新高,主辦單位決定加開兩千個名額,"
          "並增設補給站及醫護站。\n")


def test_items_that_say_their_headline_again_under_their_date_are_each_an_article():
    arts = split_articles(_TWICE, "list.txt")
    titles = [a.title for a in arts]
    assert titles[-3:] == ["海濱長廊翻新工程展開 部分路段封閉兩個月", "夜市攤商抽籤結果出爐 新增二十個美食攤位",
                           "國際馬拉松報名人數創新高 主辦單位加開名額"]
    assert all(a.date == "2026-02-26" for a in arts[-3:])
    assert "夜市" not in arts[-3].text and "馬拉松" not in arts[-2].text


def test_a_headline_said_twice_wins_over_a_widget_label_under_it():
    head = "海濱長廊翻新工程展開 部分路段封閉兩個月\n\n"
    page = ("0\n\n" + head + head + "觀看新聞片段\n\n"
            "【某某新聞台】工務部門今天展開海濱長廊翻新工程,沿岸約八百公尺路段將分階段封閉兩個月,"
            "期間行人須改道內街。\n\n部門表示,工程完成後將增設遮蔭設施及夜間照明,方便市民晚上散步。\n")
    (a,) = split_articles(page, "page.txt")
    assert a.title == "海濱長廊翻新工程展開 部分路段封閉兩個月"


def test_a_headline_glued_to_its_bracketed_byline_opens_its_story():
    page = ("夜市攤商抽籤結果出爐!新增二十個美食攤位 【記者王小明/台北報導】市場處今天公布夜市攤位抽籤結果,"
            "今年新增二十個美食攤位,中籤攤商須於三月底前完成衛生講習。\n"
            "國際馬拉松報名人數創新高!主辦單位加開名額 【記者李小華/台中報導】體育處表示,"
            "今年國際馬拉松報名人數突破三萬人,創下歷年新高,主辦單位決定加開兩千個名額。\n")
    arts = split_articles(page, "list.txt")
    assert [a.title for a in arts] == ["夜市攤商抽籤結果出爐!新增二十個美食攤位",
                                       "國際馬拉松報名人數創新高!主辦單位加開名額"]
    assert arts[1].text.startswith("【記者李小華/台中報導】體育處表示")


def test_a_page_view_counters_label_is_no_headline():
    page = ("總網頁瀏覽量\n\n2025年11月27日 星期四\n\n"
            "海巡攔截走私快艇 查獲冷凍豬肉兩噸\n\n"
            "【某某報】海巡署今(27)日表示,巡防艇在外海攔截一艘可疑快艇,在船艙內查獲未經檢疫的冷凍豬肉約兩噸,"
            "船上三人依法移送偵辦。\n\n海巡署呼籲民眾勿購買來路不明的肉品,以免影響防疫。\n")
    (a,) = split_articles(page, "page.txt")
    assert a.title == "海巡攔截走私快艇 查獲冷凍豬肉兩噸"
    assert "瀏覽量" not in a.text


def test_a_listed_storys_date_and_tags_after_its_text_date_it():
    page = ("夜市攤商抽籤結果出爐!新增二十個美食攤位 【記者王小明/台北報導】市場處今天公布夜市攤位抽籤結果,"
            "今年新增二十個美食攤位,中籤攤商須於三月底前完成衛生講習。 2026/03/10 11:25 生活 市政\n"
            "國際馬拉松報名人數創新高!主辦單位加開名額 【記者李小華/台中報導】體育處表示,"
            "今年國際馬拉松報名人數突破三萬人,主辦單位決定加開兩千個名額。 2026/03/03 09:40 運動\n")
    arts = split_articles(page, "list.txt")
    assert [a.date for a in arts] == ["2026-03-10", "2026-03-03"]
    assert not any("11:25" in a.text or "運動" in a.text for a in arts)


def test_an_outlets_name_under_a_bullet_credits_the_story():
    page = ("海濱長廊翻新工程展開 部分路段封閉兩個月\n\n• 某某日報\n\n"
            "工務部門今天展開海濱長廊翻新工程,沿岸約八百公尺路段將分階段封閉兩個月,期間行人須改道內街。\n\n"
            "部門表示,工程完成後將增設遮蔭設施。\n")
    (a,) = split_articles(page, "page.txt")
    assert (a.title, a.source) == ("海濱長廊翻新工程展開 部分路段封閉兩個月", "某某日報")


def test_each_item_of_a_regional_roundup_opens_on_its_reporters_byline():
    page = ("地方\n\n"
            "港口小學與外國教育團交流 開啟合作新契機\n\n"
            "記者王小明∕港口報導 外國教育團一行今(1)日上午參訪港口小學,雙方就雙語教學交換意見,"
            "校長表示盼未來能互派教師交流。(港口小學提供)\n\n"
            "原住民族日 市公所趣味徵答打卡送好禮\n\n"
            "記者王小明∕港口報導 市公所為慶祝原住民族日,今天推出部落走讀活動,民眾完成打卡即可兌換小禮物,"
            "活動至本月底止。\n\n"
            "舊機回收換新機 一舉多得\n\n"
            "地方中心 ∕ 港口報導 縣環保局為促進資源循環,下月起鼓勵民眾回收舊手機,每支可兌換購物金一百元,"
            "回收地點包括各鄉鎮清潔隊。\n")
    arts = split_articles(page, "list.txt")
    assert [a.title for a in arts][-3:] == ["港口小學與外國教育團交流 開啟合作新契機",
                                           "原住民族日 市公所趣味徵答打卡送好禮", "舊機回收換新機 一舉多得"]
    assert arts[-3].text.startswith("記者王小明∕港口報導 外國教育團")


_POSTS = ["市府今天宣布河濱自行車道全線串連完成,全長三十公里,沿途設有五處休憩站,提供飲水及打氣設備。",
          "氣象署指出,明天起東北季風增強,北部及東北部氣溫下降,山區可能出現零星降雨,民眾外出應注意保暖。",
          "國際馬拉松報名人數突破三萬人,創下歷年新高,主辦單位決定加開兩千個名額,並增設補給站。"]
_STAMPS = ["2025-03-10 11:25", "2025-03-10 10:02", "2025-03-09 18:40"]


def test_each_post_of_a_stamped_feed_is_an_article_dated_by_its_stamp():
    over = "即時新聞\n\n" + "".join(f"{d}\n\n{t}\n\n" for d, t in zip(_STAMPS, _POSTS, strict=True))
    under = "即時新聞\n\n" + "".join(f"{t}\n\n{d}\n\n" for d, t in zip(_STAMPS, _POSTS, strict=True))
    for page in (over, under):
        arts = split_articles(page, "feed.txt")
        assert [a.text for a in arts] == _POSTS
        assert [a.date for a in arts] == ["2025-03-10", "2025-03-10", "2025-03-09"]
