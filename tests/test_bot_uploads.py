"""An administrator adds an article by sending the bot a file in a private chat, lists the
files sent, and removes one; everyone else is refused politely (against the fake Bot API)."""
from __future__ import annotations

from tests.support.app import Handled
from tests.support.telegram_rules import parse_html
from tests.support.uploads import QUESTION, TITLE, UPLOADED


async def replies(api, chat: int, before: int) -> str:
    """The next reply in *chat* after *before* of them, as the user reads it."""
    return parse_html((await api.wait_for("sendMessage", count=before + 1, chat_id=chat))[-1].params["text"])


async def say(api, chat: int, text: str) -> str:
    before = len(api.of("sendMessage", chat))
    await api.message(chat, text)
    return await replies(api, chat, before)


async def send_file(api, chat: int, name: str, data: bytes, **kw) -> str:
    before = len(api.of("sendMessage", chat))
    await api.document(chat, name, data, **kw)
    return await replies(api, chat, before)


async def test_an_admin_adds_an_article_by_file_and_removes_it(env):
    api, _app, _s = env
    assert "没有找到" in await say(api, 1, QUESTION)
    told = await send_file(api, 1, "阿勒泰.txt", UPLOADED)
    assert TITLE in told and "已编入资料库" in told
    assert [c.params["path"] for c in api.of("download")] == ["documents/" + api.of("getFile")[0].params["file_id"]]
    answered = await say(api, 1, QUESTION)
    assert "三千名" in answered and TITLE in answered
    listed = await say(api, 1, "/uploads")
    assert "1. 阿勒泰.txt" in listed and TITLE in listed
    assert "已经上传过" in await send_file(api, 1, "again.txt", UPLOADED)
    assert "没有编号为 2" in await say(api, 1, "/delupload 2")
    assert "已移出资料库" in await say(api, 1, "/delupload 1")
    after = await say(api, 1, QUESTION)
    assert "没有找到" in after and "三千名" not in after
    assert "还没有上传的文件" in await say(api, 1, "/uploads")


async def test_files_from_others_or_of_other_kinds_are_refused_without_downloading(env):
    api, app, _s = env
    done = Handled(app)
    assert "只有管理员" in await send_file(api, 2, "阿勒泰.txt", UPLOADED)  # user 2 is no admin
    assert "只接受 .txt、.md、.html、.xml" in await send_file(api, 1, "报告.pdf", b"%PDF-1.7")
    assert "文件太大" in await send_file(api, 1, "大.txt", UPLOADED, size=30 * 1024 * 1024)
    assert "没有找到文章" in await send_file(api, 1, "空.html", b"<html><body><p> </p></body></html>")
    in_group = await api.document(-1001, "阿勒泰.txt", UPLOADED, kind="supergroup", user_id=1)
    await done.wait(in_group)
    assert len(api.of("getFile")) == 1  # only the admin's empty page was downloaded
    assert api.of("sendMessage", -1001) == []  # a group's files are left alone
    assert "仅限管理员" in await say(api, 2, "/uploads")
    assert "没有找到" in await say(api, 1, QUESTION)  # nothing refused was kept
