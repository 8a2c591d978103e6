"""Real pages (issue 25): a story listed under a line that cannot be a headline — a district's
name, a section's label, a contact line, a view counter — while its real headline sits just
under it at the top of the text, or over the metadata above it. The story restates its
headline, not the label. Texts are written for the tests, modelled on those forms; none is
copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories


def test_a_district_label_over_the_headline_is_not_the_title():
    """What a user saw: a story listed as '北港區', the district a news site files it under."""
    page = ("北港區\n"
            "北港老街夜市週末開張!攤位增至百攤,市府承諾加開接駁車\n"
            "北港老街夜市本週末正式開張,攤位數從去年的六十攤增至一百攤,市府表示將加開接駁車,"
            "方便民眾前往老街逛夜市。\n")
    a = one(page)
    assert a.title.startswith("北港老街夜市週末開張")
    assert "北港區" not in a.text and not a.text.startswith("北港老街夜市週末開張")


def test_a_source_value_on_its_own_line_does_not_displace_the_headline():
    """What a user saw: a county's story listed as '今日城南', the paper named as its source
    on a line of its own under '信息来源:', while the headline stood over the metadata (the
    page prints the block twice)."""
    block = "发布时间:\n\n2025-03-12 09:30\n\n信息来源:\n\n今日城南\n\n分享到:\n\n"
    page = ("当前位置: 首页>新闻中心>乡镇动态\n全县春季植树造林现场推进会召开\n\n" + block + block +
            "3月11日,全县春季植树造林现场推进会召开。副县长主持会议并讲话,要求各乡镇抓住时节完成造林任务。\n")
    a = one(page)
    assert a.title == "全县春季植树造林现场推进会召开"


def test_a_headline_line_stays_text_under_a_title_that_can_be_one():
    """The rule must not fire under a real headline: a quoted first line stays text."""
    page = ("城北图书馆延长开放时间\n\n2021-03-02 10:20\n\n"
            "城北图书馆延长开放时间 读者夜读有了去处\n"
            "城北图书馆从下周一起延长开放时间,每天开放到晚上九点,读者夜读有了去处。馆长说,"
            "延长开放后将增加值班人员。\n")
    a = one(page)
    assert a.title == "城北图书馆延长开放时间"


def test_a_label_over_a_summary_paragraph_is_no_headline_over_a_sentence():
    """Negative: under a label, a first line that is a sentence is not taken as headline."""
    page = ("民生\n\n"
            "今天的民生新闻涵盖教育、交通和天气,市民出行前可先查看各項安排。\n\n"
            "今天市區天氣晴朗,氣溫介乎二十至二十六度,早晚稍涼。\n")
    arts = stories(page)
    assert all(not a.title.startswith("今天市區天氣") for a in arts)


def test_a_view_counter_over_the_byline_is_not_the_title():
    """What a user saw: a festival story listed as '點閱 (512)', a counter under the headline."""
    page = ("加入收藏\n港灣燈節今晚點燈 首夜湧入三萬人潮\n2019\n02/14\n20:10\n陳小明\n基隆市\n報導\n分享\n"
            "點閱 (512) | | | |\n2019-02-14 20:10\n陳小明 基隆市 報導\n\n \n\n"
            "港灣燈節今晚點燈 首夜湧入三萬人潮\n\n"
            "由基隆市政府主辦的港灣燈節今晚在碼頭廣場點燈,首夜就湧入三萬人潮,主辦單位表示燈節將持續十天。\n")
    (a,) = stories(page)
    assert a.title == "港灣燈節今晚點燈 首夜湧入三萬人潮"


def test_a_short_real_headline_stays_over_its_exclaimed_lead():
    """Review finding: a four-character headline the lead restates ('台风登陆') is the story's
    headline; the lead ends as a sentence does and stays the text's first line."""
    lead = "第9号台风今天清晨在浙江沿海登陆,中心附近最大风力十三级!"
    page = ("台风登陆\n2024-08-02 来源:东海晚报\n" + lead + "\n"
            "受台风影响,浙江沿海普降大到暴雨,多地启动防台风应急响应,已转移群众两万余人。\n")
    a = one(page)
    assert a.title == "台风登陆" and a.text.startswith(lead)


def test_a_short_headline_with_a_name_keeps_its_deck_in_the_text():
    """Review finding: 'Pixel 9 发布' over its deck: the deck is no title for it to give way to."""
    deck = "谷歌在总部发布新一代手机 起售价不变"
    page = ("Pixel 9 发布\n2024-08-14 来源:科技日报\n" + deck + "\n"
            "谷歌今天在总部举行发布会,推出新一代手机,起售价与上一代持平,新手机将于下周开售。\n")
    a = one(page)
    assert a.title == "Pixel 9 发布" and a.text.startswith(deck)
