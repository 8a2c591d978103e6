"""Questions cut with what the index knows (issue 26, points 3-5): a name jieba glues a
character onto is still found, variant forms meet, coverage reads the source line, and a
near-miss name (another bridge, another person) gets no answer."""
from __future__ import annotations

import pytest

from search.engine import Engine

# Invented articles (the people, places, dates and figures are fictional; the bridge's are
# public facts), one per file: title line, blank line, text.
ARTICLES = {
    "verdict": "诽谤案一审宣判\n\n青州市人民法院昨日对一起诽谤案作出一审宣判。被告人柯燕琼因在网上散布虚假信息，"
               "被判处有期徒刑两年。法院认为，其行为已构成诽谤罪。",
    "meeting": "第52次周交办会议召开\n\n发布时间：2024-03-05 10:20　来源：青阳县人民政府\n\n3月4日上午，第52次周交办"
               "会议召开，会议由县长李明远主持。会议听取了各单位重点工作进展情况的汇报，并对下一阶段工作作出安排。",
    "bridge": "武汉长江大桥\n\n武汉长江大桥是长江上的第一座公路铁路两用桥，于1957年10月建成通车。大桥全长1670米，"
              "连接汉阳龟山和武昌蛇山。",
    "typhoon": "台风过境 全市停班課\n\n受台风影响，青州市政府宣布9月3日全市停班課一天，市民应尽量减少外出。"
               "各校将另行通知补课安排。",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    base = tmp_path_factory.mktemp("names")
    seeds = base / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    made = Engine(base / "index", seeds)
    made.ingest()
    return made


def answer(engine: Engine, question: str) -> str | None:
    found = engine.ask(question)
    return found.sentence.text if found is not None else None


def test_a_name_jieba_glues_a_character_onto_is_found(engine):
    # jieba cuts this question 诽谤案 / 中柯燕琼: no article holds 中柯燕琼, but the index knows 柯燕琼
    said = answer(engine, "诽谤案中柯燕琼被判了几年？")
    assert said is not None and "有期徒刑两年" in said


def test_a_name_with_a_surname_changed_is_not_the_same_person(engine):
    assert answer(engine, "诽谤案中何燕琼被判了几年？") is None


def test_coverage_reads_the_source_line(engine):
    # the county is named only in the page's 来源 line, never in its text
    said = answer(engine, "青阳县第52次周交办会议由谁主持？")
    assert said is not None and "李明远" in said


def test_a_near_miss_bridge_is_another_bridge(engine):
    said = answer(engine, "武汉长江大桥哪年通车？")
    assert said is not None and "1957年" in said
    assert answer(engine, "南京长江大桥哪年通车？") is None


def test_a_short_form_of_a_word_meets_its_longer_variant(engine):
    # the page says 停班課 (traditional 課, and 停班課 for 停课)
    said = answer(engine, "青州市哪天停课？")
    assert said is not None and "9月3日" in said
