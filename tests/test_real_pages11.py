"""Real pages (issue 25), round fifteen: Taiwan, Hong Kong and overseas community pages.
Texts are written for the tests, modelled on forms seen on real pages; none is copied from a
page."""
from __future__ import annotations

from tests.support.pages import one, stories


def test_a_press_release_names_its_issuing_office_as_the_source() -> None:
    """A city government's release: '發稿單位:' names the office that issued it (the source),
    '發稿人:' the clerk who posted it. Neither is a headline or a line of the text."""
    art = one("市府舉辦元旦升旗典禮\n\n"
              "發稿單位: 新聞處\n"
              "發稿時間: 113年1月1日 08:45\n"
              "發稿人: 林小雲\n\n"
              "市政府今日一早在市政中心廣場舉行元旦升旗典禮，市長率領各局處首長與市民一同迎接新年。\n\n"
              "市長表示，新的一年市府將持續推動交通與住宅建設，讓城市更宜居。\n")
    assert art.title == "市府舉辦元旦升旗典禮"
    assert art.source == "新聞處"
    assert "發稿人" not in art.text and "林小雲" not in art.text


def test_a_line_that_announces_what_follows_does_not_open_a_page() -> None:
    """'以下是記者的特寫:' after a blank line, in a page whose paragraphs stand dense: it
    introduces the text under it, so the story goes on; no second, untitled one starts."""
    arts = stories("小記者訪問消防局長\n"
                   "刊出日期 2025.01.23\n"
                   "這次小記者的採訪任務籌劃了很久，消防局也派出公關人員協助，讓同學們能直接提問。\n"
                   "採訪當天，同學們準備了十多個問題，從救災裝備問到消防員的日常訓練。\n\n"
                   "以下是記者陳大文的特寫:\n"
                   "局長從事消防工作三十年，曾參與多次大型救災，近年推動社區防災教育。\n"
                   "他說，最難忘的是第一次進入火場救出受困的老人，那次經驗讓他決定一直做下去。\n")
    assert len(arts) == 1
    assert "一直做下去" in arts[0].text


def test_an_overseas_papers_own_lead_names_it_as_the_source() -> None:
    """'意大利《某某報》消息:' opens a report the way 本报讯 does, with the paper named in
    book-title marks: that paper is the source."""
    art = one("僑界代表與市府官員座談\n\n"
              "意大利《僑聲報》消息:9月5日上午，米蘭僑界代表一行五人來到市府大樓，與市府官員座談交流。\n\n"
              "雙方就社區治安、衛生及春節活動等事項交換了意見。\n")
    assert art.source == "僑聲報"


def test_a_bracketed_date_opening_the_report_is_its_date() -> None:
    """A community paper dates its report in brackets before the first words
    ('(2014年10月7日)某某公會…'), under a photo's caption: that is the story's date."""
    art = one("福建公會出席全國代表大會\n\n"
              "公會一行人出席代表大會時合影。\n\n"
              "(2014年10月7日)福建公會一行四十餘人，在會長率領下出席了本月5日及6日召開的全國代表大會。\n\n"
              "大會期間，一行人也參觀了當地的華族歷史文物館。\n")
    assert art.date == "2014-10-07"


def test_a_date_in_brackets_inside_the_story_is_not_its_date() -> None:
    """The guard: a bracketed date far into the story (a history it recalls) dates nothing."""
    art = one("福建公會慶祝成立八十週年\n\n"
              "福建公會昨晚舉行慶典，逾千人出席。\n\n"
              "會長致詞時回顧了公會的歷史，感謝歷屆理事的付出。\n\n"
              "公會的首任會長曾在戰後主持重建會所。\n\n"
              "(1946年3月1日)會所重建完成，當年即恢復辦學。\n")
    assert art.date is None


def test_an_opinion_disclaimer_is_left_out_of_the_story() -> None:
    """'本評論觀點只代表網友個人觀點,不代表某某網立場' under a story is the site's notice."""
    art = one("華小獲撥款修繕校舍\n\n"
              "州政府日前公布華小撥款分配，金星小學獲得一萬令吉，先處理白蟻問題。\n\n"
              "校方表示，明年將再提出申請，希望翻新舊校舍。\n\n"
              "本評論觀點只代表網友個人觀點，不代表僑鄉網立場。\n")
    assert "不代表" not in art.text and "再提出申請" in art.text


def test_an_editors_tag_with_a_trailing_bar_is_cut_from_the_last_paragraph() -> None:
    """'…。 【编辑:某某】 |': the editor's tag ends the story's one long line, and the table
    cell's bar after it does not keep it in the text."""
    art = one("马来西亚东海岸多地遭遇洪水\n\n"
              "据报道，近日洪水侵袭马来西亚东海岸多个州属，数千人被安置在临时疏散中心。"
              "当局表示，主要河流仍处于危险水位之上。 【编辑:甘小文】 |\n")
    assert "甘小文" not in art.text and "危险水位之上" in art.text


def test_an_outlet_in_brackets_after_the_last_sentence_is_the_source() -> None:
    """'…可變更。(中央社)': a wire's credit closing the story names its source."""
    for credit, outlet in (("(中央社)", "中央社"), ("（人民日报）", "人民日报")):
        art = one("教師兼行政工作將加發獎金\n\n"
                  "教育部今天宣布，中小學教師兼任行政工作者，每月將加發獎金，最高新台幣兩千元。\n\n"
                  f"教育部表示，獎金分三級發放，明年一月起實施。{credit}\n")
        assert art.source == outlet, credit
        assert "明年一月起實施" in art.text


def test_a_papers_all_media_reporters_are_a_byline_not_a_menu() -> None:
    """'某某新报全媒记者 甲 通讯员 乙 丙 丁': six short words set apart by spaces, as a menu is,
    but roles and names: the byline that names the paper."""
    art = one("通城农民丰收节开幕\n\n"
              "农村新报全媒记者 彭小楠 通讯员 刘大平 覃林 姜小宇\n\n"
              "9月23日，通城县农民丰收节在北港镇横冲村举行，十佳种养大户逐一上台领奖。\n\n"
              "活动现场，近万名干群共同见证开幕盛况。\n")
    assert art.source == "农村新报"
    assert art.byline is not None and "彭小楠" in art.byline


def test_a_posts_bracketed_headline_is_the_headline() -> None:
    """An untitled post reposted to a news site: '#某某新闻# 【headline】text…'. The bracketed
    words are its headline, not the first words cut off at the cry."""
    arts = stories("#江北新闻# 【守湖就是守家!大学生变身民间河湖长】巡湖路线起点为西湾堤，终点为螃蟹山，"
                   "全程十公里，要走两三个小时。\n\n"
                   "9月10日，记者来到江北金口，和当地的民间河湖长一起巡河。\n")
    assert arts[0].title == "守湖就是守家!大学生变身民间河湖长"


def test_a_dispatch_tag_in_brackets_is_no_headline() -> None:
    """The guard: '【某某网白银电】' opening a lead is where it was filed from, no headline."""
    arts = stories("【白银新闻网白银电】近日，白银市举办职业技能大赛，来自全市的三百多名选手参加了比赛。\n\n"
                   "比赛设焊工、电工等十二个项目。\n")
    assert arts[0].title != "白银新闻网白银电"


def test_an_english_themes_date_line_dates_the_story() -> None:
    """Overseas sites run English themes: 'Published 1 January 2018 3:11pm', 'Name • 15
    September 2025 19:37', '2020年10月4號 by Jacky' (號, Hong Kong's word for the day). Each is
    the story's date line, under its headline."""
    for line, day in (("Published 1 January 2018 3:11pm", "2018-01-01"),
                      ("Harianty • 15 September 2025 19:37", "2025-09-15"),
                      ("2020年10月4號 by Jacky", "2020-10-04")):
        art = one("教會今日恢復公開崇拜\n\n"
                  f"{line}\n\n"
                  "受疫情影響停止了數月的公開崇拜，今日起陸續恢復，信眾須戴口罩並量度體溫。\n\n"
                  "教會表示，每場崇拜的人數會限制在場地容量的一半。\n")
        assert art.date == day, line
        assert "Jacky" not in art.text and "Published" not in art.text


def test_a_numbered_building_is_no_date() -> None:
    """The guard: '10月4號' stands for the day only as a date; '2020年10月4号楼' is no date line."""
    art = one("新楼盘开盘\n\n2020年10月4号楼\n\n新楼盘今日开盘，首批推出两百套住宅，吸引了大批市民前来看房。\n")
    assert art.date is None


def test_sign_up_boxes_and_site_buttons_are_left_out() -> None:
    """A newsletter's sign-up box ('立即訂閱某某電子報', '訂閱即表示你同意…'), a channel's
    ('立即订阅某某新闻 YouTube,…'), the site's own buttons ('设为首页 …'), a blog's 'No
    comments:' and the technical helpline are the page's, never the story's."""
    chrome = ["立即訂閱港聲中文電子報", "訂閱即表示你同意本台的服務使用條款及私隱保障政策。",
              "立即订阅城市新闻 YouTube,即时掌握时事发展。", "设为首页 加入收藏", "No comments:",
              "网站技术支持电话:0519-12345678(工作日9:00-17:00)"]
    art = one("市區新增三條巴士路線\n\n"
              "運輸署宣布，下月起市區新增三條巴士路線，方便新屋苑居民前往地鐵站。\n\n"
              "新路線每十五分鐘一班，首班車早上六時開出。\n\n" + "\n\n".join(chrome) + "\n")
    for line in chrome:
        assert line[:8] not in art.text, line
    assert "首班車早上六時開出" in art.text


def test_a_story_about_subscribing_keeps_its_sentence() -> None:
    """The guard: a sentence that starts with 订阅 and names a paper is the story's."""
    art = one("老读者的四十年\n\n"
              "订阅《江城晚报》四十年，张大爷家里攒下了几大箱旧报纸。\n\n"
              "他说，每天早上读报已经成了习惯。\n")
    assert "攒下了几大箱旧报纸" in art.text


def test_a_paper_and_its_edition_glued_to_the_date_are_metadata() -> None:
    """'某某日报/大柔佛‧2011.01.25' under the headline: the paper, its edition and the day it
    ran. The paper is the source; the line is no headline."""
    art = one("行动党促当局尽快疏通水沟\n\n"
              "南洋日报/大柔佛‧2011.01.25\n\n"
              "(柔佛‧拉美士25日讯)丁能新村水沟阻塞已久未见处理，居民多次投诉。\n\n"
              "该党今日发表文告，促请当局随时为居民解决民生问题。\n")
    assert art.title == "行动党促当局尽快疏通水沟"
    assert art.source == "南洋日报" and art.date == "2011-01-25"


def test_a_lost_character_and_its_broken_pinyin_stand_as_one_mark() -> None:
    """A pinyin-annotated page copied through the wrong encoding: '日?qǐng)?bào' is what is left
    of a character and its annotation. The '?' is no question's end: the metadata line holding
    it is still read, and no stray pinyin is left in the text."""
    art = one("柬埔寨青年熱衷學漢語\n\n"
              "時(shí)間:2012-04-01 09:57  來(lái)源:光明日?qǐng)?bào)\n\n"
              "記者近日在吳哥古城遇見洪波時,他正在工間休息。當?shù)貢r間8日,修繕工程開始進行加固。\n")
    assert art.date == "2012-04-01"
    assert "qǐng" not in art.text and "shù" not in art.text and "?" not in art.text


def test_a_columns_label_under_the_headline_is_not_the_headline() -> None:
    """'实况报道' on its own line under the headline names the column the story runs in."""
    art = one("私宅民声被听见\n\n实况报道\n\n"
              "金岭道最尾端有一个由私人住宅居民共同经营的社区蔬果园，近几个月周末常聚集几十名居民。\n\n"
              "邻里委员会主席说，园区的扩大为居民提供了交流空间。\n")
    assert art.title == "私宅民声被听见"


def test_a_social_pages_like_counter_is_chrome() -> None:
    """A social page's header: its name, then '101,914 個讚 · 5,706 人正在談論這個'."""
    arts = stories("僑務委員會 OCAC, 台北市。 101,914 個讚 · 5,706 人正在談論這個 · 1,412 個打卡次。\n\n"
                   "僑界慶祝新年晚會\n\n"
                   "大芝加哥僑學各界慶祝新年晚會於2月28日晚盛大舉行，逾千人出席。\n\n"
                   "晚會節目豐富，包括舞獅、民族舞蹈與合唱。\n")
    assert len(arts) == 1
    assert "個讚" not in arts[0].text


def _weather(sign: str) -> str:
    """A dense page signed off with *sign*, a blank line, then a page of spaced paragraphs."""
    return ("本市天气开启多雨模式\n"
            "稿源:江城晚报 2024-09-10 11:41\n"
            "从市气象台获悉，从昨天起，本市天气开启多雨模式，北部地区阴有阵雨。\n"
            "未来几天本市气温将有所回落，预计12日起市区最低气温降至20℃以下。\n"
            f"气象专家提醒，换季时节早晚温差逐渐增大，市民要注意添衣。{sign}\n\n"
            "7月18日，日照至兰考高铁全线贯通运营，日照西至兰考南站最快两个多小时可达。\n\n"
            "首发列车上，乘务人员为旅客准备了文艺演出，车厢里一片欢声笑语。\n\n"
            "来自山东的刘先生特意抢先买票，体验首发列车。\n")


def test_a_story_signed_by_its_reporter_ends_its_page() -> None:
    """A dump: a dense page whose story ends on '(记者某某)', a blank line, then another
    page's untitled text set in spaced paragraphs. The reporter's credit signed the first
    story off, so the second page is not glued to it."""
    arts = stories(_weather("(记者雷小雨)"))
    assert len(arts) == 2
    assert "高铁" not in arts[0].text and "高铁全线贯通" in arts[1].text


def test_a_photographers_credit_does_not_end_the_story() -> None:
    """The guard: '(记者 某某 摄)' credits a photo, and signs no story off."""
    arts = stories(_weather("(记者 雷小雨 摄)"))
    assert len(arts) == 1


def test_a_byline_after_a_closed_story_and_chrome_opens_the_next_page() -> None:
    """A dump: a story closed by its trailer ('作者: 某某'), the site's disclaimer, then the
    next page, untitled, opening on its reporters' byline. That page is a story of its own."""
    arts = stories("供电公司开展媒体看电网活动\n\n"
                   "发布时间:2016-07-30 16:08 来源:涡阳供电公司\n\n"
                   "7月28日，供电公司邀请多家媒体记者走进电力调度中心，了解迎峰度夏工作。\n\n"
                   "记者们还来到风灾抢修现场，目睹了供电员工冒着高温抢修线路。\n\n"
                   "作者: 娄小旭\n\n"
                   "特别声明:本网转载其他网站内容，出于传递更多信息之目的，不代表赞成其观点\n\n"
                   "通讯员 肖小伟 申太隆\n"
                   "6月20日，铁路公安处西站派出所一天之内连续抓获两名网上逃犯。\n\n"
                   "当天下午，民警在医院附近将另一名嫌疑人当场抓获。\n")
    assert len(arts) == 2
    assert "逃犯" not in arts[0].text and "连续抓获两名网上逃犯" in arts[1].text


def test_a_reposted_post_opens_a_page_of_its_own_in_a_dump() -> None:
    """A dump: one page's story, a blank line, then a post reposted by the next site,
    '#话题##话题# 【headline】text…'. The post is the next page's story, under its own headline."""
    arts = stories("城区交警严查酒驾\n"
                   "更新时间: 2021-12-16 10:00\n"
                   "为预防和遏制道路交通事故，城区交警连续三晚在主要路口设卡检查，查处酒驾十一起。\n\n"
                   "#江北新闻##河湖长在行动# 【守湖就是守家!大学生变身民间河湖长】巡湖路线起点为西湾堤，"
                   "终点为螃蟹山，全程十公里。\n\n"
                   "9月10日，记者来到江北金口，和当地的民间河湖长一起巡河。\n")
    assert [a.title for a in arts] == ["城区交警严查酒驾", "守湖就是守家!大学生变身民间河湖长"]


def test_a_byline_after_a_page_cut_short_opens_the_next_page() -> None:
    """A dump: a page the crawler cut mid-sentence, a blank line, then the next page opening
    on its reporter's byline ('记者 某某') with no headline. That page is a story of its own."""
    arts = stories("全运会进入赛程中后期\n"
                   "2025-11-16\n"
                   "第十五届全运会将于16日进入赛程中后期。一日之内，老将告别，新人破发，"
                   "奥运冠军稳步前进，观众热情高涨，场馆内外气氛热烈，比赛精彩纷呈，多条叙事线在不同的赛场交汇，打造出一幅\n\n"
                   "记者 余小华\n"
                   "1月6日，县委全体(扩大)会议隆重召开，与会人员讨论了全委会工作报告。\n\n"
                   "与会人员认为，报告求真务实，结合县情，催人奋进。\n\n"
                   "与会人员还表示，要把会议精神落实到各项工作中去。\n")
    assert len(arts) == 2
    assert "全委会工作报告" in arts[1].text and "全委会" not in arts[0].text
