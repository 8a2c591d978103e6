"""Dates a page states for its story in the forms real pages print them: an e-paper's record of
the story under its text. Texts are written for the tests, modelled on those forms; none is
copied from a page."""
from __future__ import annotations

from search.model import Article
from search.sources import load_articles

HEAD = "南湖社区办起老年食堂"
TEXT = ("  近日，南湖社区老年食堂正式开门，六十岁以上的居民每餐只需付八元。\n\n"
        "  “饭菜软烂，口味清淡，很合我们的胃口。”七十二岁的周阿姨说。\n")
RECORD = "某某晚报 社区新闻 00006 " + HEAD + " 2019-04-12 3 2019年04月12日 星期五"


def _articles(text: str) -> list[Article]:
    return [a for a in load_articles("paper.txt", text.encode("utf-8")) if a.kind == "article"]


def test_record_under_the_text_dates_the_story_and_is_no_text():
    """An e-paper's record of the story at its foot: its paper, page, headline said again and
    the day it ran."""
    arts = _articles("某某晚报 数字报纸\n\n00006版:社区新闻\n\n" + HEAD + "\n\n" + TEXT + "\n\n" + RECORD + "\n")
    assert [(a.title, a.date, a.source) for a in arts] == [(HEAD, "2019-04-12", "某某晚报")]
    assert "00006" not in arts[0].text and "周阿姨" in arts[0].text


def test_another_headline_holding_this_one_with_a_date_is_no_record():
    """A link under the story to a follow-up whose headline begins with this one's, then its
    day and its counter: the follow-up's date, not this story's."""
    other = HEAD + "：居民点赞 2019-04-12 阅读 12"
    arts = _articles(HEAD + "\n\n" + TEXT + "\n\n" + other + "\n")
    assert [(a.title, a.date) for a in arts] == [(HEAD, None)]


def test_sentence_restating_the_headline_with_its_day_is_text():
    """A paragraph quoting the headline and a date is the story's text, not its record."""
    said = "据悉，" + HEAD + "一事已于2019年4月12日报区民政局备案。"
    arts = _articles("00006版:社区新闻\n\n" + HEAD + "\n\n" + TEXT + "\n\n" + said + "\n")
    assert [(a.title, a.date) for a in arts] == [(HEAD, None)]
    assert "备案" in arts[0].text


NEXT = "城北菜场改造完工"
NEXT_TEXT = "  本报讯 昨日，城北菜场改造完工，摊位由八十个增加到一百二十个，雨天也不再积水。\n"


def test_dated_header_of_the_next_page_after_a_record_dates_the_next_story():
    """In a dump, the next e-paper page's leftovers (its paper's letters), its day, then its
    headline: the day is the next story's, the story above kept its record's."""
    dump = ("00006版:社区新闻\n\n" + HEAD + "\n\n" + TEXT + "\n\n" + RECORD + "\n\n"
            + "jnwb\n\n2019年04月13日 星期六\n\n" + NEXT + "\n\n记者 王明\n\n" + NEXT_TEXT)
    arts = _articles(dump)
    assert [(a.title, a.date) for a in arts] == [(HEAD, "2019-04-12"), (NEXT, "2019-04-13")]
