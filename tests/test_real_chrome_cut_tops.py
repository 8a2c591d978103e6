"""A site dump: under a story's last paragraph, page chrome cut (a footer's links, a page's
tools), then a line or two and a date line with a headline under it. Those lines are the top
of the next page, read as they read at a file's start: the date is the next story's, not a
signature of the story above. A signer and its date set right under the text, with no chrome
between, still sign it. Texts are written for the tests, modelled on real pages; none is
copied from one."""
from __future__ import annotations

from search.model import Article
from search.sources import load_articles

_ABOVE = ("河滨公园改造完工\n"
          "经过半年施工,河滨公园改造工程日前完工,新增步道三公里、健身场地四处。\n"
          "公园管理处表示,园内还将增设夜间照明,方便市民傍晚散步锻炼,预计下月全部开放。\n")
_CHROME = "\n上一篇  下一篇\n打印本页 关闭窗口\n\n"
_STORY = ("记者 王某某\n"
          "近日,城北社区开办老年人智能手机培训班,志愿者手把手教老人使用手机挂号、缴费和视频通话。\n"
          "参加培训的老人说,学会这些以后,去医院看病方便了许多,也能常和外地的子女视频聊天。\n")


def _arts(text: str) -> list[Article]:
    """The articles of *text* with its lines spaced by blank lines, as the pages' templates set them."""
    spaced = "\n\n".join(x for x in text.split("\n") if x)
    return [a for a in load_articles("dump.txt", spaced.encode("utf-8")) if a.kind == "article"]


def _holding(arts: list[Article], words: str) -> Article:
    return next(a for a in arts if words in a.text)


def test_a_stray_line_and_a_date_after_chrome_top_the_next_page() -> None:
    """'szb' and the date under the chrome are the next page's top: the phone class is dated
    and titled, and the park story, which states no date, is not given the next page's."""
    arts = _arts(_ABOVE + _CHROME + "szb\n2023年05月12日 星期五\n\n老人学用智能手机\n" + _STORY)
    phones = _holding(arts, "智能手机培训班")
    assert phones.date == "2023-05-12" and phones.title == "老人学用智能手机"
    assert _holding(arts, "河滨公园").date is None


def test_a_headline_and_its_date_after_chrome_top_the_next_page() -> None:
    """A section's label and the headline, then the date and a subheading: the headline
    titles the phone class and the date is its own."""
    page = "本地新闻\n老人学用智能手机\n2023-05-12\n课堂上的新学生\n" + _STORY.split("\n", 1)[1]
    arts = _arts(_ABOVE + _CHROME + page)
    phones = _holding(arts, "智能手机培训班")
    assert phones.date == "2023-05-12" and phones.title == "老人学用智能手机"
    park = _holding(arts, "河滨公园")
    assert "老人学用智能手机" not in park.text and park.date is None


def test_a_signer_and_date_right_under_the_text_still_sign_it() -> None:
    """Near form: no chrome cut between the text and its signer; the date signs the notice
    above, and the next headline's story is not dated by it."""
    notice = ("关于暂停供水的通知\n"
              "因管网维修,本周六上午八时至下午六时,城北片区将暂停供水,请居民提前做好储水准备。\n"
              "城北自来水公司\n2023年05月12日\n\n")
    arts = _arts(notice + "老人学用智能手机\n" + _STORY)
    assert _holding(arts, "暂停供水").date == "2023-05-12"
    assert _holding(arts, "智能手机培训班").date != "2023-05-12"
