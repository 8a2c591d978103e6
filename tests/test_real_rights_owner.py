"""Real pages: a story that names no source takes the outlet its page names as its own in
the rights line of its footer ('版权所有:某某日报', '某某网版权所有', '© 2024 某某晚报', '凡本网
注明来源为“某某网”的…'). Texts are written for the tests, modelled on those forms; none is
copied from a page."""
from __future__ import annotations

import pytest

from search.sources import load_articles
from tests.support.pages import one, stories

HEAD = "青石桥改建工程全面完工"
TEXT = ("历时八个月的青石桥改建工程昨天全面完工，桥面由原来的两车道拓宽为四车道，"
        "两侧新增了人行道和观景平台，附近居民出行更加方便。\n\n"
        "工程负责人介绍，改建中保留了老桥的三孔石拱，作为历史遗存加以保护。\n")


@pytest.mark.parametrize(("footer", "owner"), [
    ("临川日报版权所有 版权声明 | 联系我们 | 广告服务", "临川日报"),
    ("版权所有：东海晚报  技术支持：某某科技", "东海晚报"),
    ("版权所有 ©2021 临川晚报 example.com.cn 某ICP备00000000号", "临川晚报"),
    ("本网站由青石网版权所有", "青石网"),
    ("东海广播有限公司版權所有，不得轉載。", "东海广播"),
    ("Copyright © 2015-2024 临川新闻网", "临川新闻网"),
    ("※本文版權所有，非經授權，不得轉載。[ LinToday著作權聲明 ]", "LinToday"),
    ("版权声明：凡本网注明来源为“青石新闻网”或“青石日报”的各类作品，版权均为青石日报社所有，"
     "任何媒体、网站或个人未经本网书面授权不得转载、链接或以其他方式复制发表。", "青石新闻网"),
])
def test_a_story_takes_the_outlet_its_pages_rights_line_names(footer: str, owner: str) -> None:
    """The footer under the story names the page's owner: the story's source (a rights
    sentence the cleaning keeps may make a fragment of its own after the story)."""
    page = f"{HEAD}\n\n{TEXT}\n责任编辑：王小明\n{footer}\n"
    first = stories(page)[0]
    assert (first.title, first.source) == (HEAD, owner)


@pytest.mark.parametrize("near", [
    "版權所有 請勿翻攝",  # a request, no owner
    "本站版权所有",  # the site, unnamed
    "版权所有：某某网络科技有限公司",  # the company that runs the site for its owner
    "Copyright © Some Broadcasting Corporation Limited. All rights reserved.",  # its English company
])
def test_a_rights_line_naming_no_outlet_is_passed_over(near: str) -> None:
    """Near forms name no outlet: the page's next rights line is the one read."""
    page = f"{HEAD}\n\n{TEXT}\n{near}\n东海晚报版权所有\n"
    assert one(page).source == "东海晚报"


def test_the_storys_own_credit_beats_the_pages_outlet() -> None:
    """A wire's story reprinted by a paper keeps the wire as its source."""
    page = f"{HEAD}\n\n新华社临川5月3日电 {TEXT}\n版权所有：东海晚报\n"
    assert one(page).source == "新华社"


def test_a_page_in_a_dump_does_not_take_the_next_pages_footer() -> None:
    """Two pages of a crawler's dump: the first has no footer, the second's names its owner."""
    second = ("东海湾新建码头投入使用\n\n东海湾新建的客运码头昨天正式投入使用，每天可停靠客船二十余艘，"
              "往返海岛的居民不再需要绕行。\n\n版权所有：东海晚报 联系电话：0000-0000000\n")
    dump = f"{HEAD}\n\n{TEXT}\n\n{second}"
    assert [a.source for a in stories(dump)] == [None, "东海晚报"]


def test_the_owner_reaches_the_user_through_load_articles() -> None:
    page = f"{HEAD}\n\n{TEXT}\n临川日报版权所有\n"
    arts = [a for a in load_articles("page.txt", page.encode()) if a.kind == "article"]
    assert [(a.title, a.source) for a in arts] == [(HEAD, "临川日报")]
