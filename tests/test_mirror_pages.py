"""Forms of pages that mirror sites, e-papers and overseas papers leave: a channel's follow
prompt and a site's greeting over the story, a mirror that turned the text traditional but
not its captions, the page title said again over a subtitle, a photo desk's credits, a
desk's byline. The pages here are written for these tests, modelled on pages of many sites."""
from __future__ import annotations

from search.sources.dropped import is_boilerplate
from search.sources.text import split_articles


def _one(text: str):
    arts = split_articles(text, "page.txt")
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def test_a_channels_follow_prompt_is_no_headline_and_a_caption_in_the_other_script_no_story():
    a = _one("河灣鎮便民服務站啟用\n\n"
             "↑ 點擊上方“河灣發布”關注我們\n\n"
             "3月2日上午，河灣鎮便民服務站正式啟用，居民辦理社保、醫保等事項不必再進城。\n\n"
             "河湾镇便民服务站启用\n河湾镇便民服务站启用\n\n"
             "服務站設有六個窗口，工作日全天開放，週六上午也有專人值班。\n")
    assert a.title == "河灣鎮便民服務站啟用"
    assert "關注我們" not in a.text
    assert "週六上午" in a.text and "河湾镇便民服务站启用" not in a.text


def test_a_greeting_with_hello_is_chrome_and_the_page_title_said_again_keeps_its_subtitle():
    a = _one("您好，欢迎来到某某信息港！老站，收录快，欢迎免费发布信息\n"
             "免费发信息\n某某信息港 > 南岭新闻网\n\n"
             "南岭市召开乡村客运座谈会\n\n"
             "2020/05/11 09:30:00发布120次查看\n"
             "南岭市召开乡村客运座谈会\n"
             "副市长到会并为首批公交化线路发车\n"
             "南岭新闻网讯  5月10日，全市乡村客运座谈会在南岭召开，会议部署了乡村客运公交化改造。\n"
             "会上，首批三条公交化线路同时发车，沿线十二个行政村通上了公交。\n")
    assert a.title == "南岭市召开乡村客运座谈会"
    assert a.date == "2020-05-11"
    assert "欢迎来到" not in a.text and "欢迎来到" not in a.title
    assert "首批公交化线路发车" in a.text  # the subtitle stays, under the headline


def test_a_photo_desks_credit_is_no_headline_and_the_toolbars_date_dates_the_page():
    a = _one("第08版:图片 上一版  下一版\n"
             "返回首页 | 版面导航 | 标题导航\n"
             "上一版  下一版 2022年10月08日 星期 放大 缩小 默认\n"
             "金秋晒场\n"
             "9月28日，北川县一处晒场上，村民翻晒新收的玉米。王 林摄(某某视觉)\n"
             "9月29日，东坪镇果农在采摘苹果，今年当地苹果产量比去年增加一成。\n"
             "本报记者 赵明摄(某某视觉)\n"
             "9月30日，南湾村志愿者帮助种粮户把稻谷装袋入仓。\n"
             "李青摄(某某视觉)\n\n"
             "秋收时节，各地粮食陆续归仓，蔬菜水果也迎来丰收，市场供应充足。\n")
    assert (a.title, a.date) == ("金秋晒场", "2022-10-08")
    assert "摄" not in a.title
    assert "南湾村志愿者" in a.text and "市场供应充足" in a.text


def test_a_dumps_page_cut_short_above_the_next_pages_headline_leaves_that_headline_its_own():
    text = ("西江大桥完成荷载试验\n\n"
            "记者5日从市交通局获悉，西江大桥已完成荷载试验，各项指标均符合设计要求。\n\n"
            "交通局介绍说，大桥全长1.2公里，双向六车道，将于月底通车，届时两岸车程缩短半小时。\n\n"
            "交通局还透露，下月起将开通两条跨江公交线路:“西江快线”和“滨江环线——途经老城区与新港\n\n"
            "南山村梨花正盛\n\n"
            "3月12日上午，南山村萬畝梨花進入盛花期，吸引眾多遊客前來觀賞拍照。\n\n"
            "村幹部說，今年遊客人數比去年增加三成，村民開辦的農家樂生意紅火。\n")
    arts = split_articles(text, "dump.txt")
    assert [a.title for a in arts] == ["西江大桥完成荷载试验", "南山村梨花正盛"]
    assert arts[1].text.startswith("3月12日上午")


def test_a_desks_byline_with_its_filing_times_or_its_dateline_is_no_headline():
    headline = "颱風逼近!東部山區豪雨特報 蘇花公路預警封閉"
    for byline in ("地方中心/王小明報導【 03/02 08:15 發稿 | 03/02 10:40 新增山區路況】", "台北新聞組／台北5日電"):
        a = _one(f"{headline}\n\n{byline}\n\n"
                 "氣象署今天上午發布豪雨特報，東部山區累積雨量可能超過三百毫米，請民眾注意坍方。\n\n"
                 "公路局表示，蘇花公路部分路段將視雨勢預警性封閉。\n")
        assert a.title == headline, byline
        assert a.text.startswith("氣象署今天上午"), byline


def test_a_malaysian_papers_bracketed_lead_keeps_the_caption_above_it_and_its_subheads():
    a = _one("时事\n\n两车桥上相撞\n一车坠河搜救无果\n\n"
             "搜救人员在大桥下搜寻坠河的车辆，至今没有发现。\n\n"
             "(怡保20日讯)两辆汽车在大桥上碰撞，其中1辆冲破护栏坠入河中!\n\n"
             "事故于今日凌晨3时发生，消防员和水警仍在河面搜寻。\n\n"
             "另一司机轻伤\n\n"
             "留在桥上的轿车司机仅受轻伤，已被送院治疗。\n")
    assert "一车坠河搜救无果" in a.title
    assert "(怡保20日讯)两辆汽车" in a.text and "仅受轻伤" in a.text


def test_an_english_themes_published_at_line_dates_the_story():
    a = _one("乡团新春团拜 州议员赞扬华社贡献\n\nPublished at Feb 20, 2026 8:05 pm\n"
             "(本报诗巫19日讯)州议员表示，乡团多年来在联络乡谊、传承文化方面作出许多贡献。\n")
    assert (a.title, a.date) == ("乡团新春团拜 州议员赞扬华社贡献", "2026-02-20")


def test_a_site_bar_names_the_source_of_every_story_on_its_list_page():
    arts = split_articles("某某市政府新聞網 - 新聞速遞\n-\n"
                          "本月外匯儲備減少\n金融管理局公布，本月底外匯儲備比上月底減少二十億元。\n"
                          "局方表示，減少主要由於投資組合估值變動。\n-\n"
                          "圖書館延長開放時間\n公共圖書館下月起延長開放時間至晚上九時。\n"
                          "館方表示，延長時間是回應市民在考試期間的需要。\n", "list.txt")
    assert [a.title for a in arts] == ["本月外匯儲備減少", "圖書館延長開放時間"]
    assert [a.source for a in arts] == ["某某市政府新聞網"] * 2


def test_tag_rows_and_popularity_counters_are_chrome():
    a = _one("人氣 87\n\n大學系統再添三校\n\n#大學 #合作 #典禮 #教育部\n某某時報記者王小明/台中報導\n\n"
             "大學系統今天舉行合作典禮，宣布成員由十二所擴大至十五所，教育部長到場致詞。\n")
    assert a.title == "大學系統再添三校"
    assert a.source == "某某時報"
    assert "#" not in a.text and "人氣" not in a.text


def test_a_desk_in_brackets_or_a_paper_retold_names_the_source():
    a = _one("港聞\n議員選舉提名期過半 多區出現競爭\n"
             "【某某新聞】立法會換屆選舉提名期已過一半，多個選區都出現競爭，至少六人爭兩席。\n")
    assert a.source == "某某新聞"
    b = _one("揚言炸車站 男子落網\n\n香港新聞組／香港8日電\n\n"
             "有網友上月在群組發現有人揚言在車站放置炸彈，於是報警。\n\n"
             "某某報報導，警方接報後進行情報分析，並於6日晚拘捕一名31歲男子。\n")
    assert b.source == "某某報"
    c = _one("港聞\n市民在公园赏花\n\n【图片新闻】市民周末在公园赏花，公园游客比平日多了一倍。\n")
    assert c.source != "图片新闻"


def test_a_government_press_release_label_gives_the_day_and_publisher():
    a = _one("「年度防汛演習」 邀請民眾蒞臨指導\n\n某某縣政府新聞參考資料105.4.26\n"
             "汛期將至，縣政府訂於4月27日上午在抽水站辦理年度防汛演習，邀請民眾蒞臨指導。\n")
    assert (a.date, a.source) == ("2016-04-26", "某某縣政府")


def test_a_site_bar_names_no_story_of_the_next_page_in_a_dump():
    arts = split_articles("某某市政府新聞網 - 新聞速遞\n圖書館延長開放時間\n"
                          "公共圖書館下月起延長開放時間至晚上九時。\n館方表示，延長時間是回應市民在考試期間的需要。\n\n"
                          "河口新橋下月通車\n2024-05-02 10:00\n"
                          "河口新橋已完成荷載試驗，交通局表示大橋將於下月正式通車。\n交通局說，通車後兩岸車程縮短半小時。\n",
                          "dump.txt")
    assert [a.title for a in arts] == ["圖書館延長開放時間", "河口新橋下月通車"]
    assert [a.source for a in arts] == ["某某市政府新聞網", None]


def test_a_login_boxs_scan_to_log_in_and_an_e_papers_menus_are_chrome():
    a = _one("校园安全检查启动\n检查组3月1日到县里开展开学安全检查。\n检查组强调，各校要加强安全教育，消除隐患。\n"
             "扫一扫在手机打开网页\n账号+密码登录\n手机+密码登录\n微信扫码登录\n还没有账号?\n立即注册\n")
    assert a.text.endswith("消除隐患。")
    for menu in ("标题导航", "版面導航", "放大圖片"):  # menus and a photo's zoom link, each on a line alone
        assert is_boilerplate(menu), menu


def test_photos_captioned_above_a_wires_lead_are_the_storys_not_items_of_their_own():
    a = _one("9月27日上午，某县人民法院公开开庭审理一起诈骗案。 某某社发 张三 摄\n|\n"
             "9月27日上午，某县人民法院公开开庭审理一起诈骗案。 某某社发 张三 摄\n|\n"
             "某某网某县9月27日电 题:亲历一场庭审的法庭内外\n作者 李四 王五\n"
             "某县位于秦巴山区，历史悠久，民风朴实。近日因一起案件公开审理，各路媒体云集。\n")
    assert a.title == "亲历一场庭审的法庭内外"
    assert a.source == "某某网"
    assert "民风朴实" in a.text


def test_a_summary_teaser_a_photo_placeholder_and_a_bare_separator_stay_out():
    a = _one("您现在的位置是:新闻 >>正文\n\n某市采访团走进和美乡村_\n\n"
             "简介5月8日起，由市报记者和农学院师生组成的采访团抵达三元村，启动蹲点调研，探访当地乡村治理的经 ...\n\n"
             "(相关资料图)\n"
             "  5月8日起，由市报记者和农学院师生组成的采访团抵达三元村，启动为期一周的蹲点调研。\n\n"
             "  入驻首日，采访团与镇村干部座谈，听取和美乡村建设情况介绍。\n")
    assert a.title == "某市采访团走进和美乡村"
    assert a.text.startswith("5月8日起") and "简介" not in a.text and "资料图" not in a.text


def test_a_first_line_taken_as_the_headline_is_not_said_again_in_the_text():
    arts = split_articles("快讯| 启动!带您走进百村，看乡村振兴新路子\n"
                          "6月23日上午，百村行主题宣传活动启动仪式在古道广场举行，市县两级媒体记者参加。\n"
                          "仪式上，主办方向采访团授旗，首站走进山区乡镇。\n", "page.txt")
    assert arts[0].title == "快讯| 启动!带您走进百村，看乡村振兴新路子"
    assert arts[0].text.startswith("6月23日上午")


def test_a_lead_with_the_hour_it_was_filed_names_its_outlet():
    a = _one("白帝镇开展消防应急演练\n"
             "某某网9月2日6时30分讯(通讯员 甲乙)近日，白帝镇消防队在社区进行消防灭火应急演练。\n"
             "演练假设发生山火，消防队20分钟后成功将火扑灭。\n")
    assert a.source == "某某网"


def test_a_time_zone_after_the_date_is_no_source_and_a_print_pages_back_link_no_headline():
    a = _one("« 返回前頁列印\n\n時事 | 2023-06-20 HKT 14:07\n\n大樓男子涉藏刀被捕 無人受傷\n\n"
             "一名男子涉嫌藏刀進入政府大樓被捕，沒人受傷。\n\n警方接獲大樓保安報案後到場，將他拘捕。\n")
    assert (a.title, a.date) == ("大樓男子涉藏刀被捕 無人受傷", "2023-06-20")
    assert a.source != "HKT"


def test_a_channels_entry_and_follow_links_make_no_story():
    arts = split_articles("教育部長:華小無須設家協\n\n2017年01月22日 來源:某某僑網\n\n"
                          "某某僑網1月22日電 教育部長同意華小可繼續保留現狀，無須成立家教協會。\n\n"
                          "【編輯:羅丹】\n某某僑網微信公眾號入口\n\n>華文教育頻道精選:\n\n關注僑網微信\n", "page.txt")
    assert [a.title for a in arts] == ["教育部長:華小無須設家協"]


def test_a_blog_archives_day_dates_its_first_post_and_each_dispatch_opens_a_post():
    arts = split_articles("發表文章\n\n目前顯示的是 3月 30, 2022的文章\n\n"
                          "教育局推動學生口腔保健\n\n"
                          "王大明\\臺中報導 教育局要求全市學校落實學生午餐餐後潔牙，並定期辦理口腔檢查。\n\n"
                          "大師講堂邀律師開講\n\n圖片\n"
                          "王大明\\臺中報導 文化中心將於4月9日邀請律師主講婚姻與法律，講座免費入場。\n", "blog.txt")
    assert [a.title for a in arts] == ["教育局推動學生口腔保健", "大師講堂邀律師開講"]
    assert arts[0].date == "2022-03-30"


def test_a_features_production_credits_stay_out_of_its_text():
    a = _one("森林消防中队开展灭火演练\n\n2023-01-30 来源:某某网\n\n"
             "春节期间，森林消防中队开展扑救森林火灾的拉动演练，全体队员完成演练任务。\n\n"
             "记者:孔小明\n\n协调:某州森林消防支队宣传助理员 王小兵\n\n统筹:李大华\n")
    assert a.text == "春节期间，森林消防中队开展扑救森林火灾的拉动演练，全体队员完成演练任务。"


def test_a_photo_captioned_above_a_desks_byline_is_the_storys():
    arts = split_articles("▲颱風逼近，縣政府宣布明天下午停班停課。(圖/翻攝自氣象署)\n生活中心/綜合報導\n"
                          "颱風逼近，氣象署清晨發布陸上颱風警報，民眾關心明天是否上班上課。\n"
                          "縣政府晚間宣布，明天下午停止上班上課，其他縣市照常上班上課。\n", "page.txt")
    assert len(arts) == 1
    assert "明天下午停止上班上課" in arts[0].text
