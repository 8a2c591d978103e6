"""Site dumps: pages of one site glued into one file are cut at page starts, and chrome
that recurs across the files of a site is learned from the collection and left out."""
from __future__ import annotations

from pathlib import Path

from search.sources.text import split_articles

DATA = Path(__file__).parent / "data" / "dumps"


def test_dense_site_dump_is_cut_into_its_pages_with_their_own_dates():
    """Four pages written without blank lines between paragraphs, one blank line between
    pages: a bare title, a date on top of a page and a signature date do not glue pages."""
    arts = split_articles((DATA / "site_dump.txt").read_text(encoding="utf-8"), "dump.txt")
    assert [(a.title, a.date) for a in arts] == [
        ("县城新建三座口袋公园", "2024-03-02"),
        ("春季农资供应充足价格平稳", "2024-03-05"),
        ("东岭中学学生在省赛获一等奖", "2024-03-09"),
        ("东岭至南川公路改造工程开工", "2024-03-12"),
    ]
    assert "东岭中学" not in arts[1].text and "抽查" not in arts[0].text
