"""Every setting is checked at start-up: a bad value stops the program with a message naming
the variable, the value and what is expected (exit 78)."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path
from unittest import mock

import pytest

from bot.cli import main
from bot.settings import REINGEST_BOUNDS, BotSettings, SettingsError, load_settings

TOKEN = "123456789:AAtest-token-abcdefghijklmnopqrstu"


def load(tmp_path: Path, **env: str) -> BotSettings:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    return load_settings({"NEWSBOT_SEEDS_DIR": str(tmp_path / "seeds"), **env}, dotenv=False)


def refused(tmp_path: Path, variable: str, value: str) -> SettingsError:
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, **{variable: value})
    err = caught.value
    assert err.variable == variable and variable in str(err) and err.expected in str(err)
    return err


def test_defaults(tmp_path):
    s = load(tmp_path)
    assert (s.index_dir, s.data_dir, s.reingest_minutes, s.digest_time) == \
        (Path("var/index"), Path("var"), 5.0, "08:00")
    assert s.telegram_token == "" and s.admin_ids == frozenset() and s.error_chat_id is None


@pytest.mark.parametrize("raw, normal", [("8:00", "08:00"), ("08:00", "08:00"), ("23:59", "23:59"),
                                         ("0:05", "00:05"), (" 7：30 ", "07:30")])
def test_digest_time_normalised(tmp_path, raw, normal):
    assert load(tmp_path, NEWSBOT_DIGEST_TIME=raw).digest_time == normal


@pytest.mark.parametrize("raw", ["24:00", "8:60", "8", "08:0", "abc", "8点", "-1:00"])
def test_digest_time_refused(tmp_path, raw):
    assert "08:00" in str(refused(tmp_path, "NEWSBOT_DIGEST_TIME", raw))


@pytest.mark.parametrize("raw, value", [("1", 1.0), ("5", 5.0), ("2.5", 2.5), ("1440", 1440.0)])
def test_reingest_minutes_accepted(tmp_path, raw, value):
    assert load(tmp_path, NEWSBOT_REINGEST_MINUTES=raw).reingest_minutes == value


@pytest.mark.parametrize("raw", ["abc", "-5", "0", "0.5", "inf", "nan", "1e9", "1441"])
def test_reingest_minutes_bounded(tmp_path, raw):
    err = refused(tmp_path, "NEWSBOT_REINGEST_MINUTES", raw)
    assert repr(raw) in str(err) and f"{REINGEST_BOUNDS[0]:g} to {REINGEST_BOUNDS[1]:g}" in str(err)


def test_admin_ids(tmp_path):
    assert load(tmp_path, NEWSBOT_ADMIN_IDS=" 12, 34 ,").admin_ids == frozenset({12, 34})


@pytest.mark.parametrize("raw", ["12a,34", "@alice,abc", "1001;1002", "1 2"])
def test_admin_ids_refused_not_dropped(tmp_path, raw):
    assert "user ids" in str(refused(tmp_path, "NEWSBOT_ADMIN_IDS", raw))


def test_token_checked_and_masked(tmp_path):
    assert load(tmp_path, TELEGRAM_BOT_TOKEN=f" {TOKEN}\n").telegram_token == TOKEN
    err = refused(tmp_path, "TELEGRAM_BOT_TOKEN", "123456789:short secret")
    assert "123456789:***" in str(err) and "short secret" not in str(err)


@pytest.mark.parametrize("raw", ["https://api.telegram.org", "api.telegram.org/bot", "ftp://x/bot",
                                 "http:///bot", "https://api.telegram.org/bot/"])
def test_base_url_refused(tmp_path, raw):
    refused(tmp_path, "NEWSBOT_TELEGRAM_BASE_URL", raw)


def test_base_url_accepted(tmp_path):
    for url in ("http://127.0.0.1:8081/bot", "https://example.org/tg/bot{token}/x"):
        assert load(tmp_path, NEWSBOT_TELEGRAM_BASE_URL=url).telegram_base_url == url


def test_error_chat_id(tmp_path):
    assert load(tmp_path, NEWSBOT_ERROR_CHAT_ID="-1001234567890").error_chat_id == -1001234567890
    refused(tmp_path, "NEWSBOT_ERROR_CHAT_ID", "@ops")


def test_missing_seed_folder_is_named(tmp_path):
    missing = tmp_path / "nowhere"
    err = refused(tmp_path, "NEWSBOT_SEEDS_DIR", str(missing))
    assert str(missing) in str(err)
    assert load_settings({"NEWSBOT_SEEDS_DIR": str(missing)}, dotenv=False, need_seeds=False).seeds_dir == missing


@pytest.mark.parametrize("variable", ["NEWSBOT_SEEDS_DIR", "NEWSBOT_INDEX_DIR", "NEWSBOT_DATA_DIR"])
def test_folder_that_is_a_file_is_refused(tmp_path, variable):
    (tmp_path / "afile").write_text("x")
    assert "folder" in str(refused(tmp_path, variable, str(tmp_path / "afile")))


@pytest.fixture
def run(capsys, monkeypatch):
    """`newsbot ARGS` in this process, in *tmp_path* (with *dotenv* as its .env), with only
    the given NEWSBOT_/TELEGRAM_ variables set."""
    def newsbot(tmp_path: Path, *args: str, dotenv: str | None = None, **env: str) -> subprocess.CompletedProcess:
        if dotenv is not None:
            (tmp_path / ".env").write_text(dotenv, "utf-8")
        clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
        monkeypatch.chdir(tmp_path)
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        try:
            with mock.patch.dict(os.environ, {**clean, **env}, clear=True):  # .env loads into it
                code = main(list(args))
        finally:
            root.handlers[:], root.level = handlers, level
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)
    return newsbot


def test_bad_setting_stops_before_anything_runs(tmp_path, run):
    (tmp_path / "seeds").mkdir()
    out = run(tmp_path, "search", "x", NEWSBOT_REINGEST_MINUTES="-5")
    assert out.returncode == 78 and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines() == ["newsbot: NEWSBOT_REINGEST_MINUTES='-5' is not valid: "
                                               "expected a number of minutes from 1 to 1440"]
    assert not (tmp_path / "var").exists()  # nothing created


def test_search_without_seed_folder_names_it_and_creates_no_index(tmp_path, run):
    out = run(tmp_path, "search", "民族团结")
    assert out.returncode == 78 and "NEWSBOT_SEEDS_DIR" in out.stderr and str(tmp_path / "seeds") in out.stderr
    assert not (tmp_path / "var").exists()


def test_bot_without_token_refuses_instead_of_chatting(tmp_path, run):
    (tmp_path / "seeds").mkdir()
    out = run(tmp_path, "bot")
    assert out.returncode == 78 and "TELEGRAM_BOT_TOKEN" in out.stderr and "newsbot chat" in out.stderr
    assert out.stdout == ""  # no chat prompt


def test_dotenv_line_with_unbalanced_quote_is_an_error(tmp_path, run):
    (tmp_path / "seeds").mkdir()
    out = run(tmp_path, "bot", dotenv=f'NEWSBOT_DIGEST_TIME=08:00\nTELEGRAM_BOT_TOKEN="{TOKEN}\n')
    assert out.returncode == 78 and ".env, line 2" in out.stderr and "TELEGRAM_BOT_TOKEN" in out.stderr
    assert TOKEN.split(":")[1] not in out.stderr


def test_unusable_database_is_named(tmp_path, run):
    (tmp_path / "seeds").mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "newsbot.sqlite3").write_bytes(b"this is not a database" * 100)
    out = run(tmp_path, "chat", NEWSBOT_DATA_DIR=str(data))
    assert out.returncode == 78 and str(data / "newsbot.sqlite3") in out.stderr and "Traceback" not in out.stderr


def test_scale_out_settings_default_to_one_process(tmp_path):
    s = load(tmp_path)
    assert (s.database_url, s.webhook_url, s.webhook_listen) == ("", "", ("127.0.0.1", 8080))


def test_webhook_and_database_settings_accepted(tmp_path):
    s = load(tmp_path, NEWSBOT_WEBHOOK_URL="https://bot.example.com/tg", NEWSBOT_WEBHOOK_SECRET="a-b_C9",
             NEWSBOT_WEBHOOK_LISTEN="0.0.0.0:9000", NEWSBOT_DATABASE_URL="postgresql://nb:pw@db:5432/nb")
    assert (s.webhook_url, s.webhook_listen, s.database_url) == \
        ("https://bot.example.com/tg", ("0.0.0.0", 9000), "postgresql://nb:pw@db:5432/nb")
    assert "pw" not in repr(s) and "a-b_C9" not in repr(s)


@pytest.mark.parametrize("variable, raw", [("NEWSBOT_WEBHOOK_URL", "http://bot.example.com/tg"),
                                           ("NEWSBOT_WEBHOOK_URL", "bot.example.com"),
                                           ("NEWSBOT_WEBHOOK_LISTEN", "8080"), ("NEWSBOT_WEBHOOK_LISTEN", "h:99999"),
                                           ("NEWSBOT_WEBHOOK_SECRET", "has space"),
                                           ("NEWSBOT_DIGEST_LEASE", "0")])
def test_scale_out_settings_refused(tmp_path, variable, raw):
    refused(tmp_path, variable, raw)


def test_database_url_refused_without_showing_the_password(tmp_path):
    err = refused(tmp_path, "NEWSBOT_DATABASE_URL", "mysql://nb:hunter2@db/nb")
    assert "hunter2" not in str(err)


def test_webhook_needs_a_secret(tmp_path):
    with pytest.raises(SettingsError) as caught:
        load(tmp_path, NEWSBOT_WEBHOOK_URL="https://bot.example.com/tg")
    assert caught.value.variable == "NEWSBOT_WEBHOOK_SECRET"


def test_feeds_take_urls_or_an_opml_file(tmp_path):
    from search.settings import SettingsError, load_settings
    s = load_settings({"NEWSBOT_FEEDS": "https://a.example/rss, http://b.example/atom.xml"}, need_seeds=False)
    assert s.feeds == ("https://a.example/rss", "http://b.example/atom.xml")
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline text="新闻"><outline text="甲" xmlUrl="https://c.example/feed"/>'
                    '</outline></body></opml>', "utf-8")
    assert load_settings({"NEWSBOT_FEEDS": str(opml)}, need_seeds=False).feeds == ("https://c.example/feed",)
    for bad in ("ftp://x.example/rss", "https://a.example/rss, not a url", str(tmp_path / "missing.opml")):
        with pytest.raises(SettingsError) as err:
            load_settings({"NEWSBOT_FEEDS": bad}, need_seeds=False)
        assert err.value.variable == "NEWSBOT_FEEDS"
    with pytest.raises(SettingsError):
        load_settings({"NEWSBOT_FEED_TIMEOUT": "0"}, need_seeds=False)


def test_feed_allow_hosts_are_names_or_addresses(tmp_path):
    settings = load(tmp_path, NEWSBOT_FEED_ALLOW_HOSTS="Feeds.Local, 127.0.0.1,[::1]")
    assert settings.feed_allow_hosts == frozenset({"feeds.local", "127.0.0.1", "::1"})
    refused(tmp_path, "NEWSBOT_FEED_ALLOW_HOSTS", "http://feeds.local/rss")
