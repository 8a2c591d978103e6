"""Photo items below articles, article links everywhere, start-up ingest, stale indexes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from bot.conversation import Conversation
from bot.render import source_button
from bot.settings import load_settings
from bot.store import SqliteStore
from bot.terminal import Session, respond
from search.engine import Engine
from search.index.backends.whoosh import files as idx
from tests.support.app import buttons, settings_for, start_app, stop_app
from tests.support.fakebot import FakeBotAPI
from tests.support.layouts import LAYOUTS
from tests.support.seeds import ROOT, copy_seeds

PHOTO_AND_ARTICLE = ("吐鲁番葡萄节开幕\n2024-08-20\n\n本报讯 8月19日，第三十二届吐鲁番葡萄节开幕，"
                     "共有三百二十家企业参展，现场签约金额超过九亿元。\n\n葡萄节期间还举办了采摘体验和民俗表演。\n\n\n\n"
                     "吐鲁番葡萄节开幕，三百二十家企业参展。\n\n张三 摄\n")


def test_latest_lists_articles_before_photo_items(built):
    kinds = [h.kind for h in built.latest(12)]
    assert kinds == ["article"] * 10 + ["caption"] * 2


def test_a_photo_item_never_outranks_an_article_with_the_answer(fresh):
    (fresh.seeds_dir / "grapes.txt").write_text(PHOTO_AND_ARTICLE, "utf-8")
    fresh.ingest()
    page = fresh.search("葡萄节有多少家企业参展？")
    assert [h.kind for h in page.hits][:2] == ["article", "caption"]
    assert "三百二十家" in fresh.ask("葡萄节有多少家企业参展？").sentence.text


def test_caption_inside_the_feature_no_longer_answers_for_it(built):
    page, answer = built.query("克拉玛依区开展了多少场宣讲？")
    assert answer.article.title.startswith("克拉玛依市克拉玛依区") and answer.article.kind == "article"
    assert "caption" not in [h.kind for h in page.hits]
    assert "8100余场" in built.show(answer.article.id).text


@pytest.fixture
def linked(tmp_path) -> Engine:
    seeds = copy_seeds(tmp_path / "seeds")
    for name in ("yili.html", "bingtuan.rss"):
        shutil.copy2(LAYOUTS / name, seeds / name)
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    return engine


def test_articles_keep_their_urls(linked):
    hit = linked.search("那拉提 徒步").hits[0]
    assert hit.url == "https://news.example.cn/yili/2024/0720/12345.html"
    assert linked.show(hit.id).url == hit.url
    assert linked.search("冬小麦 北斗").hits[0].url == "https://www.example.com/2024/09/28/wheat.html"
    assert linked.search("冲击地压").hits[0].url is None


def test_chat_offers_the_source_link_and_the_terminal_prints_it(linked, tmp_path):
    chat = Conversation(linked, SqliteStore(tmp_path / "s.sqlite3"))
    reply = chat.answer("那拉提景区新增了什么？")
    buttons = [b for row in reply.buttons for b in row]
    assert source_button("https://news.example.cn/yili/2024/0720/12345.html") in buttons
    printed = "\n".join(respond(chat, "那拉提景区新增了什么？", Session(load_settings())))
    assert "原文：https://news.example.cn/yili/2024/0720/12345.html" in printed
    hit = linked.search("那拉提 徒步").hits[0]
    assert "原文：https://news.example.cn" in "\n".join(respond(chat, f"/read {hit.id}", Session(load_settings())))
    assert source_button("javascript:alert(1)") is None


async def test_bot_answer_has_a_source_button(tmp_path):
    api = FakeBotAPI()
    await api.start()
    copy_seeds(tmp_path / "seeds")
    shutil.copy2(LAYOUTS / "yili.html", tmp_path / "seeds" / "yili.html")
    app = await start_app(settings_for(api, tmp_path))
    try:
        url = "https://news.example.cn/yili/2024/0720/12345.html"
        await api.message(20, "那拉提景区新增了什么？")
        call = (await api.wait_for("sendMessage", chat_id=20))[0]
        assert {"text": "原文", "url": url} in buttons(call)
        await api.inline("那拉提")
        result = (await api.wait_for("answerInlineQuery"))[0].params["results"][0]
        assert f'<a href="{url}">' in result["input_message_content"]["message_text"]
        read = next(b for b in buttons(call) if b.get("callback_data", "").startswith("rd:"))
        await api.callback(20, max(m for (c, m) in api.messages if c == 20), read["callback_data"])
        full = (await api.wait_for("sendMessage", count=2, chat_id=20))[1].params["text"]
        assert f'原文：<a href="{url}">' in full
    finally:
        await stop_app(app)
        await api.stop()
    assert api.refused == []


def _env(base):
    return {**os.environ, "NEWSBOT_SEEDS_DIR": str(base / "seeds"), "NEWSBOT_INDEX_DIR": str(base / "index"),
            "NEWSBOT_DATA_DIR": str(base), "TELEGRAM_BOT_TOKEN": ""}


def _newsbot(env, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], input=stdin, env=env,
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_json_output_has_url_fields(tmp_path):
    copy_seeds(tmp_path / "seeds")
    shutil.copy2(LAYOUTS / "yili.html", tmp_path / "seeds" / "yili.html")
    env = _env(tmp_path)
    hits = json.loads(_newsbot(env, "search", "--json", "那拉提").stdout)["hits"]
    assert hits[0]["url"] == "https://news.example.cn/yili/2024/0720/12345.html"
    shown = json.loads(_newsbot(env, "show", "--json", hits[0]["id"]).stdout)
    assert shown["url"] == hits[0]["url"]


def test_chat_finds_a_file_added_while_it_was_stopped(tmp_path):
    copy_seeds(tmp_path / "seeds")
    env = _env(tmp_path)
    assert _newsbot(env, "ingest").returncode == 0
    (tmp_path / "seeds" / "new.txt").write_text(PHOTO_AND_ARTICLE, "utf-8")
    out = _newsbot(env, "chat", stdin="葡萄节有多少家企业参展？\n/quit\n")
    assert out.returncode == 0 and "三百二十家" in out.stdout, out.stderr


def test_an_index_from_an_older_version_is_rebuilt_not_crashed_on(fresh, caplog):
    fresh.ingest()
    first_seen = {h.id: h.added for h in fresh.latest(limit=50)}
    (fresh.index_dir / "schema_version").unlink()  # as an index written before links existed
    assert not idx.current(fresh.index_dir)
    with caplog.at_level("WARNING"):
        report = fresh.ensure_index()
    assert report is not None and report.added == 5 and idx.current(fresh.index_dir)
    assert [r.message for r in caplog.records if "older version" in r.message] != []
    assert fresh.stats().articles == 12
    # rebuilt articles keep their first-seen times, so digests do not send them again
    assert {h.id: h.added for h in fresh.latest(limit=50)} == first_seen
