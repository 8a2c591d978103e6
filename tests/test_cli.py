"""The `newsbot` command-line contract, including batch mode. Every command runs in this
process (the same `main` the console script calls); one test runs the installed program
behind a closed pipe."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from tests.support.cli import NEWSBOT, keep_opened
from tests.support.pgserver import sessions_left
from tests.support.seeds import ROOT, copy_seeds


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    base = tmp_path_factory.mktemp("cli")
    return {**os.environ, "NEWSBOT_SEEDS_DIR": str(copy_seeds(base / "seeds")),
            "NEWSBOT_INDEX_DIR": str(base / "index"), "NEWSBOT_DATA_DIR": str(base)}


def test_search_builds_the_index_and_prints_json(env, newsbot):
    out = newsbot(env, "search", "--json", "--limit", "2", "民族团结")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["query"] == "民族团结" and data["total"] >= 2 and len(data["hits"]) == 2
    assert set(data["hits"][0]) == {"id", "title", "date", "source", "file", "url", "score", "snippet"}
    assert not os.path.isabs(data["hits"][0]["file"])


def test_ask_json(env, newsbot):
    data = json.loads(newsbot(env, "ask", "--json", "吐鲁番市有多少个互嵌式村庄？").stdout)
    assert "138个" in data["answer"] and "吐鲁番" in data["article"]["title"]
    none = json.loads(newsbot(env, "ask", "--json", "上海迪士尼门票多少钱").stdout)
    assert none == {"question": "上海迪士尼门票多少钱", "answer": None, "article": None}


def test_show_json_and_not_found(env, newsbot):
    hit = json.loads(newsbot(env, "search", "--json", "冲击地压").stdout)["hits"][0]
    data = json.loads(newsbot(env, "show", "--json", hit["id"]).stdout)
    assert set(data) == {"id", "title", "date", "source", "byline", "file", "url", "text"}
    assert "冲击地压" in data["text"]
    missing = newsbot(env, "show", "--json", "deadbeef")
    assert missing.returncode == 1 and json.loads(missing.stdout) == {"id": "deadbeef", "error": "not found"}


def test_batch_mode_one_json_line_per_input_in_order(env, newsbot):
    qs = ["民族团结", "上海迪士尼门票多少钱", '"unbalanced', "兵团精神"]
    out = newsbot(env, "search", "--json", "-", stdin="\n".join(qs) + "\n")
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["query"] for r in rows] == qs and rows[1]["total"] == 0
    asked = [json.loads(x) for x in newsbot(env, "ask", "--json", "-", stdin="\n".join(qs)).stdout.splitlines()]
    assert [a["question"] for a in asked] == qs
    ids = [rows[0]["hits"][0]["id"], "nope"]
    shown = newsbot(env, "show", "--json", "-", stdin="\n".join(ids) + "\n")
    assert shown.returncode == 0
    docs = [json.loads(x) for x in shown.stdout.splitlines()]
    assert docs[0]["id"] == ids[0] and docs[1] == {"id": "nope", "error": "not found"}


def test_readable_output_and_ingest_report(env, newsbot):
    out = newsbot(env, "search", "兵团精神")
    assert "弘扬兵团精神 共建和美家园" in out.stdout and "2024-01-29" in out.stdout
    report = newsbot(env, "ingest")
    assert report.returncode == 0 and "5 unchanged" in report.stdout


def test_help_lists_every_subcommand_with_a_description(env, newsbot):
    out = newsbot(env, "--help")
    assert out.returncode == 0
    for command in ("ingest", "search", "ask", "show", "chat", "bot"):
        line = next(x for x in out.stdout.splitlines() if x.strip().startswith(command + " "))
        assert len(line.split(None, 1)[1]) > 10, line


def test_json_is_valid_utf8_even_for_invalid_input_bytes(env, newsbot):
    out = newsbot(env, "search", "--json", "-",
                  stdin=b"\xff \xe5\x90\x90\xe9\xb2\x81\xe7\x95\xaa\n\xe5\x90\x90\xe9\xb2\x81\xe7\x95\xaa\n")
    strict = out.stdout.encode("utf-8").decode("utf-8")  # no lone surrogates: valid UTF-8
    rows = [json.loads(line) for line in strict.splitlines()]
    assert rows[0]["query"] == "\ufffd 吐鲁番" and "U+FFFD" in rows[0]["note"] and rows[0]["total"] >= 1
    assert rows[1]["query"] == "吐鲁番" and "note" not in rows[1]
    argv = os.fsdecode(b"\xfe\xe5\x90\x90\xe9\xb2\x81\xe7\x95\xaa")  # what Python makes of such an argument
    assert json.loads(newsbot(env, "ask", "--json", argv).stdout)["question"] == "\ufffd吐鲁番"


def test_closed_pipe_ends_quietly(env):
    shell = f"yes 民族团结 | head -n 300 | {NEWSBOT} search - | head -n 1"  # the one subprocess test
    out = subprocess.run(["bash", "-c", shell], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert "result(s)" in out.stdout and out.stderr == ""


def test_unwritable_index_folder_is_one_line(env, newsbot, tmp_path):
    (tmp_path / "afile").write_text("x")
    out = newsbot({**env, "NEWSBOT_INDEX_DIR": str(tmp_path / "afile" / "index")}, "search", "民族团结")
    assert out.returncode == 1 and str(tmp_path / "afile") in out.stderr and len(out.stderr.splitlines()) == 1


@pytest.mark.parametrize("kind", ["whoosh", "postgres"])
def test_chat_answers_then_closes_what_it_opened(env, newsbot, tmp_path, kind, request, monkeypatch):
    """`newsbot chat` reads questions from the terminal until /quit; on PostgreSQL (state and
    search) it leaves no session on the server when it ends."""
    from bot import terminal

    opened = keep_opened(monkeypatch, terminal, "open_engine", "open_store")
    chat_env = {**env, "NEWSBOT_DATA_DIR": str(tmp_path), "NEWSBOT_INDEX_DIR": str(tmp_path / "index")}
    if kind == "postgres":
        url = request.getfixturevalue("pg_url")
        chat_env.update(NEWSBOT_SEARCH_BACKEND="postgres", NEWSBOT_DATABASE_URL=url)
    out = newsbot(chat_env, "chat", stdin="昌吉市累计开展了多少场巡回宣讲？\n/quit\n")
    assert out.returncode == 0, out.stderr
    welcome, answer = out.stdout.split(terminal.BOT)
    assert "/quit" in welcome and "累计开展各类巡回宣讲332场次" in answer.split("相关文章")[0]
    assert len(opened) == 2  # the engine and the store
    if kind == "postgres":
        assert sessions_left(url) == 0


@pytest.mark.parametrize("io_encoding", ["", "utf-8"])  # Python's default stdin errors, and strict ones
def test_chat_reads_broken_bytes_as_replacement_and_goes_on(env, io_encoding):
    """A paste cut inside a character never ends the chat: the line is read with U+FFFD
    (and a note saying so), and the next line is answered."""
    from bot.render.console import BOT
    from bot.render.messages import INPUT_NOTE

    broken = b"\xe5\x90\x90\xe9\xb2\x81\xe7\x95\n"  # 吐鲁 and the first two bytes of 番
    asked = broken + "吐鲁番市有多少个互嵌式村庄？\n".encode()
    out = subprocess.run([NEWSBOT, "chat"], input=asked, capture_output=True, timeout=120,
                         env={**env, "PYTHONIOENCODING": io_encoding})
    stdout = out.stdout.decode("utf-8")
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out.stderr.decode("utf-8", "replace")
    replies = stdout.split(BOT)[1:]
    assert len(replies) == 2
    assert INPUT_NOTE in replies[0] and "吐鲁番" in replies[0]  # 吐鲁\ufffd was searched
    assert INPUT_NOTE not in replies[1] and "138个" in replies[1]
