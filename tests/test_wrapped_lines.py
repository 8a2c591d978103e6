"""Metadata a page's template set on lines of their own: a date as its year, its day and
its time, and a disclosure table's keys with no colon over their values. The pages here are
written for these tests, modelled on county portals and government disclosure pages."""
from __future__ import annotations

from search.sources.text import split_articles

_TEXT = ("11月7日，河口镇开展消防宣传月警示教育活动，镇消防所负责人带领干部学习消防安全知识。\n\n"
         "随后，河口镇消防应急疏散演练正式开始，演练人员在疏散组的引导下有序撤离。\n")


def test_a_date_set_as_year_day_and_time_dates_the_story_under_its_headline():
    (a,) = split_articles("河口：织密消防安全防护网\n\n2023\n11/10\n07:52\n某某县融媒体中心\n\n" + _TEXT, "page.txt")
    assert (a.title, a.date) == ("河口：织密消防安全防护网", "2023-11-10")
    assert a.source == "某某县融媒体中心"


def test_a_disclosure_tables_bare_keys_never_give_the_headline_and_name_the_issuer():
    table = ("索引号\n011090312/2025-00001\n主题分类\n安全生产监管\n发文日期\n2025年01月14日 17:25:00\n"
             "发布机构\n某某区应急管理局\n文号\n")
    (a,) = split_articles("巡察推动应急管理工作持续向前\n" + table + _TEXT, "page.txt")
    assert (a.title, a.date, a.source) == ("巡察推动应急管理工作持续向前", "2025-01-14", "某某区应急管理局")
