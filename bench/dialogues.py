"""The dialogue corpus (tests/dialogues/dialogues.jsonl, issue 24 point 10), scored.

    python -m bench.dialogues [-v] [--cost [--articles N] [--work DIR] [--show N]]

Every dialogue runs through the terminal chat's code path (bot.terminal: the same
Conversation the Telegram bot uses) over an index built, in a temporary folder, from the
seed articles and the layout corpus (bench/dialogues_corpus.py). The clock is fixed: today
is NOW in Beijing time, and articles without a date were first seen on FIRST_SEEN.
Each dialogue starts with a fresh context (the chat's silence is made longer than
bot.dialog.TTL between dialogues). Prints the share of turns whose reply holds what the
turn expects, per point of the issue and overall; -v lists the failing turns with their
replies. --cost times each typed message through the conversation layer and as a plain
search of the same text (bench/dialogues_cost.py), over this index or, with --articles N,
one of about N articles; --show N lists the N messages it adds most to.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dialogues_corpus import (  # re-exported: the tests read the corpus through this module
    CORPUS,
    FIRST_SEEN,
    NOW,
    POINTS,
    SOURCES,
    Clock,
    build,
    ids_by_title,
    listed,
    load,
    plain,
    resolve,
    terminal_chat,
    terminal_replies,
)
from bench.dialogues_cost import cost
from bot import commands, render
from bot.conversation import Conversation
from bot.render import Reply

__all__ = ["CORPUS", "FIRST_SEEN", "NOW", "POINTS", "SOURCES", "Clock", "build", "check", "cost", "ids_by_title",
           "listed", "load", "plain", "resolve", "run", "score", "terminal_chat", "terminal_replies"]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dialogues", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the failing turns")
    parser.add_argument("--cost", action="store_true",
                        help="time each message through the conversation layer and as a plain search")
    parser.add_argument("--articles", type=int, default=0, metavar="N",
                        help="--cost over an index of about N articles (the corpus and synthetic ones)")
    parser.add_argument("--work", type=Path, metavar="DIR", help="keep that index in DIR and reuse it")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="--cost also lists the N messages the conversation layer adds most to")
    args = parser.parse_args(argv)
    print(cost(articles=args.articles, work=args.work, show=args.show) if args.cost else score(args.verbose)[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
