"""A short line inside a story told under its headline heads a section of that story; a
list page's next headline, or a page's headline with its own date under it, starts a story.
Texts are written for the tests, modelled on real pages; none is copied from one."""
from __future__ import annotations

from tests.support.pages import stories

# a feature: its headline, an opening of two paragraphs, then a short section heading
_FEATURE = ("山城古镇寻访记——三位老匠人守着一条老街的手艺\n"
            "本报记者 林青\n"
            "秋天的古镇游人不多,石板路被雨水洗得发亮,两旁的木楼大多已经空置,只有几户人家还在。\n"
            "这条老街上还开着三家老铺子,店主都已年过七十,手艺却一直没有放下,每天照样开门迎客。\n"
            "篾匠老周:泡软了才编得牢\n"
            "周师傅把一捆竹篾浸进水盆,准备编新背篓。他说篾条要泡软才不会断,急不得。\n"
            "他十四岁拜师学艺,一双手上满是细小伤疤。\n")


def test_a_short_heading_inside_a_feature_stays_in_it() -> None:
    """A reader asking about the bamboo shop gets the whole feature, not a headless piece."""
    arts = stories(_FEATURE)
    assert len(arts) == 1
    assert arts[0].title.startswith("山城古镇寻访记") and "篾匠老周:泡软了才编得牢" in arts[0].text
    assert "准备编新背篓" in arts[0].text


def test_the_next_headline_of_a_list_page_still_starts_a_story() -> None:
    """A list page's stories, one paragraph each under headlines about as long as the
    first, stay apart."""
    page = ("河堤步道今日起分段封闭施工 预计年底前完工\n"
            "为配合防汛工程,河堤步道自今日起分段封闭,市民可改走滨江路。\n"
            "城西菜市场完成改造重新开放 摊位增至八十个\n"
            "改造后的城西菜市场今晨重新开放,新增冷藏柜和无障碍通道。\n")
    arts = stories(page)
    assert [a.title for a in arts] == ["河堤步道今日起分段封闭施工 预计年底前完工",
                                       "城西菜市场完成改造重新开放 摊位增至八十个"]


def test_a_short_headline_over_its_own_date_starts_a_story() -> None:
    """A short line followed by a date and source within a few lines is a page's headline,
    however long the headline above it was: the second page of a dump stays its own."""
    page = _FEATURE + ("\n社区食堂开张了\n"
                       "老人们吃上了热乎饭,每餐只要八元。\n"
                       "2024-10-08 09:30 来源:江城晚报\n"
                       "社区食堂设在活动中心一楼,每天供应午餐和晚餐。\n")
    arts = stories(page)
    assert len(arts) == 2 and arts[1].title == "社区食堂开张了"
    assert "社区食堂" not in arts[0].text


def test_an_entry_named_by_its_own_text_is_no_section() -> None:
    """A line that the text under it opens by naming heads an entry of its own, as in an
    encyclopedia's dump: '某某桥' / '某某桥是…'."""
    page = ("江北区城市交通发展的历史与现状概览\n"
            "江北区的公共交通始于上世纪五十年代,最早只有两条公交线路。\n"
            "如今全区已有地铁三条,公交线路一百余条。\n"
            "青石江大桥通车\n"
            "青石江大桥通车后,两岸往来只需十分钟,是区内第一座斜拉桥。\n")
    arts = stories(page)
    assert len(arts) == 2 and arts[1].title == "青石江大桥通车"


def test_a_shorter_headline_of_a_list_with_single_newlines_starts_a_story():
    """Two unrelated stories of two paragraphs each, with no blank line between them: the
    second headline is well shorter than the first, but its story shares no words with the
    one above, so it is no section of it."""
    first = "市人大常委会审议通过城市绿化管理条例修正案"
    page = (first + "\n市人大常委会第十二次会议昨天审议通过了城市绿化管理条例修正案。\n"
            "修正案明确，新建小区绿地率不得低于百分之三十。\n"
            "城西菜市场改造完成重新开放\n改造后的城西菜市场今晨重新开放，新增冷藏柜和无障碍通道。\n"
            "菜市场负责人说，摊位费维持原价不变。\n")
    arts = stories(page)
    assert [a.title for a in arts] == [first, "城西菜市场改造完成重新开放"]
    assert "菜市场" not in arts[0].text
    longer = page.replace(first, "市人大常委会昨天审议通过城市绿化管理条例修正案 新建小区绿地率不低于三成")
    assert [a.title for a in stories(longer.replace("城西菜市场改造完成重新开放", "城西菜市场重新开放"))][1:] == [
        "城西菜市场重新开放"]
