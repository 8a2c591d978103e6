"""A fake Telegram Bot API server on 127.0.0.1 that checks requests the way Telegram does.

It records every call, serves updates to long polling, and answers 400 with Telegram's
wording when a request breaks the rules (HTML, lengths, button data, inline results). On
demand it answers 429 with retry_after (for a method or for one chat), 403 for chats that
blocked the bot, Telegram's everyday 400s (TOO_OLD, NOT_MODIFIED, ...), "group chat was
upgraded" with migrate_to_chat_id, or drops the connection as if Telegram were unreachable.
"""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.support.fake_methods import TelegramMethods, _int
from tests.support.telegram_rules import API, UPGRADED, TelegramError


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)
    status: int = 0  # what the server answered
    worker: str = ""  # the base URL's prefix, when workers are given their own


class FakeBotAPI(TelegramMethods):
    """The server, its recorded calls, and helpers to push updates."""

    def __init__(self, token: str = "123456789:AAtest-token-abcdefghijklmnopqrstu") -> None:
        self.token = token
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self.faults: dict[str, list[tuple[int, int]]] = {}  # method -> [(status, retry_after)]
        self.fail_every: dict[str, tuple[int, int]] = {}  # method -> (every n-th call, retry_after)
        self.blocked: set[int] = set()
        self.admins: dict[int, set[int]] = {}  # group chat id -> administrators' user ids
        self.errors: dict[str, list[tuple[int, str]]] = {}  # method -> [(status, description)]
        self.chat_faults: dict[int, list[int]] = {}  # chat id -> [retry_after] of 429s to come
        self.migrated: dict[int, int] = {}  # group chat id -> the supergroup it became
        self.closed_topics: set[tuple[int, int]] = set()  # (chat id, message_thread_id) closed or deleted
        self.down = False
        self.dropped = 0  # requests whose connection was dropped while down
        self.send_delay = 0.0  # seconds each sendMessage takes, like the real API's latency
        self.webhook_error: str | None = None  # getWebhookInfo's last_error_message
        self.hold_sends = False  # sendMessage requests wait unread (never recorded) while set
        self.held = 0  # sendMessage requests that waited so
        self.refused: list[tuple[str, str]] = []  # (method, description) of every 400
        self.messages: dict[tuple[int, int], dict] = {}
        self.files: dict[str, bytes] = {}  # file_id -> the bytes getFile and the download route serve
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1)
        self._counts: dict[str, int] = {}
        self._new = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("*", "/worker-{worker:[A-Z]}/bot{token}/{method}", self._handle)  # tells workers apart
        app.router.add_route("GET", "/file/bot{token}/{path:.*}", self._download)
        app.router.add_route("GET", "/worker-{worker:[A-Z]}/file/bot{token}/{path:.*}", self._download)
        app.router.add_route("*", "/{path:.*}", self._not_found)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]  # the one picked when port was 0

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    # -- updates --------------------------------------------------------------
    async def push(self, update: dict) -> int:
        update = {"update_id": next(self._update_ids), **update}
        async with self._new:
            self.updates.append(update)
            self._new.notify_all()
        return update["update_id"]

    def user(self, user_id: int, language: str = "zh-hans") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": f"U{user_id}", "language_code": language}

    def chat(self, chat_id: int, kind: str) -> dict:
        return {"id": chat_id, "type": kind, **({"title": "群"} if kind != "private" else {"first_name": "U"})}

    async def message(self, chat_id: int, text: str, kind: str = "private", user_id: int | None = None,
                      reply_to: int | None = None, language: str = "zh-hans", topic: int | None = None) -> int:
        chat = {**self.chat(chat_id, kind), **({"is_forum": True} if topic is not None else {})}
        msg: dict[str, Any] = {"message_id": next(self._ids), "date": int(time.time()), "chat": chat,
                               "from": self.user(user_id or abs(chat_id), language), "text": text}
        if topic is not None:  # a message in a forum topic of a supergroup
            msg.update(message_thread_id=topic, is_topic_message=True)
        ents: list[dict[str, Any]] = [{"type": "bot_command", "offset": m.start(), "length": m.end() - m.start()}
                for m in re.finditer(r"(?<!\S)/[a-z_]+(@\w+)?", text) if m.start() == 0]
        ents += [{"type": "mention", "offset": m.start(), "length": m.end() - m.start()}
                 for m in re.finditer(r"@\w+", text) if not ents or m.start() > ents[0]["length"]]
        if ents:
            msg["entities"] = ents
        if reply_to is not None:
            msg["reply_to_message"] = self.messages[(chat_id, reply_to)]
        return await self.push({"message": msg})

    async def document(self, chat_id: int, name: str, data: bytes, kind: str = "private",
                       user_id: int | None = None, size: int | None = None) -> int:
        """A file sent to the bot (*size*: the size Telegram states, when it is not len(data))."""
        file_id = f"doc{next(self._ids)}"
        self.files[file_id] = data
        msg = {"message_id": next(self._ids), "date": int(time.time()), "chat": self.chat(chat_id, kind),
               "from": self.user(user_id or abs(chat_id)),
               "document": {"file_id": file_id, "file_unique_id": "u" + file_id, "file_name": name,
                            "file_size": len(data) if size is None else size}}
        return await self.push({"message": msg})

    async def callback(self, chat_id: int, message_id: int, data: str, user_id: int | None = None,
                       language: str = "zh-hans") -> int:
        msg = self.messages[(chat_id, message_id)]
        return await self.push({"callback_query": {"id": str(next(self._ids)),
                                                   "from": self.user(user_id or abs(chat_id), language),
                                                   "chat_instance": "ci", "data": data, "message": msg}})

    async def inline(self, query: str, offset: str = "", user_id: int = 7) -> str:
        """Push an inline query; returns its id (answerInlineQuery's inline_query_id)."""
        qid = str(next(self._ids))
        await self.push({"inline_query": {"id": qid, "from": self.user(user_id), "query": query, "offset": offset}})
        return qid

    # -- inspection -----------------------------------------------------------
    def of(self, method: str, chat_id: int | None = None, ok: bool = False) -> list[Call]:
        return [c for c in self.calls if c.method == method and (not ok or c.status == 200)
                and (chat_id is None or str(c.params.get("chat_id")) == str(chat_id))]

    async def wait_for(self, method: str, count: int = 1, chat_id: int | None = None,
                       timeout: float = 20) -> list[Call]:
        deadline = time.monotonic() + timeout
        while len(self.of(method, chat_id)) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout}s for {count} {method}; got {len(self.of(method, chat_id))}; "
                                     f"refused: {self.refused[-3:]}")
            await asyncio.sleep(0.02)
        return self.of(method, chat_id)

    async def wait_dropped(self, count: int, timeout: float = 20) -> None:
        """Until *count* requests have found the server down (the client retried)."""
        deadline = time.monotonic() + timeout
        while self.dropped < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"waited {timeout}s for {count} dropped requests; got {self.dropped}")
            await asyncio.sleep(0.02)

    # -- HTTP -----------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if self.down:
            self.dropped += 1
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=502)
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        method = request.match_info["method"]
        if method == "sendMessage" and self.hold_sends:  # the sender dies before Telegram takes it
            self.held += 1
            while self.hold_sends:
                await asyncio.sleep(0.05)
            return web.Response(status=502)
        params = await self._params(request)
        call = Call(method, params, worker=request.match_info.get("worker", ""))
        self.calls.append(call)
        try:
            self._fault(method, params)
            result = await self._dispatch(method, params)
            call.status = 200
        except TelegramError as exc:
            call.status = exc.code
            if exc.code == 400:
                self.refused.append((method, exc.description))
            body = {"ok": False, "error_code": exc.code, "description": exc.description}
            if exc.parameters:
                body["parameters"] = exc.parameters
            return web.json_response(body, status=exc.code)
        return web.json_response({"ok": True, "result": result})

    async def _download(self, request: web.Request) -> web.StreamResponse:
        """A file getFile named, as Telegram's file server serves it (documents/<file_id>)."""
        data = self.files.get(request.match_info["path"].removeprefix("documents/"))
        if request.match_info["token"] != self.token or data is None:
            return await self._not_found(request)
        self.calls.append(Call("download", {"path": request.match_info["path"]}, status=200))
        return web.Response(body=data, content_type="application/octet-stream")

    async def _not_found(self, request: web.Request) -> web.StreamResponse:
        return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)

    async def _params(self, request: web.Request) -> dict:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        out = {}
        for key, value in form.items():
            if isinstance(value, str) and value[:1] and value[0] in "[{":
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            out[key] = value
        return out

    def fail_next(self, method: str, description: str, status: int = 400) -> None:
        """Answer the next call of *method* with this error, worded as given."""
        self.errors.setdefault(method, []).append((status, description))

    def _fault(self, method: str, params: dict) -> None:
        n = self._counts[method] = self._counts.get(method, 0) + 1
        if self.errors.get(method):
            status, description = self.errors[method].pop(0)
            raise TelegramError(status, description)
        chat = _int(params.get("chat_id"))
        if chat is not None and self.chat_faults.get(chat):
            self._raise(429, self.chat_faults[chat].pop(0))
        if (chat, _int(params.get("message_thread_id"))) in self.closed_topics and method.startswith("send"):
            raise TelegramError(400, "Bad Request: TOPIC_CLOSED")
        if chat in self.migrated and method.startswith("send"):
            raise TelegramError(400, UPGRADED, {"migrate_to_chat_id": self.migrated[chat]})
        queued = self.faults.get(method)
        if queued:
            status, retry = queued.pop(0)
            self._raise(status, retry)
        every = self.fail_every.get(method)
        if every and n % every[0] == 0:
            self._raise(429, every[1])
        if method in ("sendMessage", "editMessageText") and _int(params.get("chat_id")) in self.blocked:
            raise TelegramError(403, "Forbidden: bot was blocked by the user")

    @staticmethod
    def _raise(status: int, retry: int) -> None:
        if status == 429:
            raise TelegramError(429, f"Too Many Requests: retry after {retry}", {"retry_after": retry})
        raise TelegramError(status, "Forbidden: bot was blocked by the user" if status == 403 else "Bad Request")

    async def _dispatch(self, method: str, p: dict):
        spec = API["methods"].get(method)
        if spec is None:
            raise TelegramError(404, "Not Found")
        for f in spec.get("fields", []):
            if f["required"] and p.get(f["name"]) in (None, ""):
                raise TelegramError(400, f"Bad Request: {f['name']} is empty" if f["name"] != "text"
                                    else "Bad Request: message text is empty")
        handler = getattr(self, "_m_" + method, None)
        return await handler(p) if handler else True
