"""The dialogue corpus (tests/dialogues/dialogues.jsonl, issue 24 point 10), scored.

    python -m bench.dialogues [-v] [--cost]

Every dialogue runs through the terminal chat's code path (bot.terminal: the same
Conversation the Telegram bot uses) over an index built, in a temporary folder, from the
seed articles and the layout corpus. The clock is fixed: today is CLOCK_DAY in Beijing time,
and articles without a date were first seen on FIRST_SEEN. Each dialogue starts with a
fresh context (the chat's silence is made longer than bot.dialog.TTL between dialogues).
Prints the share of turns whose reply holds what the turn expects, per point of the issue
and overall; -v lists the failing turns with their replies. --cost times each typed
message through the conversation layer and as a plain search of the same text, and prints
the p95 of each, their ratio and the p95 of the added time.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from unittest import mock

from bot import buttons, commands, dialog, render, smalltalk, terminal
from bot.conversation import Conversation
from bot.dialog import TTL
from bot.render import Reply
from bot.store import open_store
from bot.telegram_io import in_script
from bot.terminal import LOCAL_CHAT
from search.engine import Engine
from search.index import ingest
from search.qa.when import BEIJING

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "dialogues" / "dialogues.jsonl"
SOURCES = (ROOT / "seeds", ROOT / "tests" / "layouts")
NOW = datetime(2024, 11, 20, 10, 0, tzinfo=BEIJING).timestamp()  # Wednesday 2024-11-20
FIRST_SEEN = datetime(2024, 2, 1, 9, 0, tzinfo=BEIJING).timestamp()  # undated articles
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


def build(base: Path) -> tuple[Path, Path]:
    """The seeds and the layout corpus copied into *base*/seeds and indexed into
    *base*/index, first seen at FIRST_SEEN; returns (seeds, index)."""
    seeds, index = base / "seeds", base / "index"
    seeds.mkdir(parents=True, exist_ok=True)
    for folder in SOURCES:
        for f in folder.iterdir():
            if f.is_file() and f.name != "expected.json":
                shutil.copy2(f, seeds / f.name)
    with mock.patch.object(ingest.time, "time", lambda: FIRST_SEEN):
        Engine(index, seeds, clock=lambda: NOW).ingest()
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
def terminal_chat(base: Path) -> Iterator[tuple[Conversation, Clock]]:
    """A Conversation as the terminal chat makes it, over the corpus index in *base*."""
    seeds, index = build(base)
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


def _answer_line(text: str) -> str:
    return text.split("💡", 1)[1].split("——", 1)[0] if "💡" in text else ""


@dataclass
class Check:
    """What one turn's replies are checked with."""

    conversation: Conversation
    titles: dict[str, str]
    said: str
    failures: list[str] = field(default_factory=list)

    def id_of(self, title: str) -> str:
        return resolve("{id:" + title + "}", self.titles)

    def kind(self, name: str) -> str:
        """The text the bot says for a polite non-search reply of this kind."""
        examples = self.conversation.examples()
        kinds: dict[str, Callable[[], Reply]] = {
            "greeting": lambda: render.talk.greeting(examples), "thanks": render.talk.thanks,
            "goodbye": render.talk.goodbye, "about": lambda: render.talk.about(examples),
            "howto": lambda: commands.help_text(examples),
            "no_words": lambda: render.talk.no_words(examples),
            "link": lambda: render.talk.link(self.said.strip(), True),
            "nothing_to_page": render.talk.nothing_to_page,
            "nothing_to_follow": render.nothing_to_follow,
            "summary_usage": render.summary_usage,
            "last_page": lambda: render.no_page(True), "first_page": lambda: render.no_page(False),
            "not_found": lambda: render.no_match(self.said, examples),
        }
        return render.terminal(kinds[name]().text, False)


def check(turn: dict[str, Any], replies: list[Reply], c: Check) -> list[str]:
    """Why *replies* do not hold what *turn* expects (empty when they do)."""
    want: dict[str, Any] = turn["expect"]
    text = "\n".join(plain(r) for r in replies)
    shown = [i for r in replies for i in listed(r)]
    why = []
    if "kind" in want and text != c.kind(want["kind"]):
        why.append(f"not the {want['kind']} reply")
    for title in _many(want.get("article")):
        if c.id_of(title) not in shown:
            why.append(f"article {title} not shown")
    if "top" in want and (not shown or shown[0] != c.id_of(want["top"])):
        why.append(f"{want['top']} not first")
    for fact in _many(want.get("answer")):
        if fact not in _answer_line(text):
            why.append(f"no answer holding {fact!r}")
    if want.get("no_answer") and "💡" in text:
        why.append("an answer was shown")
    if "page" in want and f"（第 {want['page']}/" not in text and f"（第 {want['page']} 页）" not in text:
        why.append(f"not page {want['page']}")
    if "summary" in want:
        told = c.conversation.engine.summary(c.id_of(want["summary"]))
        if told is None or render.terminal(render.summary(told).text, False) not in text:
            why.append(f"not the summary of {want['summary']}")
    for s in _many(want.get("contains")):
        if s not in text:
            why.append(f"missing {s!r}")
    for s in _many(want.get("absent")):
        if s in text:
            why.append(f"should not say {s!r}")
    for title in _many(want.get("not_article")):
        if c.id_of(title) in shown:
            why.append(f"article {title} shown")
    return why


def _many(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@dataclass
class Outcome:
    """One turn scored."""

    dialogue: str
    point: str
    said: str
    why: list[str]
    text: str
    asks: bool = False  # the turn expects an answer fact, or no answer at all


def run(conversation: Conversation, clock: Clock, dialogues: list[dict[str, Any]]) -> list[Outcome]:
    """Every turn of *dialogues* through the terminal chat, scored."""
    titles = ids_by_title(conversation)
    out = []
    for dialogue in dialogues:
        clock.silence()
        for turn in dialogue["turns"]:
            said = resolve(turn["say"], titles)
            replies = terminal_replies(conversation, said, turn.get("script"))
            why = check(turn, replies, Check(conversation, titles, said))
            asks = "answer" in turn["expect"] or "no_answer" in turn["expect"]
            out.append(Outcome(dialogue["id"], turn.get("point", dialogue["point"]), said, why,
                               "\n".join(plain(r) for r in replies), asks))
    return out


def report(outcomes: list[Outcome], verbose: bool) -> str:
    """Pass rate per point and overall; with *verbose*, the failures."""
    turns, passed = Counter(o.point for o in outcomes), Counter(o.point for o in outcomes if not o.why)
    lines = [f"{POINTS.get(p, p):45} {passed[p]:3}/{turns[p]:<3} {passed[p] / turns[p]:.2f}"
             for p in sorted(turns, key=lambda p: list(POINTS).index(p) if p in POINTS else 99)]
    total, ok = len(outcomes), sum(1 for o in outcomes if not o.why)
    dialogues = len({o.dialogue for o in outcomes})
    lines.append(f"{'overall (' + str(dialogues) + ' dialogues)':45} {ok:3}/{total:<3} {ok / total:.2f}")
    shown = [o for o in outcomes if o.asks and "💡" in o.text]
    wrong = sum(1 for o in shown if o.why)
    lines.append(f"{'wrong 💡 answers (of those shown)':44} {wrong:3}/{len(shown):<3} {wrong / max(len(shown), 1):.2f}")
    if verbose:
        for o in outcomes:
            if o.why:
                reply = o.text.replace("\n", " | ")[:300]
                lines.append(f"\nFAIL [{o.point}] {o.dialogue}: {o.said}\n  {'; '.join(o.why)}\n  reply: {reply}")
    return "\n".join(lines)


def score(verbose: bool = False) -> tuple[float, str]:
    """Build the index in a temporary folder, run the corpus; (pass rate, report)."""
    with tempfile.TemporaryDirectory() as tmp, terminal_chat(Path(tmp)) as (conversation, clock):
        outcomes = run(conversation, clock, load())
    rate = sum(1 for o in outcomes if not o.why) / len(outcomes)
    return rate, report(outcomes, verbose)


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


def cost(rounds: int = 3) -> str:
    """The conversation layer's cost per message against a plain search, p95 in ms."""
    with tempfile.TemporaryDirectory() as tmp, terminal_chat(Path(tmp)) as (conversation, clock):
        talked, searched = timings(conversation, clock, load(), rounds)
        typed = [t["say"] for d in load() for t in d["turns"] if not t["say"].startswith("/")]
        added = [min(understanding(conversation, text) for _ in range(rounds)) for text in typed]
    ms = 1000
    return (f"messages {len(talked)} (best of {rounds} runs each)\n"
            f"p95 conversation layer     {p95(talked) * ms:7.1f} ms\n"
            f"p95 plain search           {p95(searched) * ms:7.1f} ms\n"
            f"ratio of the p95s          {p95(talked) / p95(searched):7.2f}\n"
            f"p95 added per message      {p95(added) * ms:7.1f} ms (recognition, context, respelling check)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dialogues", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failing turns")
    parser.add_argument("--cost", action="store_true",
                        help="time each message through the conversation layer and as a plain search")
    args = parser.parse_args(argv)
    print(cost() if args.cost else score(args.verbose)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
