"""Time words and sources in queries (issue 24, points 2, 3 and 7), against a fixed clock:
today is Wednesday 2024-03-13 in Beijing."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from search.engine import Engine
from search.index import ingest
from search.qa.query import parse
from search.qa.when import BEIJING, find

NOW = datetime(2024, 3, 13, 10, 0, tzinfo=BEIJING).timestamp()
TODAY = date(2024, 3, 13)

# Invented articles: title, date, source, text.
DATED = [
    ("昌吉市开展民族团结宣讲", "2024-03-12", "新华社", "昌吉市开展了民族团结进步宣讲活动，群众踊跃参加。"),
    ("吐鲁番葡萄沟迎来游客", "2024-03-05", "天山网", "吐鲁番葡萄沟景区迎来春季游客，民族团结一家亲活动同步开展。"),
    ("昌吉州举办春耕培训", "2024-02-20", "昌吉日报", "昌吉州农技人员为农户举办春耕培训，讲解播种技术。"),
    ("克拉玛依油田产量创新高", "2023-11-21", "新华社", "克拉玛依油田产量创新高，民族团结进步创建工作扎实推进。"),
    ("哈密瓜种植面积扩大", "2023-06-01", "哈密日报", "哈密市哈密瓜种植面积扩大，瓜农增收。"),
    ("石榴籽文化小分队走进社区", "2023-05-06", "天山网", "组建石榴籽文化小分队，用群众喜闻乐见的形式宣讲。"),
]
PHOTO = "图为昌吉市的宣讲现场，新闻工作者在记录。 李四 摄\n"


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    base = tmp_path_factory.mktemp("timed")
    seeds = base / "seeds"
    seeds.mkdir()
    for i, (title, day, source, text) in enumerate(DATED):
        (seeds / f"{i:02d}.txt").write_text(f"{title}\n\n发布时间：{day} 10:20　来源：{source}\n\n{text}\n",
                                            encoding="utf-8")
    (seeds / "photo.txt").write_text(PHOTO, encoding="utf-8")
    e = Engine(base / "index", seeds, clock=lambda: NOW)
    with pytest.MonkeyPatch.context() as mp:  # first seen two days ago (the photo: 2024-03-11) ...
        mp.setattr(ingest.time, "time", lambda: NOW - 2 * 86400)
        e.ingest()
        # ... and an article without a date an hour ago: its first-seen time dates it (today)
        (seeds / "undated.txt").write_text("乌苏市举办读书会\n\n乌苏市图书馆举办读书会，市民分享读书心得。\n",
                                           encoding="utf-8")
        mp.setattr(ingest.time, "time", lambda: NOW - 3600)
        e.ingest()
    return e


def titles(page) -> list[str]:
    return [h.title for h in page.hits]


@pytest.mark.parametrize(("said", "first", "last"), [
    ("今天", "2024-03-13", "2024-03-13"), ("昨天", "2024-03-12", "2024-03-12"), ("前天", "2024-03-11", "2024-03-11"),
    ("本周", "2024-03-11", "2024-03-13"), ("这周", "2024-03-11", "2024-03-13"), ("上周", "2024-03-04", "2024-03-10"),
    ("本月", "2024-03-01", "2024-03-13"), ("这个月", "2024-03-01", "2024-03-13"),
    ("上个月", "2024-02-01", "2024-02-29"),
    ("最近", "2024-03-07", "2024-03-13"), ("近期", "2024-03-07", "2024-03-13"), ("这几天", "2024-03-07", "2024-03-13"),
    ("今年", "2024-01-01", "2024-03-13"), ("去年", "2023-01-01", "2023-12-31"), ("2023年", "2023-01-01", "2023-12-31"),
    ("2023年11月", "2023-11-01", "2023-11-30"), ("11月21日", "2023-11-21", "2023-11-21"),
    ("2023-11-21", "2023-11-21", "2023-11-21"), ("从11月1日到11月15日", "2023-11-01", "2023-11-15"),
    ("2023-11-01..2023-11-30", "2023-11-01", "2023-11-30"), ("日期:2023-11", "2023-11-01", "2023-11-30"),
])
def test_time_words_resolve_against_today_in_beijing(said, first, last):
    window, rest = find(said + "的新闻", TODAY)
    assert window is not None and (window.first.isoformat(), window.last.isoformat()) == (first, last)
    assert rest.strip() == "的新闻"


def test_time_words_and_fillers_are_no_keywords():
    assert [c.word for c in parse("上个月昌吉有什么事", TODAY).concepts] == ["昌吉"]
    assert parse("最近有什么新闻", TODAY).listing
    assert [c.word for c in parse("乌鲁木齐有什么新闻", TODAY).concepts] == ["乌鲁木齐"]


def test_time_words_that_are_about_the_world_stay_in_the_question():
    for q in ("距离木星最近的卫星是哪颗？", "今天的路口镇是由哪两个乡镇合并的？", "软体版本周期中哪一版本最早？",
              "在1969年登上月球为哪一国人?"):
        assert parse(q, TODAY).window is None, q


def test_a_time_alone_lists_the_window_newest_first_articles_before_photos(engine):
    page = engine.search("本月的新闻")
    assert titles(page) == ["乌苏市举办读书会", "昌吉市开展民族团结宣讲", "吐鲁番葡萄沟迎来游客",
                            "图为昌吉市的宣讲现场"]
    assert page.hits[-1].kind == "caption"  # a photo item: after the articles
    assert page.scope.listing and page.scope.said == "本月" and (page.scope.first, page.scope.last) == (
        "2024-03-01", "2024-03-13")
    assert titles(engine.search("上周的报道")) == ["吐鲁番葡萄沟迎来游客"]
    assert titles(engine.search("2023年11月的新闻")) == ["克拉玛依油田产量创新高"]


def test_time_and_words_filter_the_results(engine):
    assert titles(engine.search("上个月昌吉有什么事")) == ["昌吉州举办春耕培训"]
    assert titles(engine.search("2023年11月 民族团结")) == ["克拉玛依油田产量创新高"]
    march = ["昌吉市开展民族团结宣讲", "吐鲁番葡萄沟迎来游客"]
    assert titles(engine.search("日期:2024-03-01..2024-03-31 民族团结")) == march
    assert len(engine.search("民族团结").hits) == 3


def test_recent_is_widened_when_empty_and_an_empty_window_says_so(engine):
    later = Engine(engine.index_dir, engine.seeds_dir, clock=lambda: NOW + 20 * 86400)  # 2024-04-02
    page = later.search("最近有什么新闻")  # nothing in the last 7 days: the last 30
    assert page.scope.widened and (page.scope.first, page.scope.last) == ("2024-03-04", "2024-04-02")
    assert titles(page) == ["乌苏市举办读书会", "昌吉市开展民族团结宣讲", "吐鲁番葡萄沟迎来游客",
                            "图为昌吉市的宣讲现场"]
    assert not engine.search("最近有什么新闻").scope.widened
    empty = engine.search("2024年1月的新闻")
    assert empty.total == 0 and empty.scope.said == "2024年1月" and not empty.scope.widened


def test_an_unchanged_date_keyword_still_matches_text_when_no_article_is_of_that_day(engine):
    assert titles(engine.search("石榴籽 2022年")) == []
    assert titles(engine.search("2023年5月 石榴籽")) == ["石榴籽文化小分队走进社区"]


def test_sources_by_name_or_explicit_form_combine_with_time_and_words(engine):
    assert titles(engine.search("新华社报道了什么")) == ["昌吉市开展民族团结宣讲", "克拉玛依油田产量创新高"]
    assert titles(engine.search("哈密日报的新闻")) == ["哈密瓜种植面积扩大"]
    assert titles(engine.search("来源:天山网")) == ["吐鲁番葡萄沟迎来游客", "石榴籽文化小分队走进社区"]
    assert titles(engine.search("来源:天山网 石榴籽")) == ["石榴籽文化小分队走进社区"]
    assert titles(engine.search("新华社去年的报道")) == ["克拉玛依油田产量创新高"]


def test_a_time_said_before_the_source_limits_its_articles(engine):
    assert titles(engine.search("去年新华社的新闻")) == ["克拉玛依油田产量创新高"]
    assert engine.search("去年新华社的新闻").scope.said == "去年"


def test_a_keyword_no_text_holds_is_the_source_it_names(engine):
    """哈密日报 typed as a keyword, 昌吉日报 named without 日报: their articles."""
    assert titles(engine.search("哈密日报 哈密瓜")) == ["哈密瓜种植面积扩大"]
    assert titles(engine.search("上个月昌吉日报有什么事")) == ["昌吉州举办春耕培训"]
    assert titles(engine.search("上个月天山有什么事")) == []  # 天山网 published nothing last month


def test_a_source_typed_beside_a_word_limits_to_that_source(tmp_path):
    """喀什日报 巴旦木: no article holds 喀什, 日报 and 巴旦木 together (one holds 喀什 and
    日报 in its text), so the words are read as a source and a keyword."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, (title, source, text) in enumerate([
            ("莎车县巴旦木丰收", "喀什日报", "莎车县的巴旦木喜获丰收，果农忙着采收。"),
            ("喀什古城夜市人气旺", "新华社", "喀什古城夜市人气旺。本文原载于《新疆日报》。")]):
        dump = f"{title}\n\n发布时间：2024-08-16　来源：{source}\n\n{text}\n"
        (seeds / f"{i}.txt").write_text(dump, encoding="utf-8")
    engine = Engine(tmp_path / "index", seeds, clock=lambda: NOW)
    engine.ingest()
    page = engine.search("喀什日报 巴旦木")
    assert titles(page) == ["莎车县巴旦木丰收"] and not page.broadened


def test_a_source_nobody_published_is_absent_with_the_sources_there_are(engine):
    page = engine.search("人民日报的新闻")
    assert page.total == 0 and page.scope.absent
    assert set(page.scope.known) == {"新华社", "天山网", "昌吉日报", "哈密日报"}


def test_a_photo_label_is_no_article_text(engine):
    photo = [h for h in engine.search("宣讲现场").hits if h.kind == "caption"][0]
    assert photo.title == "图为昌吉市的宣讲现场"
    assert engine.search("图片新闻").total == 0  # the label is not text; 新闻 is a filler
    assert titles(engine.search("乌鲁木齐有什么新闻")) == []
    assert titles(engine.search("乌苏市有什么新闻")) == ["乌苏市举办读书会"]


def test_a_question_finds_at_least_what_its_keywords_find(engine):
    keywords = titles(engine.search("石榴籽"))
    assert keywords and titles(engine.search("石榴籽是什么意思")) == keywords
    assert titles(engine.search("石榴籽指的是啥")) == keywords
