"""A long /reindex in Telegram: one status message, kept up to date while the ingest runs,
then edited to hold the report.

What an admin expects is to see that the bot is working whenever the wait is long, whatever
makes it long: many files (the message is sent as soon as the ingest counts
PROGRESS_MIN_FILES of them), a few big files, or a slow feed (the message is sent once the
ingest has run SHOW_AFTER seconds, whatever it reads). While it runs, the message is edited
with the files done at most every EDIT_SECONDS (Telegram limits edits as it limits sends),
and at least every STALL_SECONDS with the time spent, so a long wait on one file or one
feed still shows it is not stuck.

The ingest runs in a thread and only notes its progress; a task on the event loop sends
and edits, one at a time, so they arrive in order."""
from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Message
from telegram.error import TelegramError

from bot import render
from bot.render import Reply
from bot.render.console import PROGRESS_MIN_FILES
from bot.telegram_io import localize, markup, send

log = logging.getLogger(__name__)
SHOW_AFTER = 3.0  # seconds an action runs before its status message is sent, however few its files
EDIT_SECONDS = 3.0  # at least this long between two edits of the status message
STALL_SECONDS = 15.0  # at most this long between two edits while nothing moves (the time spent changes)


class StatusMessage:
    """Progress of an action run off the event loop, shown in one message of the chat of
    *message* (the command). An action over before SHOW_AFTER seconds and PROGRESS_MIN_FILES
    files shows none. Made on the event loop, which runs its keeper task."""

    def __init__(self, message: Message, loop: asyncio.AbstractEventLoop) -> None:
        self.message, self.loop = message, loop
        self.shown: Message | None = None  # the status message, once sent
        self.text = ""  # what it says now
        self.done = self.total = 0  # files, as the action last told
        self.started = time.monotonic()
        self.woken = asyncio.Event()  # progress was told, or the action ended
        self.ended = False
        self.keeper = loop.create_task(self._keep())

    def __call__(self, done: int, total: int) -> None:
        """Files *done* of *total* (called in the action's thread)."""
        self.done, self.total = done, total
        self.loop.call_soon_threadsafe(self.woken.set)

    async def finish(self, reply: Reply) -> bool:
        """Put *reply* (the result) in the status message; False when none was shown (or it
        could not be edited): then *reply* is to be sent as usual."""
        await self.close()
        if self.shown is None:
            return False
        return await self._quietly(self._edit(self.shown, reply))

    async def close(self) -> None:
        """The action ended: stop keeping the message (after a send or edit under way)."""
        self.ended = True
        self.woken.set()
        await self.keeper

    async def _keep(self) -> None:
        """Send the status once the action is known to be long, then keep it up to date."""
        await self._wait(SHOW_AFTER, lambda: self.total >= PROGRESS_MIN_FILES)
        while not self.ended:
            shown_done = self.done
            try:
                await self._show(self._status())
            except TelegramError as exc:  # the status message could not be sent
                log.info("status message not sent: %s", exc)
                return
            await self._wait(EDIT_SECONDS, lambda: False)
            await self._wait(STALL_SECONDS - EDIT_SECONDS, functools.partial(self._moved, shown_done))

    def _moved(self, since: int) -> bool:
        return self.done != since

    async def _wait(self, seconds: float, ready: Callable[[], bool]) -> None:
        """Until *seconds* have passed, *ready()* holds or the action ended."""
        deadline = time.monotonic() + seconds
        while not self.ended and not ready() and (left := deadline - time.monotonic()) > 0:
            self.woken.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.woken.wait(), left)

    def _status(self) -> Reply:
        return render.reindexing(self.done, self.total, time.monotonic() - self.started)

    async def _show(self, reply: Reply) -> None:
        if self.shown is None:
            self.shown, self.text = await send(self.message, reply), reply.text
        elif reply.text != self.text:  # Telegram refuses an edit that changes nothing
            self.text = reply.text
            await self._quietly(self._edit(self.shown, reply))

    async def _edit(self, shown: Message, reply: Reply) -> None:
        reply = localize(reply, self.message.from_user)
        await shown.edit_text(reply.text, reply_markup=markup(reply))

    @staticmethod
    async def _quietly(edit: Coroutine[Any, Any, None]) -> bool:
        """Run *edit*; False (logged) when Telegram refused it (the message deleted...)."""
        try:
            await edit
            return True
        except TelegramError as exc:
            log.info("status message not edited: %s", exc)
            return False
