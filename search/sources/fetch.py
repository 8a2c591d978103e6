"""Live sources over HTTP with httpx: conditional GET, a total deadline per request, a size
limit, one request at a time per host with a delay between two, public addresses only
(search/sources/addresses.py), and errors named by kind (never raised).

httpx's timeouts bound each read, not the request: a server sending one byte every few
seconds would hold a request for ever. A `Deadline` bounds the whole request (connect,
headers, body, every redirect): at its end a timer shuts the request's sockets down,
which wakes the blocked read; the sockets come from httpcore's documented `trace`
extension, and connections are not kept alive, so every request opens its own."""
from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from search.sources.addresses import PrivateAddress, PublicOnly
from search.text.decode import UnreadableFile, decode

USER_AGENT = "newsbot/0.1 (+RSS reader)"
CUT = "cut"  # the error of a request Polite.cut() ended: not the source's fault
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
    redirects, private, unreachable, cut) with its detail, None when the body is usable."""

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


class Deadline:
    """The end of one request: *seconds* from now (or earlier, by cut()), its sockets are
    shut down and `expired` is set. Use as a context manager; `trace` goes to httpx."""

    def __init__(self, seconds: float) -> None:
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._guard = threading.Lock()
        self._timer = threading.Timer(seconds, self.cut)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def trace(self, event: str, info: dict) -> None:
        """httpcore's trace callback: keep each socket the request opens (TCP, then TLS)."""
        if event.endswith((".connect_tcp.complete", ".start_tls.complete")):
            sock = info["return_value"].get_extra_info("socket")
            with self._guard:
                self._sockets.append(sock)
                late = self.expired
            if late:
                self._shut(sock)

    def cut(self) -> None:
        """End the request now: a read or write it is blocked in fails at once."""
        with self._guard:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


class Polite:
    """One request at a time per host, *delay* seconds apart; one httpx client for all.
    cut() ends every request in flight (the refresh's own deadline, the program stopping)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        transport = PublicOnly(limits.allow_hosts, limits=httpx.Limits(max_keepalive_connections=0))
        self.client = httpx.Client(timeout=limits.timeout, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                                   headers={"User-Agent": USER_AGENT}, transport=transport)  # every hop is checked
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._guard = threading.Lock()
        self._active: set[Deadline] = set()
        self._cut = False

    def close(self) -> None:
        """Close the connections."""
        self.client.close()

    def cut(self) -> None:
        """End the requests in flight now, and refuse later ones (their error is CUT)."""
        with self._guard:
            self._cut = True
            active = list(self._active)
        for deadline in active:
            deadline.cut()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET *url* in turn with other requests to its host."""
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._last.get(host, -1e9) + self.limits.host_delay - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            with Deadline(self.limits.timeout) as deadline:
                with self._guard:
                    if self._cut:
                        return Fetched(url=url, error=CUT)
                    self._active.add(deadline)
                try:
                    got = fetch(self.client, url, self.limits, etag, last_modified, deadline)
                    return Fetched(url=url, error=CUT) if got.error and self._cut else got
                finally:
                    self._last[host] = time.monotonic()
                    with self._guard:
                        self._active.discard(deadline)


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


def fetch(client: httpx.Client, url: str, limits: Limits, etag: str | None = None,
          last_modified: str | None = None, deadline: Deadline | None = None) -> Fetched:
    """One conditional GET, read up to limits.max_bytes (after gzip), within limits.timeout
    in all; errors come back as Fetched.error, never as exceptions."""
    if deadline is None:
        with Deadline(limits.timeout) as own:
            return fetch(client, url, limits, etag, last_modified, own)
    return _get(client, url, limits, etag, last_modified, deadline)


def _get(client: httpx.Client, url: str, limits: Limits, etag: str | None, last_modified: str | None,
         deadline: Deadline) -> Fetched:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with client.stream("GET", url, headers=headers, extensions={"trace": deadline.trace}) as r:
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
                if deadline.expired:
                    return Fetched(**meta, error="timeout")
                size += len(chunk)
                if size > limits.max_bytes:
                    return Fetched(**meta, error=f"too_large:{limits.max_bytes}")
                chunks.append(chunk)
            if deadline.expired:  # cut off: what came may look complete (no Content-Length)
                return Fetched(**meta, error="timeout")
            return Fetched(**meta, body=b"".join(chunks))
    except PrivateAddress as exc:
        return Fetched(url=url, error=f"private:{exc}")
    except httpx.TooManyRedirects:
        return Fetched(url=url, error="redirects")
    except httpx.TimeoutException:
        return Fetched(url=url, error="timeout")
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        if deadline.expired:  # the deadline shut the socket: a read failed or ended early
            return Fetched(url=url, error="timeout")
        return Fetched(url=url, error=f"unreachable:{type(exc).__name__}")
