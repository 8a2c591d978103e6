"""A title derived from an untitled article's first words (articles.derive_title) leaves out a
list's marker before them, and keeps a number the words go on with: a brief cut from a list
of briefs reads as its words, and a story opening on '3、4月份' keeps its months."""
from __future__ import annotations

import pytest

from search.sources.articles import derive_title


@pytest.mark.parametrize(("text", "title"), [
    ("◆为做好冬季用电保障,供电所组织人员巡查线路。", "为做好冬季用电保障"),
    ("(5) 1月5日,北部山区出现大范围降雪天气。", "北部山区出现大范围降雪天气"),
    ("2、省气象台发布寒潮蓝色预警。", "省气象台发布寒潮蓝色预警"),
    ("3. 新建的跨江大桥今天上午正式通车。", "新建的跨江大桥今天上午正式通车"),
    ("3、4月份是春耕的关键时期,各地抓紧备耕。", "3、4月份是春耕的关键时期"),
    ("(1)班的同学们在比赛中获得第一名。", "(1)班的同学们在比赛中获得第一名"),
    ("5号线今日起延长运营时间。", "5号线今日起延长运营时间"),
    ("1.5亿元专项资金已经全部到位。", "1.5亿元专项资金已经全部到位"),
    ("★★★★★级酒店评选结果今天公布。", "★★★★★级酒店评选结果今天公布"),
    ("○八年的那场大雪下了整整一周。", "○八年的那场大雪下了整整一周"),
    ("◆", "◆"),
])
def test_a_lists_marker_is_no_part_of_a_derived_title(text: str, title: str) -> None:
    assert derive_title(text) == title
