"""A question's first candidates are re-scored by their best passage (search.qa.windows): a
long article that holds the question's words together in a few sentences comes before an
article that only scatters them. Texts written for the tests."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.params import RankingParams

_HISTORY = ("江城交通百年记", [
    "江城地处两江交汇之地，自古以舟楫往来为主。",
    "清末，城内修筑了第一条石板马路，人力车随之兴起。",
    "民国年间，江城开通了第一条公共汽车线路，连接码头与火车站。",
    "上世纪五十年代，江城修建了长途汽车站，通往周边各县。",
    "六十年代，城区道路陆续拓宽，自行车成为市民出行的主要工具。",
    "七十年代末，轮渡航线增加到六条，每天往返数百班次。",
    "八十年代，江城开始建设环城公路，货运车辆不再穿城而过。",
    "白河大桥由工程师周明远主持设计，于1998年建成通车，结束了两岸靠轮渡往来的历史。",
    "进入新世纪，江城机场扩建完成，开通了数十条国内航线。",
    "二〇一〇年后，城市快速路网逐步成形，高峰拥堵有所缓解。",
    "近年来，江城又规划了三条地铁线路，预计陆续投入运营。",
    "交通的变迁，见证了江城从小码头走向区域中心城市的历程。",
])
_SCATTERED = ("白河两岸新面貌", [
    "白河大桥附近新建的滨河公园本周开放。",
    "公园里种了上千棵柳树。",
    "新建成的游客中心同日对外开放。",
    "游客中心由本地一家园林公司负责设计。",
    "附近一条公交线路也已恢复通车。",
    "周末公园里还有露天音乐会。",
    "市民周明远说，他每天傍晚都来这里散步。",
])
QUESTION = "周明远设计的白河大桥哪一年建成通车？"


def _engine(tmp_path, params: RankingParams) -> Engine:
    seeds = tmp_path / "seeds"
    if not seeds.exists():
        seeds.mkdir()
        for i, (title, lines) in enumerate((_HISTORY, _SCATTERED)):
            (seeds / f"{i}.txt").write_text(title + "\n\n" + "\n\n".join(lines) + "\n", "utf-8")
    engine = Engine(tmp_path / "index", seeds, params=params)
    engine.ingest()
    return engine


@pytest.mark.parametrize("weight", [2.0, 0.0])
def test_the_article_holding_the_words_together_comes_first(tmp_path, weight):
    engine = _engine(tmp_path, RankingParams(window_weight=weight))
    page, answer = engine.query(QUESTION, 1, 10)
    first = page.hits[0].title
    if weight:  # the re-rank: the passage that says it all
        assert first == _HISTORY[0]
        assert answer is not None and "1998年" in answer.sentence.text
    else:  # whole-text scores alone: the short article that scatters the words wins
        assert first == _SCATTERED[0]
