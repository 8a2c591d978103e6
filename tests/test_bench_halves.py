"""The tuning/check split of the realtext set (issue 26, point 2): every article and question
lands in exactly one half, questions follow their article, and a negative's two scripts
stay together, so nothing tuned on one half leaks into the other."""
from __future__ import annotations

import json

from bench.halves import split


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_halves_partition_articles_and_keep_questions_with_them(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    articles = [{"id": f"A{i}", "title": f"t{i}", "paragraphs": ["p"], "markers": ["m"]} for i in range(40)]
    questions = [{"q": f"q{i}", "article": f"A{i % 40}", "answers": ["x"]} for i in range(80)]
    negatives = [{"q": f"問{i}", "article": None, "answers": [f"ans{i}"], "set": "drcd"} for i in range(20)]
    negatives += [{"q": f"问{i}", "article": None, "answers": [f"ans{i}"], "set": "drcd-s"} for i in range(20)]
    _jsonl(data / "articles.jsonl", articles)
    _jsonl(data / "questions.jsonl", questions + negatives)
    counts = split(data, tmp_path / "out", seed=3)
    tune, check = (_read(tmp_path / "out" / h / "articles.jsonl") for h in ("tune", "check"))
    assert tune and check and {a["id"] for a in tune}.isdisjoint(a["id"] for a in check)
    assert len(tune) + len(check) == 40 and counts["tune"]["articles"] == len(tune)
    for half, arts in (("tune", tune), ("check", check)):
        qs = _read(tmp_path / "out" / half / "questions.jsonl")
        ids = {a["id"] for a in arts}
        assert all(q["article"] in ids for q in qs if q["article"])
        neg = [q for q in qs if not q["article"]]
        assert sorted(q["answers"][0] for q in neg if q["set"] == "drcd") == \
            sorted(q["answers"][0] for q in neg if q["set"] == "drcd-s")
    assert split(data, tmp_path / "again", seed=3) == counts  # seeded: the same split again
