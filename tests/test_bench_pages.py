"""The real-page scorer (bench/pages.py): the figures the README reports for issue 25 come
from it, so it must count a right headline, a missed source, page chrome and two stories
glued together as a person judging the parse would. Pages are written for the test."""
from __future__ import annotations

import json
from pathlib import Path

import bench.pages as pages_module
from bench.pages import Page, Tally, dumps, file_text, headline_grade, report, run, score_file
from bench.pooled import pooled
from search.sources.articles import make_article

PARK = ("城西新城公园周六开园\n发布时间:2022-04-09 来源:某某晚报\n"
        "周六上午，位于城西的新城公园正式开园，不少市民带着孩子前来赏花游玩。\n"
        "公园管理处介绍，园内种植了三十多个品种的花卉，花期将持续到下月中旬。\n")
BRIDGE = ("城东大桥完成加固 下周恢复通行\n"
          "记者从市交通局获悉，城东大桥的加固工程已经完工，检测合格后将于下周一恢复通行。\n"
          "加固期间，过江车辆经城北大桥绕行，部分公交线路临时调整。\n"
          "上一篇 下一篇\n")


def truth(name: str, headline: str | None, start: str, end: str, **extra: object) -> dict:
    """One truth record for a one-article page."""
    article = {"headline": headline, "date": None, "source": None, "start": start, "end": end} | extra
    return {"file": name, "url": f"http://example{name}.test/a", "kind": "portal", "traditional": False,
            "split": "tune", "n_articles": 1, "articles": [article]}


def write_set(folder: Path, pages: dict[str, tuple[str, dict]]) -> Path:
    """A page set as bench/pages.py reads it: NNN.txt files and truth.jsonl."""
    folder.mkdir()
    for name, (text, _record) in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    lines = [json.dumps(record, ensure_ascii=False) for _text, record in pages.values()]
    (folder / "truth.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_headline_grades():
    assert headline_grade("城西新城公园周六开园", "城西新城公园周六开园") == "right"
    assert headline_grade("城西新城公园周六开园_某某网", "城西新城公园周六开园") == "right"
    assert headline_grade("新城公园", "城西新城公园周六开园") == "partly"
    assert headline_grade("上一篇 下一篇", "城西新城公园周六开园") == "wrong"
    assert headline_grade("", "城西新城公园周六开园") == "wrong"


def test_one_page_a_file_counts_what_the_parse_got_right_and_wrong(tmp_path: Path):
    folder = write_set(tmp_path / "set", {
        "001.txt": (PARK, truth("001.txt", "城西新城公园周六开园", "位于城西的新城公园正式开园",
                                "花期将持续到下月中旬", date="2022-04-09", source="某某晚报")),
        # a source the truth names but the text does not hold: a miss, whatever the parser does
        "002.txt": (BRIDGE, truth("002.txt", "城东大桥完成加固 下周恢复通行", "城东大桥的加固工程已经完工",
                                  "部分公交线路临时调整", source="某某日报")),
    })
    figures = report(run(folder, "tune", "a", show=False))
    assert figures["headline right/partly/wrong"].startswith("2 / 0 / 0 of 2")
    assert figures["stated date found"].startswith("1 / 1")
    assert figures["named source found"].startswith("1 / 2")
    assert figures["glued"].startswith("0 articles")


def test_a_page_glued_to_the_one_before_is_counted_glued():
    """A parse that keeps a headline-less page in the article before it: the scorer counts
    one article holding two true ones, and the second one's headline as not asked."""
    second = "记者从市气象台获悉，明日起全市将有一次明显降水过程，请市民出行注意安全。\n"
    pages = [Page("001.txt", PARK, truth("001.txt", "城西新城公园周六开园", "位于城西的新城公园正式开园",
                                         "花期将持续到下月中旬")),
             Page("002.txt", second, truth("002.txt", None, "明日起全市将有一次明显降水", "请市民出行注意安全"))]
    glued = make_article("dump.txt", "城西新城公园周六开园", PARK.split("\n", 2)[2] + second)
    t = Tally()
    score_file(pages, [glued], t, show=False)
    assert t.counts["glued_articles"] == 1 and t.counts["glued_true"] == 2
    assert t.counts["head_right"] == 1 and t.counts["head_total"] == 1
    alone = [make_article("dump.txt", "城西新城公园周六开园", PARK.split("\n", 2)[2]),
             make_article("dump.txt", "明日起全市将有一次明显降水过程", second)]
    t = Tally()
    score_file(pages, alone, t, show=False)
    assert t.counts["glued_articles"] == 0 and t.counts["right_count"] == 1


def test_page_chrome_left_in_an_article_is_counted(tmp_path: Path):
    page = BRIDGE.replace("上一篇 下一篇\n", "加固期间的投诉请拨打热线电话。\n责任编辑 王五 分享到微博\n")
    folder = write_set(tmp_path / "set", {
        "001.txt": (page, truth("001.txt", "城东大桥完成加固 下周恢复通行", "城东大桥的加固工程已经完工",
                                "部分公交线路临时调整")),
    })
    tally = run(folder, "tune", "a", show=False)
    assert tally.counts["with_chrome"] == 1  # the complaint line is outside the story's true text


def test_dumps_group_pages_of_a_kind_three_to_five_a_file():
    pages = [Page(f"{i:03d}.txt", "", {"kind": "portal" if i < 7 else "gov", "url": str(i)}) for i in range(11)]
    groups = dumps(pages, 25)
    assert sorted(p.name for g in groups for p in g) == sorted(p.name for p in pages)
    assert all(3 <= len(g) <= 5 for g in groups[:-1])
    assert groups == dumps(list(pages), 25)  # the same files on every run


def test_a_subtitle_over_a_lead_that_repeats_the_headline_is_the_storys_text_not_chrome():
    text = ("城北新区三个重点项目集中开工\n某某某等出席\n"
            "本报讯 城北新区三个重点项目集中开工仪式昨日举行,总投资二十四亿元。\n"
            "项目建成后可安排三百多人就业。\n")
    page = Page("001.txt", text, truth("001.txt", "城北新区三个重点项目集中开工",
                                       "城北新区三个重点项目集中开工仪式", "可安排三百多人就业。"))
    t = Tally()
    score_file([page], [make_article("001.txt", "城北新区三个重点项目集中开工",
                                     "某某某等出席\n" + "\n".join(text.split("\n")[2:]).strip())], t, show=True)
    assert t.counts["with_chrome"] == 0 and t.counts["homes"] == 1


def test_pooled_dumps_put_pages_of_several_sets_side_by_side_under_each_seed(tmp_path: Path):
    first = write_set(tmp_path / "one", {
        "001.txt": (PARK, truth("001.txt", "城西新城公园周六开园", "位于城西的新城公园正式开园",
                                "花期将持续到下月中旬")),
        "002.txt": (BRIDGE, truth("002.txt", "城东大桥完成加固 下周恢复通行", "城东大桥的加固工程已经完工",
                                  "部分公交线路临时调整"))})
    second = write_set(tmp_path / "two", {
        "001.txt": (PARK.replace("城西", "城南"), truth("001.txt", "城南新城公园周六开园", "位于城南的新城公园正式开园",
                                                      "花期将持续到下月中旬"))})
    t = pooled([first, second], "tune", [1, 2], show=False)
    assert t.counts["files"] == 2 and t.counts["true"] == 6  # one dump of three pages for each seed
    assert report(t)["headline right/partly/wrong"].startswith("6 / 0 / 0 of 6")


def test_tight_dumps_join_pages_with_no_blank_line_and_are_scored_as_a_layout(tmp_path: Path, monkeypatch):
    pages = [Page("001.txt", PARK + "\n", {}), Page("002.txt", "\n" + BRIDGE, {})]
    assert file_text(pages) == PARK + "\n\n" + BRIDGE  # a blank line, and the page's own blank line kept
    assert file_text(pages, tight=True) == PARK + BRIDGE  # the bridge headline follows the park story's last line
    south = PARK.replace("城西", "城南")
    folder = write_set(tmp_path / "set", {
        f"00{i}.txt": (text, truth(f"00{i}.txt", head, start, end)) for i, (text, head, start, end) in enumerate([
            (PARK, "城西新城公园周六开园", "位于城西的新城公园正式开园", "花期将持续到下月中旬"),
            (BRIDGE, "城东大桥完成加固 下周恢复通行", "城东大桥的加固工程已经完工", "部分公交线路临时调整"),
            (south, "城南新城公园周六开园", "位于城南的新城公园正式开园", "花期将持续到下月中旬"),
        ], 1)})
    parsed: dict[str, str] = {}
    real = pages_module.load_articles
    monkeypatch.setattr(pages_module, "load_articles", lambda name, data, chrome: parsed.setdefault(
        name, data.decode("utf-8")) and real(name, data, chrome))
    for layout in "bc":
        parsed.clear()
        tally = run(folder, "tune", layout, show=False)
        assert tally.counts["files"] == 1 and tally.counts["true"] == 3
        (text,) = parsed.values()
        assert ("\n\n" in text) == (layout == "b")  # the parser was given the file as the layout lays it out
