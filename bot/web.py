"""Webhook mode: a small aiohttp server in front of PTB's update queue (PTB's
customwebhookbot pattern; aiohttp because the project already uses it and it serves
asyncio natively). Updates need Telegram's secret header; /healthz tells the load
balancer whether this worker can answer; a stop drains what was accepted."""
from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from bot import health, inbox
from bot.service import Service
from bot.settings import BotSettings
from bot.state import BotApplication
from bot.store import StoreError
from bot.telegram_faults import malformed

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
UPDATES = ["message", "callback_query", "inline_query"]
WEBHOOK_META = "webhook"
HEALTH_TIMEOUT = 5.0
MAX_CONNECTIONS = 40  # Telegram's default: simultaneous update deliveries to the webhook
MAX_UPDATE_BYTES = 1 << 20  # an update is a few KB; refuse anything past 1 MiB
SHUTDOWN_SECONDS = 10  # requests in progress get this long to finish on a stop
DRAIN_SECONDS = 3.0  # on a stop, 503 for at most this long, until the load balancer saw /healthz fail
SET_WEBHOOK_TIMEOUT = 60.0  # seconds setWebhook may take (the other workers wait on the lock)


def webhook_path(settings: BotSettings) -> str:
    """The path of NEWSBOT_WEBHOOK_URL, where updates are posted."""
    return urlsplit(settings.webhook_url).path or "/"


async def ensure_webhook(app: BotApplication, settings: BotSettings, service: Service) -> bool:
    """Call setWebhook only when the URL, secret or certificate changed since a worker last set it; the
    workers take turns under a shared lock, so one of them calls it. True when it was called."""
    cert = Path(settings.webhook_cert).read_bytes() if settings.webhook_cert else b""
    wanted = hashlib.sha256(f"{settings.webhook_url}\n{settings.webhook_secret}".encode()
                            + (b"\n" + cert if cert else b"")).hexdigest()
    loop = asyncio.get_running_loop()

    def set_webhook() -> None:  # a self-signed certificate is uploaded, or Telegram refuses it
        call = app.bot.set_webhook(settings.webhook_url, secret_token=settings.webhook_secret,
                                   allowed_updates=UPDATES, max_connections=MAX_CONNECTIONS,
                                   certificate=cert or None)
        asyncio.run_coroutine_threadsafe(call, loop).result(SET_WEBHOOK_TIMEOUT)

    called = await asyncio.to_thread(service.once_per_value, WEBHOOK_META, wanted, set_webhook)
    log.info("webhook %s %s", "set to" if called else "already at", settings.webhook_url)
    return called


async def forget_webhook(service: Service) -> None:
    """Polling mode: PTB deletes the webhook, so the next webhook start must set it again."""
    await asyncio.to_thread(service.forget_value, WEBHOOK_META)


class WebhookServer:
    """POST <webhook path>: an update; GET /healthz: 200 when the database and index answer."""

    def __init__(self, app: BotApplication, settings: BotSettings) -> None:
        self.app, self.settings = app, settings
        self.accepting = False
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._checked = False  # a load balancer polls /healthz
        self._seen_down = asyncio.Event()  # it was told 503 since the stop began

    async def start(self) -> None:
        """Listen on NEWSBOT_WEBHOOK_LISTEN and accept updates."""
        server = web.Application(client_max_size=MAX_UPDATE_BYTES)
        server.router.add_post(webhook_path(self.settings), self.update)
        server.router.add_get("/healthz", self.health)
        self._runner = web.AppRunner(server, access_log=None, shutdown_timeout=SHUTDOWN_SECONDS)
        await self._runner.setup()
        host, port = self.settings.webhook_listen
        site = web.TCPSite(self._runner, host, port, reuse_address=True)
        await site.start()
        self.port = self._runner.addresses[0][1]  # the port given, or the one picked for port 0
        self.accepting = True
        log.info("webhook server listening on %s:%d", host, self.port)

    async def stop(self) -> None:
        """Refuse new updates (503: Telegram and the load balancer retry elsewhere); when a
        load balancer polls /healthz, keep answering 503 until it was told (at most
        DRAIN_SECONDS), so it stops sending here before the port closes; let the requests in
        progress finish, close the listener."""
        self.accepting = False
        if self._checked:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._seen_down.wait(), DRAIN_SECONDS)
        if self._runner:
            await self._runner.cleanup()

    async def update(self, request: web.Request) -> web.Response:
        """One update from Telegram: checked, kept in the inbox, queued for PTB, acknowledged.
        When it cannot be kept (database down) the answer is 503 and Telegram sends it again."""
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self.settings.webhook_secret.encode()):
            log.warning("update refused: wrong or missing %s from %s", SECRET_HEADER, client(request))
            return web.Response(status=403, text="forbidden")
        if not self.accepting or not self.app.running:
            return web.Response(status=503, text="stopping")
        try:
            raw = json.loads(await request.read())
        except ValueError:
            return web.Response(status=400, text="not JSON")
        why = malformed(raw, self.app.bot) if isinstance(raw, dict) else "an object"
        if why is not None:  # acknowledged, or Telegram would redeliver it forever
            log.warning("update %s skipped: %s missing", raw.get("update_id") if isinstance(raw, dict) else "?", why)
            return web.Response(text="skipped")
        try:
            fresh = await inbox.accept(self.app, raw)
        except StoreError as exc:
            log.error("update %s not kept, refused for Telegram to retry: %s", raw["update_id"], exc)
            return web.Response(status=503, text="not stored")
        return web.Response(text="ok" if fresh else "duplicate")

    async def health(self, request: web.Request) -> web.Response:
        """200 when this worker can answer: accepting, the store answering, the index holding
        articles, the last good ingest not overdue (bot/health.py); 503 and the problems if not.
        While draining it is 503 at once, so the load balancer sees the worker go down."""
        self._checked = True
        if not self.accepting:
            self._seen_down.set()
            return web.json_response({"ok": False, "stopping": True, "problems": ["stopping"]}, status=503)
        data = self.app.bot_data
        try:
            found = await asyncio.wait_for(asyncio.to_thread(
                health.check, data.conversation, data.settings.reingest_minutes), HEALTH_TIMEOUT)
        except TimeoutError:
            return web.json_response({"ok": False, "problems": ["the health check timed out"]}, status=503)
        body = found.as_dict()
        return web.json_response(body, status=200 if body["ok"] else 503)


def client(request: web.Request) -> str:
    """The client's address: the last X-Forwarded-For entry (the one the load balancer
    added, `option forwardfor`) when the request came from this machine, else the peer."""
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and request.remote in ("127.0.0.1", "::1"):
        return forwarded.split(",")[-1].strip()
    return request.remote or "?"


async def start_worker(app: BotApplication, settings: BotSettings) -> WebhookServer:
    """After app.initialize(): post_init, setWebhook if needed, start PTB, then listen."""
    if app.post_init is not None:  # run_polling would call it; here it is done by hand
        await app.post_init(app)
    await ensure_webhook(app, settings, app.bot_data.conversation)
    await app.start()
    server = WebhookServer(app, settings)
    await server.start()
    log.info("serving the webhook %s", settings.webhook_url)
    return server


async def stop_worker(app: BotApplication, server: WebhookServer | None) -> None:
    """Refuse new updates, finish those accepted (PTB's stop drains its queue), shut down."""
    if server is not None:
        await server.stop()
    if app.running:
        await app.stop()
        await inbox.release(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
