"""Talking with the bot as a reader does: small talk and questions about the bot get
replies instead of searches, example searches come from the index as it is, typed page
words turn the page, and traditional script keeps the articles' words. Through the real
Application against the fake Bot API, and through the terminal chat."""
from __future__ import annotations

import asyncio
import re

from bot.conversation import Conversation
from bot.smalltalk import Talk, recognise
from bot.store import SqliteStore
from bot.terminal import Session, respond
from search.engine import Engine
from tests.support.app import Handled, buttons, job
from tests.support.telegram_rules import parse_html

BOT = "@newsbot_test_bot"
NOT_A_SEARCH = ("相关文章（第", "没有找到")  # what a search reply says


async def said(api, chat_id: int, text: str, **kw) -> str:
    """Send *text* to the bot in *chat_id* and return its reply as the user reads it."""
    before = len(api.of("sendMessage", chat_id))
    await api.message(chat_id, text, **kw)
    return parse_html((await api.wait_for("sendMessage", count=before + 1, chat_id=chat_id))[-1].params["text"])


def bullets(text: str) -> list[str]:
    """The example searches listed in a reply."""
    return re.findall(r"^• (.+)$", text, re.M)


def shows_its_article(engine: Engine, example: str) -> bool:
    """Searching *example* lists, on the first page, one of the newest articles whose title holds it."""
    newest = {h.id for h in engine.latest(8)}
    return any(h.id in newest and example in h.title for h in engine.search(example, 1, 3).hits)


async def test_small_talk_gets_a_reply_not_a_search(env):
    api, _app, _s = env
    replies = {}
    for chat_id, text in enumerate(["你好", "您好！", "hello", "谢谢", "thx", "再见", "拜拜", "你是谁？",
                                    "你能做什么", "怎么用", "帮助", "😀👍", "你都知道哪些新闻？", "怎么使用这个机器人"],
                                   start=300):
        replies[text] = await said(api, chat_id, text)
    for text, reply in replies.items():
        assert not any(s in reply for s in NOT_A_SEARCH), (text, reply)
    assert all("你好" in replies[t] and bullets(replies[t]) for t in ("你好", "您好！", "hello"))
    assert "不客气" in replies["谢谢"] and "不客气" in replies["thx"]
    assert "再见" in replies["再见"] and "再见" in replies["拜拜"]
    assert "新闻问答机器人" in replies["你是谁？"] and "新闻问答机器人" in replies["你能做什么"]
    assert "/search" in replies["怎么用"] and "/subscribe" in replies["帮助"]
    assert "新闻问答机器人" in replies["你都知道哪些新闻？"] and "/search" in replies["怎么使用这个机器人"]
    assert "文字" in replies["😀👍"]


async def test_a_question_after_a_greeting_is_answered(env):
    api, _app, _s = env
    reply = await said(api, 320, "你好，吐鲁番市有多少个互嵌式村庄？")
    assert "138个" in reply and "相关文章" in reply


async def test_a_link_says_what_the_bot_does_and_offers_addfeed_to_admins(env):
    api, _app, _s = env
    url = "https://example.com/news/rss.xml"
    admin = await said(api, 321, url, user_id=1)  # user 1 is an administrator
    reader = await said(api, 322, url)
    assert "链接" in reader and "/addfeed" not in reader and not any(s in reader for s in NOT_A_SEARCH)
    assert f"/addfeed {url}" in admin


async def test_a_sticker_gets_a_reply(env):
    api, _app, _s = env
    sticker = {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
               "is_animated": False, "is_video": False, "emoji": "😂"}
    await api.push({"message": {"message_id": 9001, "date": 0, "chat": api.chat(323, "private"),
                                "from": api.user(323), "sticker": sticker}})
    reply = parse_html((await api.wait_for("sendMessage", chat_id=323))[0].params["text"])
    assert "文字" in reply and not any(s in reply for s in NOT_A_SEARCH)


async def test_small_talk_in_groups_only_when_addressed(env):
    api, app, _s = env
    done = Handled(app)
    ignored = await api.message(-1330, "谢谢", kind="supergroup", user_id=331)
    reply = await said(api, -1330, f"{BOT} 你好", kind="supergroup", user_id=332)
    assert "你好" in reply and bullets(reply)
    await done.wait(ignored)
    assert len(api.of("sendMessage", -1330)) == 1


async def test_welcome_and_help_show_searches_that_find_the_newest_articles(env, tmp_path):
    api, app, _s = env
    engine = app.bot_data.conversation.engine
    welcome = bullets(await said(api, 340, "/start"))
    shown_in_help = bullets(await said(api, 341, "/help"))
    assert 2 <= len(welcome) <= 3 and shown_in_help == welcome
    assert all(shows_its_article(engine, example) for example in welcome)
    (tmp_path / "seeds" / "newest.txt").write_text(
        "## 沙湾市举办冬季冰雪运动会\n\n日期：2030-01-05\n\n沙湾市冬季冰雪运动会在天鹅湖开幕，三千名群众参加。\n"
        "\n## 伊宁市开通夜间公交线路\n\n日期：2030-01-04\n\n伊宁市开通五条夜间公交线路，方便市民出行。\n", "utf-8")
    await job(app, "reingest").run(app)
    now = bullets(await said(api, 342, "/start"))
    assert now != welcome and all(shows_its_article(engine, example) for example in now)
    assert any(example in "沙湾市举办冬季冰雪运动会 伊宁市开通夜间公交线路" for example in now)


def test_two_indexes_give_their_own_examples(built, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text(
        "## 阿勒泰地区启动牧民转场服务\n\n日期：2029-10-01\n\n阿勒泰地区为转场牧民设立服务站。\n\n"
        "## 和田地区新建十座图书馆\n\n日期：2029-09-01\n\n和田地区今年新建十座乡村图书馆。\n", "utf-8")
    engine = Engine(tmp_path / "index", other)
    engine.ingest()
    seeds = Conversation(built, SqliteStore(tmp_path / "a.sqlite3"))
    mine = Conversation(engine, SqliteStore(tmp_path / "b.sqlite3"))
    try:
        assert seeds.examples() and mine.examples() and not set(seeds.examples()) & set(mine.examples())
        assert all(shows_its_article(built, example) for example in seeds.examples())
        assert all(shows_its_article(engine, example) for example in mine.examples())
    finally:
        seeds.store.close()
        mine.store.close()
        engine.close()


async def test_typed_page_words_turn_the_page_in_private_chats(env):
    api, app, _s = env
    assert "还没有可以翻页" in await said(api, 350, "下一页")
    first = await said(api, 351, "哈密瓜")
    assert "第 1/5 页" in first
    assert "第 2/5 页" in await said(api, 351, "下一页")
    assert "第 3/5 页" in await said(api, 351, "还有吗？")
    # a page button pressed, then 更多 typed: on from the page the button showed
    sent = api.of("sendMessage", 351)[-1]
    nxt = [b["callback_data"] for b in buttons(sent) if b["text"].startswith("下一页")][0]
    msg_id = max(m for (c, m) in api.messages if c == 351)
    await Handled(app).wait(await api.callback(351, msg_id, nxt))
    assert "第 5/5 页" in await said(api, 351, "更多")
    assert "最后一页" in await said(api, 351, "下一頁")  # traditional characters too
    assert "第 4/5 页" in await said(api, 351, "上一页")


async def test_typed_page_words_in_groups_only_when_addressed(env):
    api, app, _s = env
    done = Handled(app)
    assert "第 1/5 页" in await said(api, -1360, f"{BOT} 哈密瓜", kind="supergroup", user_id=361)
    ignored = await api.message(-1360, "下一页", kind="supergroup", user_id=361)
    assert "第 2/5 页" in await said(api, -1360, f"{BOT} 下一页", kind="supergroup", user_id=362)
    await done.wait(ignored)
    assert len(api.of("sendMessage", -1360)) == 2


async def test_traditional_script_keeps_the_words_of_titles_and_names(env):
    api, _app, _s = env
    tw = await said(api, 370, "吐鲁番 民族团结进步创建", language="zh-hant")
    assert "融力促創建" in tw and "建立" not in tw
    sent = api.of("sendMessage", 370)[-1]
    read = [b["callback_data"] for b in buttons(sent) if "融力促" in sent.params["text"]
            and b["callback_data"].startswith("rd:")]
    msg_id = max(m for (c, m) in api.messages if c == 370)
    await api.callback(370, msg_id, read[0], language="zh-hant")
    parts = await api.wait_for("sendMessage", count=2, chat_id=370)
    article = parse_html(parts[1].params["text"])
    assert "融力促創建" in article and "全國民族團結進步創建示範市" in article and "建立示範市" not in article
    hk = await said(api, 371, "吐鲁番 民族团结进步创建", language="zh-hk")
    hk_labels = [b["text"] for b in buttons(api.of("sendMessage", 371)[-1])]
    assert "融力促創建" in hk and any(label.startswith("閲讀全文") for label in hk_labels)  # Hong Kong's 閲


async def test_traditional_digest_keeps_the_words(env, tmp_path):
    api, app, _s = env
    await said(api, 380, "/subscribe 00:00", language="zh-hant")
    (tmp_path / "seeds" / "fresh.txt").write_text(
        "## 融力促创建\n\n本报讯 吐鲁番市被命名为全国民族团结进步创建示范市。\n", "utf-8")
    await asyncio.to_thread(app.bot_data.conversation.engine.ingest)
    await job(app, "digests").run(app)
    digest = parse_html((await api.wait_for("sendMessage", count=2, chat_id=380))[1].params["text"])
    assert "融力促創建" in digest and "建立" not in digest


def test_terminal_small_talk_and_page_words(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        hello = respond(chat, "你好", session)[0]
        assert "你好" in hello and bullets(hello) and all(shows_its_article(built, e) for e in bullets(hello))
        assert "还没有可以翻页" in respond(chat, "更多", session)[0]
        assert "第 1/2 页" in respond(chat, "民族团结", session)[0]
        assert "不客气" in respond(chat, "谢谢", session)[0]  # small talk keeps the pages
        assert "第 2/2 页" in respond(chat, "还有吗", session)[0]
        assert "最后一页" in respond(chat, "更多", session)[0]
        assert "最后一页" in respond(chat, "下一页", session)[0]
        assert "1/1 页" in respond(chat, "兵团精神", session)[0] and "最后一页" in respond(chat, "更多", session)[0]
        assert "没有找到" in respond(chat, "量子计算机", session)[0]
        assert "还没有可以翻页" in respond(chat, "更多", session)[0]
        assert "/addfeed https://example.com/feed" in respond(chat, "https://example.com/feed", session)[0]
        assert "138个" in respond(chat, "你好！吐鲁番市有多少个互嵌式村庄？", session)[0]
    finally:
        chat.store.close()


def test_questions_that_hold_small_talk_words_are_searched():
    for text in ("谢谢你们的报道有哪些", "你好丝路文化节", "帮助困难群众的活动", "更多的村庄在哪里", "再见面是哪天"):
        assert recognise(text).talk is None and recognise(text).text == text
    assert recognise("你好，吐鲁番有多少个村庄？").text == "吐鲁番有多少个村庄？"  # the greeting is no keyword
    assert [recognise(t).talk for t in ("你好嗎", "謝謝！", "再見", "你是誰", "幫助", "還有嗎", "上一頁")] == [
        Talk.GREETING, Talk.THANKS, Talk.GOODBYE, Talk.ABOUT, Talk.HOWTO, Talk.NEXT, Talk.PREVIOUS]


def test_terminal_reindex_shows_progress_then_its_report(tmp_path, capsys):
    from tests.support.seeds import copy_seeds
    seeds = copy_seeds(tmp_path / "seeds")
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    for i in range(30):  # enough files for progress lines
        (seeds / f"new_{i:02d}.txt").write_text(f"第{i}号测试新闻\n\n乌鲁木齐第{i}次举办葡萄节。\n", "utf-8")
    chat = Conversation(engine, SqliteStore(tmp_path / "s.sqlite3"))
    try:
        told = respond(chat, "/reindex", Session())[0]
    finally:
        chat.store.close()
        engine.close()
    assert "更新完成" in told and "新增文件 30" in told
    lines = capsys.readouterr().err.splitlines()
    total = len(list(seeds.iterdir()))
    assert lines and lines[-1] == f"正在建立索引：已读 {total}/{total} 个文件"
