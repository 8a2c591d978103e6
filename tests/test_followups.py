"""Follow-ups and summaries, as a reader chats: the context a chat keeps (in the Store, for
30 minutes of silence), 那克拉玛依呢？, 具体是哪天？, 这篇讲了什么, 来源是哪里, /summary and the 摘要 button,
the summary first in /read, and what happened in a window with one-line summaries. Through
the terminal chat and through the real Application against the fake Bot API."""
from __future__ import annotations

import datetime as dt

from bot.conversation import Conversation
from bot.dialog import TTL, Follow, Followed, recognise
from bot.store import SqliteStore
from bot.terminal import Session, respond
from search.engine import Engine
from search.qa.summaries import LIMIT, sentences_of
from tests.support.app import buttons
from tests.support.telegram_rules import parse_html

DRILL = "昌吉市组织开展煤矿应急救援演练"
TURPAN = "新疆吐鲁番市：融心、融情、融亲、融力促创建"


def article_id(engine: Engine, title: str) -> str:
    """The id of the seed article with this title."""
    return next(h.id for h in engine.search(title, 1, 5).hits if h.title == title)


def first_listed(reply: str) -> str:
    """The title line of the first article a results reply lists."""
    return next(line for line in reply.splitlines() if line.startswith("1. "))


def test_summaries_are_the_articles_own_sentences_in_order_within_the_limit(built):
    for hit in built.latest(20):
        full = built.show(hit.id)
        told = built.summary(hit.id)
        assert full is not None and told is not None
        at = [full.text.find(s) for s in told.sentences]
        assert all(i >= 0 for i in at) and at == sorted(at), (hit.title, told.sentences)
        assert len(told.text) <= LIMIT and 1 <= len(told.sentences) <= 4
        fits = [s for s in sentences_of(full.text) if len(s) <= LIMIT]
        if len(fits) >= 2 and len(fits[0]) + min(len(s) for s in fits[1:]) <= LIMIT:
            assert len(told.sentences) >= 2, told.sentences
    drill = built.summary(article_id(built, DRILL))
    assert drill is not None and drill.sentences[0].startswith("4月28日") and "3小时" in drill.text
    assert not any(s.startswith(("本报讯", "落实安全责任")) for s in drill.sentences)  # no opener, no heading


def test_follow_ups_are_recognised_and_questions_with_a_subject_are_not():
    assert recognise("那克拉玛依呢？") == recognise("那克拉瑪依呢") == Followed(Follow.SWAP, "克拉玛依")
    assert recognise("哈密呢") == Followed(Follow.SWAP, "哈密")
    assert {recognise(t) for t in ("具体是哪天？", "他们是谁？", "有多少人参加？")} == {Followed(Follow.DETAIL)}
    assert recognise("这篇讲了什么") == recognise("总结一下") == Followed(Follow.SUMMARY)
    assert recognise("总结一下吐鲁番那篇文章") == Followed(Follow.SUMMARY_OF, "吐鲁番")
    for fresh in ("吐鲁番的葡萄节是哪天？", "昌吉市有多少个村庄", "吐鲁番有多少个村庄呢", "克拉玛依"):
        assert recognise(fresh) is None, fresh


def test_questions_about_a_pronoun_or_without_a_subject_lean_on_the_last_answer():
    for pronoun in ("他种了多少树？", "她是哪里人", "那里有什么特产？", "这次演练有多少人参加？", "该活动何时结束"):
        assert recognise(pronoun) == Followed(Follow.DETAIL), pronoun
    for bare in ("吸引了多少游客？", "有哪些单位参加了演练？", "种了多少棵树", "是谁主办的"):
        assert recognise(bare) == Followed(Follow.BARE), bare
    for fresh in ("光伏基地什么时候并网的？", "演练持续了多久？", "这个月有什么新闻", "这周吐鲁番有什么事",
                  "阿克苏苹果什么时候采摘", "有什么新闻"):
        assert recognise(fresh) is None, fresh


def test_a_subjectless_question_is_answered_from_the_last_article_only_when_it_speaks_of_it(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        assert "4月28日" in respond(chat, f"{DRILL}是什么时候举行的？", session)[0]
        units = respond(chat, "有哪些单位参加了演练？", session)[0]
        assert units.startswith("💡") and "救援大队" in units.split("——")[0]  # the sentence listing them
        asked = "有哪些村庄获评民族团结进步示范村？"  # the drill article says nothing of it: searched afresh
        fresh = Conversation(built, SqliteStore(tmp_path / "fresh.sqlite3"))
        try:
            assert respond(chat, asked, session)[0] == respond(fresh, asked, Session())[0]
        finally:
            fresh.store.close()
    finally:
        chat.store.close()


def test_terminal_swaps_the_place_and_sums_up_the_article_read(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        assert "138个" in respond(chat, "吐鲁番市有多少个互嵌式村庄？", session)[0]
        karamay = respond(chat, "那克拉玛依呢？", session)[0]
        assert "克拉玛依" in first_listed(karamay) and "138个" not in karamay.split("相关文章")[0]
        drill = article_id(built, DRILL)
        read = respond(chat, f"/read {drill}", session)[0]
        assert read.index("摘要") < read.index("本报讯")  # the summary first
        summary = respond(chat, "这篇讲了什么", session)[0]
        assert DRILL in summary and "4月28日" in summary and "克拉玛依" not in summary
        assert "4月28日" in respond(chat, "具体是哪天？", session)[0]
        assert "参加了演练" in respond(chat, "有多少人参加？", session)[0]
        assert "吐鲁番" in respond(chat, "总结一下吐鲁番那篇文章", session)[0].splitlines()[0]
        assert "摘要" in respond(chat, f"/summary {drill}", session)[0]
    finally:
        chat.store.close()


def test_a_swap_to_a_name_no_article_holds_says_so(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        assert "138个" in respond(chat, "吐鲁番市有多少个互嵌式村庄？", session)[0]
        absent = respond(chat, "那哈密瓜呢？", session)[0]  # no seed article names it
        assert "没有找到与「哈密瓜」相关的文章" in absent and "吐鲁番" not in first_listed_or_none(absent)
    finally:
        chat.store.close()


def test_a_swap_lists_only_articles_naming_the_new_place(built, tmp_path):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        assert DRILL in first_listed(respond(chat, "昌吉市煤矿应急救援演练", session)[0])
        swapped = respond(chat, "那吐鲁番呢？", session)[0]  # no drill in Turpan: its articles, not the drill
        listed = [line for line in swapped.splitlines() if line[:1].isdigit() and ". " in line]
        assert listed and not any(DRILL in line for line in listed), swapped
        assert TURPAN in swapped
    finally:
        chat.store.close()


def first_listed_or_none(reply: str) -> str:
    """The first listed article's title line, or "" when the reply lists none."""
    return next((line for line in reply.splitlines() if line.startswith("1. ")), "")


def test_the_context_expires_after_30_minutes_of_silence_and_any_worker_continues_it(built, tmp_path):
    now = [1_700_000_000.0]
    one = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"), clock=lambda: now[0])
    other = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"), clock=lambda: now[0])
    try:
        assert "4月28日" in one.talk(f"{DRILL}是在哪里举行的", 5).text
        now[0] += TTL - 60
        assert "4月28日" in other.talk("具体是哪天？", 5).text  # another worker, same store
        now[0] += TTL + 1
        assert "请先提一个完整的问题" in one.talk("具体是哪天？", 5).text
        assert "还没有可以翻页" in one.talk("下一页", 5).text
    finally:
        one.store.close()
        other.store.close()


def test_what_happened_this_week_lists_its_articles_with_their_one_line_summary(built, tmp_path):
    tuesday = dt.datetime(2023, 11, 22, 12, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()
    engine = Engine(built.index_dir, built.seeds_dir, clock=lambda: tuesday)
    chat = Conversation(engine, SqliteStore(tmp_path / "s.sqlite3"))
    try:
        reply = respond(chat, "这周吐鲁番有什么事", Session())[0]
        told = engine.summary(article_id(engine, TURPAN))
        assert told is not None
        lead = told.sentences[0]
        assert TURPAN in first_listed(reply) and lead in reply and "2023-11-20" in reply
    finally:
        chat.store.close()
        engine.close()


def test_questions_about_the_article_itself_are_recognised():
    for when in ("哪年发布的", "这篇是什么时候发的？", "這篇是什麼時候發的", "发布时间是哪天", "这是什么时候的新闻"):
        assert recognise(when) == Followed(Follow.PUBLISHED), when
    for source in ("来源是哪里", "出处是什么", "这是哪家媒体报道的", "来自哪里", "來源是哪裡？"):
        assert recognise(source) == Followed(Follow.SOURCE), source
    for fresh in ("新华社报道了什么", "光伏基地是什么时候并网的", "哈密日报的新闻", "来源:天山网"):
        assert recognise(fresh) is None, fresh


async def test_telegram_tells_the_day_and_source_of_the_article_read_without_searching(env):
    api, app, _s = env
    turpan = app.bot_data.conversation.engine.show(article_id(app.bot_data.conversation.engine, TURPAN))
    assert turpan is not None and turpan.date == "2023-11-21" and turpan.source
    await api.message(420, f"/read {turpan.id}")
    await api.wait_for("sendMessage", chat_id=420)
    replies = []
    for n, asked in enumerate(("这篇是哪年发布的？", "来源是哪里"), start=2):
        await api.message(420, asked)
        replies.append((await api.wait_for("sendMessage", count=n, chat_id=420))[-1])
    day, source = (parse_html(r.params["text"]) for r in replies)
    assert day.startswith("💡") and "2023年11月21日" in day.split("——")[0] and TURPAN in day
    assert source.startswith("💡") and turpan.source in source.split("——")[0]
    assert all("相关文章" not in t for t in (day, source))  # told, not searched afresh
    assert all(b["callback_data"].endswith(turpan.id) for r in replies for b in buttons(r) if "callback_data" in b)
    await api.message(421, "来源是哪里")  # a chat with nothing to lean on
    alone = parse_html((await api.wait_for("sendMessage", chat_id=421))[-1].params["text"])
    assert alone.startswith("请先提一个完整的问题")


async def test_telegram_keeps_the_context_in_the_store_and_sums_up_by_button(env):
    api, app, _s = env
    engine = app.bot_data.conversation.engine
    drill = article_id(engine, DRILL)
    await api.message(410, f"/read {drill}")
    await api.wait_for("sendMessage", chat_id=410)
    await api.message(410, "这篇讲了什么")
    summary = parse_html((await api.wait_for("sendMessage", count=2, chat_id=410))[-1].params["text"])
    assert DRILL in summary and "4月28日" in summary
    assert "克拉玛依" not in summary
    await api.message(411, "吐鲁番 民族团结进步创建")
    results = (await api.wait_for("sendMessage", chat_id=411))[-1]
    data = [b["callback_data"] for b in buttons(results) if b["text"].startswith("摘要")]
    msg_id = max(m for (c, m) in api.messages if c == 411)
    await api.callback(411, msg_id, data[0])
    told = parse_html((await api.wait_for("sendMessage", count=2, chat_id=411))[-1].params["text"])
    assert told.startswith(TURPAN) and "摘要" in told
    assert "下一页" not in told and app.bot_data.conversation.dialogs.load(411).article == data[0][3:]


MELONS = """哈密瓜陆续上市

2024年08月02日 来源：哈密日报

近日，哈密市各乡镇种植的哈密瓜陆续上市，今年的平均糖度比往年高出一度。

瓜农们说，今年雨水少、日照足，瓜的口感格外好。
"""
ORCHARD = """老果园焕发新生机

2024年09月10日 来源：哈密日报

这片果园始建于1998年，经过改造，老果园重新结出了优质的红枣。
"""


def test_a_day_asked_of_an_article_that_dates_nothing_itself_is_its_publication_day(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "melons.txt").write_text(MELONS, "utf-8")
    (seeds / "orchard.txt").write_text(ORCHARD, "utf-8")
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    chat = Conversation(engine, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session()
    try:
        assert "今年" in respond(chat, "哈密瓜是什么时候上市的？", session)[0]
        day = respond(chat, "具体是哪天？", session)[0]  # 近日, 今年: relative to the article
        assert day.startswith("💡") and "发布于2024年8月2日" in day and "近日" in day
        respond(chat, "老果园是什么时候建的？", session)
        built = respond(chat, "具体是哪天？", session)[0]  # 1998年 dates it: not the article's day
        assert "发布于" not in built and "1998年" in built
    finally:
        chat.store.close()
        engine.close()
