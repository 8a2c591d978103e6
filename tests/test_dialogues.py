"""The dialogue corpus (tests/dialogues/, issue 24 point 10): the terminal chat and the
Telegram bot give the same replies turn by turn, and the corpus's pass rate does not fall."""
from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bench import dialogues as corpus
from tests.support.app import Handled, settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.support.telegram_rules import parse_html

# Measured when the corpus was written (102 dialogues, 145 turns): 124 turns pass (0.855);
# with the typos branch, small talk about the bot and sources said with a time or as
# keywords: 131 (0.903). With pronoun and subjectless follow-ups, swaps naming the new place and
# the article's own date for 具体是哪天 (104 dialogues, 151 turns): 149 (0.987).
# With slips inside longer queries and the article's day and source asked after an answer
# (109 dialogues, 165 turns): 165 (1.00).
# The rate may rise; it must not fall.
FLOOR = 0.98
LANGUAGES = {None: "zh-hans", "s2tw": "zh-hant", "s2hk": "zh-hk"}  # a turn's script, as a Telegram user's language
FIRST_CHAT = 5000  # dialogue i runs in private chat FIRST_CHAT + i, from user FIRST_CHAT + i


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    """The corpus's seeds and index (seeds + layouts, first seen at corpus.FIRST_SEEN), built once."""
    base = tmp_path_factory.mktemp("dialogues")
    corpus.build(base)
    return base


def copy_of(built: Path, dest: Path) -> Path:
    for name in ("seeds", "index"):  # copies keep mtimes: the index is up to date
        shutil.copytree(built / name, dest / name)
    return dest


def terminal_texts(base: Path, dialogues: list[dict]) -> list[list[str]]:
    """Each turn's replies through the terminal chat's dispatch, as plain text."""
    out = []
    with corpus.terminal_chat(base) as (conversation, clock):
        titles = corpus.ids_by_title(conversation)
        for dialogue in dialogues:
            clock.silence()
            for turn in dialogue["turns"]:
                replies = corpus.terminal_replies(conversation, corpus.resolve(turn["say"], titles), turn.get("script"))
                out.append([corpus.plain(r) for r in replies])
    return out


async def telegram_texts(base: Path, dialogues: list[dict]) -> list[list[str]]:
    """Each turn's replies from the real Application against the fake Bot API, as plain text:
    dialogue i in its own private chat, from a user who is an admin (as at the terminal)."""
    api = FakeBotAPI()
    await api.start()
    users = frozenset(FIRST_CHAT + i for i in range(len(dialogues)))
    app = await start_app(replace(settings_for(api, base), admin_ids=users))
    handled = Handled(app)
    engine = app.bot_data.conversation.engine
    engine.clock = lambda: corpus.NOW  # today is the corpus's day
    titles = {h.title: h.id for h in engine.latest(10_000)}
    out = []
    try:
        for i, dialogue in enumerate(dialogues):
            chat = FIRST_CHAT + i
            for turn in dialogue["turns"]:
                before = len(api.of("sendMessage", chat))
                update = await api.message(chat, corpus.resolve(turn["say"], titles),
                                           language=LANGUAGES[turn.get("script")])
                await handled.wait(update)
                out.append([parse_html(c.params["text"]) for c in api.of("sendMessage", chat)[before:]])
    finally:
        await stop_app(app)
        await api.stop()
    assert api.refused == [], api.refused
    return out


def test_the_corpus_covers_every_point_with_80_dialogues():
    dialogues = corpus.load()
    assert len(dialogues) >= 80
    points = {turn.get("point", d["point"]) for d in dialogues for turn in d["turns"]}
    assert set(corpus.POINTS) <= points


async def test_telegram_and_the_terminal_give_the_same_replies(built, tmp_path):
    """All dialogues, turn by turn: the same text (markup and buttons aside)."""
    dialogues = corpus.load()
    terminal = terminal_texts(copy_of(built, tmp_path / "terminal"), dialogues)
    telegram = await telegram_texts(copy_of(built, tmp_path / "telegram"), dialogues)
    said = [turn["say"] for d in dialogues for turn in d["turns"]]
    differ = [(s, a, b) for s, a, b in zip(said, terminal, telegram, strict=True) if a != b]
    assert differ == []


def test_the_pass_rate_does_not_fall_below_the_measured_one():
    rate, text = corpus.score(verbose=True)
    assert rate >= FLOOR, text
