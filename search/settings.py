"""The search library's settings (folders, the database URL, live feeds and their fetch
limits), each declared once below with its variable, default, check and help (see
search/config.py), read once from the environment (and a .env file in the working
directory), each value checked before anything runs: a bad one raises SettingsError naming
the variable, the value and what is expected (the programs exit with status 78). The bot's
own settings live in bot/settings.py and extend these."""
from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from search.config import EX_CONFIG, SettingsError, declared, environment, invalid, read, setting
from search.secrets import mask, remember

__all__ = ["EX_CONFIG", "SEARCH_BACKENDS", "Settings", "SettingsError", "bounded", "feed_url", "load_settings"]

FEED_TIMEOUT_BOUNDS = (1.0, 300.0)  # seconds per request
FEED_MAX_BYTES_BOUNDS = (10_000.0, 500_000_000.0)
FEED_HOST_DELAY_BOUNDS = (0.0, 600.0)  # seconds between two requests to one host
DB_WAIT_BOUNDS = (0.1, 600.0)  # seconds a database statement, lock or connection may hold an answer
SEARCH_BACKENDS = ("whoosh", "postgres")
_HOST = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$")  # a host name as DNS spells it


def postgres_url(expected: str) -> Callable[[str], str]:
    """A check for an empty value, or a PostgreSQL connection string that names a host or a
    socket folder, in any form libpq takes: a postgresql:// URL (several hosts, ?host=/run/
    postgresql), or a keyword DSN (host=db password=...). psycopg's parser reads it as libpq
    will; its complaint is shown with the password masked (it quotes the string)."""
    def check(raw: str) -> str:
        if not raw:
            return raw
        from psycopg import Error
        from psycopg.conninfo import conninfo_to_dict

        scheme = raw.split("://", 1)[0].lower() if "://" in raw else None
        if scheme is not None and scheme not in ("postgresql", "postgres"):
            raise invalid(raw, expected)
        try:
            parts = conninfo_to_dict(raw)
        except Error as exc:
            raise invalid(raw, f"{expected} ({mask(str(exc).strip(), raw)})") from None
        if not (parts.get("host") or parts.get("hostaddr")):
            raise invalid(raw, f"{expected}, naming a host (or a socket folder: ?host=/run/postgresql)")
        return raw
    return check


def backend_name(raw: str) -> str:
    """NEWSBOT_SEARCH_BACKEND: whoosh (default) or postgres."""
    value = raw.strip().lower()
    if value not in SEARCH_BACKENDS:
        raise invalid(raw, "whoosh (an index folder, the default) or postgres (search tables in NEWSBOT_DATABASE_URL)")
    return value


def feed_url(raw: str, variable: str = "") -> str:
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
        raise invalid(str(path), f"a readable OPML file ({exc})") from None
    urls = tuple(dict.fromkeys(o.get("xmlUrl", "").strip() for o in root.iter("outline") if o.get("xmlUrl")))
    if not urls:
        raise invalid(str(path), "an OPML file with <outline xmlUrl=...> entries")
    return tuple(feed_url(u) for u in urls)


def feed_urls(raw: str) -> tuple[str, ...]:
    """NEWSBOT_FEEDS: feed URLs separated by commas, or the path of an OPML file."""
    if not raw:
        return ()
    if "://" not in raw:
        return opml_urls(Path(raw))
    return tuple(dict.fromkeys(feed_url(x) for x in raw.split(",") if x.strip()))


def host_names(raw: str) -> frozenset[str]:
    """NEWSBOT_FEED_ALLOW_HOSTS: host names or addresses (IPv6 too) separated by commas."""
    hosts = [x.strip().strip("[]").lower() for x in raw.split(",") if x.strip()]
    if not all(_HOST.match(h) or _is_address(h) for h in hosts):
        raise invalid(raw, "host names or addresses separated by commas, like feeds.local,127.0.0.1 (no scheme "
                      "or port)")
    return frozenset(hosts)


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def bounded(bounds: tuple[float, float], unit: str, kind: Callable[[float], float] = float) -> Callable[[str], float]:
    """A check for a number of *unit* within *bounds* (inclusive), given as *kind*."""
    low, high = bounds

    def check(raw: str) -> float:
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not (math.isfinite(value) and low <= value <= high):
            raise invalid(raw, f"a number of {unit} from {low:g} to {high:g}")
        return kind(value)
    return check


def yes_no(raw: str) -> bool:
    """A yes or no (also true/false, 1/0, on/off)."""
    value = raw.strip().lower()
    if value in ("yes", "true", "1", "on"):
        return True
    if value in ("no", "false", "0", "off"):
        return False
    raise invalid(raw, "yes or no")


def folder(must_exist: bool) -> Callable[[str], Path]:
    """A check for a folder path (existing when *must_exist*; never a file)."""
    def check(raw: str) -> Path:
        path = Path(raw)
        if must_exist and not path.is_dir():
            raise invalid(raw, "an existing folder" + ("" if path.exists() else f" (nothing at {path.resolve()})"))
        if path.exists() and not path.is_dir():
            raise invalid(raw, "a folder, not a file")
        return path
    return check


def _between(bounds: tuple[float, float]) -> str:
    """Bounds for the README, like 10,000 to 500,000,000."""
    return " to ".join(f"{int(x):,}" if x == int(x) else f"{x:g}" for x in bounds)


@dataclass(frozen=True)
class Settings:
    """Every setting the search library reads, each declared once; see .env.example."""

    seeds_dir: Path = setting("NEWSBOT_SEEDS_DIR", Path("seeds"), folder(must_exist=True),
                              "folder of news files (see [News files](#news-files)); must exist")
    index_dir: Path = setting("NEWSBOT_INDEX_DIR", Path("var/index"), folder(must_exist=False), "Whoosh index")
    data_dir: Path = setting(
        "NEWSBOT_DATA_DIR", Path("var"), folder(must_exist=False),
        "SQLite state (when `NEWSBOT_DATABASE_URL` is empty): subscriptions, page-button queries, the flood "
        "allowance and send pace; `live/`: what feeds gave (with `NEWSBOT_DATABASE_URL`: in PostgreSQL, shared by "
        "the machines; only the feed files written for the ingest stay here)")
    database_url: str = setting(  # may hold a password; the bot's store uses it too
        "NEWSBOT_DATABASE_URL", "", postgres_url(
            "empty for SQLite, or a PostgreSQL URL like postgresql://newsbot:PASSWORD@db.example:5432/newsbot"),
        "`postgresql://USER:PASSWORD@HOST:5432/DB`: all state in PostgreSQL, shared by the workers (see "
        "Deployment); empty: SQLite", mask=mask)
    feeds: tuple[str, ...] = setting(  # admins add more with /addfeed
        "NEWSBOT_FEEDS", (), feed_urls, "RSS/Atom feed URLs separated by commas, or the path of an OPML file (see "
        "[Live sources](#live-sources-rssatom-feeds))")
    feed_timeout: float = setting("NEWSBOT_FEED_TIMEOUT", 20.0, bounded(FEED_TIMEOUT_BOUNDS, "seconds"),
                                  f"seconds a feed or page request may take: {_between(FEED_TIMEOUT_BOUNDS)}")
    feed_max_bytes: int = setting(  # a bigger response is cut off and counts as an error
        "NEWSBOT_FEED_MAX_BYTES", 5_000_000, bounded(FEED_MAX_BYTES_BOUNDS, "bytes", int),
        f"largest feed or page accepted (after gzip): {_between(FEED_MAX_BYTES_BOUNDS)}")
    feed_host_delay: float = setting("NEWSBOT_FEED_HOST_DELAY", 2.0, bounded(FEED_HOST_DELAY_BOUNDS, "seconds"),
                                     f"seconds between two requests to the same host: "
                                     f"{_between(FEED_HOST_DELAY_BOUNDS)}")
    feed_allow_hosts: frozenset[str] = setting(
        "NEWSBOT_FEED_ALLOW_HOSTS", frozenset(), host_names,
        "hosts fetched even though they are (or resolve to) a loopback, private or link-local address, separated "
        "by commas (a feed server of a local deployment); every other such address is refused, also in "
        "redirects and item links")
    search_backend: str = setting(
        "NEWSBOT_SEARCH_BACKEND", "whoosh", backend_name,
        "`whoosh`: the index is a folder (`NEWSBOT_INDEX_DIR`); `postgres`: search tables in "
        "`NEWSBOT_DATABASE_URL` (required then), see "
        "[Large archives](#large-archives-the-postgresql-search-backend)")
    database_replica_url: str = setting(
        "NEWSBOT_DATABASE_REPLICA_URL", "", postgres_url(
            "empty, or the PostgreSQL URL of a standby like postgresql://newsbot:PASSWORD@replica.example:5432/newsbot"),
        "with `postgres`: a streaming standby that takes the search reads (ingest always writes to the primary)",
        mask=mask)
    db_statement_timeout: float = setting(
        "NEWSBOT_DB_STATEMENT_TIMEOUT", 2.0, bounded(DB_WAIT_BOUNDS, "seconds"),
        f"PostgreSQL: seconds one query of an answer may run or wait for a lock before the reader is told the "
        f"database is busy: {_between(DB_WAIT_BOUNDS)} (ingest waits longer for locks, never forever)")
    db_connect_wait: float = setting(
        "NEWSBOT_DB_CONNECT_WAIT", 2.0, bounded(DB_WAIT_BOUNDS, "seconds"),
        f"PostgreSQL: seconds an answer waits for a database connection: {_between(DB_WAIT_BOUNDS)}")
    seeds_owner: bool = setting(  # machines that share one index must not undo each other's files
        "NEWSBOT_SEEDS_OWNER", True, yes_no,
        "`yes`: this machine's seed folder is what the index holds (files it lacks are removed); `no`: with "
        "`postgres` on several machines, every machine but one, which never reads, adds or removes seed files "
        "(the owner's are kept; feeds are shared; the owner's workers run the scheduled re-ingest)", text="yes")


def load_settings(env: Mapping[str, str] | None = None, dotenv: bool = True, need_seeds: bool = True) -> Settings:
    """Build Settings from *env* (default: os.environ after loading .env); SettingsError on a bad value.
    *need_seeds*: the seed folder must exist (every command that ingests needs it)."""
    env = environment(dotenv) if env is None else env
    values = read(declared(Settings), env, {} if need_seeds else {"seeds_dir": folder(must_exist=False)})
    if values["search_backend"] == "postgres" and not values["database_url"]:
        raise SettingsError("NEWSBOT_DATABASE_URL", "", "a PostgreSQL URL when NEWSBOT_SEARCH_BACKEND=postgres "
                            "(the search tables live there)")
    remember(values["database_url"], values["database_replica_url"])  # masked in every message from now on
    return Settings(**values)
