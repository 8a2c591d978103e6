"""Settings, read once from the environment (and a .env file in the working directory),
each value checked before anything runs: a bad one raises SettingsError naming the
variable, the value and what is expected (the programs exit with status 78)."""
from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv
from dotenv.parser import parse_stream

EX_CONFIG = 78  # sysexits.h: configuration error
REINGEST_BOUNDS = (1.0, 1440.0)  # minutes: at least once a minute at most, at least once a day
_TOKEN = re.compile(r"^(\d{3,20}):[A-Za-z0-9_-]{20,}$")
_TIME = re.compile(r"^(\d{1,2})[:：](\d{2})$")
_INT = re.compile(r"^-?\d{1,20}$")


class SettingsError(ValueError):
    """A setting with a value the program cannot use."""

    def __init__(self, variable: str, value: str, expected: str, message: str = "") -> None:
        super().__init__(message or f"{variable}={value!r} is not valid: expected {expected}")
        self.variable, self.value, self.expected = variable, value, expected


@dataclass(frozen=True)
class Settings:
    """Every setting the project reads; see .env.example."""

    seeds_dir: Path = Path("seeds")
    index_dir: Path = Path("var/index")
    data_dir: Path = Path("var")
    telegram_token: str = field(default="", repr=False)  # never printed
    telegram_base_url: str = "https://api.telegram.org/bot"
    admin_ids: frozenset[int] = frozenset()
    reingest_minutes: float = 5.0
    digest_time: str = "08:00"
    timezone: str = "Asia/Shanghai"
    error_chat_id: int | None = None
    database_url: str = field(default="", repr=False)  # may hold a password
    webhook_url: str = ""
    webhook_listen: tuple[str, int] = ("127.0.0.1", 8080)
    webhook_secret: str = field(default="", repr=False)
    digest_lease: float = 120.0
    feeds: tuple[str, ...] = ()  # RSS/Atom URLs from NEWSBOT_FEEDS (admins add more with /addfeed)
    feed_timeout: float = 20.0  # seconds per request
    feed_max_bytes: int = 5_000_000  # a bigger response is cut off and counts as an error
    feed_host_delay: float = 2.0  # seconds between two requests to the same host


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


def reingest_minutes(raw: str) -> float:
    """NEWSBOT_REINGEST_MINUTES: a number of minutes within REINGEST_BOUNDS."""
    low, high = REINGEST_BOUNDS
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and low <= value <= high):
        raise SettingsError("NEWSBOT_REINGEST_MINUTES", raw, f"a number of minutes from {low:g} to {high:g}")
    return value


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


def database_url(raw: str) -> str:
    """NEWSBOT_DATABASE_URL: empty (SQLite in NEWSBOT_DATA_DIR) or a postgresql:// URL."""
    raw = raw.strip()
    if raw and (urlsplit(raw).scheme not in ("postgresql", "postgres") or not urlsplit(raw).hostname):
        shown = urlsplit(raw)._replace(netloc=urlsplit(raw).hostname or "").geturl()  # no password
        raise SettingsError("NEWSBOT_DATABASE_URL", shown, "empty for SQLite, or a PostgreSQL URL like "
                            "postgresql://newsbot:PASSWORD@db.example:5432/newsbot")
    return raw


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
    if not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise SettingsError("NEWSBOT_WEBHOOK_LISTEN", raw, "host:port, like 127.0.0.1:8080")
    return host.strip("[]"), int(port)


def webhook_secret(raw: str) -> str:
    """NEWSBOT_WEBHOOK_SECRET: 1-256 of A-Z a-z 0-9 _ - (Telegram's secret_token rule)."""
    raw = raw.strip()
    if raw and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", raw):
        raise SettingsError("NEWSBOT_WEBHOOK_SECRET", "***", "1 to 256 characters from A-Z, a-z, 0-9, _ and -")
    return raw


def digest_lease(raw: str) -> float:
    """NEWSBOT_DIGEST_LEASE: seconds a worker holds claimed digests before others take them over."""
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 1 <= value <= 3600):
        raise SettingsError("NEWSBOT_DIGEST_LEASE", raw, "a number of seconds from 1 to 3600")
    return value


def feed_url(raw: str, variable: str = "NEWSBOT_FEEDS") -> str:
    """One feed address: an http(s) URL with a host."""
    raw = raw.strip()
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in raw):
        raise SettingsError(variable, raw, "an http(s) feed URL, like https://example.com/rss.xml")
    return raw


def opml_urls(path: Path) -> tuple[str, ...]:
    """The xmlUrl of every outline in an OPML file (the standard library reads OPML well)."""
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as exc:
        raise SettingsError("NEWSBOT_FEEDS", str(path), f"a readable OPML file ({exc})") from None
    urls = tuple(dict.fromkeys(o.get("xmlUrl", "").strip() for o in root.iter("outline") if o.get("xmlUrl")))
    if not urls:
        raise SettingsError("NEWSBOT_FEEDS", str(path), "an OPML file with <outline xmlUrl=...> entries")
    return tuple(feed_url(u) for u in urls)


def feeds(raw: str) -> tuple[str, ...]:
    """NEWSBOT_FEEDS: feed URLs separated by commas, or the path of an OPML file."""
    raw = raw.strip()
    if not raw:
        return ()
    if "://" not in raw:
        return opml_urls(Path(raw))
    return tuple(dict.fromkeys(feed_url(x) for x in raw.split(",") if x.strip()))


def _bounded(variable: str, low: float, high: float, unit: str) -> Callable[[str], float]:
    def check(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise SettingsError(variable, raw, f"a number of {unit} from {low:g} to {high:g}")
        return value
    return check


def _folder(variable: str, raw: str, must_exist: bool) -> Path:
    path = Path(raw)
    if must_exist and not path.is_dir():
        raise SettingsError(variable, raw, "an existing folder" + ("" if path.exists() else
                            f" (nothing at {path.resolve()})"))
    if path.exists() and not path.is_dir():
        raise SettingsError(variable, raw, "a folder, not a file")
    return path


def check_dotenv(path: Path) -> None:
    """Every line of *path* is KEY=value, a comment or blank; python-dotenv would skip the rest."""
    if not path.is_file():
        return
    text = path.read_text("utf-8", errors="replace")
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:  # the line is not shown: it may hold the token
            name = binding.original.string.split("=")[0].strip()[:40]
            where = f"{path}, line {binding.original.line}"
            raise SettingsError(name, where, "KEY=value", f"{where} ({name}) cannot be read: expected "
                                "KEY=value with balanced quotes; python-dotenv would skip it")


def _get(env: dict[str, str], name: str, default: str) -> str:
    value = env.get(name)
    return default if value is None or not value.strip() else value.strip()


def load_settings(env: dict[str, str] | None = None, dotenv: bool = True, need_seeds: bool = True) -> Settings:
    """Build Settings from *env* (default: os.environ after loading .env); SettingsError on a bad value.
    *need_seeds*: the seed folder must exist (every command that ingests needs it)."""
    if env is None:
        if dotenv:
            check_dotenv(Path.cwd() / ".env")
            load_dotenv(Path.cwd() / ".env", override=False)
        env = dict(os.environ)
    d = Settings()
    checks: dict[str, Callable[[str], object]] = {
        "NEWSBOT_SEEDS_DIR": lambda v: _folder("NEWSBOT_SEEDS_DIR", v, need_seeds),
        "NEWSBOT_INDEX_DIR": lambda v: _folder("NEWSBOT_INDEX_DIR", v, False),
        "NEWSBOT_DATA_DIR": lambda v: _folder("NEWSBOT_DATA_DIR", v, False),
        "TELEGRAM_BOT_TOKEN": token,
        "NEWSBOT_TELEGRAM_BASE_URL": base_url,
        "NEWSBOT_ADMIN_IDS": admin_ids,
        "NEWSBOT_REINGEST_MINUTES": reingest_minutes,
        "NEWSBOT_DIGEST_TIME": digest_time,
        "NEWSBOT_ERROR_CHAT_ID": chat_id,
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_WEBHOOK_URL": webhook_url,
        "NEWSBOT_WEBHOOK_LISTEN": webhook_listen,
        "NEWSBOT_WEBHOOK_SECRET": webhook_secret,
        "NEWSBOT_DIGEST_LEASE": digest_lease,
        "NEWSBOT_FEEDS": feeds,
        "NEWSBOT_FEED_TIMEOUT": _bounded("NEWSBOT_FEED_TIMEOUT", 1, 300, "seconds"),
        "NEWSBOT_FEED_MAX_BYTES": _bounded("NEWSBOT_FEED_MAX_BYTES", 10_000, 500_000_000, "bytes"),
        "NEWSBOT_FEED_HOST_DELAY": _bounded("NEWSBOT_FEED_HOST_DELAY", 0, 600, "seconds"),
    }
    defaults = {"NEWSBOT_SEEDS_DIR": str(d.seeds_dir), "NEWSBOT_INDEX_DIR": str(d.index_dir),
                "NEWSBOT_DATA_DIR": str(d.data_dir), "NEWSBOT_TELEGRAM_BASE_URL": d.telegram_base_url,
                "NEWSBOT_REINGEST_MINUTES": f"{d.reingest_minutes:g}", "NEWSBOT_DIGEST_TIME": d.digest_time,
                "NEWSBOT_WEBHOOK_LISTEN": "127.0.0.1:8080", "NEWSBOT_DIGEST_LEASE": f"{d.digest_lease:g}",
                "NEWSBOT_FEED_TIMEOUT": f"{d.feed_timeout:g}", "NEWSBOT_FEED_MAX_BYTES": str(d.feed_max_bytes),
                "NEWSBOT_FEED_HOST_DELAY": f"{d.feed_host_delay:g}"}
    v = {name: check(_get(env, name, defaults.get(name, ""))) for name, check in checks.items()}
    if v["NEWSBOT_WEBHOOK_URL"] and not v["NEWSBOT_WEBHOOK_SECRET"]:
        raise SettingsError("NEWSBOT_WEBHOOK_SECRET", "", "a secret when NEWSBOT_WEBHOOK_URL is set (Telegram "
                            "sends it with every update; the workers refuse updates without it)")
    return Settings(seeds_dir=v["NEWSBOT_SEEDS_DIR"], index_dir=v["NEWSBOT_INDEX_DIR"],
                    data_dir=v["NEWSBOT_DATA_DIR"], telegram_token=v["TELEGRAM_BOT_TOKEN"],
                    telegram_base_url=v["NEWSBOT_TELEGRAM_BASE_URL"], admin_ids=v["NEWSBOT_ADMIN_IDS"],
                    reingest_minutes=v["NEWSBOT_REINGEST_MINUTES"], digest_time=v["NEWSBOT_DIGEST_TIME"],
                    error_chat_id=v["NEWSBOT_ERROR_CHAT_ID"], database_url=v["NEWSBOT_DATABASE_URL"],
                    webhook_url=v["NEWSBOT_WEBHOOK_URL"], webhook_listen=v["NEWSBOT_WEBHOOK_LISTEN"],
                    webhook_secret=v["NEWSBOT_WEBHOOK_SECRET"], digest_lease=v["NEWSBOT_DIGEST_LEASE"], feeds=v["NEWSBOT_FEEDS"],
                    feed_timeout=v["NEWSBOT_FEED_TIMEOUT"], feed_max_bytes=int(v["NEWSBOT_FEED_MAX_BYTES"]),
                    feed_host_delay=v["NEWSBOT_FEED_HOST_DELAY"])
