"""Real pages (issue 25), round seven: forms found on a new set of real pages. Texts are
written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from search.sources.credits import caption_credit
from search.sources.text import split_articles
from tests.support.pages import one

HEAD = "县人大常委会调研农村公路建设"
TEXT = ("3月5日，县人大常委会副主任带队调研全县农村公路建设工作。\n\n"
        "调研组先后察看了三个乡镇的在建路段，听取了交通部门的汇报。\n")



def test_headline_after_a_bracketed_county_tag_is_kept():
    """Government portals tag a county's story with its name in brackets: '[某县] headline'.
    A line that opens on '[' is a link bar only when it holds links, not a tagged headline."""
    a = one("当前位置:首页 > 信息公开 > 县市区动态\n[山河县] " + HEAD
            + "\n发布时间:2023-03-06 09:58  来源:山河新闻网  浏览量:\n\n" + TEXT)
    assert HEAD in a.title and a.date == "2023-03-06" and a.source == "山河新闻网"


def test_font_size_label_alone_is_neither_headline_nor_text():
    a = one(HEAD + "\n发布时间:2023-03-06 09:58  来源:山河新闻网\n字体:\n\n" + TEXT)
    assert a.title == HEAD
    assert "字体" not in a.text


def test_date_glued_to_a_channel_name_or_a_view_counter_is_the_date():
    for line in ("2023-03-06新闻5", "2023/03/06 14:48:00发布58次查看"):
        a = one(HEAD + "\n\n" + line + "\n\n" + TEXT)
        assert a.date == "2023-03-06", line
        assert a.title == HEAD


def test_headline_opening_on_a_date_stays_a_headline():
    title = "2023年3月6日起全县农村公路限行"
    a = one(title + "\n\n" + TEXT)
    assert a.title == title and a.date is None


def test_original_headline_below_the_date_line_is_dropped():
    a = one("某某实验室\n\n" + HEAD + "\n\n2023-03-06新闻5\n\n原标题:" + HEAD + "\n\n" + TEXT)
    assert a.title == HEAD
    assert "原标题" not in a.text


def test_an_outlets_own_lead_names_the_source():
    for outlet in ("山城晚报", "山河新闻网"):
        a = one(HEAD + "\n\n" + outlet + "讯(记者 王小明 通讯员 李四)3月5日，县人大常委会调研农村公路。\n\n"
                + TEXT)
        assert a.source == outlet
    a = one(HEAD + "\n\n本报讯(记者 王小明)3月5日，县人大常委会调研农村公路。\n\n" + TEXT)
    assert a.source != "本报"


def test_outlet_credited_on_its_own_line_after_the_text_is_the_source():
    for tail in ("——山城日报", "--山城日报", "（山城日报）"):
        a = one(HEAD + "\n\n" + TEXT + tail + "\n")
        assert a.source == "山城日报", tail
        assert "山城日报" not in a.text, tail


def test_a_bracketed_aside_that_names_no_outlet_stays_in_the_text():
    a = one(HEAD + "\n\n" + TEXT + "（图为在建路段）\n")
    assert a.source is None


def test_other_words_for_when_a_story_ran_are_its_date():
    a = one(HEAD + "\n发稿时间：2023-03-06 09:58\n\n" + TEXT)
    assert a.date == "2023-03-06"


def test_disclosure_table_and_upload_keys_give_the_date():
    """Government disclosure tables date a notice by 发文日期, 公开日期 or 签发时间, and a CMS by
    上传时间, in either script: each is the story's date like 发布日期."""
    for key in ("发文日期", "公开日期", "签发时间", "上传时间", "發文日期", "公開日期", "簽發時間", "上傳時間"):
        a = one(HEAD + f"\n{key}：2023-03-06\n\n" + TEXT)
        assert (a.title, a.date) == (HEAD, "2023-03-06"), key


def test_e_paper_header_names_its_paper_between_dashes():
    a = one(HEAD + "\n日期：[2023年03月06日] -- 山城日报 -- 版次：[A2]\n\n" + TEXT)
    assert (a.date, a.source) == ("2023-03-06", "山城日报")


def test_city_site_name_is_not_taken_for_the_headline_its_story_echoes():
    """The story of a city site names the city: '山城网' above the page shares '山城' with the
    story's opening by chance, while the real headline above the date shares nothing."""
    page = ("山城网\nEng|繁体||\n\n深夜，五位青年在江边捡起百余个饮料瓶\n2016-09-14 07:09:11 山城网\n\n"
            "    工作日碰上下雨天\n\n    广场游客仍然很多\n\n"
            "因峰会大放异彩的新城广场，最近成为外地游客的热门去处，也成了许多人心中的山城新地标。\n\n"
            "这几天，记者每天都在广场采访，看到游客涌入的同时也留下了不少垃圾。\n")
    a = one(page)
    assert a.title == "深夜，五位青年在江边捡起百余个饮料瓶"
    assert (a.date, a.source) == ("2016-09-14", "山城网")


def test_qualified_update_time_key_and_page_number_header_give_the_date():
    a = one(HEAD + "\n\n内容更新时间:2023-09-01 16:15:25来源:山城乡音报\n\n" + TEXT)
    assert (a.date, a.source) == ("2023-09-01", "山城乡音报")
    a = one("版次:02  2023年05月22日\n\n" + HEAD + "\n\n" + TEXT)
    assert a.date == "2023-05-22"


def test_a_repeal_date_in_a_notice_table_is_not_the_date():
    a = one(HEAD + "\n成文日期: 2026-01-23\n废止时间: 2028-01-23\n\n" + TEXT)
    assert a.date != "2028-01-23"


def test_app_gates_rights_notices_tip_fees_and_issue_pagers_are_chrome():
    chrome = ["温馨提示", "本页面内容不允许直接阅读，请通过《山城日报》客户端浏览查看。",
              "扫描二维码下载客户端", "您的IE浏览器版本太低，请升级至IE8及以上版本。",
              "版权稿件，任何媒体、网站或个人未经授权不得转载，违者将依法追究责任。",
              "王先生报料，线索费50元", "上一期  下一期"]
    a = one(HEAD + "\n\n" + TEXT + "\n".join(chrome) + "\n")
    assert a.title == HEAD
    for line in chrome[1:]:
        assert line[:8] not in a.text, line


def test_e_paper_headline_marked_with_a_bullet_over_its_deck_and_captions():
    page = ("2025年05月21日 第A13版:体育\n  • “这一局我们输在发球”\n\n"
            "    主教练赛后复盘关键分\n\n    队员在场边听取战术布置\n\n"
            "    当地时间19日下午，在多哈进行的混双第二轮比赛中，中国组合以一比三失利。\n\n"
            "    赛后主教练表示，这一局输在发球环节，接下来会针对性调整。\n")
    arts = [a for a in split_articles(page, "page.txt") if a.kind == "article"]
    assert arts[0].title == "“这一局我们输在发球”"


def test_headline_said_above_photo_names_is_found_in_the_story_it_heads():
    """An e-paper's story: its headline, then photo credits and captions each on a line, then
    the text. The headline shares words with the story's opening lines, a name does not."""
    page = ("奔跑，醉美江城\n\n陈小明\n\n垃圾分类是本次赛事的一个主题\n\n杨定一\n\n李芷二\n\n"
            "昨天清晨，江城国际马拉松赛顺利起跑，三万名跑者从江边出发。\n\n"
            "最终，男子组冠军以两小时八分的成绩折桂，跑者们称这条赛道是醉美的风景线。\n")
    assert one(page).title == "奔跑，醉美江城"


def test_headline_over_a_list_of_photo_captions_is_kept():
    """A city paper's photo story: its headline, then six short caption labels, then the
    text. The labels are a list, the headline the story's opening restates is not."""
    page = ("山城日报客户端\n\n请用浏览器扫描下载\n\n关 闭\n\n秋风送爽 稻谷归仓\n\n农业现代化\n\n"
            "汗水浇灌\n\n希望的田野\n\n辛劳\n\n秸秆回收利用\n\n收获\n\n\n"
            "秋风送爽稻花香，又到一年收稻时。\n\n"
            "眼下正值秋收时节，在山城广袤的田野上，农民紧抓农时抢收抢晒，确保稻谷颗粒归仓。过去，"
            "收割、晾晒都靠农民弯腰劳作；如今，收割机、烘干机在田间地头大显身手，一天能收上百亩地。\n")
    assert one(page).title == "秋风送爽 稻谷归仓"


def test_more_ways_a_page_names_its_outlet():
    lead = "5月30日上午9时许，山河县公安局民警在巡逻中抓获一名网上追逃人员。\n\n"
    cases = [
        (HEAD + "\n\n(山城日报)" + lead + TEXT, "山城日报"),  # the paper in brackets opening the lead
        (HEAD + "\n\n山城网 山城客户端讯 " + lead + TEXT, "山城网"),  # site and app before 讯
        (HEAD + "\n\n山城新闻记者 王小明\n\n" + lead + TEXT, "山城新闻"),  # an app's reporter credit
        (HEAD + "\n[热点] 时间:2024-04-26 10:22:44 来源:山城头条 作者:综合 点击:13次\n\n" + TEXT, "山城头条"),
    ]
    for page, outlet in cases:
        assert one(page).source == outlet, page[:60]


def test_section_and_date_between_bars_date_the_story():
    a = one(HEAD + "\n| 招商动态 |2017-02-26\n" + TEXT)
    assert (a.title, a.date) == (HEAD, "2017-02-26")


def test_picture_placeholders_and_given_photo_credits_do_not_split_a_story():
    page = (HEAD + "\n文章图片\n在乡镇路口，民警查看在建路段的监控截图 。 警方供图\n"
            "山城网山河3月5日电(记者 王小明)县人大常委会副主任带队调研全县农村公路建设工作 。\n"
            "文章插图\n调研组听取了交通部门的汇报 。\n")
    a = one(page)
    assert (a.title, a.source) == (HEAD, "山城网")
    assert "文章图片" not in a.text and "文章插图" not in a.text


def test_a_media_centre_credited_in_brackets_is_the_source():
    a = one(HEAD + "\n\n" + TEXT + "（山河县传媒中心）\n")
    assert a.source == "山河县传媒中心"


def test_a_lead_set_apart_above_dense_paragraphs_is_not_a_page_of_its_own():
    page = ("5月10日下午，全县防汛抗旱工作会议在县林业局会议室召开，县长、县委副书记等出席会议。\n\n"
            "县长讲话，副书记主持会议。\n"
            "县长指出，防汛抗旱工作事关人民群众生命财产安全，事关经济社会平稳发展，容不得半点懈怠和大意，"
            "各级各部门要深刻认识防汛抗旱工作的重要性和复杂性。\n"
            "会议要求，各级各部门要做到思想上早准备，责任上早落实，工作上早部署，措施上早制定，"
            "全力打好防汛抗旱这场硬仗，确保全县安全度汛。\n")
    assert len([a for a in split_articles(page, "page.txt") if a.kind == "article"]) == 1


def test_gallery_cells_ending_on_a_bar_are_chrome():
    a = one(HEAD + "\n![]() |\n现场检查 |\n![]() |\n查验资料 |\n\n" + TEXT)
    assert a.title == HEAD and "现场检查" not in a.text


def test_dates_written_in_english_or_day_first_with_dashes():
    for line, date in (("Mar 6, 2023", "2023-03-06"), ("6 March 2023 9:58 am", "2023-03-06"),
                       ("06-03-2023 09:58", "2023-03-06"), ("发表于：2023-03-06", "2023-03-06")):
        assert one(HEAD + "\n" + line + "\n\n" + TEXT).date == date, line


def test_a_bracketed_source_field_loses_its_bracket():
    a = one(HEAD + "\n[日期：2023-03-06] [来源：山城网] [作者：李四]\n\n" + TEXT)
    assert (a.date, a.source) == ("2023-03-06", "山城网")


def test_disclaimer_headings_tag_clouds_and_photo_credit_lines_are_chrome():
    chrome = ["相关热词搜索:", "山城网版权及免责声明:", "版权声明"]
    a = one(HEAD + "\n图 | 山城新闻\n\n" + TEXT + "\n".join(chrome) + "\n")
    assert a.title == HEAD
    assert not any(c in a.text for c in chrome + ["山城新闻"])


def test_reporters_date_and_a_papers_edition_set_apart_under_the_headline():
    a = one(HEAD + "\n王小明 李四    2020-06-22 16:37:12    山城日报海外版\n\n" + TEXT)
    assert (a.date, a.source) == ("2020-06-22", "山城日报海外版")


def test_more_leads_and_header_lines_that_name_the_outlet():
    cases = [
        (HEAD + "\n山河融媒 2024/8/30 9:58:03\n\n" + TEXT, "山河融媒"),  # a media centre beside the date
        (HEAD + "\n时间:2023-10-13 09:13:48 稿件来源:\n山河县融媒体中心 编辑:王五\n\n" + TEXT,
         "山河县融媒体中心"),  # the source key's value wrapped onto the next line
        (HEAD + "\n2026-02-07 09:53:16山城网\n\n" + TEXT, "山城网"),  # the outlet glued after the date
        (HEAD + "\n\n山城社北京二月十五日电 今年春运于二月十五日结束。\n\n" + TEXT, "山城社"),  # a date in words
        (HEAD + "\n\n山城晚报快讯 全市高考今日拉开大幕，考生陆续进入考点。\n\n" + TEXT, "山城晚报"),
    ]
    for page, outlet in cases:
        assert one(page).source == outlet, page[:50]


def test_next_story_links_pdf_links_and_translator_credits_are_chrome():
    for line in ["点击 可阅读下一则新闻", "读山城报PDF版面", "(编译:王小明)"]:
        a = one(HEAD + "\n\n" + TEXT + line + "\n")
        assert line not in a.text, line


def test_a_bracketed_dotted_date_with_a_word_after_it():
    a = one(HEAD + "\n\n[2020.01.06] 發表\n\n" + TEXT)
    assert a.date == "2020-01-06"


def test_a_read_aloud_button_and_a_browser_advice_are_not_the_headline():
    for top in ("聽新聞\n0:00 / 0:00", "為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Edge 瀏覽器。"):
        a = one(" date 2025-09-23 " + top + "\n" + HEAD + "\n" + TEXT)
        assert a.title == HEAD, top


def test_a_caption_crediting_where_the_picture_was_taken_from_is_a_caption():
    assert caption_credit("雨量预测图。（取自山城气象局官网）") == ("雨量预测图。", "取自山城气象局官网")
    assert caption_credit("会议要求各地做好防汛准备（取自会议纪要的要点不少于三条，详见附件和说明）") is None
