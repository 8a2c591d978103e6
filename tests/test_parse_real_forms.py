"""Real pages (issue 25): metadata in both scripts and in the forms portals, mirrors and
e-paper archives print; chrome around a story. Texts are written for the tests, modelled on
those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles
from tests.support.pages import one


def test_traditional_metadata_keys_give_date_and_source():
    a = one("港島區新增兩條單車徑\n發佈時間：2023-04-05 10:12　來源：港島週報\n\n"
            "運輸署表示，兩條新單車徑將於下月啟用，全長約三公里。\n")
    assert (a.title, a.date, a.source) == ("港島區新增兩條單車徑", "2023-04-05", "港島週報")


def test_source_field_never_holds_a_label():
    a = one("县图书馆延长开放时间\n时间:2025-03-24 来源:原创/投稿/转载作者:管理员点击:\n\n"
            "县图书馆自下周起每天开放至晚上九点，方便读者下班后借阅。\n")
    assert a.date == "2025-03-24" and a.source is None


def test_date_prefix_before_headline_is_the_date():
    a = one(" date 2024-05-06 山區道路今晚封閉搶修\n工務單位表示，受連日豪雨影響，山區道路今晚起封閉搶修。\n")
    assert (a.title, a.date) == ("山區道路今晚封閉搶修", "2024-05-06")


def test_breadcrumb_carrying_metadata_gives_source_not_title():
    a = one("您当前的位置 : 某某网 > 新闻中心 > 综合  来源: 新华社 2019.03.02 10:20\n\n"
            "春耕备耕有序推进\n\n各地抢抓农时，春耕备耕工作有序推进，农资供应总体充足。\n")
    assert (a.title, a.date, a.source) == ("春耕备耕有序推进", "2019-03-02", "新华社")


def test_outlet_after_a_dash_is_the_source():
    a = one("老城区完成燃气管道改造——中新网\n\n今年以来，老城区共完成燃气管道改造十二公里，惠及居民四千余户。\n")
    assert (a.title, a.source) == ("老城区完成燃气管道改造", "中新网")
    assert "中新网" not in a.text


def test_traditional_wire_lead_announces_the_article():
    """With its 電 lead recognised, a bare line inside is a subheading, not a new article."""
    a = one("澳門旅遊業持續回暖\n中新社澳門3月1日電 澳門統計局公布，上月入境旅客按年上升兩成。\n"
            "酒店入住率回升\n業界預計，假期期間酒店入住率將維持在九成左右。\n")
    assert a.title == "澳門旅遊業持續回暖" and "酒店入住率回升" in a.text


@pytest.mark.parametrize("head", ["1995-06-09\n第 1 版", "1996年1月2日某某日报 第1版\n第1版(要闻)"])
def test_e_paper_header_forms_date_the_page(head):
    a = one(head + "\n农贸市场蔬菜供应充足\n本报讯 入冬以来，本市农贸市场蔬菜供应充足，价格总体平稳。\n")
    assert a.title == "农贸市场蔬菜供应充足" and a.date == head[:4] + ("-06-09" if "06" in head else "-01-02")


def test_headline_is_the_line_right_before_the_metadata():
    """A page title, a dated masthead line, then the story's own headline and byline."""
    a = one("山城夜市重新開張 攤商迎客\n\n晨光電子報\n2024/03/02 第512期 | 訂閱 | 看歷史報份\n"
            "夜市重開 攤商笑了\n記者林小雨/台中報導\n\n"
            "停業半年的山城夜市昨晚重新開張，兩百多個攤位全數到齊，人潮擠滿主要街道。\n")
    assert a.title == "夜市重開 攤商笑了" and "晨光電子報" not in a.text


def test_wire_title_label_gives_the_headline():
    a = one("新華社北京5月3日電 題:小鎮快遞站撐起鄉村物流\n\n"
            "走進山腳下的快遞站，貨架上堆滿了等待取件的包裹，站長說每天要處理三百多件。\n")
    assert a.title == "小鎮快遞站撐起鄉村物流" and "題" not in a.text


def test_bracketed_taiwan_lead_announces_the_article():
    """〔記者…報導〕 opens the text, so the bare line above it is the headline."""
    a = one("社區\n生活\n科技\n港區貨櫃車翻覆 清晨交通大打結\n"
            "〔記者陳大文/基隆報導〕一輛貨櫃車今天清晨在港區彎道翻覆，車上貨物散落一地，警方封閉車道處理。\n")
    assert a.title == "港區貨櫃車翻覆 清晨交通大打結"


def test_site_name_after_a_page_title_is_dropped():
    a = one("老街修缮工程全面完工_晨报网\n2024-05-06 09:00\n\n老街修缮工程今天全面完工，三十多栋老屋恢复了原貌。\n")
    assert a.title == "老街修缮工程全面完工"


def test_noise_is_normalised_in_text_but_not_in_the_file(tmp_path):
    raw = ("卫星发射成功\n2024-04-01\n\n"
           "衛(wèi)星于4 月 1 日 5 时 36 分升空，&lt;现场&gt;观众欢呼\\u3002\n"
           "Ã¤Â¸Â­Ã¥Â›Â½Ã¦Â–Â°Ã©Â—Â»\n")
    a = one(raw)
    assert "衛星于4月1日5时36分升空" in a.text and "<现场>" in a.text and "。" in a.text
    assert "Ã" not in a.text and "(wèi)" in raw


def test_outlet_named_by_the_lead_or_the_desk_byline_is_the_source():
    wire = "东岭至南川公路开工\n\n据新华社南川3月12日电 东岭至南川公路改造工程今天开工，全长二十八公里。\n"
    desk = "颱風假今晚公布\n\n東嶺報／ 記者林小明／台北即時報導\n\n氣象署表示，颱風外圍環流今晚起影響北部。\n"
    stated = "县城新建口袋公园\n\n来源：东岭日报\n\n新华社东岭3月2日电 老城区新建三座口袋公园。\n"
    assert [split_articles(t, "p.txt")[0].source for t in (wire, desk, stated)] == ["新华社", "東嶺報", "东岭日报"]


def test_day_first_dotted_date_is_the_date_not_the_headline():
    """Hong Kong pages date a story '03.08.2021 14:20' under its headline."""
    a = one("渡輪航線下月加密班次\n03.08.2021 14:20\n本文來源: 運輸署\n\n"
            "運輸署表示，由下月起離島渡輪航線的繁忙時段班次將加密至每十五分鐘一班。\n")
    assert (a.title, a.date, a.source) == ("渡輪航線下月加密班次", "2021-08-03", "運輸署")


@pytest.mark.parametrize("info", ["晓岚 阅读:512 2023-06-18 08:30:12", "山城周报 本文作者:林青 2023-06-18",
                                  "• 2023-06-18\n• 閱讀512\n• 評論0"])
def test_name_counter_and_date_line_under_a_headline_dates_it(info):
    """A poster's name, a counter and a date under a headline: metadata, not the title,
    and the counters stay out of the text."""
    a = one(f"社区菜市场完成改造\n{info}\n\n社区菜市场改造完成后重新开业，摊位由六十个增加到九十个。\n")
    assert (a.title, a.date) == ("社区菜市场完成改造", "2023-06-18")
    assert "512" not in a.text and "評論" not in a.text


def test_wrapped_document_title_over_its_number_is_the_headline():
    """A notice's title wrapped before its genre word, then its document number."""
    a = one("发布时间:2022-03-01 10:00:00\n某省人民政府关于加快\n县域商业体系建设的意见\n某政发〔2022〕7号\n"
            "各市、县人民政府，省政府各部门：\n为加快县域商业体系建设，现提出以下意见。\n")
    assert a.title == "某省人民政府关于加快 县域商业体系建设的意见" and a.date == "2022-03-01"


def test_e_paper_story_with_photos_above_its_lead_stays_one_article():
    """Kicker, a headline set in two lines, a bracketed date with the source, photo captions,
    then the wire lead: one story."""
    arts = split_articles("第03版:要闻\n出席区域合作论坛\n省长抵达东岭\n与邻省代表举行会谈\n"
                          "( 2021-05-08 ) 稿件来源:东岭日报 要闻\n\n"
                          "5月7日，省长在东岭会见邻省代表。本报记者王立摄\n\n"
                          "本报东岭5月7日电(记者李明)省长7日抵达东岭，出席区域合作论坛并与邻省代表会谈。\n"
                          "双方就交通互联和产业协作交换了意见。\n", "p.txt")
    assert [(a.title, a.date, a.source) for a in arts] == [
        ("省长抵达东岭 与邻省代表举行会谈", "2021-05-08", "东岭日报")]


def test_outlet_named_after_the_desk_byline_or_by_a_broadcaster_or_under_photos():
    desk = "港口貨運量創新高\n\n記者林小明、陳大文/基隆報導/東嶺報\n\n港務公司今天公布，上月貨櫃裝卸量創下新高。\n"
    radio = "口岸延長通關時間\n\n(東嶺電台消息) 口岸管理部門表示，假期期間口岸將延長通關時間兩小時。\n"
    photos = ("南川大桥合龙\n\n5月3日，建设者在桥面作业。本报记者王立摄\n\n"
              "据新华社南川5月3日电 南川大桥今天合龙，预计年底通车。\n")
    assert [split_articles(t, "p.txt")[0].source for t in (desk, radio, photos)] == ["東嶺報", "東嶺電台", "新华社"]


def test_headline_repeated_above_the_wire_lead_stays_one_article():
    """Headline, metadata, the headline again, the wire's dateline and credit, then text."""
    arts = split_articles("山区小学用上新校舍\n\n2023-09-01 10:00:00  来源:新华社\n\n山区小学用上新校舍\n\n"
                          "新华社东岭9月1日电\n\n新华社记者 李明、王芳\n\n"
                          "开学第一天，东岭县山区小学的孩子们走进了新建的教学楼。\n\n"
                          "新校舍有十二间教室，还配了图书室和食堂。\n", "p.txt")
    assert [(a.title, a.date, a.source) for a in arts] == [("山区小学用上新校舍", "2023-09-01", "新华社")]
    assert arts[0].text.count("山区小学用上新校舍") == 0


def test_headline_with_a_cry_inside_under_a_tag_line_and_breadcrumb():
    """A tag line cut mid-word, a breadcrumb not at the line's start, then a headline with
    '!' inside it: the headline is the title, the tags and breadcrumb are not in the text."""
    a = one("夜市\n」 美食 夜市 觀光 台中 小吃\n晨光網 晨光首页 / 地方新闻 / 正文\n"
            "千人排隊只為一碗麵!老店歇業前最後一天湧人潮\n"
            "台中一家開業四十年的麵店今天營業最後一天，從清晨起門口就排起長長人龍。\n")
    assert a.title == "千人排隊只為一碗麵!老店歇業前最後一天湧人潮"
    assert "美食" not in a.text and "首页" not in a.text


def test_keyword_spam_line_above_a_mirrored_story_is_not_text():
    a = one("免费在线观看高清,最新影视大全在线,热门剧集免费看,午夜影院在线播放\n\n"
            "老城区新增三处停车场\n发布时间：2024-06-01\n\n老城区新建的三处停车场今天投用，共提供车位四百个。\n")
    assert a.title == "老城区新增三处停车场" and "影院" not in a.text


def test_epoch_timestamp_is_no_date_and_not_the_headline():
    """A forum template's blank timestamp (1970-01-01) above a post: no date, not a title."""
    a = one("来自 本地 1970-01-01 08:00 的帖子\n\n东岭路口新装红绿灯\n\n"
            "东岭路口今天起启用新装的红绿灯，早晚高峰拥堵明显缓解。\n")
    assert (a.title, a.date) == ("东岭路口新装红绿灯", None) and "1970" not in a.text


def test_lists_of_other_headlines_around_a_story_are_not_its_text():
    """A menu and a list of other stories above the story, most-read items with their ages
    below it: none of it is the story's text, whatever the lists are called."""
    a = one("东岭晚报电子版\n\n"
            "首页  本地  财经  体育  文娱\n头条 河口新桥下月通车\n港区夜间施工暂停\n"
            "老街改造征求意见\n暑期游泳馆延长开放\n\n"
            "河口新桥下月通车\n发布时间：2024-06-01\n\n"
            "河口新桥已完成荷载试验，市交通局表示大桥将于下月正式通车。\n\n"
            "新桥通车后，两岸往来时间将由半小时缩短到十分钟。\n\n"
            "1. 港区夜间施工暂停\n3小时前\n2. 老街改造征求意见\n5小时前\n")
    assert a.title == "河口新桥下月通车" and a.date == "2024-06-01"
    assert a.text.startswith("河口新桥已完成荷载试验") and a.text.endswith("缩短到十分钟。")


def test_a_signature_below_the_story_is_read_and_a_poem_is_kept_whole():
    """A signature with its date below the last sentence names the body that issued the
    story and its day: they become its source and date, not lines of its text. A text made
    only of short lines (a poem) is kept whole."""
    a = one("关于春季防火的提示\n\n春季风大物燥，请市民进山不带火种。\n\n东岭县林业局\n2024年3月1日\n")
    assert a.text == "春季风大物燥，请市民进山不带火种。"
    assert (a.source, a.date) == ("东岭县林业局", "2024-03-01")
    poem = one("春日\n作者：李明\n\n门前一树桃花\n风过落满山崖\n孩子们追着蝴蝶\n一直跑到天涯\n")
    assert poem.text.count("\n") == 3


def test_page_labels_above_the_headline_are_not_kept_as_its_kicker():
    """The site's name and a dated issue label stand above the headline: not text.
    A phrase right above it begins a headline set in two lines, and stays in it."""
    a = one("東嶺電子報\n每日精選 20240301\n河口新橋下月通車\n發佈時間：2024-03-01\n\n"
            "河口新橋已完成荷載試驗，交通局表示大橋將於下月正式通車。\n")
    assert a.title == "河口新橋下月通車"
    assert a.text.startswith("河口新橋已完成荷載試驗")
    kicked = one("历时三年建设\n河口新桥下月通车\n发布时间：2024-03-01\n\n"
                 "河口新桥已完成荷载试验，交通局表示大桥将于下月正式通车。\n")
    assert kicked.title == "历时三年建设 河口新桥下月通车" and kicked.text.startswith("河口新桥已完成")


def test_page_widgets_after_the_story_are_not_its_text():
    """Font-size controls, pagination links and a comment box with its captcha are the page's."""
    a = one("河口新桥下月通车\n发布时间：2024-06-01\n字号变大 | 字号变小\n\n"
            "河口新桥已完成荷载试验，市交通局表示大桥将于下月正式通车。\n\n"
            "第A02版 上一版 下一版\n\n已有3人发表了评论\n请输入验证码\n")
    assert a.text == "河口新桥已完成荷载试验，市交通局表示大桥将于下月正式通车。"


def test_empty_photo_caption_slot_and_photo_rights_line_are_not_text():
    a = one("山區道路今晚封閉搶修\n發佈時間：2024-05-06\n\n圖片默認標題\n"
            "工務單位表示，受連日豪雨影響，山區道路今晚起封閉搶修。\n圖片版權 Some Agency\n"
            "搶修預計三天完成。\n")
    assert a.text == "工務單位表示，受連日豪雨影響，山區道路今晚起封閉搶修。\n搶修預計三天完成。"


def test_dumped_page_opening_with_its_headline_said_twice_starts_a_new_article():
    """A dump: a dated story, then the next page with no metadata, whose headline stands
    twice above its text. The headline said twice is a new story, not a subheading."""
    arts = split_articles("河口新桥下月通车\n发布时间：2024-06-01\n\n"
                          "河口新桥已完成荷载试验，市交通局表示大桥将于下月正式通车。\n\n"
                          "老街改造方案公示\n\n老街改造方案公示\n\n"
                          "老街改造方案今天起公示十天，居民可通过热线提出意见。\n", "dump.txt")
    assert [a.title for a in arts] == ["河口新桥下月通车", "老街改造方案公示"]
    assert "老街" not in arts[0].text
