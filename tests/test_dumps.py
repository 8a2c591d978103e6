"""Site dumps: pages of one site glued into one file are cut at page starts, and chrome
that recurs across the files of a site is learned from the collection and left out."""
from __future__ import annotations

import shutil
from pathlib import Path

from search.engine import Engine
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


SITE = DATA / "site"  # three pages of one site: the same header and footer lines on each
CHROME = ("好新闻天天见", "新闻线索征集中", "扫码下载", "移动版")
# A promotion the site sets between paragraphs: text by its shape, the site's once learned.
SLOGAN = "看更多身边事"


def _texts(engine: Engine) -> dict[str, str]:
    arts = [engine.show(h.id) for h in engine.search("东岭", per_page=50).hits]
    return {a.title: a.text for a in arts if a is not None}


def _copy(names: list[str], seeds: Path) -> None:
    (seeds / "site").mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SITE / name, seeds / "site" / name)


def test_one_site_dumped_in_one_file_is_cut_without_its_repeated_chrome():
    text = "\n\n".join((SITE / n).read_text(encoding="utf-8") for n in ("a.txt", "b.txt", "c.txt"))
    arts = split_articles(text, "site.txt")
    assert [a.date for a in arts] == ["2024-03-02", "2024-03-05", "2024-03-09"]
    assert not [c for a in arts for c in CHROME if c in a.text]


def test_footer_recurring_across_a_sites_files_is_not_in_text_or_answers(tmp_path):
    _copy(["a.txt", "b.txt", "c.txt"], tmp_path / "seeds")
    engine = Engine(tmp_path / "index", tmp_path / "seeds")
    engine.ingest()
    texts = _texts(engine)
    assert len(texts) == 3 and all("抽查" in t or "公园" in t or "大赛" in t for t in texts.values())
    assert not [c for t in texts.values() for c in (*CHROME, SLOGAN) if c in t]
    answer = engine.ask("东岭的新闻线索征集热线是什么")
    assert answer is None or "征集" not in answer.sentence.text


def test_incremental_ingest_keeps_learned_chrome_out(tmp_path):
    seeds = tmp_path / "seeds"
    _copy(["a.txt", "b.txt"], seeds)
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    assert all(SLOGAN in t for t in _texts(engine).values())  # two pages: not yet the site's
    _copy(["c.txt"], seeds)
    r = engine.ingest()
    assert r.added == 1
    assert not [c for t in _texts(engine).values() for c in (*CHROME, SLOGAN) if c in t]  # all three cleaned
    page = seeds / "site" / "b.txt"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "部分品种略有下降。", "部分品种略有下降。\n\n抽查共覆盖门店四十二家。"), encoding="utf-8")
    r = engine.ingest()
    assert (r.changed, r.unchanged) == (1, 2)
    text = _texts(engine)["春季农资供应充足价格平稳"]
    assert "四十二家" in text and not [c for c in (*CHROME, SLOGAN) if c in text]


def test_page_set_dense_after_a_page_of_spaced_paragraphs_starts_apart():
    """Two pages of different sites in one dump: the first spaces its paragraphs with blank
    lines, the second has no headline and runs its paragraphs together."""
    spaced = ("河堤加固工程完工\n\n发布时间：2024-04-02 09:00\n\n"
              "东岭河堤加固工程今天完工，新修堤防全长六公里。\n\n"
              "工程自去年冬天开工，沿线还新建了两处排涝泵站。\n")
    dense = ("南川夜市本周末恢复营业，摊位比去年增加三十个。\n"
             "夜市管理方表示，今年将统一摊位招牌并增设垃圾分类点。\n"
             "附近居民说，夜市开张后晚上出门散步的人明显多了。\n")
    arts = split_articles(spaced + "\n" + dense, "dump.txt")
    assert [a.title for a in arts][:1] == ["河堤加固工程完工"] and len(arts) == 2
    assert "夜市" not in arts[0].text and "夜市" in arts[1].text
