"""Real pages: the rights line of a page's footer read with care. A story's own sentence about
a right (a court case, a film's credits, a quoted footer) names no owner of the page; a rights
line with the page speaking of itself before the name, a label glued on after it, '(c)' or a
domain before it, or run on with the rest of the footer still names it. Texts are written for
the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one

HEAD = "北湖公园改造后重新开放"
TEXT = ("经过半年的改造，北湖公园昨天重新对市民开放，园内新建了环湖步道和儿童游乐区，"
        "原有的古树全部得到保留。\n\n"
        "公园管理处表示，开放初期每天限流两万人次，市民可通过小程序预约入园。\n")


@pytest.mark.parametrize("said", [
    "法院审理查明，涉案作品系南屏日报版权所有。",  # a court story: the paper is a party
    "片尾字幕写明，南屏电视台版权所有，盗版必究。",  # a film's credits the story quotes
    "记者注意到，该网站首页底部仍标注“南屏晚报版权所有”字样。",  # a footer the story quotes
    "据了解，南屏日报版权所有的一批老照片将在展览中首次公开。",  # 'X版权所有的…': a sentence
])
def test_a_storys_own_sentence_about_a_right_names_no_source(said: str) -> None:
    """The line stands inside the story, its text going on below it: no footer of its page."""
    page = f"{HEAD}\n\n{TEXT}\n{said}\n\n公园还将在入口处增设志愿者服务点。\n"
    assert one(page).source is None


def test_a_court_storys_last_line_names_no_source() -> None:
    """'涉案照片为某某日报版权所有': a subject and its verb before the name, even on the story's
    last line (no footer says it so)."""
    page = f"{HEAD}\n\n{TEXT}\n法院认定，涉案照片为南屏日报版权所有，被告应赔偿原告五万元。\n"
    assert one(page).source is None


def test_a_notice_naming_what_the_site_reprints_names_no_owner() -> None:
    """'凡本网注明“来源：某某”的作品，均转载自其它媒体': another's works, not the site's."""
    page = (f"{HEAD}\n\n{TEXT}\n凡本网注明“来源：新华社”的作品，均转载自其它媒体，转载目的在于传递更多信息，"
            "并不代表本网赞同其观点和对其真实性负责。\n")
    assert one(page).source is None


@pytest.mark.parametrize(("footer", "owner"), [
    ("本站内容均为南屏新闻网版权所有，未经授权不得转载", "南屏新闻网"),  # the site, then the owner
    ("本網站所有內容均屬南屏日報版權所有，翻印必究", "南屏日報"),
    ("以上内容为南屏日报版权所有", "南屏日报"),
    ("本文版权归南屏晚报所有，未经授权不得转载。", "南屏晚报"),  # 版权归…所有
    ("版权所有：南屏日报社地址：南屏市中山路1号 电话：0000-0000000", "南屏日报社"),  # a label glued on
    ("Copyright (c) 2024 南屏新聞網 All Rights Reserved.", "南屏新聞網"),
    ("Copyright © 1999-2024 www.example.cn 南屏新闻网", "南屏新闻网"),  # the domain, then the name
    ("版权所有：南屏日报社 地址：南屏市中山路1号 邮编：000000 联系电话：0000-0000000 传真：0000-0000001 "
     "备案号：某ICP备00000000号-1 公安机关备案号：00000000000000 技术支持：某某网络", "南屏日报社"),  # one long line
])
def test_the_owner_is_read_from_more_footer_forms(footer: str, owner: str) -> None:
    page = f"{HEAD}\n\n{TEXT}\n责任编辑：李小红\n{footer}\n"
    assert one(page).source == owner


@pytest.mark.parametrize("near", ["本文版权归原作者所有，如有侵权请联系删除。", "版权所有人南屏电视台表示将依法维权"])
def test_a_right_held_by_no_outlet_names_none(near: str) -> None:
    page = f"{HEAD}\n\n{TEXT}\n{near}\n"
    assert one(page).source is None
