"""Issue 29, point 10: answers while the index is rebuilt come from the last good index or say
that it is being rebuilt; never "nothing found" for a question the index answers."""
from __future__ import annotations

import itertools
import shutil

from bot.conversation import Conversation
from bot.store import SqliteStore
from search.engine import Engine
from tests.support.telegram_rules import parse_html
from tests.test_bot_survives import bot  # noqa: F401 (the fixture: the seeds, a running bot)

QUESTION = "兵团精神"
NOT_FOUND = "没有找到"
READERS = itertools.count(1000)  # a new reader for each question: none of them meets the flood limit


async def _ask(api) -> str:
    chat_id = next(READERS)
    await api.message(chat_id, QUESTION)
    return parse_html((await api.wait_for("sendMessage", chat_id=chat_id, timeout=60))[-1].params["text"])


async def test_answers_during_reindex_full_come_from_the_last_good_index(bot):  # noqa: F811
    api, app = bot
    await api.message(1, "/reindex full")
    replies = []
    while not api.of("sendMessage", 1):  # until /reindex full reports
        replies.append(await _ask(api))
    print(f"\n{len(replies)} questions answered during /reindex full")
    assert replies and all(NOT_FOUND not in r and QUESTION in r for r in replies), replies


async def test_answers_while_a_deleted_index_is_rebuilt_never_say_nothing_found(bot):  # noqa: F811
    api, app = bot
    engine = app.bot_data.conversation.engine
    shutil.rmtree(engine.index_dir)
    replies = [await _ask(api)]  # finds the index gone: the rebuild starts
    while not replies[-1].count(QUESTION) > 1 or engine.rebuilding:
        replies.append(await _ask(api))
    during = [r for r in replies if "重建" in r]
    print(f"\n{len(replies)} questions while rebuilding, {len(during)} told so")
    assert not [r for r in replies if NOT_FOUND in r], replies
    assert len(during) >= 1


def test_a_question_searched_while_the_build_ends_is_not_told_nothing_found(tmp_path):
    """The build may end between the search (of an index still empty) and the reply: the
    reader is told the index is being rebuilt, not that nothing matches."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()  # an index that opens and holds nothing yet, as at a rebuild's start
    searched = engine.query

    def build_ends_meanwhile(*args, **kw):
        found = searched(*args, **kw)
        engine.building.clear()
        return found

    engine.query = build_ends_meanwhile  # type: ignore[method-assign]
    chat = Conversation(engine, SqliteStore(tmp_path / "s.sqlite3"))
    try:
        engine.building.set()
        assert "重建" in chat.answer(QUESTION).text
        assert NOT_FOUND in chat.answer(QUESTION).text  # built, and it holds nothing
    finally:
        chat.store.close()
        engine.close()
