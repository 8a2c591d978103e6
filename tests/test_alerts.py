"""Instant alerts through the real Application and the fake Bot API: rules in the search
syntax, pushed after each re-ingest, once per story, within the hourly cap and quiet
hours, into forum topics; and the terminal chat printing them with the same words."""
from __future__ import annotations

import dataclasses
import logging
import threading

from bot import alerts, render
from bot.conversation import Conversation
from bot.indexing import INGEST_LOCK
from bot.render.console import BOT
from bot.store import AlertChat, Push, SqliteStore
from bot.terminal import LOCAL_CHAT, Session, local_alerts
from tests.support.app import buttons, job
from tests.support.telegram_rules import parse_html

NEW = ("## 吐鲁番葡萄节开幕\n\n本报讯 第三十届吐鲁番葡萄节今天开幕，来自各地的游客品尝了二十多种葡萄。\n\n"
       "## 葡萄节广告招商\n\n葡萄节广告位招商，欢迎来电洽谈合作。\n\n"
       "## 哈密瓜丰收\n\n今年哈密瓜喜获丰收，瓜农忙着装车外运，产量比去年增加两成。\n")
REPRINT = "## 葡萄节盛大开幕（转载）\n\n新华社 第三十届吐鲁番葡萄节今天开幕，来自各地的游客品尝了二十多种葡萄。\n"
OLD_TITLE = "超长测试文章"  # in the index before any alert: never pushed


async def say(api, chat_id: int, text: str, **kw) -> str:
    """Send *text* and return the bot's reply to it."""
    before = len(api.of("sendMessage", chat_id))
    await api.message(chat_id, text, **kw)
    return (await api.wait_for("sendMessage", count=before + 1, chat_id=chat_id))[before].params["text"]


async def test_new_matching_articles_are_pushed_once_per_story(env, tmp_path):
    api, app, _s = env
    assert "已添加提醒 1" in await say(api, 50, "/alert 葡萄节 -广告")
    assert "已添加提醒 2" in await say(api, 50, "/alert 哈密瓜 | 葡萄节")
    assert "已有提醒" in await say(api, 50, "/alert 葡萄节 -广告")
    assert "已添加提醒 1" in await say(api, 51, "/alert 葡萄")  # another chat
    listed = await say(api, 50, "/alerts")
    assert "1. 葡萄节 -广告" in listed and "2. 哈密瓜 | 葡萄节" in listed
    sent = len(api.of("sendMessage", 50))
    (tmp_path / "seeds" / "fresh.txt").write_text(NEW, "utf-8")
    await job(app, "reingest").run(app)
    pushes = [c.params for c in api.of("sendMessage", 50)[sent:]]
    titles = sorted(t for p in pushes for t in ("吐鲁番葡萄节开幕", "哈密瓜丰收", "葡萄节广告招商") if t in p["text"])
    assert titles == ["吐鲁番葡萄节开幕", "哈密瓜丰收", "葡萄节广告招商"]  # the ad answers 哈密瓜 | 葡萄节 only
    fair = next(p for p in pushes if "吐鲁番葡萄节开幕" in p["text"])
    assert "<b>葡萄节</b>" in fair["text"] and "「葡萄节 -广告」、「哈密瓜 | 葡萄节」" in fair["text"]
    assert [b["text"] for b in buttons(api.of("sendMessage", 50)[sent + pushes.index(fair)])] == ["阅读全文"]
    assert all(OLD_TITLE not in p["text"] for p in pushes) and all(parse_html(p["text"]) for p in pushes)
    sent = len(api.of("sendMessage", 50))
    (tmp_path / "seeds" / "reprint.txt").write_text(REPRINT, "utf-8")
    await job(app, "reingest").run(app)  # a reprint of a story already pushed
    await job(app, "alerts").run(app)
    assert len(api.of("sendMessage", 50)) == sent
    other = [c.params["text"] for c in api.of("sendMessage", 51)]
    assert sum("吐鲁番葡萄节开幕" in t for t in other) == 1 and not any("转载" in t for t in other)


async def test_unalert_and_who_may_change_alerts_in_groups(env):
    api, _app, _s = env
    assert "管理员" in await say(api, -1005, "/alert 葡萄", kind="supergroup", user_id=6)
    api.admins[-1005] = {6}
    assert "已添加" in await say(api, -1005, "/alert 葡萄", kind="supergroup", user_id=6)
    assert "用法" in await say(api, -1005, "/unalert x", kind="supergroup", user_id=6)
    assert "没有编号为 3" in await say(api, -1005, "/unalert 3", kind="supergroup", user_id=6)
    assert "已删除提醒「葡萄」" in await say(api, -1005, "/unalert 1", kind="supergroup", user_id=6)
    assert "还没有提醒" in await say(api, -1005, "/alerts", kind="supergroup", user_id=7)
    for n in range(alerts.MOST_ALERTS):
        await say(api, 52, f"/alert 词{n}")
    assert "最多 20 个" in await say(api, 52, "/alert 再来一个")


async def test_past_the_hourly_cap_one_message_lists_the_rest(env, tmp_path):
    api, app, settings = env
    app.bot_data.set_up(app.bot_data.conversation, dataclasses.replace(settings, alerts_per_hour=2))
    await say(api, 53, "/alert 快讯")
    sent = len(api.of("sendMessage", 53))
    news = [("喀什", "古城灯会开幕"), ("伊犁", "薰衣草进入盛花期"), ("阿勒泰", "迎来首场降雪"),
            ("和田", "玉石交易会举办"), ("库尔勒", "香梨开始采摘")]
    (tmp_path / "seeds" / "news.txt").write_text("\n\n".join(
        f"## 快讯{i}：{place}\n\n本报讯 {place}{what}，快讯第{i}条。"
        for i, (place, what) in enumerate(news, 1)), "utf-8")
    await job(app, "reingest").run(app)
    await job(app, "alerts").run(app)  # a second look sends nothing more this hour
    calls = api.of("sendMessage", 53)[sent:]
    assert len(calls) == 3 and "另有 3 篇" in calls[2].params["text"]
    button = buttons(calls[2])[0]
    message_id = api.messages[(53, max(m for c, m in api.messages if c == 53))]["message_id"]
    await api.callback(53, message_id, button["callback_data"])
    listing = (await api.wait_for("sendMessage", count=len(api.of("sendMessage", 53)) + 1, chat_id=53))[-1]
    assert "超出上限的提醒" in listing.params["text"] and len(buttons(listing)) == 3


async def test_quiet_hours_hold_pushes(env, tmp_path):
    api, app, _s = env
    assert "用法" in await say(api, 54, "/quiet 25:00-07:00")
    await say(api, 54, "/alert 哈密瓜")
    assert "已设置免打扰：00:00-23:59" in await say(api, 54, "/quiet 0:00-23:59")
    sent = len(api.of("sendMessage", 54))
    (tmp_path / "seeds" / "fresh.txt").write_text(NEW, "utf-8")
    await job(app, "reingest").run(app)
    assert len(api.of("sendMessage", 54)) == sent
    assert "已取消免打扰" in await say(api, 54, "/quiet off")
    await job(app, "alerts").run(app)
    assert "哈密瓜丰收" in api.of("sendMessage", 54)[-1].params["text"]


def _push(article: str, found: float) -> Push:
    return Push(1, article, None, "葡萄", f"<b>{article}</b>", f"<b>{article}</b>", None, found)


def test_quiet_hours_end_with_one_message_and_the_cap_counts_the_hour():
    night = 1725120000.0  # 2024-09-01 00:00 Beijing time
    chat = AlertChat(1, "23:00-07:00")
    held = [_push("a", night + 60), _push("b", night + 120)]
    assert alerts.outgoing(chat, held, (0, 0), night + 3600, per_hour=10) == []  # 01:00: quiet
    morning = alerts.outgoing(chat, held + [_push("c", night + 8 * 3600)], (0, 0), night + 8 * 3600, 10)
    assert [(o.article_ids, o.state) for o in morning] == [(["a", "b"], "sent"), (["c"], "sent")]
    assert "免打扰期间" in morning[0].reply.text and len([b for r in morning[0].reply.buttons for b in r]) == 2
    capped = alerts.outgoing(AlertChat(1, None), [_push(x, night) for x in "defg"], (8, 0), night, 10)
    assert [(o.article_ids, o.state) for o in capped] == [(["d"], "sent"), (["e"], "sent"), (["f", "g"], "listed")]
    assert alerts.outgoing(AlertChat(1, None), [_push("h", night)], (10, 1), night, 10) == []  # waits an hour


async def test_alerts_and_digests_in_a_forum_topic(env, tmp_path, caplog):
    api, app, _s = env
    api.admins[-1009] = {8}
    reply = await say(api, -1009, "/alert 哈密瓜", kind="supergroup", user_id=8, topic=77)
    assert "已添加" in reply and str(api.of("sendMessage", -1009)[-1].params["message_thread_id"]) == "77"
    await say(api, -1009, "/subscribe 每周一 00:00 哈密瓜", kind="supergroup", user_id=8, topic=77)
    assert app.bot_data.conversation.store.subscription(-1009).thread_id == 77
    (tmp_path / "seeds" / "fresh.txt").write_text(NEW, "utf-8")
    await job(app, "reingest").run(app)
    push = api.of("sendMessage", -1009)[-1].params
    assert "哈密瓜丰收" in push["text"] and str(push["message_thread_id"]) == "77"
    api.closed_topics.add((-1009, 77))
    (tmp_path / "seeds" / "more.txt").write_text("## 哈密瓜外运\n\n哈密瓜专列今天发车，运往上海。\n", "utf-8")
    with caplog.at_level(logging.INFO, logger="bot.alert_jobs"):
        await job(app, "reingest").run(app)
    assert any("topic 77" in r.getMessage() and "closed or deleted" in r.getMessage() for r in caplog.records)
    store = app.bot_data.conversation.store
    assert store.alerts(-1009) == [] and store.subscription(-1009) is None
    api.refused.clear()  # the closed topic's refusal was the point


async def test_weekly_digest_entries_have_summaries_and_every_entry_a_button(env, tmp_path):
    api, app, _s = env
    assert "每周一 00:00" in await say(api, 55, "/subscribe 每周一 00:00")
    store = app.bot_data.conversation.store
    assert store.subscription(55).weekday == 0
    assert "每天 00:00" in await say(api, 56, "/subscribe 00:00")
    towns = [f"## 第{i}个小镇的新闻\n\n第{i}个特色小镇今年接待游客{i}万人次，当地农牧民靠发展乡村旅游、手工艺品和"
             "特色餐饮增加了收入，日子越过越红火，村里还新修了柏油路和文化广场。" for i in range(1, 13)]
    story = [REPRINT.replace("## 葡萄节盛大开幕（转载）", "## 葡萄节开幕"), REPRINT.replace("新华社", "天山网")]
    (tmp_path / "seeds" / "towns.txt").write_text("\n\n".join(towns + story), "utf-8")
    await job(app, "reingest").run(app)
    await job(app, "digests").run(app)
    digest = api.of("sendMessage", 56)[-1]
    assert "每日摘要" in digest.params["text"] and len(buttons(digest)) == 13  # 12 towns, one story told twice
    assert "另见" in digest.params["text"]
    summaries = [line for line in digest.params["text"].split("\n") if "特色小镇" in line]
    assert len(summaries) == 12 and all(len(s) <= 60 for s in summaries) and summaries[0].endswith("…")


def test_the_terminal_prints_alerts_with_the_words_of_telegram(fresh, tmp_path, capsys):
    chat = Conversation(fresh, SqliteStore(tmp_path / "s.sqlite3"))
    chat.ingest()
    chat.alert(LOCAL_CHAT, None, "哈密瓜")
    (fresh.seeds_dir / "fresh.txt").write_text(NEW, "utf-8")
    chat.ingest()
    [push] = chat.store.pushes(LOCAL_CHAT)
    local_alerts(chat, Session(bold=False))
    printed = capsys.readouterr().out
    telegram = render.terminal(push.text, False)
    assert printed.startswith(f"\n{BOT}🔔 ") and telegram in printed and "阅读全文：/read" in printed
    local_alerts(chat, Session(bold=False))  # shown once
    assert capsys.readouterr().out == ""
    chat.close_store()


def test_reindex_waits_for_another_ingest_so_no_new_article_slips_past(fresh, tmp_path):
    chat = Conversation(fresh, SqliteStore(tmp_path / "s.sqlite3"))
    chat.ingest()
    chat.alert(LOCAL_CHAT, None, "哈密瓜")
    other = SqliteStore(tmp_path / "s.sqlite3")  # another worker, in the middle of its ingest
    reindex = threading.Thread(target=chat.ingest)
    with other.singleton(INGEST_LOCK, wait=True):
        reindex.start()
        reindex.join(0.5)  # an ingest that does not wait would be over by now
        (fresh.seeds_dir / "fresh.txt").write_text(NEW, "utf-8")  # what the other ingest finds
    reindex.join()
    assert [p.text for p in chat.store.pushes(LOCAL_CHAT) if "哈密瓜丰收" in p.text]
    other.close()
    chat.close_store()
