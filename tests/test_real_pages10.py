"""Real pages (issue 25), round fourteen. Texts are written for the tests, modelled on forms
seen on real pages; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

# A dense page: its paragraphs follow each other with no blank line between them.
DENSE = ("江北新区图书馆今天开馆\n"
         "江北新区图书馆今天上午正式开馆，首批开放的阅览座位有八百个，藏书四十万册。\n"
         "图书馆共有五层，一层是少儿阅读区，二层和三层是综合阅览区，四层设有地方文献馆。\n"
         "{picture}\n"
         "开馆当天，不少市民一早就在门口排队，上午共接待读者三千多人次。\n"
         "馆方介绍，今年内还将开通自助借还和夜间阅读服务，方便附近上班族。\n")


def test_a_picture_in_a_dense_page_does_not_cut_the_story() -> None:
    """A crawler's image line ('![](…/a.jpg)') between two paragraphs of a dense page is
    dropped, and is no blank line either: in a dense page a blank line marks where the next
    page starts, so the story went on as a second, untitled one."""
    arts = stories(DENSE.format(picture="![](https://img.example.cn/2025/0301/a1.jpg)"))
    assert len(arts) == 1
    assert "上午共接待读者三千多人次" in arts[0].text and "jpg" not in arts[0].text


def test_a_blank_line_in_a_dense_dump_still_starts_the_next_page() -> None:
    """The guard: a real blank line where the image stood still ends one page and starts
    the next, as a dump of dense pages sets them."""
    text = DENSE.format(picture="").replace("四层设有地方文献馆。\n\n", "四层设有地方文献馆。\n\n"
                                            "市民文化节下周开幕\n")
    arts = stories(text)
    assert len(arts) == 2
    assert arts[1].title == "市民文化节下周开幕"


def test_text_that_points_back_does_not_open_a_page() -> None:
    """A dense page, a blank line, then a paragraph opening '他又提到…': it goes on with the
    story above (a page does not open on a word pointing back), not a page of its own."""
    text = ("局长出席电台节目谈医院改革\n"
            "卫生局局长今天出席电台节目，谈到公立医院的改革方向。\n"
            "他说，政府希望把医疗安全网织得更宽，让更多低收入病人得到补贴。\n"
            "局长表示，补贴会做得更精准，适当时候会公布细节。\n\n"
            "他又提到，很快会公布医院联网的重组方案，但现有医院的服务不会减少。\n")
    arts = stories(text)
    assert len(arts) == 1
    assert "重组方案" in arts[0].text


def test_a_photo_credit_set_apart_leaves_the_story_whole() -> None:
    """'▲摄影:某某', '圖/某某' or '照片由某某提供' on a line of its own, between two paragraphs,
    is a photo's credit: dropped, and no headline of a second story."""
    for credit in ("▲摄影:吴小秋", "圖/王大明", "照片由陳小林提供"):
        arts = stories("华人社团欢度春节\n\n"
                       "2月18日，市中心的中国城再一次吸引了众人的目光，数万人前来观看新春游行。\n\n"
                       f"{credit}\n\n"
                       "今年参加春节庆典的总人数超过七万，游行队伍中有舞龙、舞狮和花车。\n")
        assert len(arts) == 1, credit
        assert "游行队伍中有舞龙" in arts[0].text and credit not in arts[0].text
