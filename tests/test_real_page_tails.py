"""Real pages (issue 25): in a site dump, a page the crawler cut a few words into its last
sentence leaves a short line with a title's shape ('去年,某某活動也因'); it ends its page, it
never heads the next one. Texts are written for the tests, modelled on forms seen on real
pages; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

# a page that spaces its paragraphs, cut a few words into its last one
SPACED_PAGE = ("老街改造工程进入收尾阶段\n\n"
               "老街改造工程自去年十月开工，目前主体工程已基本完成，沿街店铺陆续恢复营业。\n\n"
               "施工方表示，剩余的路面铺装和绿化工作将在本月内完成，届时老街将全面开放。\n\n"
               "去年,周边几家老字号也因")

NEXT_PAGE_PLAIN = ("社区食堂近日正式开门营业，为辖区六十岁以上老人提供优惠午餐，每份只收十元，"
                   "行动不便的老人还可以预约送餐上门。\n"
                   "食堂负责人介绍，开业第一周每天接待老人两百余人次，菜品每天更换，"
                   "下一步还将根据老人的口味调整菜单，并增加低盐低糖的菜式。\n")


def test_a_cut_last_line_ends_its_page_in_a_dump() -> None:
    """A page cut a few words into a sentence, then the next page's plain text after a blank
    line: the cut words stay with their page; the next story has no headline made of them."""
    arts = stories(SPACED_PAGE + "\n\n" + NEXT_PAGE_PLAIN)
    assert len(arts) == 2, [(a.title, a.text[:30]) for a in arts]
    assert arts[0].text.endswith("也因")
    assert "也因" not in arts[1].title and arts[1].text.startswith("社区食堂")


def test_a_cut_last_line_right_over_the_next_pages_headline() -> None:
    """With no blank line at the join, the next page's headline set right under the cut
    words heads the next story, and the cut words end the page above."""
    text = SPACED_PAGE + "\n社区食堂开门营业 老人午餐每份十元\n" + NEXT_PAGE_PLAIN
    arts = stories(text)
    assert [a.title for a in arts] == ["老街改造工程进入收尾阶段", "社区食堂开门营业 老人午餐每份十元"]
    assert arts[0].text.endswith("也因") and "也因" not in arts[1].text


def test_a_headline_with_a_comma_still_heads_its_story() -> None:
    """A whole headline joining two clauses with a comma is no cut sentence: it heads the
    next page's story."""
    page = SPACED_PAGE.rsplit("\n\n", 1)[0]  # the same page, not cut
    arts = stories(page + "\n\n暴雨来袭,全市启动防汛应急响应\n\n" + NEXT_PAGE_PLAIN)
    assert [a.title for a in arts][-1] == "暴雨来袭,全市启动防汛应急响应"


def test_a_long_headline_with_a_comma_heads_the_next_story_of_a_list() -> None:
    """A list page's next headline, long and joining two clauses with a comma, under the
    story above and over its own plain text, heads a story of its own: a long headline with
    a comma is no cut sentence (it ends on no word that needs more and closes its quotes)."""
    page = SPACED_PAGE.rsplit("\n\n", 1)[0]
    headline = "暴雨来袭，全市启动防汛四级应急响应确保群众生命财产安全"
    arts = stories(page + "\n\n" + headline + "\n\n" + NEXT_PAGE_PLAIN)
    assert [a.title for a in arts] == ["老街改造工程进入收尾阶段", headline]
    assert arts[1].text.startswith("社区食堂")


def test_headlines_ending_on_a_particle_head_their_stories() -> None:
    """A list page's next headline joining two clauses and ending on 了 or 的 is a finished
    headline, not a cut sentence: spaced or dense, it heads its own story."""
    page = SPACED_PAGE.rsplit("\n\n", 1)[0]
    for headline in ("好消息，社区食堂今天开门营业了", "家门口的食堂，是这样办起来的"):
        for gap in ("\n\n", "\n"):
            arts = stories(page.replace("\n\n", gap) + gap + headline + gap + NEXT_PAGE_PLAIN)
            assert [a.title for a in arts] == ["老街改造工程进入收尾阶段", headline], (gap, headline)
