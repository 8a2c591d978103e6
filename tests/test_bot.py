"""End to end: the real Application, configured as `python -m bot` does, against the fake Bot API."""
from __future__ import annotations

import asyncio
import logging

from tests.support.app import Handled, buttons, job, settled_reingest, start_app, stop_app
from tests.support.telegram_rules import parse_html


async def test_commands_registered_at_start(env):
    api, _app, _s = env
    sent = (await api.wait_for("setMyCommands"))[0].params["commands"]
    assert {"start", "help", "search", "latest", "subscribe", "unsubscribe", "stats"} <= {c["command"] for c in sent}


async def test_private_question_gets_answer_with_bold_terms_and_sources(env):
    api, _app, _s = env
    await api.message(10, "吐鲁番市有多少个互嵌式村庄？")
    call = (await api.wait_for("sendMessage", chat_id=10))[0]
    text = call.params["text"]
    assert "138个" in parse_html(text) and "<b>" in text and "吐鲁番" in parse_html(text)
    assert any(b["callback_data"].startswith("rd:") for b in buttons(call))


async def test_paging_edits_the_same_message(env):
    api, _app, _s = env
    await api.message(11, "民族团结")
    first = (await api.wait_for("sendMessage", chat_id=11))[0]
    nxt = [b for b in buttons(first) if b["text"].startswith("下一页")]
    assert nxt and "第 1/" in first.params["text"]
    msg_id = max(m for (c, m) in api.messages if c == 11)
    await api.callback(11, msg_id, nxt[0]["callback_data"])
    edit = (await api.wait_for("editMessageText"))[0]
    assert "第 2/" in edit.params["text"] and int(edit.params["message_id"]) == msg_id
    assert any(b["text"].startswith("⬅️ 上一页") for b in buttons(edit))
    await api.wait_for("answerCallbackQuery")


async def test_read_full_long_article_in_several_valid_messages(env):
    api, app, _s = env
    done = Handled(app)
    await api.message(12, '"超长测试文章"')
    first = (await api.wait_for("sendMessage", chat_id=12))[0]
    read = [b for b in buttons(first) if b["callback_data"].startswith("rd:")][0]
    msg_id = max(m for (c, m) in api.messages if c == 12)
    await done.wait(await api.callback(12, msg_id, read["callback_data"]))  # every part sent
    parts = [parse_html(c.params["text"]) for c in api.of("sendMessage", 12)[1:]]
    assert len(parts) >= 2 and all(len(p) <= 4096 for p in parts)
    whole = "\n\n".join(parts)
    for i in range(1, 13):
        assert f"第{i}段：吐鲁番葡萄沟的<葡萄>&“瓜果”" in whole
    assert whole.index("第1段") < whole.index("第12段")


async def test_group_command_mention_and_silence(env):
    api, app, _s = env
    done = Handled(app)
    chatter = await api.message(-1001, "今天大家吃什么", kind="supergroup", user_id=5)
    await api.message(-1001, "/search@newsbot_test_bot 兵团精神", kind="supergroup", user_id=5)
    call = (await api.wait_for("sendMessage", chat_id=-1001))[0]
    assert "兵团精神" in parse_html(call.params["text"])
    await api.message(-1001, "@newsbot_test_bot 呼图壁县村民种植哪些蘑菇？", kind="supergroup", user_id=5)
    calls = await api.wait_for("sendMessage", count=2, chat_id=-1001)
    assert "茶树菇" in parse_html(calls[1].params["text"])
    await done.wait(chatter)
    assert len(api.of("sendMessage", -1001)) == 2  # the chatter got no reply


async def test_inline_query_pages_and_empty_query(env):
    api, _app, _s = env
    await api.inline("哈密瓜")
    first = (await api.wait_for("answerInlineQuery"))[0].params
    assert len(first["results"]) == 10 and first["next_offset"] == "2"
    await api.inline("哈密瓜", offset="2")
    second = (await api.wait_for("answerInlineQuery", count=2))[1].params
    assert len(second["results"]) == 4 and not second.get("next_offset")
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}
    await api.inline("")
    newest = (await api.wait_for("answerInlineQuery", count=3))[2].params
    assert newest["results"] and newest["results"][0]["title"] == "超长测试文章"


async def test_subscribe_digest_once_even_after_restart(env, tmp_path):
    api, app, settings = env
    await api.message(20, "/subscribe 00:00")
    assert "已订阅" in (await api.wait_for("sendMessage", chat_id=20))[0].params["text"]
    (tmp_path / "seeds" / "fresh.txt").write_text("## 吐鲁番葡萄节开幕\n\n本报讯 第三十届葡萄节开幕。\n", "utf-8")
    await asyncio.to_thread(app.bot_data.conversation.engine.ingest)
    digests = job(app, "digests")
    await digests.run(app)
    digest = (await api.wait_for("sendMessage", count=2, chat_id=20))[1].params
    assert "每日摘要" in digest["text"] and "吐鲁番葡萄节开幕" in digest["text"]
    assert "超长测试文章" not in digest["text"]  # only what arrived after subscribing
    await digests.run(app)
    await stop_app(app)
    again = await start_app(settings)
    await job(again, "digests").run(again)
    async with again.bot_data.digest_lock:  # a scheduled tick under way has finished too
        pass
    assert len(api.of("sendMessage", 20)) == 2
    env_app = again
    await stop_app(env_app)
    await app.initialize()  # let the fixture's teardown run on a live app
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()


async def test_digest_in_the_subscribers_script(env, tmp_path):
    """A subscriber whose Telegram language is traditional Chinese gets digests in
    traditional characters (the confirmation too); a simplified one's stay simplified."""
    api, app, _s = env
    await api.message(21, "/subscribe 00:00", language="zh-hant")
    assert "已訂閱" in (await api.wait_for("sendMessage", chat_id=21))[0].params["text"]
    await api.message(22, "/subscribe 00:00")
    await api.wait_for("sendMessage", chat_id=22)
    (tmp_path / "seeds" / "fresh.txt").write_text("## 吐鲁番葡萄节开幕\n\n本报讯 第三十届葡萄节开幕。\n", "utf-8")
    await asyncio.to_thread(app.bot_data.conversation.engine.ingest)
    await job(app, "digests").run(app)
    traditional = (await api.wait_for("sendMessage", count=2, chat_id=21))[1].params["text"]
    simplified = (await api.wait_for("sendMessage", count=2, chat_id=22))[1].params["text"]
    assert "每日摘要" in simplified and "吐鲁番葡萄节开幕" in simplified
    assert "吐鲁番葡萄节开幕" not in traditional and "吐魯番葡萄節開幕" in traditional and parse_html(traditional)


async def test_blocked_chat_is_unsubscribed(env, tmp_path):
    api, app, _s = env
    await api.message(30, "/subscribe 00:00 葡萄节")
    await api.wait_for("sendMessage", chat_id=30)
    (tmp_path / "seeds" / "fresh.txt").write_text("## 吐鲁番葡萄节开幕\n\n本报讯 第三十届葡萄节开幕。\n", "utf-8")
    await asyncio.to_thread(app.bot_data.conversation.engine.ingest)
    api.blocked.add(30)
    await job(app, "digests").run(app)
    assert app.bot_data.conversation.store.subscription(30) is None


async def test_429_is_waited_out_and_retried(env):
    api, _app, _s = env
    api.faults["sendMessage"] = [(429, 1)]
    await api.message(40, "兵团精神")
    calls = await api.wait_for("sendMessage", count=2, chat_id=40, timeout=15)
    assert calls[1].at - calls[0].at >= 0.9 and "兵团精神" in parse_html(calls[1].params["text"])


async def test_hostile_message_answered_with_valid_html(env):
    api, _app, _s = env
    await api.message(50, '<b>&"</b><script>')
    text = (await api.wait_for("sendMessage", chat_id=50))[0].params["text"]
    assert "&lt;script&gt;" in text and parse_html(text)


async def test_stale_or_forged_button_is_refused_politely(env):
    api, _app, _s = env
    await api.message(60, "/help")
    await api.wait_for("sendMessage", chat_id=60)
    msg_id = max(m for (c, m) in api.messages if c == 60)
    for data in ("pg:ffffffffffff:2", "rd:0000000000000000", "evil", "pg:../../etc:1"):
        await api.callback(60, msg_id, data)
    calls = await api.wait_for("answerCallbackQuery", count=4)
    assert all("失效" in c.params.get("text", "") for c in calls)


async def test_admin_only_reindex_and_stats(env):
    api, _app, _s = env
    await api.message(2, "/reindex")
    assert "仅限管理员" in (await api.wait_for("sendMessage", chat_id=2))[0].params["text"]
    await api.message(1, "/reindex")
    assert "更新完成" in (await api.wait_for("sendMessage", chat_id=1))[0].params["text"]
    await api.message(3, "/stats")
    text = (await api.wait_for("sendMessage", chat_id=3))[0].params["text"]
    assert "文章" in text and "未订阅" in text


async def test_token_never_logged(env, caplog):
    api, app, _s = env
    done = Handled(app)
    caplog.set_level(logging.DEBUG)
    api.faults["sendMessage"] = [(400, 0)]
    question = await api.message(70, "民族团结")
    await api.wait_for("sendMessage", count=2, chat_id=70)
    await done.wait(question)  # its last request logged
    assert "sendMessage" in caplog.text  # the request lines were logged...
    assert api.token not in caplog.text and api.token.split(":")[1] not in caplog.text  # ...redacted
    api.refused.clear()  # the 400 was ours


async def test_admin_manages_feeds_in_private_chat(env):
    from tests.support.feedserver import FeedServer, Route
    api, app, _s = env

    async def say(chat: int, text: str, **kw) -> str:
        before = len(api.of("sendMessage", chat))
        await api.message(chat, text, **kw)
        return parse_html((await api.wait_for("sendMessage", count=before + 1, chat_id=chat))[-1].params["text"])

    async def reindex() -> str:
        """The report of /reindex: a slow run (a loaded machine) edits it into its status message."""
        edits = len(api.of("editMessageText", 1))
        await Handled(app).wait(await api.message(1, "/reindex"))
        return parse_html((api.of("editMessageText", 1)[edits:] or api.of("sendMessage", 1))[-1].params["text"])

    with FeedServer() as srv:
        srv.routes["/rss"] = Route(b"oops", status=500)
        assert "仅限管理员" in await say(2, f"/addfeed {srv.url('/rss')}")
        assert "私聊" in await say(-1001, f"/addfeed {srv.url('/rss')}", kind="supergroup", user_id=1)
        assert (await say(1, "/addfeed ftp://nowhere")).startswith("用法：/addfeed")
        assert "已添加订阅源" in await say(1, f"/addfeed {srv.url('/rss')}")
        assert "等待下次更新" in await say(1, "/feeds")
        told = await reindex()
        assert "更新完成" in told and "有问题" in told  # the feed's failure is said, not hidden
        assert "订阅源抓取失败 1 个" in told and "HTTP 500" in told
        listed = await say(1, "/feeds")
        assert srv.url("/rss") in listed and "HTTP 500" in listed
        assert "没有编号为 9" in await say(1, "/delfeed 9")
        assert "已删除订阅源" in await say(1, "/delfeed 1")
        assert "还没有订阅源" in await say(1, "/feeds")


async def test_long_reindex_shows_progress_in_one_message_then_its_report(env):
    api, app, settings = env
    done = Handled(app)
    await settled_reingest(app)  # else its first run, a second after start, may take the new files
    for i in range(30):  # enough files for a status message
        (settings.seeds_dir / f"new_{i:02d}.txt").write_text(
            f"第{i}号测试新闻\n\n乌鲁木齐第{i}次举办葡萄节，游客{i * 7}人参加了活动。\n", "utf-8")
    await done.wait(await api.message(1, "/reindex"))
    sent = api.of("sendMessage", chat_id=1)
    assert len(sent) == 1 and "正在更新索引" in sent[0].params["text"]  # at once, not at the end
    status = max(m for (c, m) in api.messages if c == 1)  # the bot's message, sent after the command
    edits = api.of("editMessageText", chat_id=1)
    assert edits, "the status message was never edited"
    final = parse_html(edits[-1].params["text"])
    assert "更新完成" in final and "新增文件 30" in final  # the report took the status's place
    assert all(int(e.params["message_id"]) == status for e in edits)
