"""Forms real news pages take that a reader sees at once: the headline, date and source a
page states, its widgets and lists of other stories, and where one page of a dump ends.
The pages here are written for these tests, modelled on pages of many sites."""
from __future__ import annotations

from search.sources.text import split_articles


def _one(text: str):
    arts = split_articles(text, "page.txt")
    assert len(arts) == 1, [a.title for a in arts]
    return arts[0]


def test_a_headline_that_asks_and_quotes_its_speaker_stands_above_the_byline():
    a = _one("快訊\n\n河濱步道何時重開？看最新施工進度 3處路段先行開放\n\n聽新聞\n0:00 / 0:00\n\n"
             "「秋颱」逼近山區是否停課？市教育局：各校統一宣布\n\n"
             "東嶺日報／ 記者林小青／東嶺即時報導\n"
             "秋颱持續接近，市教育局今天表示，山區學校停課與否將由教育局統一在晚間八點前公布。\n\n"
             "局長說，過去各校自行決定的時間不一，家長常常無所適從。\n")
    assert a.title == "「秋颱」逼近山區是否停課？市教育局：各校統一宣布"
    assert a.source == "東嶺日報"
    assert a.text.startswith("秋颱持續接近")


def test_page_header_dates_in_their_many_forms_are_the_storys_date():
    pages = {
        "114年01月13日": "2025-01-13",  # a Taiwan page's Republic year, without 民國
        "2023 10月14日 星期": "2023-10-14",  # an e-paper's header, its weekday cut off
        "http://www.example.com   2018-03-01 00:43:51": "2018-03-01",  # the site's address beside it
    }
    for header, date in pages.items():
        a = _one(f"{header}\n河口新橋下月通車\n\n河口新橋已完成荷載試驗，交通局表示大橋將於下月正式通車。\n")
        assert (a.title, a.date) == ("河口新橋下月通車", date), header


def test_a_day_first_date_after_a_publish_key_dates_the_story():
    a = _one("国内\n全国综合\n发布: 8:04pm 12/07/2024\n登革热\n登革热新增病例下降两成\n\n"
             "(吉隆坡12日讯)卫生部今天说，上周全国登革热新增病例比前一周下降两成。\n")
    assert (a.title, a.date) == ("登革热新增病例下降两成", "2024-07-12")


def test_pager_and_ad_labels_are_never_the_headline_or_text():
    a = _one("主页 北部新闻\n渡轮码头扩建工程动工 首长:两年内完工\n- Advertisement -\n\n"
             "州首长今天为渡轮码头扩建工程主持动土仪式，工程预计两年内完成，将增加四个泊位。\n\n"
             "- Advertisement -\n\n他说，扩建后码头每天可接待的旅客将增加一倍。\n\n3上一篇  下一篇4\n")
    assert a.title == "渡轮码头扩建工程动工 首长:两年内完工"
    assert "Advertisement" not in a.text and "上一篇" not in a.text


def test_a_headline_said_whole_then_in_pieces_is_said_once():
    a = _one("分類: 焦點新聞\n\n• 海關截獲走私鸚鵡 拘兩名貨車司機 起出八十隻\n\n海關截獲走私鸚鵡\n\n拘兩名貨車司機\n\n"
             "起出八十隻\n\n【本報訊】海關昨日在關閘截查一輛貨車，在車廂暗格內起出八十隻鸚鵡，拘捕兩名司機。\n\n"
             "海關表示，案件已移交檢察院處理。\n")
    assert a.title == "海關截獲走私鸚鵡 拘兩名貨車司機 起出八十隻"
    assert "拘兩名貨車司機\n" not in a.text


def test_the_outlet_a_page_names_is_the_source():
    alone = _one("跳到內容\n\n渡輪加開夜航班次 市民：方便不少\n\n東嶺電台\n\n渡輪加開夜航班次 市民：方便不少\n\n"
                 "2024年09月26日 21:30\n\n渡輪公司宣布由下月起加開夜航班次，末班船延至凌晨一時開出。\n")
    assert alone.source == "東嶺電台"
    desk = _one("【東嶺報專訊】警員昨凌晨在舊區巡邏時發現兩名男子形迹可疑，上前截查後拘捕其中一人。\n\n"
                "警方正追緝另一名男子。\n")
    assert desk.source == "東嶺報"
    retold = _one("气温创四十年新高\n\n(东岭13日讯)东岭今天下午气温高达37摄氏度，创下40年来新高。\n\n"
                  "《东岭视界新闻网》报导，上一次出现这样的高温是在1983年。\n")
    assert retold.source == "东岭视界新闻网"
    dated = _one("T台主播半夜回電視台報地震\n\n2024-04-23 19:56 東嶺日報 記者林小青/即時報導\n"
                 "清晨兩起強震後，多名主播半夜趕回電視台開棚連線，報導各地災情。\n")
    assert (dated.source, dated.date) == ("東嶺日報", "2024-04-23")


def test_a_box_of_other_stories_under_the_story_makes_no_articles():
    story = "".join(f"第{i}段：渡輪公司今天宣布，由下月起加開夜航班次，末班船延至凌晨一時開出，"
                    "方便晚歸市民和夜班工人。\n\n" for i in range(1, 4))
    box = ("大熊猫抵达动物园 游客排队两小时\n\n市场报告显示,大马人对自身财务前景的信心正在减弱,导致许多人削减\n\n"
           "气象局警告 强风雷雨持续至今午\n\n野村证券发布报告称,邻国暂缓赴日旅游将导致日本经济损失\n\n"
           "网络服务出状况 各大网站宕机\n\n新学年课本费用上涨一成\n")
    a = _one("渡輪加開夜航班次\n\n" + story + box)
    assert a.title == "渡輪加開夜航班次" and "大熊猫" not in a.text


def test_a_page_exports_date_prefix_opens_the_next_page_of_a_dump():
    first = (" date 2025-11-10 河濱步道重開\n\n"
             "步道修復工程完成，今天起重新開放，市民可以沿河散步到舊碼頭，全程約三公里長。")
    second = (" date 2025-10-04 總協調官（左一）聽取村民意見。（記者林小青攝）\n\n"
              "災區前進協調所總協調官行事風格明快，讓許多民眾印象深刻，近來也成為當地的名人。\n")
    arts = split_articles(first + "\n\n" + second, "dump.txt")
    assert [a.date for a in arts] == ["2025-11-10", "2025-10-04"]
    assert "協調" not in arts[0].text


def test_a_headline_said_three_times_together_is_not_chrome():
    head = "立案調查一案 法官指報道須平衡"
    a = _one(f"{head}\n\n東嶺電台\n\n{head}\n\n東嶺電台\n\n東嶺電台\n\n{head}\n\n2024年09月26日 21:30\n\n"
             "區域法院今天就一宗誹謗案作出裁決，法官指傳媒報道必須平衡各方說法。\n")
    assert a.title == head and a.source == "東嶺電台"


def test_photos_between_a_headline_and_its_second_headline_keep_one_story():
    a = _one("要聞港聞\n房車撼樹 乘客昏迷\n昏迷男乘客送院。(林小青攝)\n失控撞石壆 司機被捕\n"
             "新界一輛私家車昨晨行駛途中突然失控，猛撼大樹後車頭毀爛，車上男乘客重傷昏迷。\n"
             "警方調查後以涉嫌危險駕駛拘捕司機。\n")
    assert a.title == "房車撼樹 乘客昏迷"
    assert "失控撞石壆 司機被捕" in a.text


def test_a_headline_glued_to_the_wires_dateline_is_cut_from_it():
    a = _one("軍聞總覽\n-\n推理遊戲展演開幕 攜手國軍推廣國安觀念(軍聞社記者林小青高雄9日電)調查局辦理的沉浸式"
             "推理遊戲展演今天在高雄開幕，民眾可以在遊戲中認識各種滲透手法。\n-\n屏東縣\n")
    assert a.title == "推理遊戲展演開幕 攜手國軍推廣國安觀念"
    assert a.source == "軍聞社" and a.text.startswith("(軍聞社記者")


def test_a_pages_more_stories_link_comment_box_and_hotline_notice_are_not_text():
    a = _one("渡輪加開夜航班次\n2024年09月26日 21:30\n\n渡輪公司宣布由下月起加開夜航班次，末班船延至凌晨一時開出。\n\n"
             "往下看更多文章\n\n最新回應\n\n防止自殺求助熱線：\n")
    assert a.text == "渡輪公司宣布由下月起加開夜航班次，末班船延至凌晨一時開出。"


def test_a_mirrors_starred_headline_wins_over_its_spam_header():
    a = _one("某某彩票_ (2023已更新(网易/百科)v8.8.8\n某某彩票2023-01-31 16:05\n\n"
             "评论:渡轮夜航的新起点******\n\n东岭新闻社东岭9月25日电\n\n东岭新闻社记者 林小青\n\n"
             "渡轮公司今天宣布加开夜航班次，末班船延至凌晨一时开出。\n")
    assert a.title == "评论:渡轮夜航的新起点"
    assert a.source == "东岭新闻社"


def test_a_county_media_centres_lead_names_the_source():
    a = _one("(资料图片)\n东岭融媒体讯(记者林小青 通讯员王五)日前,河口镇召开乡村振兴现场会,"
             "观摩团先后走进五个村的产业项目。\n会议要求各村比学赶超,推动全镇项目建设。\n一审:刘一\n二审:陈二\n")
    assert a.source == "东岭融媒体"


def test_the_headline_is_the_line_its_story_opens_by_restating():
    a = _one("河口新橋下月通車\n熱門賽事、球星動態不漏接\n\n河口新橋已完成荷載試驗，交通局表示新橋將於下月通車。\n\n"
             "新橋全長一千二百米，雙向六車道。\n")
    assert a.title == "河口新橋下月通車"
    assert "球星" not in a.title


def test_a_headline_over_another_story_starts_it_and_a_subheading_does_not():
    first = ("河口新橋下月通車\n發佈時間：2024-03-01\n\n河口新橋已完成荷載試驗，交通局表示新橋將於下月正式通車，"
             "屆時往返兩岸的車程可縮短二十分鐘。\n\n新橋全長一千二百米，雙向六車道，兩側設有人行道和自行車道，"
             "交通局並會調整三條公車路線經過新橋。\n\n")
    section = "新橋通車後的公車路線\n\n交通局表示，三條公車路線將改經新橋，新橋兩端各設一個公車站。\n\n"
    other = ("社區報由居民自己寫稿 每季出版一次\n\n"
             "荷塘社區的居民自發創辦了一份社區報，由退休教師組成編輯小組，稿件經過審核後印刷派發。\n")
    arts = split_articles(first + section + other, "dump.txt")
    assert [a.title for a in arts] == ["河口新橋下月通車", "社區報由居民自己寫稿 每季出版一次"]
    assert "新橋通車後的公車路線" in arts[0].text


def test_a_papers_reporters_byline_and_marked_byline_are_credits_not_headlines():
    a = _one("县领导开展节前安全生产大检查\n\n■ 融媒体记者 林 青\n\n"
             "9月12日，县领导带队到商场、加油站检查节前安全生产工作。\n\n网站支持IPv6\n")
    assert a.title == "县领导开展节前安全生产大检查" and "IPv6" not in a.text
    b = _one("东岭农村日报全媒体记者 周一 洪二 刘三\n"
             "9月15日，主流媒体采风活动来到收官日，采风团走进安岳的柠檬产业园。\n")
    assert b.source == "东岭农村日报"


def test_a_caption_said_twice_is_one_item():
    cap = "9月27日上午，县法院公开开庭审理一宗诈骗案。 东岭社 林青 攝\n|\n"
    arts = split_articles(cap + cap + "東嶺網9月27日電 題:親歷庭審內外\n作者 林青\n\n"
                          "旬陽縣法院今天公開審理此案，各路媒體雲集，許多法律界人士也趕來旁聽。\n", "p.txt")
    assert len([a for a in arts if "公开开庭" in a.text]) == 1


def test_a_site_bar_over_a_news_list_is_no_text_and_names_the_source():
    text = ("東灣政府新聞網 - 新聞速遞\n-\n運輸署提醒市民年初一特別交通安排\n"
            "運輸署表示，年初一晚上海濱長廊一帶將實施封路，市民前往觀賞煙花應乘搭公共交通工具。\n"
            "署方呼籲駕駛人士留意交通消息，並預留充足時間。\n-\n本港上月零售業總銷貨價值上升\n"
            "統計處今日公布，上月零售業總銷貨價值較去年同月上升百分之三點二。\n")
    arts = split_articles(text, "list.txt")
    assert [a.title for a in arts] == ["運輸署提醒市民年初一特別交通安排", "本港上月零售業總銷貨價值上升"]
    assert arts[0].source == "東灣政府新聞網" and "新聞速遞" not in arts[0].text


def test_a_page_title_with_a_cry_and_an_english_site_tail_is_no_story_of_its_own():
    text = ("「州選提早舉行」傳聞屬實?州務大臣不置可否 | 南洋晨報 Morning Press\n\n"
            "「州選提早舉行」傳聞屬實?州務大臣不置可否\n\n"
            "(怡保5日訊)州務大臣今日被問及州選是否提早舉行時，只說一切由州元首定奪。\n\n"
            "他今日為一所華小新禮堂主持開幕後，在記者會上這麼指出。\n\n"
            "*本網站有權刪除或封鎖任何具有人身攻擊或詆毀性質的留言和用戶。\n108\n")
    a = _one(text)
    assert a.title == "「州選提早舉行」傳聞屬實?州務大臣不置可否"
    assert a.source == "南洋晨報" and a.text.startswith("(怡保5日訊)")
    assert "留言" not in a.text


def test_a_forum_posts_stray_latin_lines_are_no_headline():
    text = ("某某第一网\n\n搜索\n查看: 902|回复: 0\n\n[民生] 河西镇为12个村卫生室配发血压计\n\n[复制链接]\na\n0 0\n"
            "  @ME: \n发表于 2026-3-8 10:15:51 | 显示全部楼层 |阅读模式\n"
            "     3月7日，河西镇卫生院为全镇12个村卫生室配发了电子血压计，村医们当场学习使用方法。\n")
    a = _one(text)
    assert "河西镇为12个村卫生室配发血压计" in a.title and a.date == "2026-03-08"


def test_a_lead_whose_outlet_is_letterspaced_names_it():
    a = _one("東 山 網 訊 (記者林某) 新館啟用,市民排隊參觀。3月2日,東山市圖書館新館正式開放。\n\n"
             "新館藏書三十萬冊,設有兒童閱覽區和自修室。\n")
    assert a.source == "東山網" and a.text.startswith("東山網訊")


def test_an_agencys_bracketed_byline_opens_each_story_of_a_list():
    text = ("(東海通訊社記者甲乙/臺中報導)臺中市立圖書館今天起延長開放時間，平日晚間開放到九點，方便上班族借書。\n"
            "(東海通訊社記者丙丁/高雄報導)高雄港今年貨櫃裝卸量創下新高，港務公司表示將增設兩座碼頭吊車。\n"
            "(東海通訊社/記者戊己/台南報導)台南市政府與農會合作推廣在地芒果，首批外銷貨櫃今天啟運。\n")
    arts = split_articles(text, "list.txt")
    assert len(arts) == 3 and all(a.source == "東海通訊社" for a in arts)
    assert "高雄港" in arts[1].text and "臺中" not in arts[1].text


def test_a_more_of_section_list_of_teasers_makes_no_stories():
    text = ("男子涉破壞巴士站廣告牌被捕\n[2026.03.02] 發表\n"
            "【東港日報專訊】沙田一個巴士站的廣告牌昨晨被人打碎,警方接報到場,在附近拘捕一名男子。\n"
            "被捕男子姓陳,35歲,涉嫌刑事毀壞,現正被扣留調查。\n更多港聞\n"
            "兩區議員合辦健康講座 反應熱烈\n"
            "【東港日報專訊】兩名區議員日前合辦長者健康講座,吸引過百名居民出席,主辦方表示... 詳情\n"
            "【東港日報專訊】渡輪公司宣布下月起加開夜間航班,以配合乘客需要... 詳情\n相關新聞\n")
    a = _one(text)
    assert (a.title, a.date, a.source) == ("男子涉破壞巴士站廣告牌被捕", "2026-03-02", "東港日報")
    assert "講座" not in a.text


def test_a_reprint_credit_under_the_story_names_its_source_and_a_ticker_label_is_chrome():
    a = _one("跑馬燈訊息\n港鐵加開周末深夜班次\n\n"
             "港鐵公司今日宣布，由下月起逢周五及周六加開深夜班次，方便市民夜歸。\n\n"
             "港鐵表示，新安排試行三個月後會檢討。\n原文刊登於 AM999 ht\n")
    assert a.title == "港鐵加開周末深夜班次" and a.source == "AM999"
    assert "跑馬燈" not in a.text


def test_a_byline_line_that_ends_on_the_source_gives_both():
    a = _one("乡镇干部的一天(基层观察)\n\n发表日期:2026-02-12 点击\n\n"
             "记者  张甲  李乙        来源:东方网    \n\n"
             "  清晨六点，镇党委书记已经到了村里，查看新修的灌渠能否赶上春耕。\n\n"
             "  他说，今年镇里要把三条灌渠全部修通。\n")
    assert (a.title, a.date) == ("乡镇干部的一天(基层观察)", "2026-02-12")
    assert (a.source, a.byline) == ("东方网", "记者 张甲 李乙")


def test_a_portals_news_list_keeps_each_headline_over_its_own_paragraph():
    text = ("南灣特別行政區政府入口網站\n新聞\n上季住宅樓價指數輕微下跌\n"
            "統計局資料顯示,最新一期的整體住宅樓價指數為264.1,較上期下跌0.2%。\n…\n"
            "調升研究生獎學金金額 鼓勵留澳升學\n\n"
            "為了支持學生升讀更高層次的課程,高等教育基金將調升研究生獎學金金額,並增設20個名額。\n…\n"
            "東區道路下周一實施臨時交通安排\n配合天橋吊裝工作,東區大馬路下周一實施臨時交通安排,部份巴士路線改道。\n…\n")
    arts = split_articles(text, "list.txt")
    assert [a.title for a in arts] == ["上季住宅樓價指數輕微下跌", "調升研究生獎學金金額 鼓勵留澳升學",
                                       "東區道路下周一實施臨時交通安排"]
    assert all("網站" not in a.text and "調升" not in a.text for a in arts[:1])


def test_an_epaper_headline_said_twice_in_a_row_is_not_text():
    a = _one("01版:要闻\n\n02版:要闻\n\n《乡村道路养护手册》出版发行\n《乡村道路养护手册》出版发行\n\n"
             "( 2026-03-12 ) 稿件来源:东方每日电讯 要闻\n \n"
             "  新华社北京3月11日电 交通运输部组织编写的《乡村道路养护手册》一书近日出版,在全国发行。\n"
             "  手册共分6章,介绍了乡村道路日常养护的方法。\n")
    assert (a.title, a.date, a.source) == ("《乡村道路养护手册》出版发行", "2026-03-12", "东方每日电讯")
    assert a.text.startswith("新华社北京3月11日电")


def test_a_mirrors_pinyin_with_a_space_before_its_bracket_and_an_empty_counter_are_dropped():
    a = _one("300場發(fā)布會(huì )傳遞防汛信心\n\n發(fā)布時(shí)間:2026-07-14 08:57:00來(lái)源: 東城日報\n瀏覽\n\n"
             "  東城市防汛新聞發(fā)布會(huì )已進(jìn)行至第300場(chǎng)。\n\n  發布會上,市防汛辦通報了本周的雨情。\n")
    assert (a.title, a.date, a.source) == ("300場發布會傳遞防汛信心", "2026-07-14", "東城日報")
    assert a.text.startswith("東城市防汛新聞發布會已進行至第300場。")


def test_an_outlet_bar_reporter_byline_is_no_menu_and_names_the_source():
    a = _one("東港新聞|記者林甲乙/台北報導\n\n"
             "東港縣政府今(8)日上午召開縣務會議,由縣長介紹新任主管及致贈退休人員紀念品。\n\n"
             "會議首先介紹新任主管,包括副縣長及行政處處長。\n")
    assert a.source == "東港新聞" and "林甲乙" in (a.byline or "")


def test_a_related_info_heading_and_a_visit_counter_after_the_story_are_chrome():
    a = _one("河口街道:村頭“小舞臺”唱響“大戲”\n日期:2026年3月14日 來源:河口融媒\n\n"
             "河口街道今年在各村建起文化小廣場,村民晚飯後在這裡跳舞、唱戲。\n\n"
             "街道黨工委書記表示,文化廣場讓村民成了文化活動的主角。\n\n0\n責任編輯:某某\n相關信息\n流量統計: 技\n")
    assert a.text.endswith("讓村民成了文化活動的主角。")


def test_a_dumps_br_tags_are_the_storys_line_breaks():
    text = ("第6版(国际)<br/>专栏:<br/><br/>  两国边境冲突再起<br/> 本报墨西哥城1月28日电记者某某报道:"
            "两国军队今天在边境地区又发生武装冲突,双方均有伤亡。<br/> 美洲国家组织秘书长今天飞抵两国进行斡旋。\n")
    a = _one(text)
    assert a.title == "两国边境冲突再起"
    assert a.text.startswith("本报墨西哥城1月28日电") and "<br" not in a.text and "专栏" not in a.text


def test_a_toolbar_run_together_and_a_reading_time_are_page_widgets():
    a = _one("河濱自行車道串連完成 全長三十公里\n\n分享分享留言列印\n\n3 min read\n\n"
             "市府今天宣布河濱自行車道全線串連完成,全長三十公里,沿途設有五處休憩站,提供飲水及打氣設備。\n\n"
             "交通局表示,周末將加派人力在熱門路段維持秩序。\n")
    assert a.title == "河濱自行車道串連完成 全長三十公里"
    assert "列印" not in a.text and "min read" not in a.text
