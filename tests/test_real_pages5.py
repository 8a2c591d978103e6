"""Real pages (issue 25), round nine: where one page of a site dump ends and the next, with
no headline, begins; and a few credit and metadata forms. Texts are written for the tests,
modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

from search.model import Article
from search.sources.text import split_articles
from tests.support.pages import one

CRASH = ("渣土车弯道侧翻 三辆小车被埋\n发布日期:: 2021/10/08 作者来源:: 某某时报网/王五\n"
         "事故发生在城北大道和环湖路的交界处，一辆满载渣土的货车在弯道处侧翻。\n"
         "侧翻的渣土将三辆小车掩埋，所幸没有人员伤亡。\n")
STORM = "城南今晚起暂停上班上课"
STORM_TEXT = "受台风影响，市政府晚间宣布，明天全市暂停上班上课，请市民减少外出。\n"


def articles(*pages: str) -> list[Article]:
    """The articles of a dump: the pages one after another, a blank line between them."""
    return [a for a in split_articles("\n\n".join(pages), "dump.txt") if a.kind == "article"]


def test_compiler_credit_ends_a_page_and_photo_credit_is_no_headline():
    """'整理:某某' closes one page's story; the next page's headline, its photo's credit
    ('图/气象局') and text make the next article."""
    arts = articles(CRASH + "整理:赵六\n", STORM + "\n\n图/气象局\n\n" + STORM_TEXT)
    assert [a.title for a in arts] == ["渣土车弯道侧翻 三辆小车被埋", STORM]
    assert "整理" not in arts[0].text and "气象局" not in arts[1].text


def test_source_after_a_doubled_colon():
    a = one(CRASH)
    assert a.date == "2021-10-08" and a.source is not None and a.source.startswith("某某时报网")


def test_paper_lead_opens_the_next_untitled_page():
    """A page with no headline opening on '晚报讯 ' after the page before's 上一篇/下一篇."""
    first = "老街口的手艺人\n\n" + "老街口的木匠铺开了三十年，师傅说手艺要传下去。\n\n上一篇  下一篇\n"
    arts = articles(first, "晚报讯 市气象台昨日发布降雨预报，明日起全市将有一次明显降水过程。\n")
    assert len(arts) == 2
    assert arts[1].title == "市气象台昨日发布降雨预报"  # the lead's credit is no part of its title
    assert "降雨" not in arts[0].text


def test_photo_story_lead_with_reporters_in_brackets_opens_a_story():
    story = "城东片区的小广场翻修一新，老人们每天傍晚都在这里散步，孩子们在器材旁玩耍。\n"
    photo = ("图片新闻(记者 甲乙 丙丁)9月20日上午9时许，在省道一处下坡路段，"
             "一辆货车撞上前方运煤车的尾部，所幸无人受伤。\n")
    arts = articles(story, photo)
    assert len(arts) == 2
    assert arts[1].title == "在省道一处下坡路段"


def test_desk_byline_after_text_opens_the_next_story():
    """Taiwan desk bylines ('記者某某/綜合報導') head a story: set apart under another page's
    text, one opens the next untitled story."""
    council = ("（某某社記者甲乙台中10日電）市議會今天二讀通過明年度總預算案，歲出刪減六億元。\n\n"
               "議長宣布，凍結的預算由市府依附帶決議辦理。\n")
    dike = ("記者丙丁/綜合報導\n縣府今天在海堤舉行調適工程開工典禮，完工後將提升沿岸防禦強度。\n\n"
            "版權所有 請勿翻攝\n記者戊己/綜合報導\n颱風來襲，鎮長提醒鄉親檢查門窗，準備防災物資。\n")
    arts = articles(council, dike)
    assert len(arts) == 3
    assert "海堤" not in arts[0].text and "颱風" not in arts[1].text
    assert arts[1].byline is not None and "丙丁" in arts[1].byline


HEAD = "新城公园开园 市民周末赏花忙"
TEXT = ("周六上午，位于城西的新城公园正式开园，不少市民带着孩子前来赏花游玩。\n\n"
        "公园管理处介绍，园内种植了三十多个品种的花卉，花期将持续到下月中旬。\n")


def test_icon_font_character_before_a_byline_is_dropped():
    """A page's icon font leaves a private-use character before '记者 某某'; the byline is
    still a byline, not the headline."""
    a = one("2022年4月9日 星期六\n\n" + HEAD + "\n\n    \U00100d01记者 甲乙丙\n\n" + TEXT)
    assert a.title == HEAD and a.byline is not None and "甲乙丙" in a.byline
    assert "\U00100d01" not in a.text


def test_escaped_emoji_is_kept_and_a_lone_surrogate_dropped():
    text = TEXT.replace("游玩。", "游玩\\ud83c\\udf38。").replace("中旬。", "中旬\\ud83d。")
    a = one(HEAD + "\n来源:某某网\n" + text)
    assert "游玩\U0001f338" in a.text and "中旬。" in a.text
    a.text.encode("utf-8")  # nothing left that cannot be written


def test_spaced_out_related_heading_and_its_doubled_items_are_dropped():
    """'推 荐' heads a list whose items each show twice (thumbnail and link); the story's first
    paragraph, trailing off in '……', is no teaser of that list."""
    lead = ("今年的赏花季比往年来得早，园方提前一周做好了准备。游客服务点和临时停车位也增加了不少，"
            + "沿湖步道、儿童乐园和花海观景台都已布置妥当，" * 3 + "……")
    page = (HEAD + "\n来源: 某某晚报  2022-04-09 08:58\n某某手机报,精彩资讯早知道!\n\n推 荐\n"
            "老城墙夜景灯光秀上新\n老城墙夜景灯光秀上新\n高清组图:航拍新城\n高清组图:航拍新城\n\n"
            + lead + "\n\n" + TEXT)
    a = one(page)
    assert a.title == HEAD and a.source == "某某晚报" and a.date == "2022-04-09"
    assert "准备" in a.text and "灯光秀" not in a.text and "航拍" not in a.text


def test_page_widgets_of_round_nine_are_chrome():
    widgets = ["—分享—", "新闻专题链接:春季花展", "文章標籤", "(一审 甲乙;二审 丙丁;三审 戊己)",
               "本站原创文章,转载请附上原文链接。", "扫描关注某某网微信公众号,第一时间获取更多精彩内容。",
               "联系地址:某某县城关镇某某路11号", "某某手机报,精彩资讯早知道!移动用户发‘ABC’到 10650000定制,3元/月!",
               "版权和免责申明"]
    a = one(HEAD + "\n发布时间:2022-04-09\n" + "\n".join(widgets[:4]) + "\n\n" + TEXT + "\n".join(widgets[4:]) + "\n")
    assert a.title == HEAD
    assert [w for w in widgets if w.replace(" ", "")[:6] in a.text.replace(" ", "")] == []


def test_media_centre_line_by_the_headline_is_the_source_not_the_headline():
    a = one(HEAD + "\n04/09\n08:30\n某某县新闻中心\n" + TEXT)
    assert a.title == HEAD and a.source == "某某县新闻中心"


def test_headline_said_again_under_its_photo_caption_is_one_story():
    """Headline, the photo's one-line caption, the headline again, then the story."""
    arts = articles(HEAD + "\n\n嘉宾和园方负责人出席开园仪式。\n\n" + HEAD + "\n\n" + TEXT)
    assert len(arts) == 1 and arts[0].title == HEAD and "正式开园" in arts[0].text


def test_site_greeting_breadcrumb_and_reading_time_are_chrome():
    greeting = ("欢迎来到“某某明珠网”,在这里您可以浏览到本市各区县的新闻、"
                + "政务、民生、文化、旅游资讯，" * 4 + "欢迎投稿。")
    a = one(greeting + "\n\n主页 > 新闻 > " + HEAD + "\n" + HEAD + "\n来源:某某明珠网 更新时间:2022-04-09 09:57\n"
            "本篇文章635字,读完约2分钟\n" + TEXT + "分享让更多人看到\n更多》文化之窗\n")
    assert a.title == HEAD and a.source == "某某明珠网"
    assert all(w not in a.text for w in ("欢迎来到", "主页", "读完", "分享", "更多"))


def test_bulleted_metadata_and_colour_switcher():
    """A county site lists its metadata with bullets, under a page colour switcher."""
    page = ("白底黑字蓝链接\n蓝底黄字白链接\n页面原始配色\n\n" + HEAD + "\n• 发布时间:2016-12-21 00:00\n"
            "• 信息来源:某某日报\n• 编辑:admin\n• 审核:系统管理员\n打印\n\n" + TEXT)
    a = one(page)
    assert a.title == HEAD and a.date == "2016-12-21" and a.source == "某某日报"
    assert "底" not in a.text and "系统管理员" not in a.text


def test_epaper_team_byline_spaced_credit_and_continuation_note():
    """'■县融媒体中心记者组' and '■通 讯 员 某某' are bylines; '(下转A2版)' points to the rest of
    the story and does not hide the property block after it."""
    page = ("第A01版:要闻\n\n" + HEAD + "\n\n■通 讯 员 甲乙丙\n\n■县融媒体中心记者组\n\n本报讯 " + TEXT
            + "\n(下转A2版)\n\n2022-07-29 1 1 某某日报 content_190469.html 1 3 " + HEAD + " /enpproperty-->\n")
    a = one(page)
    assert a.title == HEAD and a.date == "2022-07-29" and a.source == "某某日报"
    assert "下转" not in a.text and "通讯员" not in a.text.replace(" ", "") and "记者组" not in a.text


def test_credits_with_bars_photo_source_and_server_warnings_are_chrome():
    page = ("Deprecated: Creation of dynamic property db::$querynum is deprecated in /www/db.php on line 9\n\n"
            + HEAD + "\n来源|某某县融媒体中心\n" + TEXT + "\n图片来源:某某县教体局\n编辑|甲乙丙\n编审|丁戊己\n"
            "版权作品,未经授权严禁转载。\n")
    a = one(page)
    assert a.title == HEAD and a.source == "某某县融媒体中心"
    assert all(w not in a.text for w in ("Deprecated", "图片来源", "编辑", "编审", "严禁"))


def test_headline_with_a_cry_and_a_speaker_opens_the_next_page():
    """'…事件?交警回应:…': a headline with one cry inside and a speaker's colon, set apart
    under another page's text, heads a story of its own."""
    crash = "城北发生货车侧翻事故?交警回应:正调查事故原因"
    arts = articles(CRASH, crash + "\n\n5月13日傍晚，城北大道发生一起货车侧翻事故，引发市民关注。\n"
                    "记者联系到交警部门，工作人员表示事故原因正在调查中。\n")
    assert [a.title for a in arts] == ["渣土车弯道侧翻 三辆小车被埋", crash]


def test_bracketed_desk_and_reporters_lead_opens_the_next_page():
    gallery = HEAD + "\n\n" + TEXT + "热门图集\n下一图集\n"
    lead = ("【某网】 (某某日报全媒体记者 甲乙 通讯员 丙丁) 12月12日晚，全市交警在重要卡口集中整治酒驾，"
            "当晚共查获酒驾违法行为38起。\n")
    arts = articles(gallery, lead)
    assert [a.title for a in arts] == [HEAD, "全市交警在重要卡口集中整治酒驾"]
    assert "酒驾" not in arts[0].text and "图集" not in arts[0].text


def test_quoted_cries_opening_a_story_are_its_text_not_a_list():
    quotes = ("“王医生，上次您给我开的药很对症，我复查来了!”\n“李主任，我把检查单子都带来了，您帮我看看!”\n"
              "“张大夫，我这膝盖一到阴雨天就疼!”\n")
    a = one(quotes + "10月18日上午，不到8点，县城广场的义诊处已经排起了长龙。\n"
            "来自省城医院的专家为群众义诊，还送来了健康手册。\n快點我加入某某新聞LINE好友!\n")
    assert "复查" in a.text and "膝盖" in a.text and "LINE" not in a.text


def test_source_forms_of_round_nine():
    """'????' where a copy lost its spaces, a source glued to its date, a source naming the
    page it ran on, an outlet's app beside the date."""
    cases = {"2023年03月31日 08:27????信息來源:某某新聞": ("2023-03-31", "某某新聞"),
             "来源:24小时新闻网2024-11-18 23:02:00": ("2024-11-18", "24小时新闻网"),
             "2017-09-07 15:29:56   来源:《某某日报》2017年9月7日第4版    【字号": ("2017-09-07", "某某日报"),
             "某某青年报客户端 | 2025-01-17 19:19": ("2025-01-17", "某某青年报客户端")}
    for meta, (date, source) in cases.items():
        a = one(HEAD + "\n" + meta + "\n\n" + TEXT)
        assert a.title == HEAD and a.date == date, meta
        assert a.source is not None and source in a.source, meta


def test_outlet_news_lead_names_the_source():
    for lead in ("某某网消息 ", "某某网消息,"):
        a = one(HEAD + "\n\n" + lead + TEXT)
        assert a.source == "某某网", lead


def test_a_doubled_cry_in_a_headline_is_kept():
    a = one("这是真的吗??网友热议新城公园开园\n来源:某某网\n\n" + TEXT)
    assert a.title == "这是真的吗??网友热议新城公园开园"
