"""Lay real articles out the way news sites and papers do, several to a file, to check
that page dumps are cut as well as plain files are read.

    python -m bench.layouts /work/shared/realtext/articles.jsonl OUT_DIR
    python /work/shared/realtext/score_realtext.py --seeds-dir OUT_DIR

Layouts: portal pages (nav bar, breadcrumb, title, 发布时间/来源 line with page controls,
body, editor line, 相关阅读 list, footer), e-paper pages (page header with the date, bare
titles), magazine pages (breadcrumb, 发布日期, indented paragraphs, subscription ad),
Markdown digests and WeChat-style posts. Deterministic: the same input gives the same files."""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SECTIONS = ("要闻", "综合", "社会", "文化", "科教", "体育", "国际")
SOURCES = ("天山网", "新华网", "人民网", "新疆日报", "中国新闻网", "光明网")
EDITORS = ("王丽", "李娜", "张涛", "陈静", "刘洋")


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _cn(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{int(m)}月{int(d)}日"


def _split(paragraph: str, rng: random.Random) -> list[str]:
    """Long paragraphs cut in two at a full stop, as pages often print them."""
    stops = [i + 1 for i, c in enumerate(paragraph) if c == "。" and 80 < i < len(paragraph) - 80]
    if len(paragraph) < 300 or not stops:
        return [paragraph]
    cut = rng.choice(stops)
    return [paragraph[:cut], paragraph[cut:]]


def portal(batch: list[dict], titles: list[str], rng: random.Random) -> str:
    """Portal pages: nav bar, breadcrumb, title, 发布时间/来源 line, body, editor line, 相关阅读, footer."""
    out = []
    for a in batch:
        related = rng.sample(titles, 3)
        out += ["首页 | 要闻 | 经济 | 社会 | 文化 | 图片 | 视频",
                f"当前位置：首页 > 新闻中心 > {rng.choice(SECTIONS)}", "",
                a["title"], "",
                f"发布时间：{_date(rng)} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}　来源：{rng.choice(SOURCES)}"
                "　【字体：大 中 小】【打印】【关闭】", ""]
        for p in a["paragraphs"]:
            out += [p, ""]
        out += [f"【责任编辑：{rng.choice(EDITORS)}】", "", "相关阅读"] + [f"· {t}" for t in related]
        out += ["", "版权所有 新闻网 未经授权禁止转载", "主办：某某新闻传媒有限公司　新ICP备05000000号",
                "地址：乌鲁木齐市某某路100号　电话：0991-0000000", ""]
    return "\n".join(out)


def epaper(batch: list[dict], titles: list[str], rng: random.Random) -> str:
    """E-paper pages: a page header with the date, bare titles, long paragraphs cut in two."""
    date = _date(rng)
    out = [f"第A{rng.randint(1, 16):02d}版：{rng.choice(SECTIONS)}　{_cn(date)}", ""]
    for i, a in enumerate(batch):
        if i and i % 3 == 0:
            date = _date(rng)
            out += [f"第A{rng.randint(1, 16):02d}版：{rng.choice(SECTIONS)}　{_cn(date)}", ""]
        out += [a["title"], ""]
        for p in a["paragraphs"]:
            out += _split(p, rng) + [""]
    return "\n".join(out)


def magazine(batch: list[dict], titles: list[str], rng: random.Random) -> str:
    """Magazine pages: breadcrumb, title, 发布日期, indented paragraphs, a subscription ad."""
    out = []
    for a in batch:
        out += [f"您现在所在位置:首页 > 期刊文章 > {rng.randint(2018, 2024)}年第{rng.randint(1, 12)}期",
                a["title"], f"发布日期:{_date(rng)}", ""]
        for p in a["paragraphs"]:
            out += ["        " + part for part in _split(p, rng)] + [""]
        out += ["", "欢迎订阅《西部风采》杂志", "      《西部风采》杂志为月刊，全年十二期，每期定价十五元。",
                "订阅热线:0991-0000000", ""]
    return "\n".join(out)


def markdown(batch: list[dict], titles: list[str], rng: random.Random) -> str:
    """A Markdown digest: ## titles, a bold date | 来源 line."""
    out = ["# 今日要闻", ""]
    for a in batch:
        out += [f"## {a['title']}", "", f"**{_date(rng)}** | 来源：{rng.choice(SOURCES)}", ""]
        for p in a["paragraphs"]:
            out += [p, ""]
    return "\n".join(out)


def wechat(batch: list[dict], titles: list[str], rng: random.Random) -> str:
    """WeChat-style posts: title, 原创 line, 点击上方蓝字…, body, 阅读原文/点赞/在看."""
    out = []
    for a in batch:
        out += [a["title"], "", f"原创 {rng.choice(EDITORS)} 天山视界 {_date(rng)} 08:30", "",
                "点击上方蓝字关注我们", ""]
        for p in a["paragraphs"]:
            out += [p, ""]
        out += ["阅读原文", "点赞", "在看", ""]
    return "\n".join(out)


LAYOUTS = ((portal, "txt"), (epaper, "txt"), (magazine, "txt"), (markdown, "md"), (wechat, "txt"))


def write(articles: list[dict], dest: Path, seed: int = 5) -> int:
    """Lay the articles out, 3-6 to a file, cycling through the layouts; returns files written."""
    rng = random.Random(seed)
    titles = [a["title"] for a in articles]
    dest.mkdir(parents=True, exist_ok=True)
    i = files = 0
    while i < len(articles):
        n = rng.randint(3, 6)
        layout, ext = LAYOUTS[files % len(LAYOUTS)]
        (dest / f"{layout.__name__}_{files:03d}.{ext}").write_text(layout(articles[i:i + n], titles, rng), "utf-8")
        i, files = i + n, files + 1
    return files


def main() -> None:
    """Command line: articles.jsonl and the folder to write."""
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("articles", type=Path, help="articles.jsonl (id, title, paragraphs)")
    p.add_argument("dest", type=Path)
    args = p.parse_args()
    arts = [json.loads(line) for line in args.articles.read_text("utf-8").splitlines() if line.strip()]
    print(f"{write(arts, args.dest)} files, {len(arts)} articles in {args.dest}")


if __name__ == "__main__":
    main()
