"""The real bot Application, configured as `python -m bot` does, run against the fake Bot
API: start and stop it, wait until it has handled updates, reach its jobs and buttons."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Job, TypeHandler

from bot.app import build_application
from bot.settings import BotSettings
from bot.state import BotApplication, BotContext
from tests.support.fakebot import Call, FakeBotAPI

LONG = "## 超长测试文章\n\n日期：2024-09-01\n\n" + "\n\n".join(
    f"第{i}段：吐鲁番葡萄沟的<葡萄>&“瓜果”产业继续发展，" + "游客络绎不绝，" * 60 + "。" for i in range(1, 13))

MANY = "\n\n".join(f"## 哈密瓜上市快讯{i}\n\n本报讯 哈密瓜第{i}批今日上市，销往全国{i}个城市。" for i in range(1, 15))


def settings_for(api: FakeBotAPI, base: Path) -> BotSettings:
    """The bot's settings for a test: folders under *base*, the fake API, user 1 an admin."""
    return BotSettings(seeds_dir=base / "seeds", index_dir=base / "index", data_dir=base,
                       telegram_token=api.token, telegram_base_url=api.base_url,
                       admin_ids=frozenset({1}), reingest_minutes=60,
                       feed_allow_hosts=frozenset({"127.0.0.1"}))  # the test feed server


async def start_app(settings: BotSettings) -> BotApplication:
    """The Application as run_polling starts it (post_init included), polling the fake API."""
    app = build_application(settings)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    if app.updater is not None:
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
    await app.start()
    return app


class Handled:
    """The updates the bot has finished with. Its handler sits in a group after the bot's
    own, and PTB runs an update's groups in order, awaiting each (blocking) handler: when
    it sees an update, every reply the bot sent to it has reached the fake API. A test can
    then assert that nothing (more) was sent, without sleeping."""

    GROUP = 1_000_000  # after every group the bot uses

    def __init__(self, app: BotApplication) -> None:
        self.ids: set[int] = set()
        self._new = asyncio.Condition()
        app.add_handler(TypeHandler(Update, self._seen), group=self.GROUP)

    async def _seen(self, update: Update, _context: Any) -> None:
        async with self._new:
            self.ids.add(update.update_id)
            self._new.notify_all()

    async def wait(self, *update_ids: int, timeout: float = 20) -> None:
        """Until the bot has finished with each of *update_ids* (fails after *timeout*)."""
        async with self._new:
            await asyncio.wait_for(self._new.wait_for(lambda: set(update_ids) <= self.ids), timeout)


def job(app: BotApplication, name: str) -> Job[BotContext]:
    """The job post_init scheduled as *name* (reingest, digests, flood)."""
    if app.job_queue is None:
        raise RuntimeError("no job queue: python-telegram-bot[job-queue] is a dependency")
    return app.job_queue.get_jobs_by_name(name)[0]


async def settled_reingest(app: BotApplication) -> None:
    """Pause the scheduled re-ingest, then ingest once ourselves: a run still under way is
    over when ours gets the ingest lock, so later changes to the folder wait for /reindex."""
    job(app, "reingest").enabled = False
    service = app.bot_data.conversation
    for _ in range(200):
        if await asyncio.to_thread(service.ingest_alone, 60.0) is not None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the scheduled re-ingest never let go of the ingest lock")


async def stop_app(app: BotApplication) -> None:
    """Stop what start_app started."""
    if app.updater is not None:
        await app.updater.stop()
    await app.stop()
    await app.shutdown()


def buttons(call: Call) -> list[dict[str, Any]]:
    """The inline buttons of a sent message, row after row."""
    return [b for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []) for b in row]
