"""Dates a page states for its story in the forms real pages print them: an e-paper's record of
the story under its text, the next e-paper page's date in a dump, a date set after the headline
on its line. Texts are written for the tests, modelled on those forms; none is copied from a page."""
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


SCHOOL = "「秋季运动会」及「家长开放日」"
SCHOOL_TEXT = ("  城南小学本周举行秋季运动会，全校一千二百名学生参加了田径、跳绳和拔河等项目。\n\n"
               "  家长们也走进校园，观看比赛并为孩子们加油。\n")


def test_date_set_after_the_headline_on_its_line_dates_the_story():
    """A school's or a blog's page sets the day after the headline on one line."""
    arts = _articles("学校活动\n" + SCHOOL + " 2023.11.18\n\n" + SCHOOL_TEXT)
    assert [(a.title, a.date) for a in arts] == [(SCHOOL, "2023-11-18")]


def test_page_header_and_metadata_lines_ending_on_a_date_are_not_split():
    """An e-paper's page header and a WeChat post's metadata end on a date too: neither is a
    headline."""
    arts = _articles("第A06版：综合　2023年11月18日\n\n" + SCHOOL + "\n\n原创 王芳 城南小学 2023-11-18 09:15\n\n"
                     + SCHOOL_TEXT)
    assert [(a.title, a.date) for a in arts] == [(SCHOOL, "2023-11-18")]
    assert "原创" not in arts[0].text and "A06" not in arts[0].title


def test_a_run_of_headlines_dated_with_dots_under_the_story_dates_nothing():
    """Other stories' links under the text, each with its day: a list, not this story's date."""
    links = "更多活动\n\n「冬季长跑」启动 2023.12.01\n「书香校园」读书月 2023.11.25\n「科技节」开幕 2023.11.20\n"
    arts = _articles(SCHOOL + "\n\n" + SCHOOL_TEXT + "\n" + links)
    assert [(a.title, a.date) for a in arts] == [(SCHOOL, None)]


ASKED = "老年食堂办得怎么样？记者回访南湖社区"


def test_record_of_a_headline_holding_a_question_mark_dates_the_story():
    """A headline asking a question keeps its ？ when the record says it again: the mark is the
    headline's, no sentence of the record's."""
    record = "某某晚报 社区新闻 00006 " + ASKED + " 2019-04-19 3 2019年04月19日 星期五"
    arts = _articles("00006版:社区新闻\n\n" + ASKED + "\n\n" + TEXT + "\n\n" + record + "\n")
    assert [(a.title, a.date, a.source) for a in arts] == [(ASKED, "2019-04-19", "某某晚报")]
    assert "00006" not in arts[0].text


def test_a_follow_up_glued_to_its_label_with_its_day_is_no_record():
    """'追踪：Headline 2019-04-20 阅读 356' under the text links a later item: its day is not
    this story's."""
    arts = _articles(HEAD + "\n\n" + TEXT + "\n\n追踪：" + HEAD + " 2019-04-20 阅读 356\n")
    assert [(a.title, a.date) for a in arts] == [(HEAD, None)]


def test_the_same_headline_opening_the_next_page_of_a_dump_is_no_record():
    """A second site reposting the story: its headline, day and source on one line, then its
    own text. That page is a story of its own; its day is not the first page's."""
    repost = (HEAD + " 2019-04-13 来源：某某网\n\n  本网讯 记者从南湖街道获悉，社区老年食堂开门一周来，"
              "每天接待老人三百余人次，街道还准备在另外两个社区推广。\n")
    arts = _articles(HEAD + "\n\n" + TEXT + "\n\n" + repost)
    assert len(arts) == 2 and arts[0].date is None
    assert "三百余人次" not in arts[0].text and "三百余人次" in arts[1].text


def test_a_credit_line_between_the_text_and_its_record_does_not_stop_it():
    """A photo's credit set on its own line under the text, then the record: the record still
    dates the story."""
    arts = _articles("00006版:社区新闻\n\n" + HEAD + "\n\n" + TEXT + "\n\n南湖社区供图\n\n" + RECORD + "\n")
    assert [(a.title, a.date, a.source) for a in arts] == [(HEAD, "2019-04-12", "某某晚报")]
    assert "00006" not in arts[0].text


def test_a_body_signing_under_a_source_line_keeps_its_day_in_a_dump():
    """A story closed by its source line, then the body that issued it and the day it signed,
    then the next page's headline: the day signs the story above, not the next page."""
    for signer in ("南湖街道办事处", "某某区民政局"):
        dump = (HEAD + "\n\n" + TEXT + "\n\n来源：南湖街道\n\n" + signer + "\n\n2019年4月12日\n\n"
                + NEXT + "\n\n" + NEXT_TEXT)
        arts = _articles(dump)
        assert [(a.title, a.date) for a in arts] == [(HEAD, "2019-04-12"), (NEXT, None)], signer


def test_a_release_counted_by_its_year_is_no_date():
    """Tech news names a release numbered by its year after the product ('IntelliJ IDEA
    2024.2.1'): the number is the headline's, no date."""
    head = "JetBrains 发布 IntelliJ IDEA 2024.2.1"
    text = ("  JetBrains 近日发布 IntelliJ IDEA 2024.2.1 更新，修复了代码补全卡顿等多个问题，"
            "用户可在工具箱中直接升级。\n")
    arts = _articles(head + "\n\n" + text)
    assert [(a.title, a.date) for a in arts] == [(head, None)]


def test_one_dated_link_last_under_the_text_dates_nothing():
    """A single link to another story, its day after it, closing the page: not this story's
    date, with dashes as with dots."""
    for day in ("2023.12.01", "2023-12-01"):
        arts = _articles(SCHOOL + "\n\n" + SCHOOL_TEXT + "\n延伸阅读\n\n「冬季长跑」下周启动 " + day + "\n")
        assert [(a.title, a.date) for a in arts] == [(SCHOOL, None)], day
