"""Real pages (issue 25), round nine: where one page of a site dump ends and the next, with
no headline, begins; and a few credit and metadata forms. Texts are written for the tests,
modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

from search.model import Article
from search.sources.text import split_articles
from tests.support.pages import one

CRASH = ("渣土车弯道侧翻 三辆小车被埋\n发布日期:: 2021/10/08 作者来源:: 某某时报网/王五\n"
         "事故发生在城北大道和环湖路的交界处，一辆满载渣土的货车在弯道处侧翻。\n"
         "侧翻的渣土将三辆小车掩埋，所幸没有人员伤亡。\n")
STORM = "城南今晚起暂停上班上课"
STORM_TEXT = "受台风影响，市政府晚间宣布，明天全市暂停上班上课，请市民减少外出。\n"


def articles(*pages: str) -> list[Article]:
    """The articles of a dump: the pages one after another, a blank line between them."""
    return [a for a in split_articles("\n\n".join(pages), "dump.txt") if a.kind == "article"]


def test_compiler_credit_ends_a_page_and_photo_credit_is_no_headline():
    """'整理:某某' closes one page's story; the next page's headline, its photo's credit
    ('图/气象局') and text make the next article."""
    arts = articles(CRASH + "整理:赵六\n", STORM + "\n\n图/气象局\n\n" + STORM_TEXT)
    assert [a.title for a in arts] == ["渣土车弯道侧翻 三辆小车被埋", STORM]
    assert "整理" not in arts[0].text and "气象局" not in arts[1].text


def test_source_after_a_doubled_colon():
    a = one(CRASH)
    assert a.date == "2021-10-08" and a.source is not None and a.source.startswith("某某时报网")


def test_paper_lead_opens_the_next_untitled_page():
    """A page with no headline opening on '晚报讯 ' after the page before's 上一篇/下一篇."""
    first = "老街口的手艺人\n\n" + "老街口的木匠铺开了三十年，师傅说手艺要传下去。\n\n上一篇  下一篇\n"
    arts = articles(first, "晚报讯 市气象台昨日发布降雨预报，明日起全市将有一次明显降水过程。\n")
    assert len(arts) == 2
    assert arts[1].title == "市气象台昨日发布降雨预报"  # the lead's credit is no part of its title
    assert "降雨" not in arts[0].text


def test_photo_story_lead_with_reporters_in_brackets_opens_a_story():
    story = "城东片区的小广场翻修一新，老人们每天傍晚都在这里散步，孩子们在器材旁玩耍。\n"
    photo = ("图片新闻(记者 甲乙 丙丁)9月20日上午9时许，在省道一处下坡路段，"
             "一辆货车撞上前方运煤车的尾部，所幸无人受伤。\n")
    arts = articles(story, photo)
    assert len(arts) == 2
    assert arts[1].title == "在省道一处下坡路段"


def test_desk_byline_after_text_opens_the_next_story():
    """Taiwan desk bylines ('記者某某/綜合報導') head a story: set apart under another page's
    text, one opens the next untitled story."""
    council = ("（某某社記者甲乙台中10日電）市議會今天二讀通過明年度總預算案，歲出刪減六億元。\n\n"
               "議長宣布，凍結的預算由市府依附帶決議辦理。\n")
    dike = ("記者丙丁/綜合報導\n縣府今天在海堤舉行調適工程開工典禮，完工後將提升沿岸防禦強度。\n\n"
            "版權所有 請勿翻攝\n記者戊己/綜合報導\n颱風來襲，鎮長提醒鄉親檢查門窗，準備防災物資。\n")
    arts = articles(council, dike)
    assert len(arts) == 3
    assert "海堤" not in arts[0].text and "颱風" not in arts[1].text
    assert arts[1].byline is not None and "丙丁" in arts[1].byline
