"""A deterministic synthetic corpus built from the seed articles' sentences."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from search.qa.snippets import sentences
from search.sources import load_articles

SOURCES = ("《新疆日报》", "《中国民族》", "昌吉日报", "新疆维吾尔自治区民委", "天山网", "克拉玛依日报")
PER_FILE = 10
TARGET_BYTES = 4000


@dataclass(frozen=True)
class SynthArticle:
    title: str
    date: str
    source: str
    paragraphs: tuple[str, ...]

    def text(self) -> str:
        return "\n".join(self.paragraphs)


def seed_sentences(seeds_dir: Path) -> list[str]:
    """Every sentence of the seed articles, in file order."""
    out: list[str] = []
    for f in sorted(seeds_dir.iterdir()):
        for a in load_articles(f.name, f.read_bytes()):
            out += [a.text[s:e] for s, e in sentences(a.text)
                    if e - s >= 12 and not a.text[s:e].startswith("本报") and not a.text[s:e].endswith("摄")]
    return out


def _vary_numbers(rng: random.Random, sentence: str) -> str:
    return re.sub(r"\d+", lambda m: str(max(1, int(m.group(0)) + rng.randint(-9, 9))), sentence)


def generate(n: int, seeds_dir: Path, seed: int = 7) -> list[SynthArticle]:
    """*n* articles of about 4 KB each: sampled sentences, varied numbers, title, date, source."""
    rng = random.Random(seed)
    pool = seed_sentences(seeds_dir)
    out = []
    for i in range(n):
        paras, size, para = [], 0, []
        while size < TARGET_BYTES:
            s = _vary_numbers(rng, rng.choice(pool))
            para.append(s)
            size += len(s.encode("utf-8"))
            if len(para) >= rng.randint(2, 5):
                paras.append("".join(para))
                para = []
        if para:
            paras.append("".join(para))
        lead = re.split(r"[,，。;；:：]", paras[0])[0][:28] or f"第{i}篇"
        title = f"{lead}（{i}）"
        date = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(SynthArticle(title, date, rng.choice(SOURCES), tuple(paras)))
    return out


def render_file(articles: list[SynthArticle]) -> str:
    """Several articles in one page dump, the way the seed files hold them."""
    blocks = []
    for a in articles:
        body = "\n\n".join(a.paragraphs)
        blocks.append(f"## {a.title}\n\n日期：{a.date} 来源：{a.source}\n\n{body}\n")
    return "\n\n".join(blocks)


def write_corpus(articles: list[SynthArticle], dest: Path, per_file: int = PER_FILE, prefix: str = "syn") -> int:
    """Write the articles as seed files into *dest*; returns the number of files."""
    dest.mkdir(parents=True, exist_ok=True)
    files = 0
    for start in range(0, len(articles), per_file):
        (dest / f"{prefix}_{start // per_file:06d}.txt").write_text(
            render_file(articles[start:start + per_file]), "utf-8")
        files += 1
    return files


def queries(articles: list[SynthArticle], k: int = 60, seed: int = 11) -> list[str]:
    """Keywords, quoted phrases and natural questions drawn from the corpus."""
    rng = random.Random(seed)
    out = []
    for i in range(k):
        a = rng.choice(articles)
        para = rng.choice(a.paragraphs)
        start = rng.randrange(0, max(1, len(para) - 12))
        chunk = re.sub(r"[^\u4e00-\u9fff]", "", para[start:start + 12])[:6] or "民族团结"
        kind = i % 3
        if kind == 0:
            out.append(f"{chunk[:2]} {chunk[2:4]}")
        elif kind == 1:
            out.append(f'"{chunk[:4]}"')
        else:
            out.append(f"{chunk}有多少？")
    return out
