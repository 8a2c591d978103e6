"""Live sources over HTTP with httpx: conditional GET, a timeout, a size limit, one request
at a time per host with a delay between two, public addresses only (search/sources/
addresses.py), and errors named by kind (never raised)."""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from search.sources.addresses import PrivateAddress, PublicOnly
from search.text.decode import UnreadableFile, decode

USER_AGENT = "newsbot/0.1 (+RSS reader)"
MAX_REDIRECTS = 5


@dataclass(frozen=True)
class Limits:
    """How patient and how polite fetching is."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    host_delay: float = 2.0
    allow_hosts: frozenset[str] = frozenset()  # hosts fetched even at a private address (lower case)


@dataclass(frozen=True)
class Fetched:
    """One response: status 304 means unchanged; error is a kind (timeout, http, too_large,
    redirects, private, unreachable) with its detail, None when the body is usable."""

    url: str
    status: int = 0
    body: bytes = b""
    charset: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    retry_after: float | None = None

    @property
    def unchanged(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        """The body as text: the charset the server named, else detected (GBK, Big5...)."""
        if self.charset:
            try:
                return self.body.decode(self.charset)
            except (LookupError, UnicodeDecodeError):
                pass
        try:
            return decode(self.body)
        except UnreadableFile:
            return self.body.decode("utf-8", errors="replace")


class Polite:
    """One request at a time per host, *delay* seconds apart; one httpx client for all."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.client = httpx.Client(timeout=limits.timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                                   headers={"User-Agent": USER_AGENT},
                                   transport=PublicOnly(limits.allow_hosts))  # every hop is checked
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET *url* in turn with other requests to its host."""
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, -1e9) + self.limits.host_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                return fetch(self.client, url, self.limits, etag, last_modified)
            finally:
                self._last[host] = time.monotonic()


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def fetch(client: httpx.Client, url: str, limits: Limits, etag: str | None = None,
          last_modified: str | None = None) -> Fetched:
    """One conditional GET, read up to limits.max_bytes (after gzip); errors come back as
    Fetched.error, never as exceptions."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream("GET", url, headers=headers) as r:
            meta = dict(url=url, status=r.status_code, etag=r.headers.get("ETag"),
                        last_modified=r.headers.get("Last-Modified"), charset=r.charset_encoding)
            if r.status_code == 304:
                return Fetched(**{**meta, "etag": meta["etag"] or etag,
                                  "last_modified": meta["last_modified"] or last_modified})
            if r.status_code >= 400:
                return Fetched(**meta, error=f"http:{r.status_code}",
                               retry_after=_retry_after(r.headers.get("Retry-After")))
            declared = r.headers.get("Content-Length", "")
            gzipped = "gzip" in r.headers.get("Content-Encoding", "")
            if declared.isdigit() and int(declared) > limits.max_bytes and not gzipped:
                return Fetched(**meta, error=f"too_large:{limits.max_bytes}")
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > limits.max_bytes:
                    return Fetched(**meta, error=f"too_large:{limits.max_bytes}")
                chunks.append(chunk)
            return Fetched(**meta, body=b"".join(chunks))
    except PrivateAddress as exc:
        return Fetched(url=url, error=f"private:{exc}")
    except httpx.TooManyRedirects:
        return Fetched(url=url, error="redirects")
    except httpx.TimeoutException:
        return Fetched(url=url, error="timeout")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        return Fetched(url=url, error=f"unreachable:{type(exc).__name__}")
