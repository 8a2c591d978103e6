"""`python -m bot` as an operator runs it: a rejected token, stopping in every state, the
whole PTB lifecycle. Each test starts the real program against the fake Bot API."""
from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from tests.support.app import job
from tests.support.fakebot import FakeBotAPI
from tests.support.seeds import copy_seeds

STOPPED = 30  # seconds a stop may take before the test gives up (the target is 5; see docs/reliability.md)


def bot_env(api: FakeBotAPI, base, **extra) -> dict:
    base.joinpath("seeds").mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSBOT_", "TELEGRAM_"))}
    # PYTHONFAULTHANDLER: a crash of the bot (a signal in native code) prints every thread's
    # stack into the stderr the test shows
    return {**env, "PYTHONFAULTHANDLER": "1", "TELEGRAM_BOT_TOKEN": api.token,
            "NEWSBOT_TELEGRAM_BASE_URL": api.base_url,
            "NEWSBOT_SEEDS_DIR": str(base / "seeds"), "NEWSBOT_INDEX_DIR": str(base / "index"),
            "NEWSBOT_DATA_DIR": str(base / "data"), **extra}


async def start_bot(env: dict, cwd) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env, cwd=cwd,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def finish(proc: asyncio.subprocess.Process) -> tuple[int, str]:
    _out, err = await asyncio.wait_for(proc.communicate(), STOPPED)
    if proc.returncode is None:  # communicate() returns once the process has exited
        raise RuntimeError("the bot's exit status is unknown")
    return proc.returncode, err.decode("utf-8", "replace")


async def test_rejected_token_is_one_masked_line_and_exit_78(api, tmp_path):
    secret = "AAwrong-token-abcdefghijklmnopqrstuv"
    proc = await start_bot(bot_env(api, tmp_path, TELEGRAM_BOT_TOKEN=f"987654321:{secret}"), tmp_path)
    code, err = await finish(proc)
    assert code == 78, err
    lines = [line for line in err.splitlines() if "INFO" not in line]
    assert len(lines) == 1 and "987654321:***" in lines[0] and "TELEGRAM_BOT_TOKEN" in lines[0], err
    assert secret not in err and "Traceback" not in err


async def test_wrong_base_url_is_reported_not_retried(api, tmp_path):
    url = api.base_url.replace("/bot", "/v9/bot")  # well-formed, but the server answers 404
    proc = await start_bot(bot_env(api, tmp_path, NEWSBOT_TELEGRAM_BASE_URL=url), tmp_path)
    code, err = await finish(proc)
    assert code == 78 and "NEWSBOT_TELEGRAM_BASE_URL" in err and "Traceback" not in err
    assert api.token.split(":")[1] not in err


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_stops_while_telegram_is_unreachable(api, tmp_path, sig):
    api.down = True
    proc = await start_bot(bot_env(api, tmp_path), tmp_path)
    await api.wait_dropped(2)  # in the start-up retry loop: it tried again
    assert proc.returncode is None
    proc.send_signal(sig)
    code, err = await finish(proc)
    assert code == 0 and "Traceback" not in err, err


@pytest.mark.slow
async def test_recovers_when_telegram_comes_back_then_stops_with_the_full_lifecycle(api, tmp_path):
    copy_seeds(tmp_path / "seeds")
    api.down = True
    proc = await start_bot(bot_env(api, tmp_path), tmp_path)
    await asyncio.sleep(2)
    api.down = False
    await api.wait_for("setMyCommands", count=2, timeout=60)
    await api.message(10, "兵团精神")
    await api.wait_for("sendMessage", chat_id=10, timeout=30)
    proc.send_signal(signal.SIGTERM)
    code, err = await finish(proc)
    assert code == 0 and "store closed" in err and "Traceback" not in err, err


@pytest.mark.slow
async def test_stops_in_the_middle_of_an_ingest(api, tmp_path):
    seeds = tmp_path / "seeds"
    copy_seeds(seeds)
    body = "本报讯 哈密瓜今日上市，销往全国多个城市。" * 80
    text = "\n\n".join(f"## 第{i}篇 哈密瓜上市\n\n" + body for i in range(40))
    for n in range(150):
        (seeds / f"bulk{n:03}.txt").write_text(text.replace("哈密瓜", f"哈密瓜{n}"), "utf-8")
    proc = await start_bot(bot_env(api, tmp_path), tmp_path)
    lock = tmp_path / "index" / ".ingest.lock"
    for _ in range(600):  # until the start-up ingest has begun (it takes far longer than this wait)
        if lock.exists():
            break
        await asyncio.sleep(0.05)
    assert lock.exists() and api.of("setMyCommands") == []  # still building
    proc.send_signal(signal.SIGTERM)
    code, err = await finish(proc)
    assert code == 0 and "store closed" in err and "Traceback" not in err, err


async def test_stops_in_the_middle_of_a_digest(api, tmp_path):
    from tests.support.app import settings_for, start_app, stop_app

    copy_seeds(tmp_path / "seeds")
    app = await start_app(settings_for(api, tmp_path))
    await api.message(20, "/subscribe 00:00")
    await api.wait_for("sendMessage", chat_id=20)
    (tmp_path / "seeds" / "fresh.txt").write_text("## 吐鲁番葡萄节开幕\n\n本报讯 第三十届葡萄节开幕。\n", "utf-8")
    await asyncio.to_thread(app.bot_data.conversation.engine.ingest)
    api.faults["sendMessage"] = [(429, 60)]  # the rate limiter would wait a minute to retry
    digest = asyncio.create_task(job(app, "digests").run(app))
    await api.wait_for("sendMessage", count=2, chat_id=20)
    await asyncio.wait_for(stop_app(app), STOPPED)  # does not wait out the 429
    await asyncio.wait_for(digest, STOPPED)
    subscription = app.bot_data.conversation.store.subscription(20)
    assert subscription is not None and subscription.last_period is None  # goes out after a restart
