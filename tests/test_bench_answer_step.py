"""bench.answer_step keeps each question's candidates as scored before their final order, so
`score` re-applies the passage re-rank with the parameters given: a re-rank variant scores in
seconds, without a new capture. Texts written for the tests (those of test_rerank)."""
from __future__ import annotations

import json
import pickle
from dataclasses import replace

from bench.answer_step import capture, reordered, tally
from search.params import RankingParams
from tests.test_rerank import _HISTORY, _SCATTERED, QUESTION


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_score_re_applies_the_passage_re_rank(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _jsonl(data / "articles.jsonl", [{"id": f"A{i}", "title": title, "paragraphs": lines}
                                     for i, (title, lines) in enumerate((_HISTORY, _SCATTERED))])
    _jsonl(data / "questions.jsonl", [{"q": QUESTION, "article": "A0", "answers": ["1998年"]}])
    capture(data, tmp_path / "cache.pkl", None)
    rows = pickle.loads((tmp_path / "cache.pkl").read_bytes())
    scored, _want = rows[0]["before"]
    assert [r.fields["title"] for r in scored][0] == _SCATTERED[0]  # whole-text scores: the short one first
    params = RankingParams()
    assert [r.fields["title"] for r in reordered(rows[0], params).ranked][0] == _HISTORY[0]
    assert tally(rows, params)["whole"]["right"] == 1
    flat = replace(params, window_weight=0.0)  # no re-rank: the short article answers, or none does
    assert [r.fields["title"] for r in reordered(rows[0], flat).ranked][0] == _SCATTERED[0]
    assert tally(rows, flat)["whole"]["right"] == 0
