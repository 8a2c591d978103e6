"""Precision and recall of reprint merging on a test set built here: real articles (the
seed dumps, the layout corpus, the realtext passages) each copied the ways outlets and
editors copy news - another headline with the same lead, light edits, a cut or added tail,
a wire prefix and an editor line, traditional script - next to hard negatives (weekly
reports of one template with other figures, follow-ups on the same topic).

    python -m bench.reprints      # prints the figures; tests/test_reprints.py checks them
"""
from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import opencc

from search.qa.reprints import Signatures, group
from search.sources import UnreadableFile, load_articles

ROOT = Path(__file__).resolve().parent.parent
REALTEXT = Path("/work/shared/realtext/articles.jsonl")
OUTLETS = ["新华社", "人民网", "天山网", "央广网", "中国新闻网", "新疆日报"]
SYNONYMS = [("开展", "举办"), ("群众", "居民"), ("今年", "本年度"), ("进一步", "持续"), ("表示", "说"),
            ("积极", "主动"), ("推进", "推动"), ("记者", "本报记者"), ("活动", "系列活动"), ("目前", "当前")]


def base_stories() -> list[tuple[str, str]]:
    """(title, body) of real articles: the seed dumps and layout corpus (news), realtext."""
    out = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "layouts"):
        for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix != ".json"):
            try:
                out += [(a.title, a.text) for a in load_articles(path.name, path.read_bytes())]
            except UnreadableFile:
                continue
    if REALTEXT.exists():
        for line in REALTEXT.read_text("utf-8").splitlines():
            row = json.loads(line)
            out.append((row["title"], "\n".join(row["paragraphs"])))
    seen, unique = set(), []
    for title, body in out:
        if len(body) >= 150 and body[:80] not in seen:
            seen.add(body[:80])
            unique.append((title, body))
    return unique


def _sentences(body: str) -> list[str]:
    parts, cur = [], ""
    for ch in body:
        cur += ch
        if ch in "。！？\n":
            parts.append(cur)
            cur = ""
    return parts + ([cur] if cur else [])


def reprint(title: str, body: str, rng: random.Random, how: str) -> tuple[str, str]:
    """One copy of a story, made the way *how* names."""
    sents = _sentences(body)
    outlet = rng.choice(OUTLETS)
    if how == "outlet":  # another headline, a wire prefix, the tail cut, an editor line
        keep = sents[: max(2, int(len(sents) * 0.8))]
        return f"{outlet}：{title[:12]}引关注", f"据{outlet}报道，" + "".join(keep) + "\n（责任编辑：王明）"
    if how == "edited":  # synonyms, a figure corrected, a sentence added in the middle
        text = body
        for a, b in rng.sample(SYNONYMS, 5):
            text = text.replace(a, b, 2)
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if digits:
            i = rng.choice(digits)
            text = text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1:]
        mid = _sentences(text)
        mid.insert(len(mid) // 2, "这一做法得到了当地干部群众的广泛好评。")
        return title + "（更新）", "".join(mid)
    if how == "same_lead":  # same lead, the second half rewritten into a shorter closing
        half = sents[: max(2, (len(sents) + 1) // 2)]
        return "聚焦：" + title[:10], "".join(half) + "相关工作仍在推进中，本网将持续关注。"
    if how == "traditional":  # a Hong Kong / Taiwan outlet's copy
        return title, opencc.OpenCC("s2t").convert(body)
    raise ValueError(how)


WEEKLY = ("乌鲁木齐市场蔬菜价格周报：本周白菜每公斤{a}元，土豆每公斤{b}元，西红柿每公斤{c}元，"
          "黄瓜每公斤{d}元。与上周相比，叶菜类价格{e}，根茎类价格基本持平。市发改委价格监测中心表示，"
          "随着气温变化，预计下周蔬菜价格将{f}，市民可根据需要合理采购。")


def hard_negatives(rng: random.Random) -> list[tuple[str, str]]:
    """Weekly reports and numbered notices from one template with other figures:
    different stories."""
    out = []
    for week in range(1, 7):
        figures = {k: f"{rng.uniform(1, 9):.2f}" for k in "abcd"}
        out.append((f"蔬菜价格周报（第{week}周）", WEEKLY.format(**figures, e=rng.choice(["小幅上涨", "略有回落"]),
                                                              f=rng.choice(["保持平稳", "小幅波动"]))))
    for batch in range(1, 7):  # numbered notices: one sentence, other figures
        out.append((f"哈密瓜第{batch}批上市", f"本报讯 哈密瓜第{batch}批今日上市，销往全国{batch + 10}个城市，"
                                         "果农收入稳步增长，产地价格保持平稳。"))
    return out


def reprint_set(seed: int = 14) -> list[tuple[str, str, str]]:
    """(story id, title, body) for every copy; copies of one story share the story id."""
    rng = random.Random(seed)
    docs = []
    for n, (title, body) in enumerate(base_stories()):
        docs.append((f"s{n}", title, body))
        for how in rng.sample(["outlet", "edited", "same_lead", "traditional"], 2):
            docs.append((f"s{n}",) + reprint(title, body, rng, how))
    docs += [(f"w{n}", t, b) for n, (t, b) in enumerate(hard_negatives(rng))]
    rng.shuffle(docs)
    return docs


def measure(docs: list[tuple[str, str, str]]) -> dict[str, float]:
    """Pairwise precision and recall of the merged groups against the true stories."""
    keyed = [(f"d{i}", story, body) for i, (story, _title, body) in enumerate(docs)]
    groups = group(keyed, key=lambda d: (d[0], d[2]), sigs=Signatures())
    predicted = set()
    for leader, rest in groups:
        members = sorted([leader[0]] + [r[0] for r in rest])
        predicted |= set(itertools.combinations(members, 2))
    truth = {tuple(sorted((a[0], b[0]))) for a, b in itertools.combinations(keyed, 2) if a[1] == b[1]}
    tp = len(predicted & truth)
    return {"documents": len(docs), "stories": len({d[0] for d in docs}), "true_pairs": len(truth),
            "merged_pairs": len(predicted), "precision": tp / len(predicted) if predicted else 1.0,
            "recall": tp / len(truth) if truth else 1.0}


def main() -> None:
    """Print the figures."""
    r = measure(reprint_set())
    print(f"reprints: {r['documents']} documents, {r['stories']} stories, {r['true_pairs']} reprint pairs; "
          f"merged {r['merged_pairs']} pairs: precision {r['precision']:.3f}, recall {r['recall']:.3f}")


if __name__ == "__main__":
    main()
