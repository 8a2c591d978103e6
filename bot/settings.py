"""The bot's settings: the search settings it runs with, plus Telegram (token, server,
webhook), administrators, the re-ingest interval, digests and the error chat. Each is
declared once below, with its variable, default, check and help (see search/config.py),
read once and checked before anything runs (SettingsError, exit 78), as
search/settings.py does for its own. `python -m bot.settings --write` regenerates
.env.example and the README's settings table from these declarations."""
from __future__ import annotations

import dataclasses
import re
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from search import config
from search import settings as search_settings
from search.config import EX_CONFIG, SettingsError, declared, environment, invalid, read, setting
from search.settings import Settings, bounded

__all__ = ["EX_CONFIG", "BotSettings", "SettingsError", "digest_time", "load_settings", "mask_token"]

REINGEST_BOUNDS = (1.0, 1440.0)  # minutes: at least once a minute at most, at least once a day
DIGEST_LEASE_BOUNDS = (1.0, 3600.0)  # seconds
INBOX_LEASE_BOUNDS = (1.0, 600.0)  # seconds
INGEST_WAIT_BOUNDS = (1.0, 86400.0)  # seconds
PORT_RANGE = (1, 65535)
ALERTS_PER_HOUR_BOUNDS = (1.0, 60.0)
_TOKEN = re.compile(r"^(\d{3,20}):[A-Za-z0-9_-]{20,}$")
_TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})$")
_INT = re.compile(r"^-?\d{1,20}$")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")  # Telegram's secret_token rule


def mask_token(token: str) -> str:
    """A token shown safely: the bot id, then ***."""
    bot_id, sep, _secret = token.partition(":")
    return f"{bot_id}:***" if sep and bot_id.isdigit() else "***"


def hidden(_value: str) -> str:
    """A secret shown as ***."""
    return "***"


def bot_token(raw: str) -> str:
    """TELEGRAM_BOT_TOKEN: empty, or `<bot id>:<secret>` as @BotFather gives it."""
    if raw and not _TOKEN.match(raw):
        raise invalid(raw, "the token from @BotFather, like 123456789:AAE... (digits, a colon, "
                      "then letters, digits, - or _)")
    return raw


def base_url(raw: str) -> str:
    """NEWSBOT_TELEGRAM_BASE_URL: an http(s) URL ending in /bot, or holding {token}."""
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or \
            not (parts.path.endswith("/bot") or "{token}" in raw):
        raise invalid(raw, "an http(s) URL ending in /bot, like https://api.telegram.org/bot")
    return raw


def user_ids(raw: str) -> frozenset[int]:
    """NEWSBOT_ADMIN_IDS: numeric Telegram user ids separated by commas."""
    items = [x.strip() for x in raw.split(",")]
    if any(x and not _INT.match(x) for x in items):
        raise invalid(raw, "numeric Telegram user ids separated by commas, like 12345,67890 (not @usernames)")
    return frozenset(int(x) for x in items if x)


def digest_time(raw: str, variable: str = "") -> str:
    """A time of day as HH:MM (8:00 becomes 08:00); full-width digits and colons
    (０８：３０, as Chinese keyboards type them) are folded first."""
    m = _TIME.match(unicodedata.normalize("NFKC", raw).strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        raise SettingsError(variable, raw, "a time of day from 00:00 to 23:59, like 08:00")
    return f"{int(m.group(1)):02d}:{m.group(2)}"


def chat_id(raw: str) -> int | None:
    """NEWSBOT_ERROR_CHAT_ID: empty, or a numeric chat id (groups are negative)."""
    if raw and not _INT.match(raw):
        raise invalid(raw, "a numeric chat id, like 12345 or -1001234567890")
    return int(raw) if raw else None


def public_https_url(raw: str) -> str:
    """NEWSBOT_WEBHOOK_URL: empty (long polling) or the public https URL Telegram posts to."""
    parts = urlsplit(raw)
    if raw and (parts.scheme != "https" or not parts.hostname):
        raise invalid(raw, "empty for long polling, or the public https URL Telegram posts updates to, "
                      "like https://bot.example.com/telegram")
    return raw


def host_port(raw: str) -> tuple[str, int]:
    """NEWSBOT_WEBHOOK_LISTEN: host:port the worker's web server listens on."""
    host, _, port = raw.rpartition(":")
    if not host or not port.isdigit() or not PORT_RANGE[0] <= int(port) <= PORT_RANGE[1]:
        raise invalid(raw, "host:port, like 127.0.0.1:8080")
    return host.strip("[]"), int(port)


def optional_host_port(raw: str) -> tuple[str, int] | None:
    """NEWSBOT_METRICS_LISTEN: empty (no metrics served) or host:port."""
    return host_port(raw) if raw else None


def secret_token(raw: str) -> str:
    """NEWSBOT_WEBHOOK_SECRET: 1-256 of A-Z a-z 0-9 _ - (Telegram's secret_token rule)."""
    if raw and not _SECRET.fullmatch(raw):
        raise invalid(raw, "1 to 256 characters from A-Z, a-z, 0-9, _ and -")
    return raw


def certificate(raw: str) -> str:
    """NEWSBOT_WEBHOOK_CERT: empty, or a readable PEM certificate (the public part only)."""
    if not raw:
        return raw
    try:
        with open(raw, encoding="ascii", errors="replace") as f:
            text = f.read(1 << 20)
    except OSError as exc:
        raise invalid(raw, f"a readable PEM certificate file ({exc.strerror})") from None
    if "-----BEGIN CERTIFICATE-----" not in text or "PRIVATE KEY" in text:
        raise invalid(raw, "a PEM file with the public certificate only (-----BEGIN CERTIFICATE-----), "
                      "never the private key")
    return raw


@dataclass(frozen=True)
class BotSettings(Settings):
    """Every setting the bot reads: the search settings, then the bot's own; see .env.example."""

    telegram_token: str = setting(
        "TELEGRAM_BOT_TOKEN", "", bot_token, "bot token from @BotFather; without it `newsbot bot` refuses to start "
        "(`make run` opens the terminal chat)", mask=mask_token)
    telegram_base_url: str = setting(
        "NEWSBOT_TELEGRAM_BASE_URL", "https://api.telegram.org/bot", base_url,
        "Bot API server (self-hosted, or the tests' fake): http(s), ending in `/bot`")
    admin_ids: frozenset[int] = setting(
        "NEWSBOT_ADMIN_IDS", frozenset(), user_ids,
        "comma-separated numeric user ids allowed to `/reindex`, `/addfeed`, `/feeds`, `/delfeed`, "
        "`/uploads`, `/delupload` and to add articles by sending files")
    reingest_minutes: float = setting(
        "NEWSBOT_REINGEST_MINUTES", 5.0, bounded(REINGEST_BOUNDS, "minutes"),
        f"how often the seed folder is re-ingested: {REINGEST_BOUNDS[0]:g} to {REINGEST_BOUNDS[1]:g}")
    digest_time: str = setting("NEWSBOT_DIGEST_TIME", "08:00", digest_time,
                               "default digest time, `H:MM` or `HH:MM` (Beijing time)")
    timezone: str = "Asia/Shanghai"  # not a setting: digests and dates are in Beijing time
    error_chat_id: int | None = setting(
        "NEWSBOT_ERROR_CHAT_ID", None, chat_id,
        "chat that receives a short report of each error (the log has the traceback)")
    webhook_url: str = setting(
        "NEWSBOT_WEBHOOK_URL", "", public_https_url,
        "the public `https://` URL Telegram posts updates to: webhook mode; empty: long polling")
    webhook_listen: tuple[str, int] = setting(
        "NEWSBOT_WEBHOOK_LISTEN", ("127.0.0.1", 8080), host_port,
        "`host:port` the worker's web server listens on (behind the load balancer)", text="127.0.0.1:8080")
    webhook_secret: str = setting(
        "NEWSBOT_WEBHOOK_SECRET", "", secret_token,
        "required with a webhook URL: 1-256 of `A-Z a-z 0-9 _ -`; updates without it get 403", mask=hidden)
    webhook_cert: str = setting(
        "NEWSBOT_WEBHOOK_CERT", "", certificate,
        "a self-signed certificate's public PEM file, uploaded with `setWebhook` (Telegram trusts it "
        "then); empty with a certificate from a trusted authority such as Let's Encrypt")
    digest_lease: float = setting(
        "NEWSBOT_DIGEST_LEASE", 120.0, bounded(DIGEST_LEASE_BOUNDS, "seconds"),
        "seconds a worker holds the digests it claimed; a dead worker's digests go out after this")
    inbox_lease: float = setting(
        "NEWSBOT_INBOX_LEASE", 30.0, bounded(INBOX_LEASE_BOUNDS, "seconds"),
        "seconds a worker holds the updates it stored (renewed while it lives); a dead worker's "
        "updates are handled by another worker, or by the bot after its restart, after this")
    ingest_wait: float = setting(
        "NEWSBOT_INGEST_WAIT", 900.0, bounded(INGEST_WAIT_BOUNDS, "seconds"),
        "seconds `/reindex` and `/delupload` wait on PostgreSQL before replying that the update "
        "goes on in the background (a stalled database); without PostgreSQL they wait to the end")
    alerts_per_hour: int = setting(
        "NEWSBOT_ALERTS_PER_HOUR", 10, bounded(ALERTS_PER_HOUR_BOUNDS, "pushes", int),
        "instant alerts pushed to one chat in an hour; past it one message lists the rest: "
        f"{ALERTS_PER_HOUR_BOUNDS[0]:g} to {ALERTS_PER_HOUR_BOUNDS[1]:g}")
    metrics_listen: tuple[str, int] | None = setting(
        "NEWSBOT_METRICS_LISTEN", None, optional_host_port,
        "`host:port` serving Prometheus metrics at `/metrics` (bot and terminal chat), like "
        "`127.0.0.1:9108`; empty: none (keep it off the internet)")


def load_settings(env: Mapping[str, str] | None = None, dotenv: bool = True, need_seeds: bool = True) -> BotSettings:
    """The search settings, then the bot's, from *env* (default: os.environ after loading
    .env); SettingsError on a bad value. *need_seeds*: the seed folder must exist."""
    env = environment(dotenv) if env is None else env
    searching = search_settings.load_settings(env, need_seeds=need_seeds)
    own = read(declared(BotSettings, inherited_from=Settings), env)
    if own["webhook_url"] and not own["webhook_secret"]:
        raise SettingsError("NEWSBOT_WEBHOOK_SECRET", "", "a secret when NEWSBOT_WEBHOOK_URL is set (Telegram "
                            "sends it with every update; the workers refuse updates without it)")
    return BotSettings(**{f.name: getattr(searching, f.name) for f in dataclasses.fields(searching)}, **own)


if __name__ == "__main__":
    sys.exit(config.main(BotSettings))
