"""The passage re-rank decides between a long article and a short one (search.qa.windows,
RankingParams.window_weight): BM25F's length normalisation scores a long article that tells
the answer in one sentence below a short one that repeats a few of the question's words, and
the share of the question its best passage holds must outweigh that, not only nudge it.
Texts written for the tests."""
from __future__ import annotations

from search.engine import Engine
from search.params import RankingParams

_VILLAGES = ("上坪", "下坪", "石门", "枫树", "竹园", "桃源", "杨家", "李家",
             "沙洲", "黄泥", "青山", "白石", "大湾", "小湾", "岭脚", "河口")
_CROPS = ("茶叶", "板栗", "油茶", "竹笋", "柑橘", "生姜", "红薯", "蜂蜜")
_LONG = ("山乡风物志", [
    "北岭县位于群山之间，境内多丘陵，自古以种植茶叶和板栗为生。",
    "县城东门外有一座明代石桥，桥身为青石砌成，至今仍可通行。",
    "清代中期，县里开办了第一所书院，请来外地先生讲学。",
    "民国初年，商人在县城开设了邮政代办所和几家布庄。",
    "县西的老街保存着几十座木结构店铺，每逢初一十五赶集。",
    "五十年代，全县修通了第一条砂石公路，通往地区行署所在地。",
    "北岭水库由水利专家韩守义主持设计，1976年动工，1979年竣工蓄水，可灌溉农田三万亩。",
    "八十年代，县里兴办了罐头厂和茶厂，板栗罐头远销外省。",
    "九十年代中期，县城扩建了中心广场，并新建了图书馆和文化馆。",
    "新世纪以来，县里修复了文庙和几处古民居，开辟了乡村旅游线路。",
    "每年秋天举办的板栗节吸引了周边城市的大批游客。",
    "县里的传统戏曲以花鼓戏为主，逢年过节各村轮流搭台演出。",
    "近年来，县城建成了污水处理厂，河道水质明显好转。",
    "北岭的腊肉和笋干也是当地有名的特产，常被游客买回送人。",
    "县志编纂委员会正在整理新的县志，预计明年出版。",
    *(f"{v}村以{_CROPS[i % len(_CROPS)]}闻名，村里的合作社每年组织村民外出学习种植技术。"
      for i, v in enumerate(_VILLAGES)),
    *(f"{v}村的老人们还记得当年修路时肩挑背扛的情景。" for v in _VILLAGES),
    *(f"{v}村小学去年翻修了教室，添置了图书和体育器材。" for v in _VILLAGES),
])
_SHORT = ("北岭水库边步道开放", [
    "北岭水库边新修的环湖步道本周开放。",
    "步道全长八公里，沿水库岸边设计了多处观景台。",
    "管理处负责人说，步道设计时保留了原有的树木。",
    "周末来北岭水库散步的市民明显增多。",
])
_OTHERS = [
    ("南山镇新建农贸市场", ["南山镇新建的农贸市场本月启用。", "市场设有两百多个摊位。", "镇里还修了停车场。"]),
    ("东湖公园举办菊花展", ["东湖公园菊花展开幕。", "展出菊花三百多个品种。", "展期持续一个月。"]),
    ("西河大桥维修完工", ["西河大桥维修工程完工。", "大桥于1985年建成通车。", "维修后恢复双向通行。"]),
]
QUESTION = "北岭水库哪一年竣工蓄水？"


def _engine(tmp_path, params: RankingParams) -> Engine:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i, (title, lines) in enumerate((_LONG, _SHORT, *_OTHERS)):
        (seeds / f"{i}.txt").write_text(title + "\n\n" + "\n\n".join(lines) + "\n", "utf-8")
    engine = Engine(tmp_path / "index", seeds, params=params)
    engine.ingest()
    return engine


def test_the_long_article_telling_it_in_one_sentence_answers(tmp_path):
    engine = _engine(tmp_path, RankingParams())
    page, answer = engine.query(QUESTION, 1, 10)
    assert [h.title for h in page.hits[:2]] == [_LONG[0], _SHORT[0]]
    assert answer is not None and "1979年竣工蓄水" in answer.sentence.text
    engine.close()
