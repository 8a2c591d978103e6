"""Real pages (issue 25): standard credit forms from an audit of how Chinese news pages name
a story's outlet, written from general knowledge rather than read off misses: a reprint's
credit with its prefix ('本文来自', '文章转载自', '本文来源于', '原载《…》'), a '来源/' key,
a compiled story's '综合' (a label) and '综合自…', a WeChat account named with what it is,
a '供稿单位' key, a '据“某某发布”微信公众号消息' lead and a station's '某某电视台消息' lead.
Texts are written for the tests; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one

HEAD = "城东新建的三座口袋公园向市民开放"
TEXT = "三座口袋公园分布在城东的老旧小区之间，总面积约一点二公顷。园内铺设了环形步道，还留出了老人下棋的空地。"
DAY = "2024-05-10 09:30"


def _tail(line: str) -> str:
    return f"{HEAD}\n{DAY}\n{TEXT}\n{line}\n"


@pytest.mark.parametrize("line", ["本文来自：青川日报", "本文来自青川日报", "本文来源于青川日报",
                                  "文章来源于：青川日报", "（本文来自青川日报）", "原载《青川日报》",
                                  "本文经授权转载自青川日报"])
def test_reprint_credit_under_the_story_names_its_outlet(line):
    """A reprint's credit with its prefix names the outlet, not the label before it."""
    assert one(_tail(line)).source in ("青川日报", "《青川日报》")


def test_headline_opening_on_laizi_is_no_credit():
    """'来自…' without a prefix opens headlines ('来自山区的…'): it stays a headline."""
    a = one(f"来自山区的孩子们第一次看海\n{DAY}\n{TEXT}\n")
    assert a.title == "来自山区的孩子们第一次看海"


def test_source_key_with_a_slash():
    """'来源/某某日报' beside the date: the slash separates key and value, like a bar."""
    assert one(f"{HEAD}\n来源/青川日报 {DAY}\n{TEXT}\n").source == "青川日报"


@pytest.mark.parametrize(("value", "source"), [("综合", None), ("綜合", None), ("综合自南星社", "南星社")])
def test_compiled_story_names_what_it_was_compiled_from(value, source):
    """'来源:综合' is a label, no outlet; '来源:综合自某某社' names the outlet after it."""
    assert one(f"{HEAD}\n来源：{value} {DAY}\n{TEXT}\n").source == source


@pytest.mark.parametrize("value", ["微信公众号“青川发布”", "青川发布微信公众号", "公众号「青川发布」"])
def test_wechat_account_named_with_what_it_is(value):
    """A government account's name ends on 发布: it is no key, and the word 公众号 no part of it."""
    assert one(f"{HEAD}\n来源：{value} {DAY}\n{TEXT}\n").source == "青川发布"


def test_source_key_cut_at_a_glued_publishing_time():
    """'来源:某某日报发布时间:…' still ends the source at the glued key."""
    assert one(f"{HEAD}\n来源：青川日报发布时间：{DAY}\n{TEXT}\n").source == "青川日报"


def test_supplying_unit_key():
    """A government portal's '供稿单位:' names the body that supplied the story."""
    assert one(f"{HEAD}\n供稿单位：青川县教育局 发布时间：{DAY}\n{TEXT}\n").source == "青川县教育局"


@pytest.mark.parametrize("lead", ["据“青川发布”微信公众号消息，", "据「青川發布」微博消息，", "据“青川发布”消息，"])
def test_lead_naming_an_account_in_quotes(lead):
    """'据“某某发布”微信公众号消息': the account the story passes on, in quotes."""
    assert one(f"{HEAD}\n{DAY}\n{lead}{TEXT}\n").source in ("青川发布", "青川發布")


def test_station_lead_without_brackets():
    """'某某电视台消息，…' opens a station's report, as '某某网消息' does a site's."""
    assert one(f"{HEAD}\n{DAY}\n青川电视台消息，{TEXT}\n").source == "青川电视台"
