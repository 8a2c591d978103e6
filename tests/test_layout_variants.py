"""The same articles laid out in many ways, as operators' files come: each way must give
back exactly the articles, with their titles."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles

ARTICLES = [
    ("泡泡糖工厂开放参观", "位于城东的泡泡糖工厂本月起向市民开放参观，游客可以看到从原料到包装的全部工序，"
     "每天限额接待三百人。工厂负责人说，开放参观是为了让消费者了解食品安全的每一道关口。"),
    ("湿地公园", "湿地公园二期工程完工，新增水域面积四十公顷，栽种芦苇和香蒲等水生植物二十余种。"
     "候鸟迁徙季节，公园将限制游船数量，为鸟类留出安静的栖息空间。"),
    ("老街改造后重新开街", "经过一年改造，老街以原有的青砖灰瓦风貌重新开街，沿街六十多家老字号陆续回归。"
     "改造中保留了三棵百年古树，并把地下管网全部更新。"),
    ("Smart City Expo", "智慧城市博览会在会展中心开幕，两百余家企业展示了交通、医疗和政务服务方面的数字化应用。"
     "展会持续三天，免费向公众开放。"),
    ("乡村少年足球联赛收官", "为期两个月的乡村少年足球联赛收官，来自十二个乡镇的二十四支球队参赛。"
     "组委会表示，明年将把比赛扩大到女子组。"),
    ("图书馆推出夜间自习室", "市图书馆推出夜间自习室，每晚开放到十一点，座位可在手机上预约。"
     "开放第一周，自习室的上座率就超过了九成。"),
]


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


LAYOUTS = {
    "hard-wrapped e-paper": lambda: "第A01版：要闻　2024年5月10日\n\n" + "".join(
        f"{t}\n{_wrap(b, 24)}\n\n" for t, b in ARTICLES),
    "date above each title": lambda: "".join(f"2024年5月10日\n{t}\n\n{b}\n\n" for t, b in ARTICLES),
    "source line under each text": lambda: "".join(f"{t}\n\n{b}\n\n（来源：新华网）\n\n" for t, b in ARTICLES),
    "bare titles, no blank lines": lambda: "".join(f"{t}\n{b}\n" for t, b in ARTICLES),
    "byline under each title": lambda: "".join(f"{t}\n本报记者 王五\n{b}\n\n" for t, b in ARTICLES),
    "collection of ### headings": lambda: "# 汇编\n\n" + "".join(f"### {t}\n{b}\n\n" for t, b in ARTICLES),
    "newspaper page, some leads": lambda: "第A02版：综合\n" + "".join(
        f"\n{t}\n\n{'本报讯 ' if i % 2 == 0 else ''}{b}\n" for i, (t, b) in enumerate(ARTICLES)),
    "related list above each page": lambda: "".join(
        f"相关新闻\n短讯\n快报\n\n{t}\n\n　　{b}\n\n版权所有 某某网\n" for t, b in ARTICLES),
    "ad above each magazine page": lambda: "".join(
        f"邮发代号：58-123　全年定价：180元\n欢迎订阅\n您现在所在位置:首页 > 期刊\n"
        f"{t}\n发布日期:2024-03-18\n\n　　{b}\n\n"
        for t, b in ARTICLES),
    "portal pages without footers": lambda: "".join(
        f"{t}\n发布时间：2024-05-10 10:00 来源：新华网\n{b}\n【责任编辑：王五】\n相关阅读\n其他标题甲\n其他标题乙\n"
        for t, b in ARTICLES),
}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_layout_gives_back_the_articles(name):
    found = split_articles(LAYOUTS[name](), "x.txt")
    assert [a.title for a in found] == [t for t, _b in ARTICLES]
    for a, (_t, b) in zip(found, ARTICLES, strict=False):
        flat = a.text.replace("\n", "")
        assert flat.replace("本报讯 ", "").startswith(b[:20]) and flat.endswith(b[-12:])
