"""Real pages (issue 25), round thirteen: overseas Chinese pages and Taiwan, Hong Kong and
Macau pages. Where their outlet is named (a copyright notice, an association's own news,
a dateline with the city after the date, a reporter's credit naming the paper), their dates
(a Republic year in a list item, dates stacked above the text), text set one character
apart, and lists of untitled items each under a date and an outlet. Texts are written for
the tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

from search.sources.breaks import script
from search.sources.normal import normalise
from tests.support.pages import one, stories

BODY = ("本届书展共吸引来自十二个国家和地区的三百多家出版社参展，展期五天，"
        "主办方预计入场人次将超过二十万。\n\n"
        "书展期间还将举办六十多场新书发布会和作家见面会，并首次设立儿童绘本专区。\n")


def test_a_copyright_notice_above_the_text_names_its_publisher() -> None:
    """'本文为微信公众号“某某”(id)原创文章,如需转载…' above a story: the account is its
    source, and the notice is not part of its text."""
    art = one("本文为微信公众号“南洋书声”(nanyangbook)原创文章,如需转载,请在后台留言。\n\n" + BODY)
    assert art.source == "南洋书声"
    assert "原创文章" not in art.text


def test_a_copyright_notice_set_apart_opens_the_next_page_of_a_dump() -> None:
    """In a dump, the notice set apart after one page's text, with text under it, opens the
    next page: its source is not given to the page above."""
    first = ("华人商会举行新春团拜会\n\n2月10日晚，华人商会在会所举行新春团拜会，两百多名会员出席。\n\n"
             "会长在致辞中回顾了商会过去一年的工作，并对新一年的会务作出安排。\n")
    arts = stories(first + "\n本文为微信公众号“南洋书声”(nanyangbook)原创文章,如需转载,请在后台留言。\n\n" + BODY)
    assert len(arts) == 2
    assert arts[0].source != "南洋书声" and "书展" not in arts[0].text
    assert arts[1].source == "南洋书声"


def test_an_associations_own_news_names_it_as_the_source() -> None:
    """'某某商会/某某同乡会讯:' opening the lead: the association (or the two that share the
    report) is the source."""
    art = one("华人商会领导出席国庆招待会\n\n"
              "南洋华人总商会/福清同乡总会讯:9月26日，驻当地使馆举行国庆招待会，本会会长率团出席。\n\n"
              "招待会上，大使回顾了两国建交以来的交往历程，并感谢侨界长期以来的支持。\n")
    assert art.source == "南洋华人总商会/福清同乡总会"


def test_a_dateline_with_the_city_after_the_date_names_the_outlet() -> None:
    """'某某君2023年5月6日意大利罗马电:' opens the lead: the name before the date is the source."""
    art = one("侨联考察团访问罗马\n\n"
              "欧洲侨声君2023年5月6日意大利罗马电:5月5日下午，国内侨联考察团一行抵达罗马，受到当地侨界的热情欢迎。\n\n"
              "考察团与侨团代表举行座谈，听取了侨胞们对侨务工作的意见和建议。\n")
    assert art.source == "欧洲侨声君"


def test_a_greeting_sent_on_a_day_names_no_outlet() -> None:
    """'某某2023年5月6日向大会致贺电:' is a greeting, not a dateline: it names no outlet."""
    art = one("校友总会成立三十周年\n\n"
              "校友总会会长2023年5月6日向大会致贺电:祝愿校友总会越办越好，为母校发展贡献更大力量。\n\n"
              "庆典上，总会还为十位资深校友颁发了荣誉证书。\n")
    assert art.source is None


def test_a_reporters_credit_naming_the_paper_is_a_byline_not_the_headline() -> None:
    """'某某某报道《某某日报 某某版 某某专栏》' under the headline: the paper is the source and
    the line above stays the headline."""
    art = one("Monday, March 7, 2016\n\n华小募款建设新礼堂 校友踊跃捐献\n"
              "林美玲报道《南洋日报 北部版 走近华校》\n\n"
              "创校九十年的华小礼堂年久失修，董家教决定发起募款，兴建一座可容纳八百人的新礼堂。\n\n"
              "董事长表示，募款活动反应热烈，短短两周已筹得目标金额的一半。\n")
    assert art.title == "华小募款建设新礼堂 校友踊跃捐献"
    assert art.source == "南洋日报"


def test_a_header_row_after_the_sites_address_gives_date_and_outlet() -> None:
    """'www.example.com | 2025-04-14 09:17:17 某某都市网 | 0条评论 | 查看/发表评论![]() |': the
    address, a bar, the date and the outlet right after it. A Markdown image the crawler left
    in it is no sentence's end."""
    art = one("温哥华市议会通过新预算 | ||\n"
              "www.example.com | 2025-04-14 09:17:17 枫叶都市网 | 0条评论 | 查看/发表评论![]() |\n\n"
              "温哥华市议会周二以七票对四票通过新年度预算，物业税平均上调百分之五点五。\n\n"
              "市长表示，新增开支主要用于警力、消防和街道清洁。\n")
    assert art.date == "2025-04-14"
    assert art.source == "枫叶都市网"


def test_a_republic_year_under_its_key_in_a_list_is_the_date() -> None:
    """'- 發佈日期' then '- 108年10月24日': a Taiwan page's key and value as list items; a
    three-digit year is the Republic's (108 is 2019)."""
    art = one("漁業座談會走進離島 漁民踴躍發言\n- 發佈日期\n- 108年10月24日\n- 點閱率\n- 512\n"
              "為讓漁民了解今年的漁業政策，漁業署昨天在離島舉辦座談會，近百位漁民到場參加。\n"
              "座談會由副署長主持，會中說明了休漁獎勵金的調整方式和申請流程。\n")
    assert art.date == "2019-10-24"
    assert art.title == "漁業座談會走進離島 漁民踴躍發言"


def test_of_dates_stacked_above_the_text_the_nearest_is_the_storys() -> None:
    """Three list dates, then the story's own date right above its lead: the nearest wins."""
    art = one("2021.02.09\n2021.02.09\n2021.02.09\n2008.05.22\n"
              "【本報訊】本校在最新一期的論文評比中名列前茅，工程學門的論文數進步了二十名。\n"
              "研發處表示，學校將持續投入綠色能源研究，並整合各學院的研究資源。\n")
    assert art.date == "2008-05-22"


def test_untitled_items_each_under_a_date_and_an_outlet_are_apart() -> None:
    """A list page: '2026-03-05' / '某某政府新聞網' / text, then the next item the same way.
    Each item is an article of its own, with its own date and outlet."""
    arts = stories("2026-03-05\n港府新聞網\n"
                   "衞生署今日提醒市民，近日網上流傳一則有關免費疫苗的訊息並不屬實，市民切勿點擊不明連結。\n"
                   "2026-03-04\n港府新聞網\n"
                   "為配合屋苑重建安排，多間銀行今日宣布為受影響業主提供延期還款等支援措施。\n")
    assert [(a.date, a.source) for a in arts] == [("2026-03-05", "港府新聞網"), ("2026-03-04", "港府新聞網")]
    assert "銀行" not in arts[0].text


def test_a_line_set_one_character_apart_is_closed_up() -> None:
    """'政 府 推 出 措 施 …': old press releases space every character. The parsed copy closes
    the line up, so its words are found; a wider gap stays as one space."""
    assert normalise("政 府 推 出 措 施 協 助 漁 民 度 過 休 漁 期") == "政府推出措施協助漁民度過休漁期"
    assert normalise("二 ○ 一 ○ 年 五 月 十 五 日  ( 星 期 六 )") == "二○一○年五月十五日 (星期六)"
    assert normalise("新 聞 公 佈") == "新 聞 公 佈"  # a short label: left to the label rules
    art = one("政 府 推 出 措 施 協 助 漁 民 度 過 休 漁 期\n"
              "二 ○ 一 ○ 年 五 月 十 五 日 ( 星 期 六 )\n"
              "政 府 今 日 宣 布 推 出 多 項 措 施 ， 在 休 漁 期 內 協 助 本 地 漁 民 。\n"
              "漁 護 署 發 言 人 表 示 ， 漁 民 可 申 請 低 息 貸 款 。\n")
    assert art.title == "政府推出措施協助漁民度過休漁期"
    assert art.date == "2010-05-15"
    assert "漁民可申請低息貸款" in art.text


PARA = ("今年的活動共有三十多個社團參與，設有健康檢查、義剪和親子遊戲等攤位，吸引大批居民到場。\n\n"
        "主辦單位表示，希望透過活動加強鄰里之間的聯繫，明年將擴大舉辦。\n")
PARA_S = ("今年的活动共有三十多个社团参与，设有健康检查、义剪和亲子游戏等摊位，吸引大批居民到场。\n\n"
          "主办单位表示，希望通过活动加强邻里之间的联系，明年将扩大举办。\n")


def test_a_republic_year_in_a_metadata_line_is_the_date() -> None:
    """'更新日期:112年9月6日' and '刊登日:101-05-22點閱:4534': Taiwan's metadata writes the
    Republic year with no 民國, in words or dashed."""
    assert one("社區健康日熱鬧登場\n\n更新日期:112年9月6日\n\n" + PARA).date == "2023-09-06"
    assert one("社區健康日熱鬧登場\n刊登日:101-05-22點閱:4534\n" + PARA).date == "2012-05-22"


def test_a_press_releases_issuer_is_its_source_and_its_category_no_headline() -> None:
    """'發布日期:112-09-05' / '發布單位:某某總局' / '分類:公路運輸' under the headline: the
    issuer is the source, and the category is metadata, not text."""
    art = one("颱風期間道路資訊彙報\n\n發布日期:112-09-05\n\n發布單位:公路養護總局\n\n分類:公路運輸\n\n" + PARA)
    assert (art.date, art.source) == ("2023-09-05", "公路養護總局")
    assert "分類" not in art.text


def test_a_data_credit_names_an_outlet_only_when_it_is_one() -> None:
    """'- 資料來源:某某日報' in a page's list credits the paper; '資料來源：氣象署' under a
    table credits the figures, not the story."""
    assert one("議會質詢準備充分\n- 資料來源:離島日報\n- 新聞日期:98-06-11\n" + PARA).source == "離島日報"
    art = one("颱風外圍環流影響 南部有豪雨\n\n" + PARA + "\n資料來源：氣象署\n")
    assert art.source is None


def test_the_site_named_in_the_page_title_is_the_source_of_last_resort() -> None:
    """'… | 某某早報' on the title line: with no other credit, the site is the source; a
    source line under the headline still wins."""
    assert one("社區中心開幕 總理籲居民攜手 | 南洋早報\n\n" + PARA).source == "南洋早報"
    assert one("社區中心開幕 總理籲居民攜手 | 南洋早報\n來源:獅城日報\n\n" + PARA).source == "獅城日報"


def test_more_outlet_leads_of_overseas_and_taiwan_pages() -> None:
    """Leads and credits naming the outlet in other forms."""
    cases = {
        "[ 花東電子報 ] 記者 某某 / 台東報導": "花東電子報",
        "(曼谷時報10月7日曼谷電)為慶祝雙十國慶，泰國台商組團返台。": "曼谷時報",
        "印华新闻网 9 月 15 日电 :印华百家姓协会于9月13日举办慈善活动。": "印华新闻网",
        "奥克兰华人城 网讯 距离新年假期结束还有两天，道路交通死亡人数已达十六人。": "奥克兰华人城",
        "【2022年09月28日訊】(新紀元記某某山景城報導)某某移民美國二十多年，決定參選市議員。": "新紀元",
    }
    for lead, outlet in cases.items():
        para = PARA_S if script(lead) == "s" else PARA  # a page keeps to one script
        assert one("社區新聞一則\n\n" + lead + "\n\n" + para).source == outlet, lead


def test_a_headline_right_over_a_lead_after_a_page_break_stays_with_it() -> None:
    """A dense block, a blank line, a headline, a blank line, then '〔本報消息〕…' in a dense
    block: the page break falls before the headline, which titles the lead under it."""
    arts = stories("總書記會見外賓 雙方就深化合作交換意見，一致同意推動各領域交流。\n"
                   "政治局委員出席會見，並就地方政府運行措施進行探討。\n\n"
                   "本報工作團探訪僑鄉\n\n"
                   "〔本報消息〕按照編委處的安排，本報工作團日前走訪了前江省的華人社團。\n"
                   "工作團在福州公所與僑胞座談，了解當地華人的生活和教育情況。\n"
                   "僑胞代表介紹，當地華人約有一千多人，大多從事商業。\n")
    assert arts[-1].title == "本報工作團探訪僑鄉"
    assert "本報工作團探訪僑鄉" not in arts[0].text


def test_a_headline_said_again_over_its_lead_after_captions_is_one_story() -> None:
    """Headline, metadata, two short photo captions, a subtitle and the headline again, then
    the lead: one story, with the metadata's date and source."""
    art = one("北區街坊節熱鬧登場\n來源: 濠江日報\n發佈時間:2016-7-24\n點閱:296\n\n"
              "主辦方負責人與嘉賓一同主持活動開幕式。\n\n居民與小朋友踴躍參與各個攤位遊戲。\n\n"
              "發揮睦鄰精神 共建和諧社區\n\n北區街坊節熱鬧登場\n\n"
              "【本報消息】街坊總會主辦的北區社區服務展昨日在公園舉行，設攤位介紹各項社區服務。\n"
              "活動昨日下午四時半舉行，多位社團負責人出席。\n")
    assert (art.date, art.source, art.title) == ("2016-07-24", "濠江日報", "北區街坊節熱鬧登場")
    assert "社區服務展" in art.text


def test_a_sites_notices_and_doubled_controls_are_not_story_text() -> None:
    """A takedown notice, a comment box's rules, a 'load the original page' control and a bar
    whose controls say their label twice (icon and text) stay out of the story."""
    chrome = ["如果我们转载的文章侵犯了您的权益，请在一个月内与我们联系，我们将及时删除。",
              "请自觉遵守互联网相关政策法规，严禁发布色情、暴力、反动的言论。",
              "加载原文网页",
              "学员登录学员登录 在线课程在线课程 关闭菜单"]
    art = one("社区义诊进万家\n\n" + chrome[3] + "\n\n" + PARA_S + "\n" + "\n\n".join(chrome[:3]) + "\n")
    assert not any(c[:8] in art.text for c in chrome)
    assert "摊位" in art.text


def test_a_bracketed_credit_line_is_the_byline_not_text() -> None:
    """'(文稿:某某 图片:某某学校)' and '(作者:某某  责任编辑:某某' (its bracket left open) under a
    story: the writer is its byline, and the line is not part of its text."""
    art = one("华校举办中秋晚会\n\n" + PARA_S + "\n(文稿:林小文 图片:南洋华文学校)\n")
    assert art.byline == "林小文" and "文稿" not in art.text
    art = one("华校举办中秋晚会\n\n" + PARA_S + "\n(作者:林小文  责任编辑:陈大明\n")
    assert art.byline == "林小文" and "责任编辑" not in art.text


def test_a_dump_turns_from_indented_paragraphs_to_flush_ones_at_a_page() -> None:
    """One site indents its paragraphs, the next site's page sets them flush: the blank line
    where the setting turns ends the first page, though no headline opens the second."""
    first = ("　　今年中秋和国庆假期相连，不少游客选择错峰出游，景区客流比往年更加平稳。\n\n"
             "　　景区负责人介绍，今年新增了夜游项目，游客可以乘船欣赏两岸灯光秀。\n\n"
             "　　多位游客表示，山水风光名不虚传，明年还会带家人再来。\n\n")
    second = ("7月18日，城际铁路南段建成通车，沿线群众乘坐火车出行更加便捷。\n\n"
              "首发列车上，乘务员为旅客准备了小礼物，车厢里洋溢着欢乐的气氛。\n")
    arts = stories("国庆假期景区游人如织\n\n" + first + second)
    assert len(arts) == 2
    assert "游客" not in arts[1].text and "列车" not in arts[0].text


def test_one_flush_paragraph_among_indented_ones_is_no_page() -> None:
    """A single paragraph set flush (a quote, a note) among indented ones, and a flush lead
    over indented paragraphs, keep the story whole."""
    art = one("国庆假期景区游人如织\n\n"
              "本报讯 今年中秋和国庆假期相连，不少游客选择错峰出游，景区客流比往年更加平稳。\n\n"
              "　　景区负责人介绍，今年新增了夜游项目，游客可以乘船欣赏两岸灯光秀。\n\n"
              "　　多位游客表示，山水风光名不虚传，明年还会带家人再来。\n\n"
              "　　景区还延长了开放时间，晚上十点前均可入园。\n\n"
              "“这里的夜景比白天还要美。”一位来自外地的游客说。\n\n"
              "　　据统计，假期前三天景区共接待游客十二万人次。\n")
    assert "十二万人次" in art.text and "夜游项目" in art.text


def test_a_page_headers_clock_gives_way_to_the_date_under_the_byline() -> None:
    """Logo, the page's clock, the headline, the byline, then the story's own date: the
    story's date wins over the clock printed above its headline."""
    art = one("某某新聞網(Logo-image) 某某新聞網(Logo-text)\n\n2024/05/19\nSunday\n14:05\n\n"
              "太平社區報發行滿週年\n\n某某新聞網記者王小明/太平報導\n2009.09.09\n" + PARA)
    assert art.date == "2009-09-09"


def test_more_date_lines_of_taiwan_and_hong_kong_pages() -> None:
    """'2019/10/24 - 20:50' (the time after a dash) on a line of its own, and a science
    magazine's bulleted row '・2021/01/29 ・3350字 ・閱讀時間約 6 分鐘'."""
    assert one("社區健康日熱鬧登場\n\n2019/10/24 - 20:50\n\n" + PARA).date == "2019-10-24"
    row = "・2021/01/29 ・3350字 ・閱讀時間約 6 分鐘 ・七年級"
    assert one("社區健康日熱鬧登場\n\n" + row + "\n\n" + PARA).date == "2021-01-29"


def test_a_bracketed_desk_credit_with_a_space_before_its_bracket_names_the_outlet() -> None:
    """'【某某網路報記者陳某 2/11台 北 報導 】': spaces left inside the credit."""
    art = one("人權館合辦歷史工作坊\n\n【島嶼網路報記者陳大同 2/11台 北 報導 】 人權館與研究所合辦工作坊，"
              "邀請學者分享研究成果。\n\n" + PARA)
    assert art.source == "島嶼網路報"


def test_a_microblog_topic_tag_is_no_markdown_heading() -> None:
    """'#防事故 保平安##一线微观# 【headline】text…' under a headline and its metadata: a
    microblog's topics opening the text, not a heading, so the story keeps its text."""
    art = one("交警严查酒驾 净化交通环境\n更新时间: 2021-12-16 10:00 热度: 640°\n"
              "#防事故 保平安##一线微观# 【交警严查酒驾】为预防和遏制道路交通事故，交警大队连续开展夜间查酒驾行动，"
              "共查处酒后驾驶十余起。\n")
    assert art.title == "交警严查酒驾 净化交通环境"
    assert "查处酒后驾驶" in art.text
