"""One behaviour in every front end: Telegram (against the fake Bot API) and the terminal."""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from zoneinfo import ZoneInfo

from bot import render
from bot.conversation import Conversation
from bot.store import SqliteStore
from bot.terminal import Session, respond
from tests.support.app import Handled, buttons, start_app, stop_app
from tests.support.seeds import ROOT
from tests.support.telegram_rules import parse_html


def last_id(api, chat_id: int) -> int:
    return max(m for (c, m) in api.messages if c == chat_id)


async def test_subscribe_rejects_an_impossible_time(env):
    api, app, _s = env
    await api.message(21, "/subscribe 25:99")
    text = parse_html((await api.wait_for("sendMessage", chat_id=21))[0].params["text"])
    assert "用法" in text and "/subscribe" in text
    assert app.bot_data.conversation.store.subscription(21) is None
    await api.message(21, "/subscribe 7:05 葡萄")
    assert "每天 07:05" in (await api.wait_for("sendMessage", count=2, chat_id=21))[1].params["text"]


async def test_only_group_admins_change_the_group_subscription(env):
    api, app, _s = env
    api.admins[-1002] = {8}
    store = app.bot_data.conversation.store
    await api.message(-1002, "/subscribe@newsbot_test_bot 08:30", kind="supergroup", user_id=9)
    refusal = (await api.wait_for("sendMessage", chat_id=-1002))[0].params["text"]
    assert "管理员" in refusal and store.subscription(-1002) is None
    await api.message(-1002, "/subscribe 08:30", kind="supergroup", user_id=8)
    assert "已订阅" in (await api.wait_for("sendMessage", count=2, chat_id=-1002))[1].params["text"]
    await api.message(-1002, "/unsubscribe", kind="supergroup", user_id=9)
    assert "管理员" in (await api.wait_for("sendMessage", count=3, chat_id=-1002))[2].params["text"]
    assert store.subscription(-1002) is not None
    asked = {(c.params["chat_id"], c.params["user_id"]) for c in api.of("getChatMember")}
    assert asked == {("-1002", "9"), ("-1002", "8")}


async def test_unknown_command_answered_in_private_ignored_in_groups(env):
    api, app, _s = env
    done = Handled(app)
    in_group = await api.message(-1003, "/frobnicate", kind="supergroup", user_id=5)
    await api.message(22, "/frobnicate now")
    text = parse_html((await api.wait_for("sendMessage", chat_id=22))[0].params["text"])
    assert "/frobnicate" in text and "/help" in text
    await done.wait(in_group)
    assert api.of("sendMessage", -1003) == []


async def test_read_command_in_telegram(env):
    api, _app, _s = env
    await api.message(23, "冲击地压")
    first = (await api.wait_for("sendMessage", chat_id=23))[0]
    article_id = [b["callback_data"][3:] for b in buttons(first) if b["callback_data"].startswith("rd:")][0]
    await api.message(23, f"/read {article_id}")
    article = parse_html((await api.wait_for("sendMessage", count=2, chat_id=23))[1].params["text"])
    assert "冲击地压" in article and len(article) > len(parse_html(first.params["text"])) / 2
    await api.message(23, "/read 0000000000000000")
    assert "没有编号" in (await api.wait_for("sendMessage", count=3, chat_id=23))[2].params["text"]


async def test_latest_pages(env):
    api, _app, _s = env
    await api.message(24, "/latest")
    first = (await api.wait_for("sendMessage", chat_id=24))[0]
    nxt = [b for b in buttons(first) if b["text"].startswith("下一页")]
    assert nxt and "第 1 页" in first.params["text"]
    await api.callback(24, last_id(api, 24), nxt[0]["callback_data"])
    edit = (await api.wait_for("editMessageText"))[0]
    assert "第 2 页" in edit.params["text"] and "6. " in parse_html(edit.params["text"])
    page1 = {b["callback_data"] for b in buttons(first) if b["callback_data"].startswith("rd:")}
    page2 = {b["callback_data"] for b in buttons(edit) if b["callback_data"].startswith("rd:")}
    assert page2 and not page1 & page2 and any(b["text"].startswith("⬅️") for b in buttons(edit))


async def test_stats_in_beijing_time(env):
    api, app, _s = env
    await api.message(25, "/stats")
    text = parse_html((await api.wait_for("sendMessage", chat_id=25))[0].params["text"])
    stamp = (app.bot_data.conversation.engine.index_dir / "last_ingest").read_text("utf-8").strip()
    beijing = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z").astimezone(ZoneInfo("Asia/Shanghai"))
    assert f"{beijing:%Y-%m-%d %H:%M}（北京时间）" in text and "+0000" not in text


async def test_traditional_chinese_users_get_traditional_replies(env):
    api, _app, _s = env
    await api.message(26, "吐鲁番市有多少个互嵌式村庄？", language="zh-hant")
    await api.message(27, "吐鲁番市有多少个互嵌式村庄？", language="zh-hans")
    tw = (await api.wait_for("sendMessage", chat_id=26))[0]
    cn = (await api.wait_for("sendMessage", chat_id=27))[0]
    assert "吐魯番" in tw.params["text"] and "個" in tw.params["text"] and "吐鲁番" not in tw.params["text"]
    assert "吐鲁番" in cn.params["text"]
    assert any(b["text"].startswith("閱讀全文") for b in buttons(tw))
    assert [b["callback_data"] for b in buttons(tw)] == [b["callback_data"] for b in buttons(cn)]
    await api.callback(26, last_id(api, 26), buttons(tw)[0]["callback_data"], language="zh-HK")
    article = (await api.wait_for("sendMessage", count=2, chat_id=26))[1].params["text"]
    assert "吐魯番" in article


async def test_command_menu_in_chinese_and_english(env):
    api, _app, _s = env
    calls = await api.wait_for("setMyCommands", count=2)
    by_language = {c.params.get("language_code", ""): c.params["commands"] for c in calls}
    assert set(by_language) == {"", "en"}
    assert [c["command"] for c in by_language[""]] == [c["command"] for c in by_language["en"]]
    assert "搜索文章" in {c["description"] for c in by_language[""]}
    assert "Search articles" in {c["description"] for c in by_language["en"]}


async def test_error_handler_logs_traceback_redacted_and_reports(env, caplog, monkeypatch):
    api, app, settings = env
    await stop_app(app)
    errors = await start_app(dataclasses.replace(settings, error_chat_id=-100999))
    caplog.set_level(logging.ERROR)

    def broken(text: str, searched=None):
        raise RuntimeError(f"boom with {settings.telegram_token}")

    monkeypatch.setattr(errors.bot_data.conversation, "answer", broken)
    try:
        await api.message(28, "民族团结")
        sorry = (await api.wait_for("sendMessage", chat_id=28))[0].params["text"]
        report = (await api.wait_for("sendMessage", chat_id=-100999))[0].params["text"]
    finally:
        await stop_app(errors)
        await app.initialize()  # the fixture's teardown stops this one
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        await app.start()
    assert "抱歉" in sorry and "RuntimeError" in report and settings.telegram_token not in report
    assert "Traceback" in caplog.text and "broken" in caplog.text
    assert settings.telegram_token not in caplog.text and settings.telegram_token.split(":")[1] not in caplog.text


def test_terminal_pages_reads_and_bold(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session(bold=True)
    first = respond(chat, "民族团结", session)[0]
    assert "第 1/" in first and render.BOLD_ON in first and "下一页（n）" in first
    second = respond(chat, "下一页", session)[0]
    assert "第 2/" in second and "上一页（p）" in second
    assert "第 1/" in respond(chat, "p", session)[0]
    assert "第 2/" in respond(chat, "n", session)[0]
    plain = Session(bold=False)
    text = respond(chat, "民族团结", plain)[0]
    assert "\033" not in text and "<b>" not in text and "第 1/" in text
    article_id = text.split("/read ")[1].split()[0].rstrip("；）|")
    shown = respond(chat, f"/read {article_id}", plain)[0]
    assert built.show(article_id).text.strip().split("\n")[0] in shown
    assert "/help" in respond(chat, "/reindexx", plain)[0]
    assert "已经是第一页了" in respond(chat, "上一页", plain)[0]
    chat.store.close()


def test_readme_sample_is_what_the_terminal_prints(built, tmp_path):
    readme = (ROOT / "README.md").read_text("utf-8")
    sample = readme.split("## A sample exchange")[1].split("```")[1]
    asked = sample.split("你> ")[1]
    question, shown = asked.split("\n", 1)
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    printed = "机器人> " + respond(chat, question, Session(bold=False))[0]
    chat.store.close()
    same_ids = re.sub(r"/read [0-9a-f]{16}", "/read ID", printed)
    assert re.sub(r"/read [0-9a-f]{16}", "/read ID", shown.strip()) == same_ids.strip()


async def test_subscribe_folds_full_width_times(env):
    api, app, _s = env
    store = app.bot_data.conversation.store
    await api.message(23, "/subscribe ２３：３０")
    assert "每天 23:30" in (await api.wait_for("sendMessage", chat_id=23))[0].params["text"]
    assert store.subscription(23).at == "23:30"
    await api.message(23, "/subscribe ０７：３０ 葡萄")
    assert "每天 07:30" in (await api.wait_for("sendMessage", count=2, chat_id=23))[1].params["text"]
    assert store.subscription(23).at == "07:30"


async def test_telegram_reads_lone_surrogates_as_replacement(env):
    """Valid JSON can carry a lone surrogate ("\\ud800"): the question is still answered,
    with the note the terminal and the command line give, and so is a command's text."""
    api, app, _s = env
    await api.message(24, "吐鲁番市有多少个互嵌式村庄\ud800？")
    text = (await api.wait_for("sendMessage", chat_id=24))[0].params["text"]
    assert render.INPUT_NOTE in text and "138个" in text
    await api.message(24, "/subscribe 08:00 葡萄\udfff节")
    assert "已订阅" in (await api.wait_for("sendMessage", count=2, chat_id=24))[1].params["text"]
    assert app.bot_data.conversation.store.subscription(24).query == "葡萄\ufffd节"
    await api.message(24, "下一个问题：兵团精神")
    assert render.INPUT_NOTE not in (await api.wait_for("sendMessage", count=3, chat_id=24))[2].params["text"]


async def test_addfeed_refuses_private_addresses_and_says_why(env):
    import dataclasses

    api, app, _s = env
    live = app.bot_data.conversation.engine.live
    live.limits = dataclasses.replace(live.limits, allow_hosts=frozenset())  # this bot names no local host
    refused = {"http://127.0.0.1/rss": "loopback", "http://localhost:8080/feed.xml": "loopback",
               "http://169.254.169.254/latest/meta-data/": "link-local", "http://[fe80::1]/rss": "link-local",
               "http://192.168.0.10/rss": "private"}
    for n, (url, kind) in enumerate(refused.items(), 1):
        await api.message(1, f"/addfeed {url}")
        text = parse_html((await api.wait_for("sendMessage", count=n, chat_id=1))[-1].params["text"])
        assert text.startswith("不能添加订阅源") and url in text and kind in text, text
    await api.message(1, "/feeds")
    assert "还没有订阅源" in (await api.wait_for("sendMessage", count=len(refused) + 1, chat_id=1))[-1].params["text"]
