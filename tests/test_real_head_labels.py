"""A key naming the headline before it ('标题:', '篇名:'): a government page's metadata
table keys its title cell so, a diary site its post's title. The key is the page's, not
the headline's words. Texts are written for the tests, modelled on the forms; none is
copied from a page."""
from __future__ import annotations

from tests.support.pages import one

_TEXT = ("根据全县统一部署,县水务局于3月5日组织人员对城区主要排水管网开展集中清淤,共清理淤泥四十余吨。\n"
         "下一步,县水务局将对老旧小区排水设施逐一排查,确保汛期排水通畅。\n")


def test_a_title_cell_of_a_metadata_table_gives_the_headline_without_its_key() -> None:
    """A reader sees the notice's headline, not the table's key before it."""
    page = ("| 索引号:00123/2024-0088 | |\n"
            "| 发文机关:某县水务局 | 主题词: |\n"
            "| 标题:清淤疏堵保畅通 全力备战汛期 | |\n"
            "| 主题分类: | 发布日期:2024-03-06 |\n" + _TEXT)
    assert one(page).title == "清淤疏堵保畅通 全力备战汛期"


def test_a_posts_title_keyed_on_a_diary_site_gives_the_headline() -> None:
    """'篇名: …' over the post's author and day: the headline is what follows the key."""
    page = ("篇名: 老街茶館重新開張\n"
            "作者: 阿明的日記 日期: 2019.04.02  天氣:  心情:\n"
            "  老街上那家開了四十年的茶館,整修半年後昨天重新開張,老主顧一早就來排隊。\n\n"
            "  店主說,桌椅都照原樣修好,連牆上的舊月曆也留著,只是換了新的茶具。\n")
    a = one(page)
    assert (a.title, a.date) == ("老街茶館重新開張", "2019-04-02")


def test_a_headline_that_opens_on_the_same_word_keeps_it() -> None:
    """'标题党:…' is a headline about clickbait, its colon a speaker's or a topic's: no key."""
    head = "标题党:流量至上的写法该收敛了"
    assert one(f"{head}\n2024-03-06 09:00 来源:某某日报\n" + _TEXT).title == head
