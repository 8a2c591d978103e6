"""The answer gate (search.qa.coverage.covers/supports) reads a question's words where the
article says them: two words the question parts with a comma, which the ranking joins into
one compound (范畴 + 却是), still count when the article says them with its own comma."""
from __future__ import annotations

import pytest

from search.engine import Engine

# Invented articles (the places and figures are fictional), one per file.
ARTICLES = {
    "sea": "海洋权益知识问答\n\n青州海洋局昨日发布科普材料。材料指出，专属经济区虽不是一国领土的范畴，却是"
           "国家主权权利的延伸。沿海国在区内享有勘探和开发自然资源的权利，区域宽度不超过200海里。",
    # the question's other words are common: other articles say them, and 范畴 and 却是 apart
    "law": "新条例明年施行\n\n条例把网络平台纳入监管范畴，维护国家主权和领土完整的条款不是新增内容。",
    "art": "民间剪纸展开幕\n\n剪纸看似简单，却是一门手艺。展览向周边区域延伸，不是只在城区。",
    "farm": "秋粮收购进度过半\n\n今年雨水偏多，产量却是近五年最高。收购网点向山区延伸，覆盖更多区域。",
    "school": "课后服务覆盖全市\n\n托管、兴趣课都属于课后服务的范畴，服务不是只在城区，还延伸到乡镇各区域。",
    "river": "界河航道完成疏浚\n\n界河航道向上游延伸三十公里，两岸区域的渔民在领土和主权问题上一向守规矩。",
    "map": "新版地图发布\n\n新版地图标注了领土范围和主权归属，比例尺延伸到各区域。",
    "forum": "海洋论坛闭幕\n\n与会学者认为，维护主权不是一句口号，区域合作需要长期投入。",
    "lecture": "国防教育进校园\n\n讲座介绍了领土与主权的关系。主讲人说，课堂教育不是终点，要向校外延伸。",
    "border": "边境口岸通关提速\n\n口岸是国家主权的象征，也是领土的门户。通关时间不是过去的两小时，区域内已缩短一半。",
}


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    base = tmp_path_factory.mktemp("gate")
    seeds = base / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    made = Engine(base / "index", seeds)
    made.ingest()
    return made


def test_words_parted_by_a_comma_count_where_the_article_parts_them_too(engine):
    found = engine.ask("哪个区域不是领土的范畴，却是主权的延伸？")
    assert found is not None and "专属经济区" in found.sentence.text
