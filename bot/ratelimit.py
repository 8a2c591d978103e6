"""Telegram's send limits held across all workers: about 30 messages a second for the
whole bot (evenly spaced) and 20 in any minute per group (a sliding window, so a quiet
group's replies go at once). Each send books its slot in the store (PostgreSQL
when several workers run) before ChatRateLimiter (AIORateLimiter's limits, a 429 pausing only
its chat), which stays as each process's backstop and keeps its retries."""
from __future__ import annotations

import asyncio
import logging

from bot.store import Store
from bot.telegram_faults import ChatRateLimiter

log = logging.getLogger(__name__)
GLOBAL_PER_SECOND = 27  # Telegram: about 30/s; the slack absorbs timing jitter on busy hosts
GROUP_PER_MINUTE = 20
MINUTE = 60.0  # seconds
DEFAULT_RETRIES = 5


class SharedRateLimiter(ChatRateLimiter):
    """ChatRateLimiter (PTB's limits per process, a 429 pausing only its chat) whose global
    and per-group pace is shared through the store."""

    def __init__(self, store: Store, per_second: float = GLOBAL_PER_SECOND, max_retries: int = DEFAULT_RETRIES,
                 wait: float | None = None) -> None:
        """*wait*: seconds a booking may wait on the store; past it the local limiter alone
        paces the send (a stalled or unreachable database never holds a reply)."""
        super().__init__(max_retries=max_retries)
        self.store, self.per_second, self.wait = store, per_second, wait

    async def before_send(self, chat_id: int | str) -> None:
        """Every try of a chat send books its shared slots."""
        await self.pace(chat_id)

    async def pace(self, chat_id: int | str) -> None:
        """Sleep until this worker's turn in the bot-wide (and, for groups, the group's) pace.
        A store failure only leaves the local limiter in charge."""
        try:
            if _is_group(chat_id):
                await asyncio.sleep(await self._book(f"chat:{chat_id}", GROUP_PER_MINUTE, MINUTE))
            # evenly spaced: a burst booked for one second would meet the jitter of the next
            await asyncio.sleep(await self._book("global", 1, 1.0 / self.per_second))
        except Exception as exc:
            log.warning("shared send rate unavailable: %s", exc or "the database did not answer in time")

    async def _book(self, key: str, limit: int, window: float) -> float:
        """The store's wait for this send's slot, within *wait* seconds."""
        return await asyncio.wait_for(asyncio.to_thread(self.store.reserve_send, key, limit, window), self.wait)


def _is_group(chat_id: int | str) -> bool:
    try:
        return int(chat_id) < 0
    except (TypeError, ValueError):
        return True  # @channelusername
