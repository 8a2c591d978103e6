"""Issue 15, bot side: malformed updates, migrated chats, stale or repeated buttons, 429s
for one chat, a store that cannot be written, an index deleted under the bot. The fake
Bot API words each error as Telegram does."""
from __future__ import annotations

import asyncio
import logging
import shutil
import sqlite3

import pytest

from tests.support.app import Handled, job, settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.support.seeds import copy_seeds
from tests.support.telegram_rules import NOT_FOUND, TOO_OLD, parse_html

MANY = "\n\n".join(f"## 哈密瓜上市快讯{i}\n\n本报讯 哈密瓜第{i}批今日上市，销往全国{i}个城市。" for i in range(1, 15))


@pytest.fixture
async def bot(tmp_path):
    api = FakeBotAPI()
    await api.start()
    copy_seeds(tmp_path / "seeds")
    (tmp_path / "seeds" / "many.txt").write_text(MANY, "utf-8")
    settings = settings_for(api, tmp_path)
    app = await start_app(settings)
    yield api, app
    await stop_app(app)
    await api.stop()


def texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    return [parse_html(c.params["text"]) for c in api.of("sendMessage", chat_id, ok=True)]


def button(call, label: str) -> str:
    rows = (call.params.get("reply_markup") or {}).get("inline_keyboard", [])
    return next(b["callback_data"] for row in rows for b in row if b["text"].startswith(label))


async def first_page(api: FakeBotAPI, chat_id: int):
    await api.message(chat_id, "哈密瓜")
    call = (await api.wait_for("sendMessage", chat_id=chat_id))[0]
    msg_id = max(m for (c, m) in api.messages if c == chat_id)
    return call, msg_id


async def test_malformed_update_is_logged_once_without_text_and_skipped(bot, caplog):
    api, _app = bot
    caplog.set_level(logging.INFO)  # (PTB's own DEBUG lines dump whole requests)
    await api.push({"message": {"message_id": 99, "from": api.user(5), "text": "我的秘密口令是芝麻开门"}})
    await api.message(80, "兵团精神")
    assert "兵团精神" in (await api.wait_for("sendMessage", chat_id=80))[0].params["text"]
    polls = len(api.of("getUpdates"))
    await api.wait_for("getUpdates", count=polls + 3)  # more polls: the bad update is not re-offered or re-logged
    bad = [r for r in caplog.records if "malformed" in r.getMessage()]
    assert len(bad) == 1 and bad[0].levelno == logging.WARNING
    assert "message.chat" in bad[0].getMessage() and "99" in bad[0].getMessage()
    assert "芝麻开门" not in caplog.text and not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_digest_follows_a_group_migrated_to_a_supergroup(bot, caplog):
    api, app = bot
    store = app.bot_data.conversation.store
    store.subscribe(-555, "00:00", None, since=0.0)
    api.migrated[-555] = -1001234567
    await job(app, "digests").run(app)
    assert any("每日摘要" in t for t in texts(api, -1001234567))
    assert store.subscription(-555) is None and store.subscription(-1001234567) is not None
    await job(app, "digests").run(app)  # once a day, at the new id
    assert len(texts(api, -1001234567)) == 1
    api.refused.clear()


async def test_migrate_service_message_moves_the_subscription(bot):
    api, app = bot
    store = app.bot_data.conversation.store
    store.subscribe(-556, "08:00", "葡萄", since=0.0)
    await api.push({"message": {"message_id": 7, "date": 1, "chat": api.chat(-556, "group"),
                                "from": api.user(5), "migrate_to_chat_id": -1009}})
    for _ in range(100):
        if store.subscription(-1009):
            break
        await asyncio.sleep(0.05)
    assert store.subscription(-1009).query == "葡萄" and store.subscription(-556) is None


async def test_too_old_query_still_turns_the_page_and_sends_the_article(bot):
    api, _app = bot
    first, msg_id = await first_page(api, 90)
    api.fail_next("answerCallbackQuery", TOO_OLD)
    await api.callback(90, msg_id, button(first, "下一页"))
    edit = (await api.wait_for("editMessageText"))[0]
    assert "第 2/" in edit.params["text"]
    api.fail_next("answerCallbackQuery", TOO_OLD)
    await api.callback(90, msg_id, button(first, "阅读全文 1"))
    sent = await api.wait_for("sendMessage", count=2, chat_id=90)
    assert "哈密瓜" in parse_html(sent[1].params["text"]) and not any("抱歉" in t for t in texts(api, 90))
    api.refused.clear()


async def test_double_tap_is_silent_and_a_gone_message_gets_a_new_one(bot, caplog):
    api, app = bot
    done = Handled(app)
    first, msg_id = await first_page(api, 91)
    nxt = button(first, "下一页")
    tap = await api.callback(91, msg_id, nxt)
    double = await api.callback(91, msg_id, nxt)  # the double tap
    await api.wait_for("editMessageText", count=2)
    await api.wait_for("answerCallbackQuery", count=2)
    await done.wait(tap, double)
    assert len(texts(api, 91)) == 1 and not [r for r in caplog.records if r.levelno >= logging.ERROR]
    api.fail_next("editMessageText", NOT_FOUND)  # the user deleted the message meanwhile
    await api.callback(91, msg_id, nxt)
    sent = await api.wait_for("sendMessage", count=2, chat_id=91)
    assert "第 2/" in parse_html(sent[1].params["text"]) and not any("抱歉" in t for t in texts(api, 91))
    assert ("editMessageText", NOT_FOUND) in api.refused
    api.refused.clear()


async def test_a_429_for_one_chat_does_not_hold_up_another(bot):
    api, _app = bot
    api.chat_faults[100] = [3]  # the next message to chat 100: 429, retry after 3 s
    await api.message(100, "兵团精神")
    await api.wait_for("sendMessage", chat_id=100)  # refused with 429; chat 100 now waits
    await api.message(101, "吐鲁番市有多少个互嵌式村庄？")
    await api.wait_for("sendMessage", chat_id=101)
    retried = (await api.wait_for("sendMessage", count=2, chat_id=100, timeout=20))[1]
    other = api.of("sendMessage", 101, ok=True)[0]
    assert api.calls.index(other) < api.calls.index(retried)  # not queued behind chat 100's pause
    assert "兵团精神" in parse_html(retried.params["text"]) and retried.status == 200


async def test_answers_do_not_depend_on_a_store_write(bot, caplog):
    api, app = bot
    store = app.bot_data.conversation.store
    holder = sqlite3.connect(str(store.path), timeout=0)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the database
    try:
        await api.message(110, "哈密瓜")  # short: its page buttons carry the query itself
        call = (await api.wait_for("sendMessage", chat_id=110))[0]
        await api.message(111, "哈密瓜上市快讯 今日上市 销往全国 城市 本报讯 哈密瓜第")  # too long for a button
        long = (await api.wait_for("sendMessage", chat_id=111))[0]
    finally:
        holder.rollback()
        holder.close()
    assert "哈密瓜" in parse_html(call.params["text"]) and "第 1/5" in parse_html(long.params["text"])
    assert str(store.path) in caplog.text
    msg_id = max(m for (c, m) in api.messages if c == 110)
    await api.callback(110, msg_id, button(call, "下一页"))
    assert "第 2/" in (await api.wait_for("editMessageText"))[0].params["text"]
    rows = (long.params.get("reply_markup") or {}).get("inline_keyboard", [])
    assert not any(b["text"].startswith("下一页") for row in rows for b in row)  # left out


async def test_index_deleted_under_the_bot_is_rebuilt_and_answers_resume(bot):
    api, app = bot
    engine = app.bot_data.conversation.engine
    await api.message(120, "兵团精神")
    await api.wait_for("sendMessage", chat_id=120)
    shutil.rmtree(engine.index_dir)
    await api.message(120, "兵团精神")
    second = (await api.wait_for("sendMessage", count=2, chat_id=120))[1]
    assert "重建" in parse_html(second.params["text"])
    sent = 2
    for _ in range(120):  # the rebuild runs at once: until it is done each asker is told so, then answered
        await asyncio.sleep(0.5)
        await api.message(120, "兵团精神")
        sent += 1
        text = parse_html((await api.wait_for("sendMessage", count=sent, chat_id=120, timeout=30))[-1].params["text"])
        if "重建" not in text:
            break
    assert "兵团精神" in text
    await api.message(120, "/stats")
    assert "文章" in parse_html((await api.wait_for("sendMessage", count=sent + 1, chat_id=120))[-1].params["text"])


async def test_reindex_keeps_a_vanished_folder_until_reindex_full(bot, tmp_path):
    api, app = bot
    engine = app.bot_data.conversation.engine
    count = engine.stats().articles
    for f in (tmp_path / "seeds").iterdir():
        f.unlink()  # an unmounted volume looks like this
    await api.message(1, "/reindex")
    reply = parse_html((await api.wait_for("sendMessage", chat_id=1))[0].params["text"])
    assert "/reindex full" in reply and engine.stats().articles == count
    await api.message(1, "/reindex full")
    reply = parse_html((await api.wait_for("sendMessage", count=2, chat_id=1))[1].params["text"])
    assert "删除 6" in reply and engine.stats().articles == 0
