"""The terminal chat runs the bot's repeating jobs (bot/schedule.py): the scheduled
re-ingest finds new files without a restart, and a due digest is printed with the words
of the Telegram digest."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from bot import render
from bot.conversation import Conversation
from bot.render.console import BOT
from bot.store import SqliteStore
from bot.terminal import LOCAL_CHAT, Session, local_digest
from tests.support.seeds import copy_seeds

NEWSBOT = Path(sys.executable).with_name("newsbot")  # the installed console script
DEADLINE = 150.0  # seconds; the re-ingest runs every minute (NEWSBOT_REINGEST_MINUTES=1)
NEW_FILE = "## 喀什古城灯会开幕\n\n本报讯 第五届喀什古城灯会今晚开幕，展出花灯三百组。\n"


class Output:
    """Everything a process writes to a pipe, collected on a thread as it arrives."""

    def __init__(self, pipe) -> None:
        self.text, self._pipe, self._arrived = "", pipe, threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while chunk := self._pipe.read1(4096):
            with self._arrived:
                self.text += chunk.decode("utf-8", "replace")
                self._arrived.notify_all()

    def wait_for(self, wanted: str, after: int, deadline: float) -> bool:
        """True once *wanted* appears past position *after*; False at *deadline* (monotonic)."""
        with self._arrived:
            while wanted not in self.text[after:]:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._arrived.wait(left)
            return True


def test_chat_finds_a_new_file_and_prints_the_digest_without_a_restart(tmp_path):
    seeds = copy_seeds(tmp_path / "seeds")
    store = SqliteStore(tmp_path / "newsbot.sqlite3")  # the chat's store, subscribed in an earlier session
    store.subscribe(LOCAL_CHAT, "00:00", None, since=0)
    store.close()
    env = {**os.environ, "NEWSBOT_SEEDS_DIR": str(seeds), "NEWSBOT_INDEX_DIR": str(tmp_path / "index"),
           "NEWSBOT_DATA_DIR": str(tmp_path), "NEWSBOT_REINGEST_MINUTES": "1", "PYTHONUNBUFFERED": "1"}
    env.pop("NEWSBOT_DATABASE_URL", None)
    env.pop("NEWSBOT_SEARCH_BACKEND", None)
    chat = subprocess.Popen([NEWSBOT, "chat"], env=env, cwd=tmp_path, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert chat.stdin is not None and chat.stdout is not None
    out, deadline = Output(chat.stdout), time.monotonic() + DEADLINE
    try:
        assert out.wait_for("/quit", 0, deadline), out.text  # the welcome: the index is ready
        (seeds / "lantern.txt").write_text(NEW_FILE, "utf-8")
        found = False
        while not found and time.monotonic() < deadline:  # ask again until the re-ingest found it
            asked = len(out.text)
            chat.stdin.write("喀什古城灯会\n".encode())
            chat.stdin.flush()
            assert out.wait_for(BOT, asked, deadline), out.text
            assert out.wait_for("\n你> ", asked, deadline), out.text  # the whole answer is in
            answers = [a for a in out.text[asked:].split(BOT)[1:] if not a.startswith("每日摘要")]
            found = any("喀什古城灯会开幕" in a for a in answers)
        assert found, out.text
        assert out.wait_for("每日摘要", 0, deadline), out.text
        chat.stdin.write(b"/quit\n")
        chat.stdin.flush()
        assert chat.wait(timeout=60) == 0
    finally:
        if chat.poll() is None:
            chat.kill()
            chat.wait()


def test_a_due_digest_is_printed_with_the_words_of_telegram_once_a_day(built, tmp_path, capsys):
    chat = Conversation(built, SqliteStore(tmp_path / "s.sqlite3"))
    session = Session(bold=False)
    chat.store.subscribe(LOCAL_CHAT, "00:00", None, since=0)
    telegram, _newest = chat.digest(0, None)
    assert telegram is not None
    local_digest(chat, session)
    printed = capsys.readouterr().out
    assert render.terminal(telegram.text, False) in printed and printed.startswith(f"\n{BOT}每日摘要")
    local_digest(chat, session)  # already sent today
    assert capsys.readouterr().out == ""
    chat.close_store()
