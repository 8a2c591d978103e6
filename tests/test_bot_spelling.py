"""End to end through the fake Bot API: typos and pinyin in a chat and in inline mode (issue 24)."""
from __future__ import annotations

from tests.support.app import buttons
from tests.support.telegram_rules import parse_html


async def test_a_sure_respelling_is_searched_and_the_reply_says_so(env):
    api, _app, _s = env
    await api.message(30, "吐鲁翻")
    text = parse_html((await api.wait_for("sendMessage", chat_id=30))[0].params["text"])
    assert "已按「吐鲁番」搜索。" in text and "新疆吐鲁番市：融心、融情、融亲、融力促创建" in text
    await api.message(31, "tulufan")
    assert "已按「吐鲁番」搜索。" in parse_html((await api.wait_for("sendMessage", chat_id=31))[0].params["text"])


async def test_an_unsure_respelling_asks_and_its_button_searches_it(env):
    api, _app, _s = env
    await api.message(32, "jinnian")  # 近年 or 今年: nothing found, two words sound alike
    first = (await api.wait_for("sendMessage", chat_id=32))[0]
    assert "没有找到与「jinnian」相关的文章。你是不是要找「近年」？" in parse_html(first.params["text"])
    ask = [b for b in buttons(first) if b["callback_data"].startswith("sp:")]
    assert len(ask) == 1 and "近年" in ask[0]["text"]
    msg_id = max(m for (c, m) in api.messages if c == 32)
    await api.callback(32, msg_id, ask[0]["callback_data"])
    edit = parse_html((await api.wait_for("editMessageText"))[0].params["text"])
    assert "相关文章" in edit and "近年" in edit and "你是不是要找" not in edit and "已按" not in edit
    await api.wait_for("answerCallbackQuery")


async def test_inline_mode_applies_a_sure_respelling_silently(env):
    api, _app, _s = env
    await api.inline("tulufan")
    results = (await api.wait_for("answerInlineQuery"))[0].params["results"]
    assert results and any("吐鲁番" in r["title"] for r in results)
