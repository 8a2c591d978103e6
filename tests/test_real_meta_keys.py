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
    """'某某网  时间:…  来源:…': the site's name stands before the story's dated keys."""
    page = "东湖街道办社区运动会\n\n东湖资讯网  时间:2012年5月8日   来源:滨江日报\n\n" + _TEXT
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


def test_numbered_points_with_dates_stay_text() -> None:
    """A story's numbered measures, each dated and naming a source of funds, stay its text."""
    page = ("东湖街道推出三项便民措施\n\n发布时间:2012-05-08 09:00 来源:滨江日报\n\n" + _TEXT
            + "一、自2012年6月1日起,来源:街道财政的补贴按月发放。\n"
            "二、作者:街道办编写的指南将于2012年6月15日发放。\n")
    arts = stories(page)
    assert len(arts) == 1 and arts[0].date == "2012-05-08"
    assert "补贴按月发放" in arts[0].text and "指南将于" in arts[0].text


def test_a_list_of_dated_headlines_is_no_metadata() -> None:
    """A list page of real headlines, each with its date and its outlet, keeps them as a list
    under the story, not as the story's metadata."""
    page = ("东湖街道办社区运动会\n\n发布时间:2012-05-08 来源:滨江日报\n\n" + _TEXT + "\n相关新闻\n"
            "西湖街道举办读书节活动吸引众多居民 2012-04-02\n"
            "南湖社区开展垃圾分类宣传进楼栋 2012-03-18\n")
    arts = stories(page)
    assert arts[0].date == "2012-05-08" and arts[0].source == "滨江日报"
