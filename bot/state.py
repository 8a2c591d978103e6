"""The bot's shared state, typed: PTB keeps one BotData per Application (passed as
ContextTypes(bot_data=BotData)), so handlers and jobs read attributes a type checker
knows instead of string keys."""
from __future__ import annotations

import asyncio
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.conversation import Conversation
from bot.metrics import Listener
from bot.service import worker_name
from bot.settings import BotSettings


class BotData:
    """What every handler and job shares. PTB makes it empty; build_application sets it up."""

    def __init__(self) -> None:
        self._conversation: Conversation | None = None
        self._settings: BotSettings | None = None
        self.digest_lock = asyncio.Lock()  # digest runs never overlap
        self.alert_lock = asyncio.Lock()  # alert runs never overlap
        self.stopping = asyncio.Event()  # set when the bot starts stopping: digests give up
        self.rebuilding = False  # an index rebuild is running
        self.worker = worker_name()
        self.in_flight: set[int] = set()  # inbox updates this worker holds (bot/inbox.py)
        self.metrics: Listener | None = None  # NEWSBOT_METRICS_LISTEN's server (bot/metrics.py)

    def set_up(self, conversation: Conversation, settings: BotSettings) -> None:
        """Give the bot its conversation (engine and store) and settings."""
        self._conversation, self._settings = conversation, settings
        conversation.worker = self.worker  # one name in claims, leases and logs

    @property
    def conversation(self) -> Conversation:
        """The conversation logic, with the engine and the store."""
        if self._conversation is None:
            raise RuntimeError("BotData used before build_application set it up")
        return self._conversation

    @property
    def settings(self) -> BotSettings:
        """The settings the bot was started with."""
        if self._settings is None:
            raise RuntimeError("BotData used before build_application set it up")
        return self._settings


# ExtBot[Any]: a send's rate_limit_args is a retry count or a SendWindow (bot.telegram_faults)
BotContext = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
BotApplication = Application[ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[BotContext]]
