"""The conversation layer's cost per message, against a plain search of the same text in
the same run (issue 24: at most 10 ms p95 added at 10,000 articles).

    python -m bench.dialogues --cost [--articles N] [--work DIR] [--show N]

Every typed message of the dialogue corpus (commands left out) is timed, the best of a few
runs, through the conversation layer and as a plain search of the same text. The index is
the corpus's own (seeds and layout corpus) or, with --articles N, the corpus with synthetic
articles (bench/corpus.py) added up to about N in all. --work DIR keeps that index in DIR,
built once and reused (10,000 articles take minutes to index). --show N lists the N
messages with the largest differences.
"""
from __future__ import annotations

import math
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.dialogues_corpus import SOURCES, Clock, ids_by_title, load, resolve, terminal_chat, terminal_replies
from bot import dialog, render, smalltalk
from bot.conversation import Conversation
from bot.terminal import LOCAL_CHAT
from search.sources.files import UnreadableFile, load_articles

MS = 1000


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank) of *values*."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timings(conversation: Conversation, clock: Clock, dialogues: list[dict[str, Any]],
            rounds: int) -> tuple[list[float], list[float]]:
    """Seconds per typed message (commands left out), the best of *rounds* runs of the
    corpus: through the conversation layer (small talk, the chat's context in the Store,
    follow-ups, time, sources, respelling), and as a plain search of the same text (the
    engine's ranking and answer without respelling, rendered)."""
    titles = ids_by_title(conversation)
    said = [resolve(t["say"], titles) for d in dialogues for t in d["turns"]]
    talked, searched = [math.inf] * len(said), [math.inf] * len(said)
    for _ in range(rounds):
        i = 0
        for dialogue in dialogues:
            clock.silence()
            for _turn in dialogue["turns"]:
                t = time.perf_counter()
                terminal_replies(conversation, said[i])
                talked[i] = min(talked[i], time.perf_counter() - t)
                t = time.perf_counter()
                found, answer = conversation.engine._query(said[i], 1, render.PER_PAGE, True)  # noqa: SLF001
                render.results(None, found, answer)
                searched[i] = min(searched[i], time.perf_counter() - t)
                i += 1
    typed = [i for i, s in enumerate(said) if not s.startswith("/")]
    return [talked[i] for i in typed], [searched[i] for i in typed]


def understanding(conversation: Conversation, text: str) -> float:
    """Seconds of what every message now costs before anything is searched: small talk and
    follow-ups recognised, the chat's context read from and written to the Store, and the
    respelling check (one-character slips included, as for a query that found nothing)."""
    t = time.perf_counter()
    smalltalk.recognise(text)
    dialog.recognise(text)
    context = conversation.dialogs.load(LOCAL_CHAT)
    conversation.dialogs.save(LOCAL_CHAT, context)
    conversation.engine.speller.suggest(conversation.engine.backend.reader(), text, slips=True)
    return time.perf_counter() - t


def corpus_articles() -> int:
    """How many articles the seeds and the layout corpus hold."""
    count = 0
    for folder in SOURCES:
        for f in folder.iterdir():
            if f.is_file() and f.name != "expected.json":
                try:
                    count += len(load_articles(f.name, f.read_bytes()))
                except UnreadableFile:
                    continue
    return count


def slowest(typed: list[str], talked: list[float], searched: list[float], show: int) -> str:
    """The *show* messages the conversation layer adds most to, one line each (ms)."""
    rows = sorted(zip(typed, talked, searched, strict=True), key=lambda r: r[2] - r[1])[:show]
    return "".join(f"\n{(a - b) * MS:7.1f} ms more ({a * MS:6.1f} vs {b * MS:6.1f})  {t}" for t, a, b in rows)


def cost(rounds: int = 3, articles: int = 0, work: Path | None = None, show: int = 0) -> str:
    """The conversation layer's cost per message against a plain search, p95 in ms, over
    the corpus's index or (*articles*) one of about that many articles, kept in *work*;
    *show*: that many messages with the largest differences listed too."""
    more = max(0, articles - corpus_articles()) if articles else 0
    with tempfile.TemporaryDirectory() as tmp, terminal_chat(work or Path(tmp), more) as (conversation, clock):
        indexed = conversation.engine.stats().articles
        talked, searched = timings(conversation, clock, load(), rounds)
        typed = [t["say"] for d in load() for t in d["turns"] if not t["say"].startswith("/")]
        added = [min(understanding(conversation, text) for _ in range(rounds)) for text in typed]
    more_than = [a - b for a, b in zip(talked, searched, strict=True)]
    return (f"articles indexed {indexed}; messages {len(talked)} (best of {rounds} runs each)\n"
            f"p95 conversation layer     {p95(talked) * MS:7.1f} ms\n"
            f"p95 plain search           {p95(searched) * MS:7.1f} ms\n"
            f"ratio of the p95s          {p95(talked) / p95(searched):7.2f}\n"
            f"p95 of each message's difference (conversation - plain search) {p95(more_than) * MS:7.1f} ms\n"
            f"p95 added per message      {p95(added) * MS:7.1f} ms (recognition, context, respelling check)"
            + slowest(typed, talked, searched, show))
