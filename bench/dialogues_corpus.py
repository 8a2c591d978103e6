"""The dialogue corpus's data (tests/dialogues/dialogues.jsonl) and the chat it runs in:
the corpus read, its index built (seeds and layout corpus, optionally with synthetic
articles), the terminal chat's Conversation over it with a fixed clock, and the replies to
one typed line. bench/dialogues.py scores the corpus, bench/dialogues_cost.py times it."""
from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from unittest import mock

from bench.corpus import generate, write_corpus
from bot import buttons, render, terminal
from bot.conversation import Conversation
from bot.dialog import TTL
from bot.render import Reply
from bot.store import open_store
from bot.telegram_io import in_script
from search.engine import Engine
from search.index import ingest
from search.qa.when import BEIJING

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "dialogues" / "dialogues.jsonl"
SOURCES = (ROOT / "seeds", ROOT / "tests" / "layouts")
NOW = datetime(2024, 11, 20, 10, 0, tzinfo=BEIJING).timestamp()  # Wednesday 2024-11-20
FIRST_SEEN = datetime(2024, 2, 1, 9, 0, tzinfo=BEIJING).timestamp()  # undated articles
BUILT = "built"  # the file saying an index in a folder is complete (and with how many more articles)
POINTS = {  # the corpus's point names, in the order
    "smalltalk": "1 small talk, meta questions, typed paging",
    "time": "2 time",
    "sources": "3 sources",
    "followups": "4 follow-ups",
    "summaries": "5 summaries",
    "typos": "6 typos and pinyin",
    "definitions": "7 definitional questions",
    "honest": "8 answers hold what was asked",
    "traditional": "9 traditional script",
}
_PLACEHOLDER = re.compile(r"\{id:([^}]+)\}")


def load(path: Path = CORPUS) -> list[dict[str, Any]]:
    """The dialogues, one JSON object a line (blank lines and # comments skipped)."""
    lines = path.read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]


def build(base: Path, more: int = 0) -> tuple[Path, Path]:
    """The seeds and the layout corpus copied into *base*/seeds, with *more* synthetic
    articles (bench/corpus.py) beside them, and indexed into *base*/index, first seen at
    FIRST_SEEN; returns (seeds, index). An index already built there is kept."""
    seeds, index = base / "seeds", base / "index"
    if (base / BUILT).exists():
        built = int((base / BUILT).read_text("utf-8"))
        if built != more:
            raise ValueError(f"{base} holds the corpus with {built} synthetic articles, not {more}")
        return seeds, index
    seeds.mkdir(parents=True, exist_ok=True)
    for folder in SOURCES:
        for f in folder.iterdir():
            if f.is_file() and f.name != "expected.json":
                shutil.copy2(f, seeds / f.name)
    if more:
        write_corpus(generate(more, ROOT / "seeds"), seeds)
    with mock.patch.object(ingest.time, "time", lambda: FIRST_SEEN):
        Engine(index, seeds, clock=lambda: NOW).ingest()
    (base / BUILT).write_text(f"{more}\n", "utf-8")
    return seeds, index


class Clock:
    """The chat's clock: NOW, moved on past the context's expiry between dialogues."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> float:
        return self.now

    def silence(self) -> None:
        self.now += TTL + 60


@contextmanager
def terminal_chat(base: Path, more: int = 0) -> Iterator[tuple[Conversation, Clock]]:
    """A Conversation as the terminal chat makes it, over the corpus index in *base* (with
    *more* synthetic articles)."""
    seeds, index = build(base, more)
    clock = Clock()
    engine = Engine(index, seeds, clock=lambda: NOW)
    store = open_store("", base)
    try:
        yield Conversation(engine, store, clock), clock
    finally:
        engine.close()
        store.close()


def ids_by_title(conversation: Conversation) -> dict[str, str]:
    """Every article's title to its id."""
    return {h.title: h.id for h in conversation.engine.latest(10_000)}


def resolve(said: str, titles: dict[str, str]) -> str:
    """*said* with each {id:TITLE} replaced by the id of the article so titled (its start)."""
    def one(m: re.Match[str]) -> str:
        found = [i for t, i in titles.items() if t.startswith(m.group(1))]
        if len(found) != 1:
            raise ValueError(f"{m.group(1)!r} names {len(found)} articles")
        return found[0]
    return _PLACEHOLDER.sub(one, said)


def terminal_replies(conversation: Conversation, said: str, script: str | None = None) -> list[Reply]:
    """The replies to one typed line, by the terminal chat's dispatch; in traditional
    characters by OpenCC *script* as the Telegram bot gives them to such users."""
    replies = terminal._turn(conversation, said, terminal.Session())  # noqa: SLF001 (its dispatch)
    return [in_script(r, script) for r in replies] if script else replies


def plain(reply: Reply) -> str:
    """A reply's text without markup."""
    return render.terminal(reply.text, False)


def listed(reply: Reply) -> list[str]:
    """The ids of the articles a reply shows (its read buttons), the one it is about first."""
    shown = [i for row in reply.buttons for b in row if (i := buttons.article_id(b.data))]
    return ([reply.about] if reply.about else []) + [i for i in shown if i != reply.about]
