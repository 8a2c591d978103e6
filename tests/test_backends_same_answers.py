"""Whoosh and PostgreSQL give the same answers: every seed question (tests/data/eval) asked
through both backends over the seed files gives the same top article, the same answer
sentence, and the same declined questions. Ranking, answers and snippets are written once
above the backends, so a difference here is a backend retrieving or scoring differently."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from search.engine import Engine
from search.index.backends.postgres.backend import PostgresBackend
from search.index.backends.whoosh.backend import WhooshBackend
from tests.support.seeds import copy_seeds

QUESTIONS = Path(__file__).parent / "data" / "eval" / "seed_questions.jsonl"


def questions() -> list[str]:
    return [json.loads(line)["q"] for line in QUESTIONS.read_text("utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def engines(pg_server, tmp_path_factory):
    """One engine per backend over the same copy of the seeds, both ingested."""
    tmp = tmp_path_factory.mktemp("same")
    seeds = copy_seeds(tmp / "seeds")
    pg = PostgresBackend(pg_server.new_database("same_answers"))
    both = {"whoosh": Engine(tmp / "index", seeds, backend=WhooshBackend(tmp / "index")),
            "postgres": Engine(tmp / "unused", seeds, backend=pg)}
    for engine in both.values():
        report = engine.ingest()
        assert report.articles_added > 0
    yield both
    pg.close()


@pytest.mark.parametrize("question", questions())
def test_same_top_article_and_answer(engines, question):
    pages = {name: e.query(question) for name, e in engines.items()}
    (w_page, w_answer), (p_page, p_answer) = pages["whoosh"], pages["postgres"]
    assert [h.id for h in p_page.hits[:1]] == [h.id for h in w_page.hits[:1]]
    assert (p_answer.sentence if p_answer else None) == (w_answer.sentence if w_answer else None)


def test_same_articles_stored(engines):
    ids = {name: sorted(d["id"] for d in e.backend.iter_documents()) for name, e in engines.items()}
    assert ids["postgres"] == ids["whoosh"] and ids["whoosh"]


@pytest.mark.parametrize("typed", ["吐鲁翻", "昌吉洲", "tulufan", "changji", "吐鲁香", "jinnian"])
def test_same_respellings(engines, typed):
    pages = {name: e.query(typed, 1, 5)[0] for name, e in engines.items()}
    assert pages["postgres"].correction == pages["whoosh"].correction is not None
    assert [h.id for h in pages["postgres"].hits] == [h.id for h in pages["whoosh"].hits]
