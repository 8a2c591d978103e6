"""What each ingest did, counted in the metrics and recorded in the store for every worker
to see (`newsbot status`, /healthz): mixed into bot.service.Service."""
from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Callable
from typing import Any

from bot import metrics
from bot.store import Store, outage
from search.engine import Engine
from search.model import FeedStatus, IngestReport

log = logging.getLogger(__name__)
LAST_INGEST = "ingest:last"  # meta key of the last ingest's record, shared by all workers
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S%z"  # how the backends stamp the index after an ingest


class IngestRecords:
    """Ingests run through engine.ingest, counted and recorded."""

    engine: Engine
    store: Store
    worker: str  # who ran an ingest
    fetched: list[FeedStatus]  # the feeds the last ingest fetched, as they ended

    def article_count(self) -> int | None:
        """Articles in the index; None when it cannot be read."""
        try:
            return self.engine.stats().articles
        except Exception:
            return None

    def run_ingest(self, full: bool = False, progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """engine.ingest, counted in the metrics (runs, duration, feed fetches by outcome) and
        recorded in the store for every worker to see (status, /healthz)."""
        before = {f.url: f.checked for f in self.engine.feeds()}
        started = time.time()
        try:
            report = self.engine.ingest(full, progress)
        except Exception as exc:
            metrics.observe_ingest(time.time() - started, None, ok=False)
            self._record({"result": f"failed: {type(exc).__name__}"}, started)
            raise
        self.fetched = [f for f in self.engine.feeds() if f.checked != before.get(f.url)]
        for feed in self.fetched:
            metrics.FEED_FETCHES.labels(metrics.feed_outcome(feed.error)).inc()
        ok = report.error is None
        articles = self.article_count()
        metrics.observe_ingest(report.seconds, articles, ok)
        self._record({"result": "ok" if ok else f"failed: {report.error}", "articles": articles,
                      "added": report.added, "changed": report.changed, "removed": report.removed,
                      "skipped": len(report.skipped), "warnings": len(report.warnings),
                      "feeds_failed": sum(1 for f in self.fetched if f.error)}, started)
        return report

    def feed_states(self) -> list[FeedStatus]:
        """Every live source and its state (the last fetch's error, if any)."""
        return self.engine.feeds()

    def _record(self, facts: dict[str, Any], started: float) -> None:
        """Keep what the ingest did under LAST_INGEST, with ok_at: when the last good one ended.
        One short write: a locked database never holds the ingest (or the answers) up."""
        now = time.time()
        try:
            last = self.last_ingest() or {}
            ok_at = now if facts["result"] == "ok" else last.get("ok_at")
            record = {"at": now, "seconds": round(now - started, 3), "by": self.worker, **facts, "ok_at": ok_at}
            self.store.set_meta(LAST_INGEST, json.dumps(record), short=True)
        except Exception as exc:  # the index is what matters; the record is for operators
            log.log(outage.quiet_level(), "could not record the ingest: %s", exc)

    def last_ingest(self) -> dict[str, Any] | None:
        """The last ingest by any worker: at, seconds, result, by, articles, ok_at...; None if none."""
        raw = self.store.get_meta(LAST_INGEST)
        return json.loads(raw) if raw else None

    def ingest_age(self) -> float | None:
        """Seconds since the last good ingest by any worker or `newsbot ingest` (recorded, or
        the index's own stamp: an ingest whose record could not be written); None when none is
        recorded."""
        last = self.last_ingest() or {}
        times = [float(last["ok_at"])] if last.get("ok_at") else []
        try:
            stamp = self.engine.stats().last_ingest
            if stamp:
                times.append(dt.datetime.strptime(stamp, STAMP_FORMAT).timestamp())
        except Exception as exc:  # no index, or a stamp in another form: the record decides
            log.debug("no index stamp: %s", exc)
        return time.time() - max(times) if times else None

