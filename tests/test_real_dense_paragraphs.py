"""Real pages (parser round on fragments and chrome): in dense text (paragraphs with no blank
line between them) a rare blank line marks where a dump's next page starts; but a page of
its own sets a paragraph apart too, and plain text under that blank line is the page's
paragraph, not a next page that opens with no headline, metadata or lead
(breaks._breaks_at). Texts are written for the tests; none is copied from a page."""
from __future__ import annotations

from search.sources import load_articles

HEAD = "南坪县连夜清雪保障道路通行"
TOP = ("索引号：000123/2025-00456\n发布机构：南坪县交通运输局\n"
       f"{HEAD}\n发布日期：2025-12-12\n")
DENSE = ("受寒潮影响，南坪县昨夜普降大雪，县交通运输局连夜组织干部职工和机械设备上路清雪，"
         "全力保障主要道路安全畅通。\n"
         "此次清雪重点针对县城主干道、国道过境段和通往乡镇的公路，共出动铲雪车八台、"
         "人员一百二十余人次。\n")
APART = ("在清雪现场，铲雪车在前开道，干部职工手持铁锹紧随其后，对桥面、弯道等易结冰路段"
         "逐段撒布融雪剂。\n\n"
         "截至今天上午九时，全县主要道路积雪基本清除，车辆通行秩序正常。\n")


def _parse(text: str) -> list:
    return load_articles("page.txt", text.encode())


def test_a_paragraph_set_apart_in_dense_text_stays_in_its_story():
    """The page's header and paragraphs dense, then a blank line over two more paragraphs:
    one story, all its text."""
    arts = _parse(TOP + DENSE + "\n" + APART)
    assert [a.title for a in arts] == [HEAD], [(a.title, a.text[:20]) for a in arts]
    assert "在清雪现场" in arts[0].text and arts[0].text.endswith("车辆通行秩序正常。")
    assert str(arts[0].date) == "2025-12-12"


def test_a_headline_after_the_blank_line_still_opens_the_next_page():
    """A near form: the same blank line over a headline and its text is the next page's."""
    nxt = ("北岭镇卫生院开展冬季义诊\n"
           "北岭镇卫生院组织医护人员走进村委会，为村民免费测量血压、血糖，发放冬季防病宣传资料。\n"
           "义诊共接待村民一百六十余人次，为行动不便的老人提供上门服务。\n")
    arts = _parse(TOP + DENSE + "\n" + nxt)
    assert [a.title for a in arts] == [HEAD, "北岭镇卫生院开展冬季义诊"], [(a.title, a.text[:20]) for a in arts]
    assert "义诊" not in arts[0].text
