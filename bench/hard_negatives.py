"""Hard negatives: real questions with one name, place or year changed (issue 26, point 5).

    python -m bench.hard_negatives [--data /work/shared/realtext] [--out FILE] [--limit 300] [-v]

Each negative is a question of the realtext set (cmrc and drcd-s, simplified) about an
article in the folder, with one thing its article names swapped for a near miss: a person's
surname (范燕琼 -> 李燕琼), a place, organisation or other name for another of the same kind
and length from jieba's dictionary (南京长江大桥 -> 武汉长江大桥 keeps the rest of a long
name), or a year moved a few years. The changed name is in no article of the folder (a year:
not in the question's article), so the right reply is no answer. The negatives are derived
deterministically and written to FILE (outside git: no realtext text is committed); then
every article is ingested into a temporary index and each negative asked: the figure is the
share declined."""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.halves import read_jsonl
from search.text.analysis import load_dictionary
from search.text.normalize import normalize

DATA = Path("/work/shared/realtext")
OUT = Path("/work/tmp/hard_negatives.jsonl")
SETS = ("cmrc", "drcd-s")  # simplified questions; drcd is the same questions in traditional script
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任"
            "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
NAME_TAGS = ("ns", "nt", "nz")
_YEAR = re.compile(r"(?<!\d)(\d{4})年")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def load(data: Path) -> tuple[list[dict], list[dict]]:
    """Every article and question of the folder (all NAME_articles/NAME_questions pairs)."""
    articles, questions = [], []
    for path in sorted(data.glob("*articles.jsonl")):
        articles += read_jsonl(path)
        questions += read_jsonl(path.with_name(path.name.replace("articles", "questions")))
    return articles, questions


def _text(article: dict) -> str:
    return normalize("\n".join([article["title"], *article["paragraphs"]]))


class Mutator:
    """The near misses of one question, against the folder's text."""

    def __init__(self, corpus: str) -> None:
        import jieba.posseg

        load_dictionary()
        self.corpus = corpus
        tags = jieba.posseg.dt.word_tag_tab
        self.by_tag: dict[tuple[str, int], list[str]] = {}
        for word, tag in tags.items():
            if tag in NAME_TAGS and 2 <= len(word) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", word):
                self.by_tag.setdefault((tag, len(word)), []).append(word)
        for words in self.by_tag.values():
            words.sort(key=_hash)

    def _unseen(self, name: str) -> bool:
        return name not in self.corpus

    def year(self, q: str, own: str) -> Iterator[tuple[str, str, str]]:
        for m in _YEAR.finditer(q):
            shift = 1 + _hash(q) % 9
            for new in (int(m.group(1)) + shift, int(m.group(1)) - shift):
                if f"{new}年" not in own and str(new) not in own:
                    yield "year", m.group(0), f"{new}年"
                    break

    def person(self, word: str, seed: int) -> Iterator[tuple[str, str, str]]:
        for i in range(len(SURNAMES)):
            new = SURNAMES[(seed + i) % len(SURNAMES)] + word[1:]
            if new != word and self._unseen(new):
                yield "person", word, new
                return

    def name(self, word: str, tag: str, seed: int) -> Iterator[tuple[str, str, str]]:
        head = word[:2] if len(word) >= 4 else word  # a long name keeps its tail: 武汉长江大桥
        pool = self.by_tag.get(("ns" if len(word) >= 4 else tag, len(head)), [])
        for i in range(min(len(pool), 200)):
            new = pool[(seed + i) % len(pool)] + word[len(head):]
            if new[:len(head)] != head and self._unseen(new) and self._unseen(new[:len(head)]):
                yield tag, word, new
                return

    def mutations(self, q: str, own: str) -> list[tuple[str, str, str]]:
        """(kind, old, new) for each name or year of *q* its article *own* holds."""
        import jieba.posseg

        seed = _hash(q)
        out = list(self.year(q, own))
        for pair in jieba.posseg.cut(q):
            word, tag = pair.word, pair.flag
            if len(word) < 2 or word not in own or not re.fullmatch(r"[\u4e00-\u9fff]+", word):
                continue
            if tag == "nr" and len(word) in (2, 3, 4):
                out += self.person(word, seed)
            elif tag in NAME_TAGS:
                out += self.name(word, tag, seed)
        return out


def generate(articles: list[dict], questions: list[dict], limit: int) -> list[dict]:
    """Up to *limit* hard negatives, in a fixed order (by a hash of the question)."""
    texts = {a["id"]: _text(a) for a in articles}
    mutator = Mutator("\n".join(texts.values()))
    pool = [q for q in questions if q.get("article") in texts and q.get("set", "cmrc") in SETS]
    pool.sort(key=lambda q: _hash(q["q"]))
    out: list[dict] = []
    for q in pool:
        asked = normalize(q["q"])
        found = mutator.mutations(asked, texts[q["article"]])
        if not found:
            continue
        kind, old, new = found[_hash(asked) % len(found)]
        out.append({"q": asked.replace(old, new, 1), "from": q["q"], "article": q["article"],
                    "kind": kind, "old": old, "new": new, "set": q.get("set", "cmrc")})
        if len(out) >= limit:
            break
    return out


def score(articles: list[dict], negatives: list[dict]) -> tuple[float, list[tuple[dict, str]]]:
    """Ingest every article into a temporary index and ask each negative: the share declined
    and the negatives answered (with the sentence given)."""
    from search.engine import Engine

    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for a in articles:
            (seeds / f"{a['id']}.txt").write_text("\n\n".join([a["title"], *a["paragraphs"]]) + "\n", "utf-8")
        engine = Engine(Path(tmp) / "index", seeds)
        engine.ingest()
        answered = []
        for neg in negatives:
            reply = engine.ask(neg["q"])
            if reply is not None:
                answered.append((neg, reply.sentence.text))
        engine.close()
    return 1 - len(answered) / max(1, len(negatives)), answered


def main() -> None:
    """Command line: generate, write and score the hard negatives."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data", type=Path, default=DATA, help="the realtext folder")
    p.add_argument("--out", type=Path, default=OUT, help="where the negatives are written (outside git)")
    p.add_argument("--limit", type=int, default=300)
    p.add_argument("-v", "--verbose", action="store_true", help="list every negative answered")
    args = p.parse_args()
    articles, questions = load(args.data)
    negatives = generate(articles, questions, args.limit)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(n, ensure_ascii=False) + "\n" for n in negatives), "utf-8")
    kinds: dict[str, int] = {}
    for n in negatives:
        kinds[n["kind"]] = kinds.get(n["kind"], 0) + 1
    start = time.perf_counter()
    declined, answered = score(articles, negatives)
    print(f"{len(negatives)} hard negatives ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}) "
          f"written to {args.out}")
    print(f"declined: {declined:.3f} ({len(negatives) - len(answered)} of {len(negatives)}), "
          f"{time.perf_counter() - start:.0f} s")
    if args.verbose:
        for neg, sentence in answered:
            print(f"ANSWERED [{neg['kind']} {neg['old']}->{neg['new']}] {neg['q']} -> {sentence[:80]}")


if __name__ == "__main__":
    main()
