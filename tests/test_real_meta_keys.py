"""A story's metadata line whose keys do not open it: a site's name or a bare address before
them, or keys run together with no space. The reader sees the story's date and source, and no
key's words as its byline. Texts are written for the tests, modelled on real pages; none is
copied from one."""
from __future__ import annotations

from search.sources.meta import meta_of
from tests.support.pages import stories

_TEXT = ("本报讯 昨日上午,东湖街道举办社区运动会,近千名居民参加了拔河、跳绳等项目。\n"
         "街道负责人表示,运动会今后每年举办一次,让更多居民走出家门。\n")


def test_a_site_name_before_the_keys() -> None:
    """'某某网  时间:…  来源:…': the site's name, too long to be a paper's bare word, stands before
    the story's dated keys."""
    page = "东湖街道办社区运动会\n\n东湖社区资讯网  时间:2012年5月8日   来源:滨江日报\n\n" + _TEXT
    arts = stories(page)
    assert len(arts) == 1
    assert arts[0].date == "2012-05-08" and arts[0].source == "滨江日报"
    assert arts[0].title == "东湖街道办社区运动会"


def test_keys_run_together() -> None:
    """'文字作者:图片作者:稿件来源:某某发布时间:…浏览量:…': empty keys glued to the next; the date
    is read and no key becomes the byline."""
    page = ("东湖街道办社区运动会\n\n文字作者:图片作者:稿件来源:东湖学院发布时间:2012-05-08浏览量:316\n\n" + _TEXT)
    arts = stories(page)
    assert len(arts) == 1 and arts[0].date == "2012-05-08"
    assert not arts[0].byline or ":" not in arts[0].byline


def test_a_bare_address_before_the_date_traditional() -> None:
    """'http://  2014-01-16 11:12  作者:記者 某某  來源:某某報' in traditional script."""
    page = ("東湖街道辦社區運動會\n\nhttp://    2012-05-08 10:20    作者:記者 王小明    來源:濱江日報\n\n"
            "本報訊 昨日上午,東湖街道舉辦社區運動會,近千名居民參加了拔河、跳繩等項目。\n"
            "街道負責人表示,運動會今後每年舉辦一次。\n")
    arts = stories(page)
    assert len(arts) == 1 and arts[0].date == "2012-05-08" and arts[0].source == "濱江日報"
    assert arts[0].byline != "記者"  # a line let in by its keys alone gives no byline: '作者:' may be a book's


def test_a_notice_with_clauses_keeps_its_own_date() -> None:
    """A notice's clauses ('时间:… 地点:… 主办:…') name no story key: the event's day is not
    read as a metadata line, and the notice's own date stays."""
    page = ("关于举办社区运动会的通知\n\n发布时间:2012-04-20\n\n"
            "各居民小组:为丰富居民生活,街道将举办社区运动会,现将有关事项通知如下。\n"
            "东湖广场  时间:2012年5月8日   地点:东湖广场   主办:东湖街道\n"
            "请各小组于五月一日前报名。\n")
    arts = stories(page)
    assert len(arts) == 1 and arts[0].date == "2012-04-20"
    assert meta_of("东湖广场  时间:2012年5月8日   地点:东湖广场   主办:东湖街道") is None


def test_a_notice_s_numbered_clauses_stay_text() -> None:
    """A notice's numbered clauses on one line ('一、申报时间:… 二、资金来源:…'): an event's time
    and a fund's source are no story's keys; the line stays the notice's text, in either script."""
    for page, clauses in (
            ("关于申报社区微更新项目的通知\n\n发布日期:2012-05-08  来源:滨江市住建局\n\n各街道办事处:\n\n"
             "现启动社区微更新项目申报工作,有关事项通知如下。\n\n{}\n\n各街道请按要求组织申报,逾期不予受理。\n",
             "一、申报时间:2012年6月1日至6月30日  二、资金来源:市级财政补助  三、申报材料:项目申报书"),
            ("關於申報社區微更新項目的通知\n\n發佈日期:2012-05-08  來源:濱江市住建局\n\n各街道辦事處:\n\n"
             "現啟動社區微更新項目申報工作,有關事項通知如下。\n\n{}\n\n各街道請按要求組織申報,逾期不予受理。\n",
             "一、申報時間:2012年6月1日至6月30日  二、資金來源:市級財政補助  三、申報材料:項目申報書"),
            ("关于举办社区征文比赛的通知\n\n发布日期:2012-05-08  来源:滨江市文明办\n\n各社区:\n\n"
             "为丰富居民文化生活,现举办社区征文比赛,有关事项通知如下。\n\n{}\n\n请各社区广泛发动,积极组织投稿。\n",
             "一、时间:2012年6月1日至6月30日  二、作者:本市居民  三、字数:1500字以内")):
        arts = stories(page.format(clauses))
        assert len(arts) == 1 and arts[0].date == "2012-05-08"
        assert clauses in arts[0].text
    assert meta_of("社区微更新项目  时间:2012年6月1日  资金来源:市级财政补助") is None  # a fund's source is no story's


_EVENT = ("为推动全民阅读,市图书馆将于本月举办读书分享会,欢迎广大读者报名参加。\n\n"
          "读书分享会  时间:2012年5月8日  地点:市图书馆三楼  主讲:《长河》作者:王小明\n\n"
          "报名请拨打图书馆服务电话,名额有限,额满即止。\n")


def test_an_event_s_day_and_a_book_s_author_are_not_the_story_s() -> None:
    """An event's clauses ('时间:… 地点:… 主讲:《长河》作者:某某'): the event's day is not the
    story's date, the book's author is not its byline, with or without a dated header."""
    undated = stories("市图书馆举办读书分享会\n\n" + _EVENT)
    assert len(undated) == 1 and undated[0].date is None and undated[0].byline is None
    dated = stories("市图书馆举办读书分享会\n\n发布时间:2012-05-02  来源:市图书馆\n\n" + _EVENT)
    assert len(dated) == 1 and dated[0].date == "2012-05-02" and dated[0].byline is None
    contest = stories("市图书馆举办读书征文活动\n\n" + _EVENT.replace(
        "读书分享会  时间:2012年5月8日  地点:市图书馆三楼  主讲:《长河》作者:王小明",
        "征文活动  截稿时间:2012年6月30日  作者:本市在校中小学生"))
    assert len(contest) == 1 and contest[0].date is None and contest[0].byline is None
    guest = stories("市图书馆举办读书分享会\n\n" + _EVENT.replace("主讲:《长河》作者:王小明", "主讲作者:王小明"))
    assert len(guest) == 1 and guest[0].date is None and guest[0].byline is None
    assert meta_of("书目  时间:2012年5月8日  推荐:《长河》作者:王小明") is None  # the book's author


def test_a_list_of_dated_headlines_is_no_metadata() -> None:
    """An undated story over a list of other pages' headlines, each with its date and its outlet
    or writer: a headline longer than a site's name before two keys, a short one beside a single
    key. Neither is the story's metadata: the story gets no date or source of theirs."""
    page = ("东湖街道办社区运动会\n\n" + _TEXT + "\n相关新闻\n"
            "西湖街道举办读书节活动吸引众多居民  时间:2012-04-02  来源:滨江日报\n"
            "南湖社区垃圾分类 2012-03-18 作者:李明\n")
    arts = stories(page)
    assert len(arts) == 1 and arts[0].title == "东湖街道办社区运动会"
    assert arts[0].date is None and arts[0].source is None and arts[0].byline is None
    assert meta_of("西湖街道举办读书节活动吸引众多居民  时间:2012-04-02  来源:滨江日报") is None
    assert meta_of("南湖社区垃圾分类 2012-03-18 作者:李明") is None


def test_a_project_line_of_event_keys_is_no_story_s_date() -> None:
    """'某某项目  申报时间:…  资金来源:…' in a notice: an application deadline and where a fund's
    money comes from, items of the notice, not the story's date and source."""
    page = ("关于申报社区微更新项目的通知\n\n各街道办事处:\n\n"
            "为改善社区环境,现启动社区微更新项目申报工作,有关事项通知如下。\n\n"
            "社区微更新  申报时间:2024年6月1日  资金来源:市级财政补助\n\n"
            "各街道请按要求组织申报,逾期不予受理。\n")
    arts = stories(page)
    assert len(arts) == 1
    assert arts[0].date is None and arts[0].source != "市级财政补助"


def test_a_posting_key_dates_a_line_of_items() -> None:
    """'刊发日期:…  阅读次数:…  作者:…': a line of keyed items dated by when the story was
    posted; the story takes that date."""
    page = "东湖街道办社区运动会\n\n刊发日期:2012-05-08  阅读次数:  作者:王小明\n\n" + _TEXT
    arts = stories(page)
    assert len(arts) == 1 and arts[0].date == "2012-05-08"
