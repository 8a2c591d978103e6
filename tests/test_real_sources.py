"""Real pages (issue 25): the source a page names in forms many outlets share: a wire's
dateline with no day, a paper's issue line, a disclosure table's issuer, a '据…' credit under
the story, a paper's reporter named with its group's app, a reprint noted by the writer's
name; credits after the story (a theme's 'By 某某網' under a listed story, a paper's byline run
on after the last sentence, 'Source: 某某台' by a headline, a paper in book-title marks glued to
its date), and what is no source at all (a byline's key, a section's label, the city a
dateline names). Texts are written for the tests, modelled on those forms; none is copied
from a page."""
from __future__ import annotations

import pytest

from search.sources.widgets import is_widget
from tests.support.pages import one
from tests.support.pages import stories as articles

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"


def test_correspondent_abroad_files_an_undated_wire():
    """A wire's correspondent abroad files a 专电, with no day in the dateline."""
    a = one(f"{HEAD}\n\n(南星社记者王小明曼谷专电){TEXT}\n\n{MORE}\n")
    assert a.source == "南星社"


def test_wire_dateline_with_a_city_and_no_day():
    """'某某通讯社里斯本电 …', '某某社北京电（记者…）': the wire's dateline, undated."""
    assert one(f"{HEAD}\n\n北岸通讯社里斯本电 {TEXT}\n\n{MORE}\n").source == "北岸通讯社"
    assert one(f"{HEAD}\n\n南星社北京电（记者 王小明）{TEXT}\n\n{MORE}\n").source == "南星社"


def test_paper_issue_line_spaced_inside_its_brackets():
    """'《 某某晚报 》( 2025年… 第 02 版 )' under the headline names the paper and the day;
    the page number set apart inside the brackets made it a page header, which names neither."""
    a = one(f"{HEAD}\n\n《 清河晚报 》( 2025年11月03日 第 05 版 )\n\n{TEXT}\n\n{MORE}\n")
    assert (a.source, a.date) == ("《清河晚报》", "2025-11-03")


def test_disclosure_table_row_names_the_issuer():
    """A government page's table row with the issuing body among its cells, and no date."""
    page = ("索引号: 01234567/202501-00012 组配分类: 通知公告\n"
            "信息分类: 通知   发布机构: 清河县人民政府办公室\n"
            "生成日期: 2025-01-20 文号:\n\n"
            "清河县人民政府关于做好春节期间安全工作的通知\n\n"
            "各乡镇人民政府，县政府各部门：\n\n"
            "春节将至，为确保全县人民过一个安全祥和的节日，现就有关事项通知如下。\n\n"
            "一、加强烟花爆竹安全管理，严禁在禁放区域燃放。\n")
    a = one(page)
    assert a.source == "清河县人民政府办公室"


def test_credit_under_the_story_names_the_wire_it_ran():
    """'据某某社' on a line of its own under the story: the report the paper ran."""
    a = articles(f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n据南星社\n\n"
                 "山区学校迎来新一批支教老师\n\n"
                 "秋季学期开学前，二十名支教老师来到山区学校，将在这里任教一年。\n")
    assert a[0].source == "南星社"
    assert all("据南星社" not in (x.title + x.text) for x in a)


def test_paper_and_its_group_app_credit_a_correspondent():
    """'某某晚报·某某一点通讯员 某某' over the text: the paper (with its app) is the source."""
    a = one(f"东江晚报·东江一点通讯员 李明\n{TEXT}\n\n{MORE}\n")
    assert a.source == "东江晚报·东江一点"


def test_group_app_byline_opens_the_next_page_of_a_dump():
    """In a dump, that byline after another page's text and a loading placeholder opens the
    next story: the placeholder is no headline, the byline no credit of the page above."""
    first = ("城西社区开办老年食堂\n\n城西社区老年食堂本月开业，六十岁以上居民每餐只需八元。\n\n"
             "食堂由社区和爱心企业共同出资。\n")
    dump = first + "\n加载中...\n\n" + f"东江晚报·东江一点通讯员 李明\n{TEXT}\n\n{MORE}\n"
    a = articles(dump)
    assert [x.source for x in a] == [None, "东江晚报·东江一点"]
    assert all("加载中" not in (x.title + x.text) for x in a)
    assert is_widget("正在加载…") and not is_widget("加载更多")


def test_reprint_noted_in_brackets_by_the_writer():
    """'作者: 某某(原载于《某某报》)', '…作者:某某(译自某某论坛报)…': the paper that first ran it."""
    a = one(f"{HEAD}\n\n作者: 林一(原载于《南洋商讯报》)\n\n{TEXT}\n\n{MORE}\n")
    assert a.source == "南洋商讯报"
    b = one(f"{HEAD}\n\n{HEAD}作者:陈二(译自海岸论坛报){TEXT}\n\n{MORE}\n")
    assert b.source == "海岸论坛报"

HEAD2 = "山区学校迎来新一批支教老师"
TEXT2 = "秋季学期开学前，二十名支教老师来到山区学校，将在这里任教一年。"


def test_a_photographers_key_before_this_papers_reporter_is_no_outlet():
    """'拍摄者:本报记者 某某' credits this paper's photographer: '拍摄者:本报' is a label."""
    a = one(f"{HEAD}\n\n时间:5月6日上午\n\n地点:河口镇渡口\n\n拍摄者:本报记者 王小明\n\n{TEXT}{MORE}\n")
    assert a.source is None


def test_a_sections_label_beside_the_date_is_no_outlet():
    """'2025-10-31 本地新聞' over a headline: the date and the site's section, no outlet."""
    a = one(f"2025-10-31 本地新聞\n\n{HEAD}\n\n{TEXT}\n\n{MORE}\n")
    assert a.source is None
    assert a.date == "2025-10-31"


@pytest.mark.parametrize("lead", ["【台北訊】", "[溫哥華訊]"])
def test_a_city_dateline_names_no_outlet(lead: str):
    """'【台北訊】', '[溫哥華訊]': the city the report was filed from, not its outlet."""
    assert one(f"{HEAD}\n\n{lead}{TEXT}\n\n{MORE}\n").source is None


def test_a_longer_bracketed_lead_still_names_its_outlet():
    """'【某某論壇訊】' keeps naming the outlet: four characters or more before 訊."""
    assert one(f"{HEAD}\n\n【南岸華人論壇訊】{TEXT}\n\n{MORE}\n").source == "南岸華人論壇"


def test_a_themes_by_line_under_listed_stories_names_each_ones_outlet():
    """A listing's 'By 某某新聞網' under each story's teaser and date credits that story."""
    page = (f"{HEAD}\n{TEXT}\n2025-11-29\nBy 河口鄉親新聞網\n"
            f"{HEAD2}\n{TEXT2}\n2025-11-28\nBy 山城時報\n")
    a = articles(page)
    assert [x.source for x in a] == ["河口鄉親新聞網", "山城時報"]
    assert all("By " not in x.text for x in a)


def test_a_foreign_outlets_chinese_service_is_an_outlet():
    """'By XYZ中文': a foreign broadcaster's Chinese service, named in Latin capitals."""
    a = articles(f"{HEAD}\n{TEXT}\nBy XYZ中文\n{HEAD2}\n{TEXT2}\n")
    assert a[0].source == "XYZ中文"


def test_an_english_source_key_by_the_headline_names_the_outlet():
    """'Source: 某某電台' over the next story's date and headline credits that story."""
    page = (f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\nSource: 南灣電台\nPublished on: 2025-10-24 13:50 UTC\n\n"
            f"{HEAD2}\n\n{TEXT2}\n\n学校为老师们准备了宿舍和食堂，村民们也送来了自家种的蔬菜。\n")
    a = articles(page)
    assert a[-1].title == HEAD2
    assert a[-1].source == "南灣電台"


@pytest.mark.parametrize("byline", ["□东江晚报 | 校园周刊 记者 王小明",
                                    "东江晚报 东江网 东江客户端记者 王小明 李大海 展开详细"])
def test_a_papers_byline_run_on_after_the_last_sentence(byline: str):
    """A flattened page runs the paper's byline on after the story's last sentence."""
    a = one(f"{TEXT}{MORE}“渡口通了，日子就好过了。” {byline}\n")
    assert a.source == "东江晚报"


def test_a_paper_in_book_title_marks_glued_to_its_date():
    """'《某某日报》2024-02-10' under the headline: the paper and the day it ran the story."""
    a = one(f"{HEAD}\n\n《南洋星光日报》2024-02-10\n\n{TEXT}\n\n{MORE}\n")
    assert (a.source, a.date) == ("《南洋星光日报》", "2024-02-10")
