"""Real pages (issue 25), round eight: e-paper page furniture, photo news, headline lists
and toolbars, found on a fresh set of real pages. Texts are written for the tests, modelled
on those forms; none is copied from a page."""
from __future__ import annotations

from search.sources.text import split_articles
from tests.support.pages import one

HEAD = "城西两所新建小学秋季如期招生"
TEXT = ("9月1日，全区中小学统一开学，城西新建的两所小学也迎来了第一批学生。\n\n"
        "两所学校共新增学位二千四百个，缓解了城西片区就近入学的压力。\n")



def test_page_number_between_headline_and_text_keeps_them_one_story():
    """An e-paper sets the page's number ('3版') between a headline block and its text."""
    a = one("2022年9月5日 星期\n" + HEAD + "\n配套食堂同步启用\n3版\n\n" + TEXT)
    assert a.title == HEAD and a.date == "2022-09-05"
    assert "第一批学生" in a.text


def test_current_page_line_and_whole_page_controls_are_not_headlines():
    a = one("通版阅读请点击:\n展开通版\n收缩通版\n当前版:04版\n发布日期:\n" + HEAD + "\n" + TEXT)
    assert a.title == HEAD
    assert "通版" not in a.text and "当前版" not in a.text


def test_photo_news_keeps_its_headline_over_its_caption():
    """Photo news: a headline, one caption paragraph, the photographer, the page's code."""
    caption = "昨天上午，城东社区的老住户们聚在一起，用各地口音聊起了这些年的邻里往事。"
    a = one("南腔北调话邻里\n" + caption + "\n记者 林立 摄\nA03\n")
    assert a.title == "南腔北调话邻里"
    assert "老住户" in a.text and "A03" not in a.text


def test_bulleted_list_of_the_pages_other_headlines_is_dropped():
    page = ("第B0012版:城市新闻\n· 老旧小区加装电梯提速\n· 夜市摊位重新规划\n· " + HEAD
            + "\n· 公交新线明起试运行\n2022年9月5日     收藏 打印 推荐 更多功能\n" + HEAD + "\n\n" + TEXT)
    a = one(page)
    assert a.title == HEAD and a.date == "2022-09-05"
    assert "夜市" not in a.text and "收藏" not in a.text and "B0012" not in a.title


def test_site_name_of_a_mobile_page_is_not_the_headline():
    a = one("  • 某某新闻网移动版\n\n    某某新闻网移动版\n\n" + HEAD + "\n\n2022-09-05 15:14:00\n来源:某某日报\n\n"
            + TEXT)
    assert a.title == HEAD and a.source == "某某日报"


def test_publisher_line_under_the_masthead_is_chrome():
    a = one("某某日报报业集团主办\n" + HEAD + "\n\n" + TEXT + "\n中共某某市委宣传部主管\n")
    assert a.title == HEAD
    assert "主办" not in a.text and "主管" not in a.text


def test_outlet_beside_a_time_without_year_is_the_source():
    a = one("首页 城区 正文\n" + HEAD + "\n某某信息港    09-05 10:13:10\n\n" + TEXT)
    assert a.title == HEAD and a.source == "某某信息港"


def test_page_number_between_headline_and_a_captioned_photo_story():
    """The story under the page number ends on its photographer's credit."""
    caption = ("9月1日，全区中小学统一开学，城西新建的两所小学也迎来了第一批学生。图为开学第一课现场。"
               " 记者 林立 摄")
    a = one("2022年9月5日 星期\n" + HEAD + "\n配套食堂同步启用\n3版\n\n" + caption + "\n")
    assert a.title == HEAD and a.date == "2022-09-05"
    assert "第一批学生" in a.text


def test_outlet_and_day_before_the_lead_mark_name_the_source():
    a = one(HEAD + "\n\n某某晚报9月5日讯 " + TEXT)
    assert a.source == "某某晚报"


def test_bracketed_agency_reporter_and_place_open_the_lead():
    a = one(HEAD + "\n\n(远东经济通讯社记者欧阳明/台中报导)9月5日晚间，城西两所新建小学同时举行开学典礼。\n")
    assert a.source == "远东经济通讯社"


def test_marked_byline_of_a_paper_names_the_source():
    a = one(HEAD + "\n■某某快报记者 王明 通讯员 李华\n\n" + TEXT)
    assert a.source == "某某快报"
    assert "王明" not in a.text


def test_source_key_after_a_mark_with_an_account_id_and_author():
    a = one("“一所学校改变了一个片区”\n*来源:某某周刊(ID:mouzhouweekly),作者王明\n\n" + TEXT)
    assert a.source == "某某周刊"


def test_site_search_box_label_is_not_a_headline():
    a = one("站内搜索:\n" + HEAD + "\n\n" + TEXT)
    assert a.title == HEAD


def test_comment_box_font_control_and_follow_prompts_are_not_text():
    page = (HEAD + "\n【字体大小:默认】 分享\n\n" + TEXT
            + "\n参与互动(0) | 【编辑:王明】 |\n关注公众号\n参与讨论\n我想说\n")
    a = one(page)
    for word in ("字体大小", "参与互动", "公众号", "参与讨论", "我想说"):
        assert word not in a.text, word


def test_trainee_editor_and_contributor_credits_are_not_text():
    a = one(HEAD + "\n\n" + TEXT + "(实习编辑:王明)\n投稿:宣传部 李华\n")
    assert "实习编辑" not in a.text and "投稿" not in a.text


def test_cookie_notice_and_browser_download_links_are_not_text():
    a = one("本网站使用相关技术提供更好的阅读体验，同时尊重使用者隐私，点这里了解隐私声明。\n"
            "请至Edge官网下载请至Firefox官网下载\n" + HEAD + "\n\n" + TEXT)
    assert a.title == HEAD
    assert "官网" not in a.text and "隐私" not in a.text


def test_forum_footer_clock_is_not_the_story_date():
    a = one(TEXT + "GMT+8, 2024-11-1 08:53\n")
    assert a.date is None and "GMT" not in a.text


def test_breadcrumb_ending_on_the_story_is_not_text():
    a = one("首页 城区 正文\n" + HEAD + "\n\n" + TEXT)
    assert a.title == HEAD and "正文" not in a.text


def test_key_value_line_with_an_update_date_dates_the_story_not_the_header_clock():
    page = ("2026年 02月 03日 星期二 合作提案 活动报名\n\n" + HEAD
            + "\n\n记者:欧阳明 新闻分类:教育 更新日期:2022-09-05 00:02:00\n\n" + TEXT)
    a = one(page)
    assert a.date == "2022-09-05" and a.title == HEAD


def test_all_media_reporter_credit_with_a_colon_is_a_byline():
    a = one(HEAD + "\n\n" + TEXT + "全媒体记者:王明 李华\n")
    assert "王明" not in a.text


def test_metadata_line_opening_on_the_sites_address():
    a = one(HEAD + "\nhttp://www.example.com  2022-09-05 09:16:21   来源:某某新闻网(wǎng)  【字号\n\n" + TEXT)
    assert a.date == "2022-09-05" and a.source == "某某新闻网"


def test_edit_date_key_dates_the_story():
    a = one(HEAD + "\n编辑日期:2022/9/5   作者:某某街道   来源:区委部门 > 宣传部 > 街镇社区\n\n" + TEXT)
    assert a.date == "2022-09-05" and a.title == HEAD


def test_page_flattened_onto_one_line_keeps_headline_date_and_text_apart():
    line = (HEAD + " 教育 发布时间: 2022/09/05 分享: 【本报讯】9月1日，全区中小学统一开学，"
            "城西新建的两所小学也迎来了第一批学生。")
    a = one(line + "\n")
    assert a.title == HEAD and a.date == "2022-09-05"
    assert "第一批学生" in a.text and "发布时间" not in a.text


def test_e_paper_property_block_dates_and_sources_the_story():
    """Founder's e-paper system leaves its property block as a line after the story."""
    page = (HEAD + "\n\n" + TEXT + "(城西五日电)\n本报记者 王明\n"
            "2022-09-05 本报记者 王明 1 1 某某晚报 content_3239.html 1 " + HEAD + " /enpproperty-->\n")
    a = one(page)
    assert a.date == "2022-09-05" and a.source == "某某晚报"
    assert "content_" not in a.text


def test_rights_notice_paragraph_tip_call_age_gate_and_language_switch_are_not_text():
    rights = ("凡本报记者署名文字、图片，版权均属某某晚报所有。任何媒体、网站或个人，未经授权不得转载、链接、"
              "转贴或以其他方式复制发表；已授权的媒体、网站，在使用时必须注明稿件来源。")
    page = ("こちらのページは繁体字版です。日本語版に移動しますか。\n您即将进入之新闻内容 需满18岁 方可浏览。\n"
            + rights + "\n" + HEAD + "\n\n" + TEXT + "\n某某晚报有奖征集新闻线索，一经采用将付稿酬。\n")
    a = one(page)
    assert a.title == HEAD
    for word in ("版权", "こちら", "18岁", "征集"):
        assert word not in a.text, word


def test_lead_shared_by_a_groups_outlets_names_them():
    a = one(HEAD + "\n\n某某晚报 某某网 某某新闻讯 " + TEXT)
    assert a.source == "某某晚报 某某网 某某新闻"


def test_page_number_under_the_next_storys_headline_in_a_dump():
    """In a dump the story above is still open when the next page's headline block and its
    page number come: the headline heads the next story, not the text of the one above."""
    above = "老旧小区加装电梯提速\n\n今年全区已有四十台电梯完工，另有六十台正在施工。\n\n"
    arts = [a for a in split_articles(above + HEAD + "\n配套食堂同步启用\n3版\n\n" + TEXT, "dump.txt")
            if a.kind == "article"]
    assert [a.title for a in arts] == ["老旧小区加装电梯提速", HEAD]
    assert HEAD not in arts[0].text


def test_version_switch_privacy_consent_and_you_may_also_like_lists_are_not_text():
    page = ("电脑版\n" + HEAD + "\n\n请同意我们的隐私权规范，才能启用听新闻的功能。\n\n" + TEXT
            + "\n※你可能还想看:\n老旧小区加装电梯提速\n夜市摊位重新规划\n")
    a = one(page)
    assert a.title == HEAD
    for word in ("电脑版", "隐私", "还想看", "电梯"):
        assert word not in a.text, word
