"""A real HTTP server on 127.0.0.1 serving feeds and pages for the live-source tests:
ETag/Last-Modified with 304s, gzip, slow, held and dripped answers, redirects, errors; it
counts requests."""
from __future__ import annotations

import contextlib
import gzip
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOLD_LIMIT = 60.0  # seconds a held answer waits at most (a test that failed never releases it)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "application/rss+xml; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False
    delay: float = 0.0
    location: str | None = None
    drip: float = 0.0  # seconds between two bytes of the whole answer (status line, headers, body)
    hold: threading.Event | None = None  # the answer waits until this is set (at most HOLD_LIMIT s)


class _Handler(BaseHTTPRequestHandler):
    """Answers from the routes of `feeds` (a FeedServer, set on a subclass per server)."""

    feeds: FeedServer
    counted = False  # this request is counted in feeds.inflight

    def log_message(self, *args) -> None:
        pass

    def do_GET(self) -> None:
        feeds = self.feeds
        with feeds.guard:
            feeds.inflight += 1
            feeds.most_inflight = max(feeds.most_inflight, feeds.inflight)
        self.counted = True
        try:
            self.answer()
        finally:
            self.answered()

    def answered(self) -> None:
        """The request stops counting as in flight before its answer is written: once the
        client has the answer it may send the next one, before this thread gets here."""
        if self.counted:
            self.counted = False
            with self.feeds.guard:
                self.feeds.inflight -= 1

    def answer(self) -> None:
        feeds = self.feeds
        feeds.hits[self.path] = feeds.hits.get(self.path, 0) + 1
        route = feeds.routes.get(self.path)
        if route is None:
            return self._send(404, b"not found", "text/plain")
        if route.delay:
            time.sleep(route.delay)
        if route.hold is not None:
            route.hold.wait(HOLD_LIMIT)
        if route.drip:
            return self._drip(route)
        self.answered()
        if route.location:
            self.send_response(route.status)
            self.send_header("Location", route.location)
            self.send_header("Content-Length", "0")
            self.end_headers()
            feeds.statuses.append((self.path, route.status))
            return
        fresh = (route.etag and self.headers.get("If-None-Match") == route.etag) or \
            (route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified)
        if fresh:
            self.send_response(304)
            self.end_headers()
            feeds.statuses.append((self.path, 304))
            return
        self._send(route.status, route.body, route.content_type, route)

    def _drip(self, route: Route) -> None:
        """The whole answer, one byte every route.drip seconds, until the client leaves."""
        head = (f"HTTP/1.1 {route.status} OK\r\nContent-Type: {route.content_type}\r\n"
                f"Content-Length: {len(route.body)}\r\n\r\n").encode()
        self.feeds.statuses.append((self.path, route.status))
        with contextlib.suppress(OSError):  # the client gave up (a reset, a broken pipe)
            for byte in head + route.body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(route.drip)
        self.close_connection = True

    def _send(self, status: int, body: bytes, ctype: str, route: Route | None = None) -> None:
        self.feeds.statuses.append((self.path, status))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if route and route.etag:
            self.send_header("ETag", route.etag)
        if route and route.last_modified:
            self.send_header("Last-Modified", route.last_modified)
        if route and route.gzip:
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            self.wfile.write(body)


class FeedServer:
    """Routes by path; `hits` counts requests per path, `statuses` what each got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.statuses: list[tuple[str, int]] = []
        self.inflight = self.most_inflight = 0  # requests being answered at once
        self.guard = threading.Lock()
        handler = type("Handler", (_Handler,), {"feeds": self})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[dict], encoding: str = "utf-8") -> bytes:
    """An RSS 2.0 document; each item a dict of title, link, description, content, pubDate."""
    out = [f'<?xml version="1.0" encoding="{encoding}"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           f"<channel><title>{title}</title><link>http://example.invalid/</link>"]
    for it in items:
        out.append("<item>")
        for tag in ("title", "link", "guid", "pubDate"):
            if it.get(tag):
                out.append(f"<{tag}>{it[tag]}</{tag}>")
        if it.get("description"):
            out.append(f"<description><![CDATA[{it['description']}]]></description>")
        if it.get("content"):
            out.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode(encoding)


def atom(title: str, items: list[dict]) -> bytes:
    """An Atom 1.0 document; each item a dict of title, link, id, updated, content."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"<title>{title}</title><id>urn:feed</id><updated>2024-05-10T08:00:00Z</updated>"]
    for it in items:
        out.append(f"<entry><title>{it['title']}</title><link href=\"{it['link']}\"/><id>{it['id']}</id>"
                   f"<updated>{it['updated']}</updated>"
                   f"<content type=\"html\"><![CDATA[{it['content']}]]></content></entry>")
    out.append("</feed>")
    return "\n".join(out).encode("utf-8")
