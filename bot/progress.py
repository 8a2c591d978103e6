"""A long /reindex in Telegram: a status message sent as soon as the ingest starts reading
its files, edited with the files done while it runs (at most one edit every EDIT_SECONDS:
Telegram limits edits as it limits sends), and at the end with the report.

The ingest runs in a thread; it calls the tracker, which hands each send or edit to the
event loop and skips progress while one is still under way, so they arrive in order."""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Coroutine
from typing import Any

from telegram import Message
from telegram.error import TelegramError

from bot import render
from bot.render import Reply
from bot.render.console import PROGRESS_MIN_FILES
from bot.telegram_io import localize, markup, send

log = logging.getLogger(__name__)
EDIT_SECONDS = 3.0  # at least this long between two edits of the status message


class StatusMessage:
    """Progress of an action run off the event loop, shown in one message of the chat of
    *message* (the command). A short ingest (under PROGRESS_MIN_FILES files) shows none."""

    def __init__(self, message: Message, loop: asyncio.AbstractEventLoop) -> None:
        self.message, self.loop = message, loop
        self.shown: Message | None = None  # the status message, once sent
        self.pending: concurrent.futures.Future[None] | None = None  # the send or edit under way
        self.last = 0.0  # time.monotonic() of the last send or edit

    def __call__(self, done: int, total: int) -> None:
        """Files *done* of *total* (called in the ingest's thread)."""
        if total < PROGRESS_MIN_FILES or (self.pending is not None and not self.pending.done()):
            return
        now = time.monotonic()
        if self.pending is not None and now - self.last < EDIT_SECONDS:
            return
        self.last = now
        self.pending = asyncio.run_coroutine_threadsafe(self._show(render.reindexing(done, total)), self.loop)

    async def finish(self, reply: Reply) -> bool:
        """Put *reply* (the result) in the status message; False when none was shown (or it
        could not be edited): then *reply* is to be sent as usual."""
        if self.pending is not None:
            try:
                await asyncio.wrap_future(self.pending)
            except TelegramError as exc:  # the status message could not be sent
                log.info("status message not sent: %s", exc)
        if self.shown is None:
            return False
        return await self._quietly(self._edit(self.shown, reply))

    async def _show(self, reply: Reply) -> None:
        if self.shown is None:
            self.shown = await send(self.message, reply)
        else:
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
