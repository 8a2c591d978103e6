"""The search library's settings (folders, the database URL, live feeds and their fetch
limits), read once from the environment (and a .env file in the working directory), each
value checked before anything runs: a bad one raises SettingsError naming the variable,
the value and what is expected (the programs exit with status 78). The bot's own settings
live in bot/settings.py and extend these."""
from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from dotenv import load_dotenv

# python-dotenv's public API (load_dotenv, dotenv_values) skips a malformed line with a
# logged warning carrying only its line number; parse_stream is the only way to learn
# which line and which variable failed, so the error can name them.
from dotenv.parser import parse_stream

EX_CONFIG = 78  # sysexits.h: configuration error
FEED_TIMEOUT_BOUNDS = (1.0, 300.0)  # seconds per request
FEED_MAX_BYTES_BOUNDS = (10_000.0, 500_000_000.0)
FEED_HOST_DELAY_BOUNDS = (0.0, 600.0)  # seconds between two requests to one host
VARIABLE_NAME_SHOWN = 40  # characters of a malformed .env line's variable name shown


class SettingsError(ValueError):
    """A setting with a value the program cannot use."""

    def __init__(self, variable: str, value: str, expected: str, message: str = "") -> None:
        super().__init__(message or f"{variable}={value!r} is not valid: expected {expected}")
        self.variable, self.value, self.expected = variable, value, expected


@dataclass(frozen=True)
class Settings:
    """Every setting the search library reads; see .env.example."""

    seeds_dir: Path = Path("seeds")
    index_dir: Path = Path("var/index")
    data_dir: Path = Path("var")
    database_url: str = field(default="", repr=False)  # may hold a password; the bot's store uses it too
    feeds: tuple[str, ...] = ()  # RSS/Atom URLs from NEWSBOT_FEEDS (admins add more with /addfeed)
    feed_timeout: float = 20.0  # seconds per request
    feed_max_bytes: int = 5_000_000  # a bigger response is cut off and counts as an error
    feed_host_delay: float = 2.0  # seconds between two requests to the same host
    search_backend: str = "whoosh"  # whoosh (an index folder) | postgres (tables in NEWSBOT_DATABASE_URL)
    database_replica_url: str = field(default="", repr=False)  # a streaming standby for search reads


def database_url(raw: str) -> str:
    """NEWSBOT_DATABASE_URL: empty (SQLite in NEWSBOT_DATA_DIR) or a postgresql:// URL."""
    raw = raw.strip()
    parts = urlsplit(raw)
    if raw and (parts.scheme not in ("postgresql", "postgres") or not parts.hostname):
        shown = parts._replace(netloc=parts.hostname or "").geturl()  # no password
        raise SettingsError("NEWSBOT_DATABASE_URL", shown, "empty for SQLite, or a PostgreSQL URL like "
                            "postgresql://newsbot:PASSWORD@db.example:5432/newsbot")
    return raw


SEARCH_BACKENDS = ("whoosh", "postgres")


def search_backend(raw: str) -> str:
    """NEWSBOT_SEARCH_BACKEND: whoosh (default) or postgres."""
    value = raw.strip().lower()
    if value not in SEARCH_BACKENDS:
        raise SettingsError("NEWSBOT_SEARCH_BACKEND", raw, "whoosh (an index folder, the default) or postgres "
                            "(search tables in NEWSBOT_DATABASE_URL)")
    return value


def replica_url(raw: str) -> str:
    """NEWSBOT_DATABASE_REPLICA_URL: empty, or a postgresql:// URL of a streaming standby."""
    raw = raw.strip()
    if raw and (urlsplit(raw).scheme not in ("postgresql", "postgres") or not urlsplit(raw).hostname):
        shown = urlsplit(raw)._replace(netloc=urlsplit(raw).hostname or "").geturl()  # no password
        raise SettingsError("NEWSBOT_DATABASE_REPLICA_URL", shown, "empty, or the PostgreSQL URL of a standby "
                            "like postgresql://newsbot:PASSWORD@replica.example:5432/newsbot")
    return raw


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


def bounded(variable: str, bounds: tuple[float, float], unit: str) -> Callable[[str], float]:
    """A check for a number of *unit* within *bounds* (inclusive)."""
    low, high = bounds

    def check(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise SettingsError(variable, raw, f"a number of {unit} from {low:g} to {high:g}")
        return value
    return check


def folder(variable: str, must_exist: bool) -> Callable[[str], Path]:
    """A check for a folder path (existing when *must_exist*; never a file)."""
    def check(raw: str) -> Path:
        path = Path(raw)
        if must_exist and not path.is_dir():
            raise SettingsError(variable, raw, "an existing folder" + ("" if path.exists() else
                                f" (nothing at {path.resolve()})"))
        if path.exists() and not path.is_dir():
            raise SettingsError(variable, raw, "a folder, not a file")
        return path
    return check


def check_dotenv(path: Path) -> None:
    """Every line of *path* is KEY=value, a comment or blank; python-dotenv would skip the rest."""
    if not path.is_file():
        return
    text = path.read_text("utf-8", errors="replace")
    for binding in parse_stream(io.StringIO(text)):
        if binding.error:  # the line is not shown: it may hold the token
            name = binding.original.string.split("=")[0].strip()[:VARIABLE_NAME_SHOWN]
            where = f"{path}, line {binding.original.line}"
            raise SettingsError(name, where, "KEY=value", f"{where} ({name}) cannot be read: expected "
                                "KEY=value with balanced quotes; python-dotenv would skip it")


def environment(dotenv: bool = True) -> dict[str, str]:
    """os.environ, after loading ./.env (checked first) when *dotenv*; the environment wins."""
    if dotenv:
        check_dotenv(Path.cwd() / ".env")
        load_dotenv(Path.cwd() / ".env", override=False)
    return dict(os.environ)


def read(env: Mapping[str, str], checks: Mapping[str, Callable[[str], Any]],
         defaults: Mapping[str, str]) -> dict[str, Any]:
    """Each variable of *checks* from *env* (blank means its default), checked in order."""
    def raw(name: str) -> str:
        value = env.get(name)
        return defaults.get(name, "") if value is None or not value.strip() else value.strip()
    return {name: check(raw(name)) for name, check in checks.items()}


def load_settings(env: Mapping[str, str] | None = None, dotenv: bool = True, need_seeds: bool = True) -> Settings:
    """Build Settings from *env* (default: os.environ after loading .env); SettingsError on a bad value.
    *need_seeds*: the seed folder must exist (every command that ingests needs it)."""
    env = environment(dotenv) if env is None else env
    d = Settings()
    checks: dict[str, Callable[[str], Any]] = {
        "NEWSBOT_SEEDS_DIR": folder("NEWSBOT_SEEDS_DIR", need_seeds),
        "NEWSBOT_INDEX_DIR": folder("NEWSBOT_INDEX_DIR", False),
        "NEWSBOT_DATA_DIR": folder("NEWSBOT_DATA_DIR", False),
        "NEWSBOT_DATABASE_URL": database_url,
        "NEWSBOT_FEEDS": feeds,
        "NEWSBOT_FEED_TIMEOUT": bounded("NEWSBOT_FEED_TIMEOUT", FEED_TIMEOUT_BOUNDS, "seconds"),
        "NEWSBOT_FEED_MAX_BYTES": bounded("NEWSBOT_FEED_MAX_BYTES", FEED_MAX_BYTES_BOUNDS, "bytes"),
        "NEWSBOT_FEED_HOST_DELAY": bounded("NEWSBOT_FEED_HOST_DELAY", FEED_HOST_DELAY_BOUNDS, "seconds"),
        "NEWSBOT_SEARCH_BACKEND": search_backend,
        "NEWSBOT_DATABASE_REPLICA_URL": replica_url,
    }
    defaults = {"NEWSBOT_SEEDS_DIR": str(d.seeds_dir), "NEWSBOT_INDEX_DIR": str(d.index_dir),
                "NEWSBOT_DATA_DIR": str(d.data_dir), "NEWSBOT_FEED_TIMEOUT": f"{d.feed_timeout:g}",
                "NEWSBOT_FEED_MAX_BYTES": str(d.feed_max_bytes), "NEWSBOT_FEED_HOST_DELAY": f"{d.feed_host_delay:g}",
                "NEWSBOT_SEARCH_BACKEND": d.search_backend}
    v = read(env, checks, defaults)
    if v["NEWSBOT_SEARCH_BACKEND"] == "postgres" and not v["NEWSBOT_DATABASE_URL"]:
        raise SettingsError("NEWSBOT_DATABASE_URL", "", "a PostgreSQL URL when NEWSBOT_SEARCH_BACKEND=postgres "
                            "(the search tables live there)")
    return Settings(seeds_dir=v["NEWSBOT_SEEDS_DIR"], index_dir=v["NEWSBOT_INDEX_DIR"], data_dir=v["NEWSBOT_DATA_DIR"],
                    database_url=v["NEWSBOT_DATABASE_URL"], feeds=v["NEWSBOT_FEEDS"],
                    feed_timeout=v["NEWSBOT_FEED_TIMEOUT"], feed_max_bytes=int(v["NEWSBOT_FEED_MAX_BYTES"]),
                    feed_host_delay=v["NEWSBOT_FEED_HOST_DELAY"], search_backend=v["NEWSBOT_SEARCH_BACKEND"],
                    database_replica_url=v["NEWSBOT_DATABASE_REPLICA_URL"])
