"""End to end through the fake Bot API: time words and sources in a chat (issue 24)."""
from __future__ import annotations

from tests.support.app import buttons
from tests.support.telegram_rules import parse_html


async def test_a_time_question_lists_that_month_and_says_which_days(env):
    api, _app, _s = env
    await api.message(20, "2023年11月的新闻")
    call = (await api.wait_for("sendMessage", chat_id=20))[0]
    text = parse_html(call.params["text"])
    assert "时间：2023年11月（2023-11-01 至 2023-11-30，北京时间）" in text
    assert "新疆吐鲁番市：融心、融情、融亲、融力促创建" in text and "共 1 篇" in text
    assert any(b["callback_data"].startswith("rd:") for b in buttons(call))


async def test_an_empty_window_and_an_absent_source_say_so(env):
    api, _app, _s = env
    await api.message(21, "2019年的新闻")
    empty = parse_html((await api.wait_for("sendMessage", chat_id=21))[0].params["text"])
    assert "「2019年」（2019-01-01 至 2019-12-31）没有相关文章。以下是最新的文章" in empty
    await api.message(22, "人民日报的新闻")
    absent = parse_html((await api.wait_for("sendMessage", chat_id=22))[0].params["text"])
    assert "没有来自「人民日报」的文章" in absent and "新疆维吾尔自治区民委" in absent
