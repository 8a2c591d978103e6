"""The bot's settings: the search settings it runs with, plus Telegram (token, server,
webhook), administrators, the re-ingest interval, digests and the error chat. Read once,
each value checked before anything runs (SettingsError, exit 78), as search/settings.py
does for its own."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from search import settings as search_settings
from search.settings import EX_CONFIG, Settings, SettingsError, bounded, environment, read

__all__ = ["EX_CONFIG", "BotSettings", "SettingsError", "digest_time", "load_settings", "mask_token"]

REINGEST_BOUNDS = (1.0, 1440.0)  # minutes: at least once a minute at most, at least once a day
DIGEST_LEASE_BOUNDS = (1.0, 3600.0)  # seconds
PORT_RANGE = (1, 65535)
_TOKEN = re.compile(r"^(\d{3,20}):[A-Za-z0-9_-]{20,}$")
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")
_INT = re.compile(r"^-?\d{1,20}$")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # Telegram's secret_token rule


@dataclass(frozen=True)
class BotSettings(Settings):
    """Every setting the bot reads: the search settings, then the bot's own; see .env.example."""

    telegram_token: str = field(default="", repr=False)  # never printed
    telegram_base_url: str = "https://api.telegram.org/bot"
    admin_ids: frozenset[int] = frozenset()
    reingest_minutes: float = 5.0
    digest_time: str = "08:00"
    timezone: str = "Asia/Shanghai"
    error_chat_id: int | None = None
    webhook_url: str = ""
    webhook_listen: tuple[str, int] = ("127.0.0.1", 8080)
    webhook_secret: str = field(default="", repr=False)
    digest_lease: float = 120.0


def mask_token(token: str) -> str:
    """A token shown safely: the bot id, then ***."""
    bot_id, sep, _secret = token.partition(":")
    return f"{bot_id}:***" if sep and bot_id.isdigit() else "***"


def token(raw: str) -> str:
    """TELEGRAM_BOT_TOKEN: empty, or `<bot id>:<secret>` as @BotFather gives it."""
    raw = raw.strip()
    if raw and not _TOKEN.match(raw):
        raise SettingsError("TELEGRAM_BOT_TOKEN", mask_token(raw),
                            "the token from @BotFather, like 123456789:AAE... (digits, a colon, "
                            "then letters, digits, - or _)")
    return raw


def base_url(raw: str) -> str:
    """NEWSBOT_TELEGRAM_BASE_URL: an http(s) URL ending in /bot, or holding {token}."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or \
            not (parts.path.endswith("/bot") or "{token}" in raw):
        raise SettingsError("NEWSBOT_TELEGRAM_BASE_URL", raw,
                            "an http(s) URL ending in /bot, like https://api.telegram.org/bot")
    return raw


def admin_ids(raw: str) -> frozenset[int]:
    """NEWSBOT_ADMIN_IDS: numeric Telegram user ids separated by commas."""
    items = [x.strip() for x in raw.split(",")]
    if any(x and not _INT.match(x) for x in items):
        raise SettingsError("NEWSBOT_ADMIN_IDS", raw, "numeric Telegram user ids separated by commas, "
                            "like 12345,67890 (not @usernames)")
    return frozenset(int(x) for x in items if x)


def digest_time(raw: str, variable: str = "NEWSBOT_DIGEST_TIME") -> str:
    """A time of day as HH:MM (8:00 becomes 08:00)."""
    m = _TIME.match(raw.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise SettingsError(variable, raw, "a time of day from 00:00 to 23:59, like 08:00")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def chat_id(raw: str) -> int | None:
    """NEWSBOT_ERROR_CHAT_ID: empty, or a numeric chat id (groups are negative)."""
    raw = raw.strip()
    if raw and not _INT.match(raw):
        raise SettingsError("NEWSBOT_ERROR_CHAT_ID", raw, "a numeric chat id, like 12345 or -1001234567890")
    return int(raw) if raw else None


def webhook_url(raw: str) -> str:
    """NEWSBOT_WEBHOOK_URL: empty (long polling) or the public https URL Telegram posts to."""
    raw = raw.strip()
    parts = urlsplit(raw)
    if raw and (parts.scheme != "https" or not parts.hostname):
        raise SettingsError("NEWSBOT_WEBHOOK_URL", raw, "empty for long polling, or the public https "
                            "URL Telegram posts updates to, like https://bot.example.com/telegram")
    return raw


def webhook_listen(raw: str) -> tuple[str, int]:
    """NEWSBOT_WEBHOOK_LISTEN: host:port the worker's web server listens on."""
    host, _, port = raw.strip().rpartition(":")
    if not host or not port.isdigit() or not PORT_RANGE[0] <= int(port) <= PORT_RANGE[1]:
        raise SettingsError("NEWSBOT_WEBHOOK_LISTEN", raw, "host:port, like 127.0.0.1:8080")
    return host.strip("[]"), int(port)


def webhook_secret(raw: str) -> str:
    """NEWSBOT_WEBHOOK_SECRET: 1-256 of A-Z a-z 0-9 _ - (Telegram's secret_token rule)."""
    raw = raw.strip()
    if raw and not _SECRET.fullmatch(raw):
        raise SettingsError("NEWSBOT_WEBHOOK_SECRET", "***", "1 to 256 characters from A-Z, a-z, 0-9, _ and -")
    return raw


CHECKS: dict[str, Callable[[str], Any]] = {
    "TELEGRAM_BOT_TOKEN": token,
    "NEWSBOT_TELEGRAM_BASE_URL": base_url,
    "NEWSBOT_ADMIN_IDS": admin_ids,
    "NEWSBOT_REINGEST_MINUTES": bounded("NEWSBOT_REINGEST_MINUTES", REINGEST_BOUNDS, "minutes"),
    "NEWSBOT_DIGEST_TIME": digest_time,
    "NEWSBOT_ERROR_CHAT_ID": chat_id,
    "NEWSBOT_WEBHOOK_URL": webhook_url,
    "NEWSBOT_WEBHOOK_LISTEN": webhook_listen,
    "NEWSBOT_WEBHOOK_SECRET": webhook_secret,
    "NEWSBOT_DIGEST_LEASE": bounded("NEWSBOT_DIGEST_LEASE", DIGEST_LEASE_BOUNDS, "seconds"),
}
FIELDS = {"TELEGRAM_BOT_TOKEN": "telegram_token", "NEWSBOT_TELEGRAM_BASE_URL": "telegram_base_url",
          "NEWSBOT_ADMIN_IDS": "admin_ids", "NEWSBOT_REINGEST_MINUTES": "reingest_minutes",
          "NEWSBOT_DIGEST_TIME": "digest_time", "NEWSBOT_ERROR_CHAT_ID": "error_chat_id",
          "NEWSBOT_WEBHOOK_URL": "webhook_url", "NEWSBOT_WEBHOOK_LISTEN": "webhook_listen",
          "NEWSBOT_WEBHOOK_SECRET": "webhook_secret", "NEWSBOT_DIGEST_LEASE": "digest_lease"}


def _defaults() -> dict[str, str]:
    d = BotSettings()
    return {"NEWSBOT_TELEGRAM_BASE_URL": d.telegram_base_url, "NEWSBOT_REINGEST_MINUTES": f"{d.reingest_minutes:g}",
            "NEWSBOT_DIGEST_TIME": d.digest_time, "NEWSBOT_WEBHOOK_LISTEN": "{}:{}".format(*d.webhook_listen),
            "NEWSBOT_DIGEST_LEASE": f"{d.digest_lease:g}"}


def load_settings(env: Mapping[str, str] | None = None, dotenv: bool = True, need_seeds: bool = True) -> BotSettings:
    """The search settings, then the bot's, from *env* (default: os.environ after loading
    .env); SettingsError on a bad value. *need_seeds*: the seed folder must exist."""
    env = environment(dotenv) if env is None else env
    searching = search_settings.load_settings(env, need_seeds=need_seeds)
    values = read(env, CHECKS, _defaults())
    if values["NEWSBOT_WEBHOOK_URL"] and not values["NEWSBOT_WEBHOOK_SECRET"]:
        raise SettingsError("NEWSBOT_WEBHOOK_SECRET", "", "a secret when NEWSBOT_WEBHOOK_URL is set (Telegram "
                            "sends it with every update; the workers refuse updates without it)")
    own = {FIELDS[name]: value for name, value in values.items()}
    return BotSettings(**{f.name: getattr(searching, f.name) for f in dataclasses.fields(searching)}, **own)
