"""Engines over invented articles written in a test (title line, blank line, text), and
the sentence an engine answers a question with."""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from search.engine import Engine


def engine_from(articles: Mapping[str, str], base: Path) -> Engine:
    """An engine over *articles* (title -> text), one file each in *base*/seeds, indexed
    in *base*/index."""
    seeds = base / "seeds"
    seeds.mkdir()
    for i, (title, text) in enumerate(articles.items()):
        (seeds / f"{i:02d}.txt").write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    engine = Engine(base / "index", seeds)
    engine.ingest()
    return engine


def answer_text(engine: Engine, question: str) -> str:
    """The sentence *engine* answers *question* with (the test fails when there is none)."""
    found = engine.ask(question)
    assert found is not None, question
    return found.sentence.text
