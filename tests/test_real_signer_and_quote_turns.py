"""Near forms of two site-dump rules that must not fire. A body's name and its date under a
story's text sign that text even when page chrome (a share bar) was cut above them and the
next page's headline follows. A paragraph whose tail quotes a post in the other script, broken
by a blank line, goes on in its own script and is still mended; and a photo's caption set
under a quoted paragraph in the other script stays with its story. Texts are written for the
tests, modelled on real pages; none is copied from one."""
from __future__ import annotations

from search.model import Article
from search.sources import load_articles

_NOTICE = ("关于开展社区志愿服务之星评选活动的通知\n"
           "各社区、各有关单位:\n"
           "为弘扬志愿服务精神,经研究,决定开展本年度社区志愿服务之星评选活动,请于6月10日前报送推荐材料。\n")
_NEXT = ("菜市场完成改造重新开业\n"
         "经过三个月改造,城南菜市场近日重新开业,新增智能秤和公平秤,摊位统一更换了遮阳棚。\n"
         "市场管理方表示,开业首周将组织商户开展让利活动,欢迎市民前来选购。\n")


def _arts(text: str, spaced: bool = True) -> list[Article]:
    if spaced:
        text = "\n\n".join(x for x in text.split("\n") if x)
    return [a for a in load_articles("dump.txt", text.encode("utf-8")) if a.kind == "article"]


def _holding(arts: list[Article], words: str) -> Article:
    return next(a for a in arts if words in a.text)


def test_a_signer_and_date_after_a_share_bar_sign_the_notice() -> None:
    """The share bar cut above the signer does not make the signer and date the next page's
    top: the notice is dated and signed, the market story takes no date from it."""
    page = _NOTICE + "分享到: 微信 微博 QQ空间\n城关街道办事处社会事务办公室\n2024年5月28日\n" + _NEXT
    arts = _arts(page)
    notice = _holding(arts, "志愿服务之星")
    assert notice.date == "2024-05-28" and notice.source == "城关街道办事处社会事务办公室"
    assert _holding(arts, "菜市场").date is None


def test_a_bracketed_date_under_a_signer_after_chrome_signs_too() -> None:
    page = _NOTICE + "打印本页 关闭窗口\n城关街道办事处\n(2024年5月28日)\n" + _NEXT
    arts = _arts(page)
    assert _holding(arts, "志愿服务之星").date == "2024-05-28"
    assert _holding(arts, "菜市场").date is None


_POST = ("夜市摊主自称遭恶意差评 商会呼吁理性消费\n"
         "一名夜市摊主日前在脸书发文,指自己遭网民恶意差评,生意一落千丈。她在帖文中写道:“這幾天真的很難熬,"
         "每天準備好的食材都賣不完,只能眼睜睜看著它們壞掉,我不知道自己做錯了什麼,希望大家不要再相信那些\n"
         "没有根据的评论”,帖文引起不少网民留言声援。\n"
         "当地商会表示,已联络摊主了解情况,并呼吁公众理性消费、理性评价。\n")


def test_a_quote_in_the_other_script_cut_by_a_blank_line_is_mended() -> None:
    """The paragraph opens in simplified characters and its tail is a quoted post in
    traditional: the line under the blank goes on with the sentence (it closes the quote),
    no next page in the other script starts there."""
    arts = _arts(_POST)
    assert len(arts) == 1 and "相信那些没有根据的评论" in arts[0].text


def test_a_caption_under_a_quoted_paragraph_stays_with_its_story() -> None:
    """A post pasted as a paragraph in traditional, then the photo's caption and the rest of
    the story in simplified: one story, the caption and the merchants' call in it."""
    page = ("夜市摊主自称遭恶意差评 商会呼吁理性消费\n"
            "一名夜市摊主日前在脸书发文,指自己遭网民恶意差评,生意一落千丈。\n"
            "“這幾天真的很難熬,每天準備好的食材都賣不完,只能眼睜睜看著它們壞掉,希望大家理性評價。”\n"
            "\n摊主在脸书上载的差评截图。(取自脸书)\n"
            "当地商会表示,已联络摊主了解情况,并呼吁公众理性消费、理性评价。\n")
    arts = _arts(page, spaced=False)
    assert len(arts) == 1
    assert "差评截图" in arts[0].text and "当地商会" in arts[0].text
