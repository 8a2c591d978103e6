"""Every Prometheus metric the bot exports, defined here and nowhere else (prometheus-client),
and the HTTP listener on NEWSBOT_METRICS_LISTEN that serves them in polling and webhook mode
and in the terminal chat. Counters and histograms are updated where things happen; the
gauges that describe shared state (inbox depth, digests due, the age of the last good
ingest) are read from the watched Service when Prometheus scrapes."""
from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Protocol

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, start_http_server
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

log = logging.getLogger(__name__)
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
INGEST_BUCKETS = (0.1, 0.5, 1.0, 5.0, 15.0, 60.0, 300.0, 900.0, 3600.0)

UPDATES = Counter("newsbot_updates", "Updates received, by kind", ["kind"])
REPLIES = Counter("newsbot_replies", "Replies sent to users (answers, command replies)")
ANSWER_SECONDS = Histogram("newsbot_answer_seconds", "From a question to its reply sent", buckets=LATENCY_BUCKETS)
SEARCH_SECONDS = Histogram("newsbot_search_seconds", "One search of the index (query, ranking, answer)",
                           buckets=LATENCY_BUCKETS)
INGEST_RUNS = Counter("newsbot_ingest_runs", "Ingests run by this process, by result (ok, failed)", ["result"])
INGEST_SECONDS = Histogram("newsbot_ingest_seconds", "Duration of an ingest", buckets=INGEST_BUCKETS)
INGEST_ARTICLES = Gauge("newsbot_index_articles", "Articles in the index after this process's last ingest")
INGEST_AGE = Gauge("newsbot_ingest_age_seconds", "Seconds since the last good ingest (by any worker); NaN: none")
FEED_FETCHES = Counter("newsbot_feed_fetches", "Feed fetches by outcome (ok, or the error kind)", ["outcome"])
DIGESTS_DUE = Gauge("newsbot_digests_due", "Digests due now and not sent yet")
DIGESTS = Counter("newsbot_digests", "Digests by result (sent, failed)", ["result"])
ALERTS_PENDING = Gauge("newsbot_alerts_pending", "Alert pushes waiting to be sent")
ALERTS = Counter("newsbot_alerts", "Alert messages by result (sent, failed)", ["result"])
TELEGRAM_ERRORS = Counter("newsbot_telegram_errors", "Bot API calls that failed, by kind "
                          "(429, 403, 400, timeout, network, other)", ["kind"])
FLOOD_REFUSALS = Counter("newsbot_flood_refusals", "Questions refused because the user sent too many")
DATABASE_ERRORS = Counter("newsbot_database_errors", "Database operations that failed or timed out: the store's, "
                          "and the PostgreSQL search index's on the answer path")
INBOX_DEPTH = Gauge("newsbot_inbox_depth", "Updates kept in the inbox and not yet handled")


class Watched(Protocol):
    """What the scrape-time gauges read (bot.service.Service gives it)."""

    def inbox_depth(self) -> int: ...

    def ingest_age(self) -> float | None: ...

    def backlog(self) -> tuple[int, int]: ...


_watched: list[Watched] = []


def _read(fn: Callable[[Watched], float | None]) -> Callable[[], float]:
    """A scrape-time value from the watched service; NaN when there is none or it fails
    (a database outage must not break the scrape: the error counter tells it)."""
    def value() -> float:
        if not _watched:
            return math.nan
        try:
            got = fn(_watched[-1])
        except Exception:
            return math.nan
        return math.nan if got is None else float(got)
    return value


INBOX_DEPTH.set_function(_read(lambda s: s.inbox_depth()))
INGEST_AGE.set_function(_read(lambda s: s.ingest_age()))
DIGESTS_DUE.set_function(_read(lambda s: s.backlog()[0]))
ALERTS_PENDING.set_function(_read(lambda s: s.backlog()[1]))


def watch(service: Watched) -> None:
    """Read the scrape-time gauges from *service* (the one this process runs)."""
    _watched[:] = [service]


def telegram_error_kind(exc: BaseException) -> str:
    """The kind a failed Bot API call is counted under."""
    if isinstance(exc, RetryAfter):
        return "429"
    if isinstance(exc, Forbidden):
        return "403"
    if isinstance(exc, BadRequest):
        return "400"
    if isinstance(exc, TimedOut):
        return "timeout"
    return "network" if isinstance(exc, NetworkError) else "other"


def count_database_error() -> None:
    """One database operation failed (down, refusing, locked) or did not answer in time: a
    store operation (bot/store/outage.py), or a search of the PostgreSQL index behind a reply."""
    DATABASE_ERRORS.inc()


def count_updates(kind: str) -> None:
    """One update of *kind* arrived."""
    UPDATES.labels(kind).inc()


def feed_outcome(error: str | None) -> str:
    """A feed fetch's outcome label: ok, or the error's kind (http:503 -> http_5xx)."""
    if error is None:
        return "ok"
    kind, _, detail = error.partition(":")
    return f"http_{detail[:1]}xx" if kind == "http" and detail[:1].isdigit() else kind


def observe_ingest(seconds: float, articles: int | None, ok: bool) -> None:
    """One ingest this process ran."""
    INGEST_RUNS.labels("ok" if ok else "failed").inc()
    INGEST_SECONDS.observe(seconds)
    if articles is not None:
        INGEST_ARTICLES.set(articles)


class Listener:
    """The metrics HTTP server (prometheus-client's, on a thread of its own)."""

    def __init__(self, host: str, port: int) -> None:
        self.server, self.thread = start_http_server(port, addr=host, registry=REGISTRY)
        self.port = int(self.server.server_port)
        log.info("metrics on http://%s:%d/metrics", host, self.port)

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def serve(listen: tuple[str, int] | None, service: Watched) -> Listener | None:
    """Serve the metrics on *listen* (None: not configured) with *service*'s gauges."""
    watch(service)
    return Listener(*listen) if listen else None

