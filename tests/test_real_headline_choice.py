"""Real pages (issue 25, point 2): which line near a story's start is its headline. Pages
set other lines next to it: a widget's label or a photo's caption between the metadata and
the lead, a site's tagline over a headline that has a comma, a byline or a submit button
under it. The story's opening restates its headline, seldom those lines. Texts are written
for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one

HEAD = "山区小学用上新操场 孩子们课间有了去处"
META = "来源:山城晚报 作者:李明 编辑:王芳 2021-04-12 09:30:15"
LEAD = ("山城晚报讯(记者 李明)新学期开学，县里几所山区小学的新操场投入使用，"
        "孩子们课间终于有了跑跳的地方。校长说，操场建好后学生们的体育课也能正常上了。\n")


def test_a_widget_label_between_metadata_and_lead_is_no_headline():
    """What a user saw: the story was listed as '精彩视频', the label of a video widget."""
    a = one(HEAD + "\n\n" + META + "\n精彩视频\n" + LEAD)
    assert a.title == HEAD
    assert "精彩视频" not in a.text


def test_a_photo_caption_by_the_lead_stays_text():
    a = one(HEAD + "\n" + META + "\n\n新操场上的课间活动\n\n" + LEAD)
    assert a.title == HEAD
    assert "新操场上的课间活动" in a.text


def test_a_headline_by_the_lead_the_story_restates_still_wins():
    """The negative case: a page title above the metadata, then the story's own headline,
    which its lead restates: that one is the headline."""
    a = one("县教育局工作动态\n" + META + "\n" + HEAD + "\n" + LEAD)
    assert a.title == HEAD


def test_a_site_tagline_over_a_headline_with_a_comma_is_chrome():
    """A headline with a comma under a site's tagline was read as the tagline's deck."""
    head = "山区小学用上新操场，孩子们课间有了去处"
    tagline = "服务基层教育 打造山城教育第一门户"
    a = one(tagline + "\n您现在的位置:首页 > 教育新闻\n" + head + "\n发布时间:2021-04-12  来源:山城晚报\n\n" + LEAD)
    assert a.title == head
    assert tagline not in a.text


def test_a_deck_the_story_restates_less_stays_a_deck():
    """The negative case: a headline, then a clause-joined deck; the lead restates the
    headline, so the headline stays the headline."""
    deck = "全县投入三百万元，改造七所学校的运动场地"
    a = one(HEAD + "\n" + deck + "\n\n" + LEAD)
    assert a.title.startswith(HEAD)


# A column's headline its story restates only in part (fewer than ECHO of its pairs).
COLUMN = "老街新生——一条巷子和它的守护人"
COLUMN_TEXT = ("城南的石板巷已有两百多年历史。去年起，几位退休教师自发组织起来，"
               "修缮门楼、整理老照片，守护这条巷子。\n如今每到周末，巷口都有人来拍照。\n")


def test_a_byline_under_the_headline_is_no_headline():
    """What a user saw: an essay listed under its writer's name, '□ 周小川'."""
    a = one(COLUMN + "\n□ 周小川\n" + COLUMN_TEXT)
    assert a.title == COLUMN


def test_a_submit_button_under_the_headline_is_no_headline():
    a = one(COLUMN + "\n\n  • 本文为专栏作者授权刊登,不代表本站立场\n  • 点此投稿\n\n" + COLUMN_TEXT)
    assert a.title == COLUMN
    assert "点此投稿" not in a.text


def test_a_headline_under_a_name_stays_the_headline():
    """The negative case: a name over a short headline the story does not restate: the
    name gives way to nothing, the headline is kept."""
    a = one("□ 周小川\n街坊们的周末\n" + COLUMN_TEXT)
    assert a.title == "街坊们的周末"


def test_a_headline_over_a_deck_the_lead_restates_more_stays_the_headline():
    """The lead restates the deck more closely than the headline, but the headline too:
    the headline is kept as the title, the deck as text (nothing is lost)."""
    head, deck = "县里七所学校运动场地改造完工", "全县投入三百万元，改造七所学校的运动场地"
    lead = ("今年全县投入三百万元，改造了七所学校的运动场地，新学期开学后陆续投入使用。\n"
            "校长说，孩子们课间终于有了跑跳的地方，体育课也能正常上了。\n")
    a = one(head + "\n" + deck + "\n\n" + lead)
    assert a.title == head
    assert deck in a.text


def test_a_line_over_a_deck_the_lead_restates_none_of_stays_text():
    """A line the lead does not restate over a deck it does: the deck heads the story,
    but with no chrome cut between them the line is the page's own, kept as text."""
    deck = "全县投入三百万元，改造七所学校的运动场地"
    lead = "今年全县投入三百万元，改造了七所学校的运动场地，新学期开学后陆续投入使用。\n"
    a = one("山区小学用上新操场\n" + deck + "\n\n" + lead)
    assert a.title == deck
    assert "山区小学用上新操场" in a.text
