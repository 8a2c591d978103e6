"""Telegram's everyday faults, handled where they arise: malformed updates from a proxy or
self-hosted server, and 429s that must pause only the chat they were for. Both go through
PTB's public extension points: a request class (``do_request``) and a ``BaseRateLimiter``."""
from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import re
import time
import warnings
from collections.abc import AsyncIterator
from typing import Any, Protocol, cast

from aiolimiter import AsyncLimiter
from telegram import Bot, Update
from telegram.constants import FloodLimit
from telegram.error import RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot import metrics

log = logging.getLogger(__name__)
_MESSAGES = ("message", "edited_message", "channel_post", "edited_channel_post")
_MISSING = re.compile(r"argument: '(\w+)'|arguments: (.+)$")
DEFAULT_RETRIES = 5
RESUME_MARGIN = 0.1  # seconds added to retry_after before a paused chat sends again
GROUP_LIMITERS_KEPT = 512  # idle per-group limiters are dropped beyond this many (as PTB does)


def malformed(raw: dict, bot: Bot | None = None) -> str | None:
    """Why *raw* cannot be handled (the missing field), or None when it is a valid update."""
    for kind in _MESSAGES:
        msg = raw.get(kind)
        if isinstance(msg, dict):
            for name in ("chat", "date", "message_id"):
                if name not in msg:
                    return f"{kind}.{name}"
    try:
        Update.de_json(raw, bot)
    except KeyError as exc:
        return str(exc.args[0]) if exc.args else "a field"
    except (TypeError, ValueError, AttributeError) as exc:
        m = _MISSING.search(str(exc))
        return (m.group(1) or m.group(2)) if m else type(exc).__name__
    return None


class TolerantUpdatesRequest(HTTPXRequest):
    """The getUpdates connection (ExtBot's ``get_updates_request``), whose answer survives
    an update PTB cannot parse. PTB parses the whole batch at once, so one bad update fails
    every poll and the bot goes deaf while it is re-offered (logging the users' texts at
    CRITICAL each time). Here the bad update is replaced by an empty one with the same id,
    so the offset moves past it, and logged once at WARNING with ids and the missing field
    only. ``do_request`` is PTB's documented override point for a request class."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._seen_bad: set[int] = set()

    async def do_request(self, url: str, method: str, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """The HTTP answer, with each malformed update in a successful getUpdates emptied."""
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if 200 <= code <= 299 and url.endswith("/getUpdates"):
            payload = self.cleaned(payload)
        return code, payload

    def cleaned(self, payload: bytes) -> bytes:
        """*payload* with its malformed updates emptied; unchanged when none is (or when it
        is not JSON at all, which PTB then reports itself)."""
        try:
            body = json.loads(payload.decode("utf-8", "replace"))
        except ValueError:
            return payload
        result = body.get("result") if isinstance(body, dict) else None
        if not isinstance(result, list):
            return payload
        checked = [self._checked(raw) for raw in result]
        if checked == result:
            return payload
        body["result"] = checked
        return json.dumps(body, ensure_ascii=False).encode("utf-8")

    def _checked(self, raw: Any) -> Any:
        if not isinstance(raw, dict) or not isinstance(raw.get("update_id"), int):
            return raw
        why = malformed(raw)
        if why is None:
            return raw
        uid = raw["update_id"]
        if uid not in self._seen_bad:
            self._seen_bad.add(uid)
            log.warning("skipping malformed update %s (%s): missing or invalid %s",
                        uid, ", ".join(_ids(raw)) or "no ids", why)
        return {"update_id": uid}


def _ids(raw: dict) -> list[str]:
    """Ids in an update, for the log: never its text."""
    out = []
    for kind, body in raw.items():
        if isinstance(body, dict):
            for name in ("message_id", "id"):
                if isinstance(body.get(name), (int, str)):
                    out.append(f"{kind}.{name}={body[name]}")
            chat = body.get("chat")
            if isinstance(chat, dict) and isinstance(chat.get("id"), int):
                out.append(f"chat={chat['id']}")
    return out


class SendWindow(Protocol):
    """Passed as a send's ``rate_limit_args``: asked right before each HTTP attempt (after
    every wait for a slot) whether the message may still go out, and told when the attempt
    is over. A digest uses it to check its claim at the last moment, and a stop to tell a
    send still waiting from one already on the wire (which must not be cut off)."""

    async def open(self) -> bool:
        """True to send now; False withdraws the send (SendWithdrawn is raised)."""
        ...

    def close(self) -> None:
        """The HTTP attempt returned or failed."""
        ...


class SendWithdrawn(Exception):
    """A send whose SendWindow said no at the last moment: nothing reached Telegram."""


class ChatRateLimiter(BaseRateLimiter["int | SendWindow"]):
    """The limits of PTB's AIORateLimiter (30/s overall for chat sends, 20/min per group,
    1000/s for paid broadcasts), but a 429 pauses only the chat it was for (or, for a call
    without a chat, that method); PTB's own pauses every request of the bot. Retries up to
    *max_retries* times."""

    def __init__(self, max_retries: int = DEFAULT_RETRIES) -> None:
        self.max_retries = max_retries
        self._overall = AsyncLimiter(FloodLimit.MESSAGES_PER_SECOND, 1)
        self._paid = AsyncLimiter(FloodLimit.PAID_MESSAGES_PER_SECOND, 1)
        self._groups: dict[int | str, AsyncLimiter] = {}
        self._paused: dict[object, float] = {}

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def _wait(self, key: object) -> None:
        until = self._paused.get(key)
        while until is not None and (left := until - time.monotonic()) > 0:
            await asyncio.sleep(left)
            until = self._paused.get(key)
        self._paused.pop(key, None)

    def _group(self, group: int | str) -> AsyncLimiter:
        if len(self._groups) > GROUP_LIMITERS_KEPT:
            for key, limiter in list(self._groups.items()):
                if key != group and limiter.has_capacity(limiter.max_rate):
                    del self._groups[key]
        return self._groups.setdefault(group, AsyncLimiter(FloodLimit.MESSAGES_PER_MINUTE_PER_GROUP, 60))

    @contextlib.asynccontextmanager
    async def _slot(self, chat_id: int | str | None, paid: bool) -> AsyncIterator[None]:
        """Held while one attempt is made: the paid-broadcast pace, or the group's and the
        bot's (in that order, as PTB takes them)."""
        if paid:
            async with self._paid:
                yield
            return
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) or isinstance(chat_id, str) else None
        async with contextlib.AsyncExitStack() as stack:
            if group is not None:
                await stack.enter_async_context(self._group(group))
            if chat_id is not None:
                await stack.enter_async_context(self._overall)
            yield

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | SendWindow | None) -> Any:
        """Send under the limits; on a 429, pause this chat only and retry. *rate_limit_args*
        is a retry count or a SendWindow (see there)."""
        retries = rate_limit_args if isinstance(rate_limit_args, int) else self.max_retries
        window = cast(SendWindow, rate_limit_args) if hasattr(rate_limit_args, "open") else None
        chat_id = _chat_key(data.get("chat_id"))
        key = chat_id if chat_id is not None else endpoint

        async def on_the_wire() -> Any:
            # the window first: its store round trip between the pace and the send would
            # bunch the paced sends; the pace's wait is short against any lease
            if window is not None and not await window.open():
                raise SendWithdrawn(f"{endpoint} for {key} withdrawn before it was sent")
            try:
                if chat_id is not None:
                    await self.before_send(chat_id)
                return await callback(*args, **kwargs)
            except TelegramError as exc:
                metrics.TELEGRAM_ERRORS.labels(metrics.telegram_error_kind(exc)).inc()
                raise
            finally:
                if window is not None:
                    window.close()

        for attempt in range(retries + 1):
            await self._wait(key)
            try:
                async with self._slot(chat_id, bool(data.get("allow_paid_broadcast", False))):
                    return await on_the_wire()
            except RetryAfter as exc:
                if attempt == retries:
                    log.warning("%s for %s: still rate limited after %d retries", endpoint, key, retries)
                    raise
                pause = retry_seconds(exc)
                self._paused[key] = max(self._paused.get(key, 0.0), time.monotonic() + pause + RESUME_MARGIN)
                log.info("%s for %s: rate limited, retrying in %.0fs", endpoint, key, pause)
        raise AssertionError("unreachable")

    async def before_send(self, chat_id: int | str) -> None:
        """Waits a send makes after this process's limits and before going out (none here;
        SharedRateLimiter books the slots all workers share)."""


def _chat_key(raw: Any) -> int | str | None:
    """A chat id as sent (an int, a numeric string or @channelusername), as an int if numeric."""
    if raw is None:
        return None
    with contextlib.suppress(ValueError, TypeError):
        return int(raw)
    return str(raw)


def retry_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after in seconds. PTB 22 gives an int (or float) and warns that it
    will become a timedelta, which it already is with PTB_TIMEDELTA=true: both are taken,
    and the warning, about a change handled here, is not passed on."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
