"""Keeping the index current: which worker ingests and when (a lock and an elected
lease shared through the store), start-up preparation, and the alerts each ingest queues.
Mixed into bot.service.Service."""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from bot import alerts
from bot.ingests import IngestRecords
from search.model import IngestReport

log = logging.getLogger(__name__)
INGEST_LOCK = "newsbot:ingest"  # one worker ingests at a time; the others serve each commit
INGEST_LEASE = "ingest"  # the worker elected to run the scheduled ingests (bot/store/leases.py)


class IndexUpkeep(IngestRecords):
    """Ingests run one at a time across workers; the scheduled one by the elected worker."""

    elected: bool | None  # this worker held the ingest lease at its last look
    busy: threading.RLock  # held by the thread that ingests: the store and engine close after it

    def ingest(self, full: bool = False, progress: Callable[[int, int], None] | None = None) -> IngestReport:
        """Bring the index up to date now (/reindex, the terminal's start-up); *full* re-reads
        every file and confirms removals held back because the folder looked unmounted.
        New articles that match alerts are queued for pushing. It waits for another worker's
        ingest: one running meanwhile could stamp articles before this one's alert watermark
        and commit them after it, and they would never be matched."""
        with self.busy, self.store.singleton(INGEST_LOCK, wait=True):
            had_index = self._has_articles()
            report = self.run_ingest(full, progress)
            self.plan_alerts(had_index)
            return report

    def ingest_alone(self, lease: float) -> IngestReport | None:
        """The scheduled ingest, run by one elected worker: the one holding the ingest lease
        (taken for *lease* seconds when free or run out, renewed on each run). Another
        worker's run, or one while a /reindex ingests, is skipped (None). Then queue alerts."""
        with self.busy:
            if not self.engine.seeds_owner or not self.elect(lease):
                return None  # the owner ingests: a non-owner would never see its folder change
            with self.store.singleton(INGEST_LOCK) as mine:
                if not mine:
                    return None
                had_index = self._has_articles()
                report = self.run_ingest()
                self.plan_alerts(had_index)
                return report

    def elect(self, lease: float) -> bool:
        """Take or renew the ingest lease; True when this worker holds it. A change is logged."""
        elected = self.store.lease_take(INGEST_LEASE, self.worker, lease)
        if elected != self.elected:
            if elected:
                log.info("ingest lease taken: this worker (%s) fetches feeds and ingests", self.worker)
            else:
                log.info("ingest lease held by %s: it ingests, this worker serves",
                         self.ingest_holder() or "another worker")
        self.elected = elected
        return elected

    def ingest_holder(self) -> str | None:
        """The worker elected to ingest (for the status), or None while nobody holds the lease."""
        return self.store.lease_holder(INGEST_LEASE)

    def plan_alerts(self, had_index: bool = True) -> None:
        """Queue pushes for the articles added since the last look that match alerts. An
        index built from nothing (first start, or rebuilt) stamps every article anew: they
        are skipped. A failure is logged: the next ingest looks again from the same watermark,
        as it does after an ingest the program's stop cut short (the store may be closed)."""
        if self.engine.stopping.is_set():
            return
        try:
            if had_index:
                alerts.plan(self.engine, self.store, time.time())
            else:
                alerts.skip(self.store, time.time())
        except Exception:
            log.exception("matching alerts failed")

    def _has_articles(self) -> bool:
        """The index opens and holds articles (so an ingest adds to it, not builds it)."""
        try:
            return self.engine.stats().articles > 0
        except Exception:
            return False

    def prepare_index(self) -> None:
        """Bring the index up to date (an incremental ingest: files added while the bot was
        stopped are found). While another worker ingests (it holds the lock the re-ingest
        takes) serve the last good index, or wait for its build; the seed folder's owner then
        ingests its folder into an index that has no articles yet."""
        with self.busy:
            with self.store.singleton(INGEST_LOCK) as mine:
                if mine:
                    self._ingest_folder()
                    return
            owner = self.engine.seeds_owner
            if self._has_articles() or (not owner and self._index_opens()):
                return  # serve it; the other worker's commit shows up by itself
            log.info("waiting for another worker's index build")
            with self.store.singleton(INGEST_LOCK, wait=True):
                if owner and self._index_opens():  # a non-owner's build lacks this folder's files
                    self._ingest_folder()
                else:
                    self.rebuild_index()

    def warm_up(self) -> None:
        """Load what the first question needs before answering (see Engine.warm_up); an index
        that cannot be read yet is logged and left to the first question."""
        try:
            self.engine.warm_up()
        except Exception as exc:
            log.warning("respelling maps not built at start-up: %s", type(exc).__name__)

    def _ingest_folder(self) -> None:
        had_index = self._has_articles()
        self.run_ingest()
        self.plan_alerts(had_index)

    def _index_opens(self) -> bool:
        try:
            self.engine.stats()
            return True
        except Exception:
            return False

    def rebuild_index(self) -> None:
        """Build the index again when it is missing, empty or damaged. Every article of a
        rebuilt index looks new: alerts skip them (they were there before)."""
        with self.busy:
            if self.engine.ensure_index() is not None:
                self.plan_alerts(had_index=False)
