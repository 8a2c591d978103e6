"""Incremental ingest: seed files -> Article records -> stored documents, through the
backend's one writer."""
from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from search.index import documents as docs
from search.index import recovery
from search.index.backends.base import Backend, Stored, Writer
from search.model import Article, IngestReport
from search.sources import Recurring, UnreadableFile, chrome_keys, load_articles
from search.sources.chunks import CHUNK_BYTES, file_digest, pieces
from search.sources.folder import OnDisk, SeedsUnreadable, scan

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]
BATCH_BYTES = 64_000_000  # source bytes per commit: bounds the writers' memory
LIVE_PREFIX = "feeds:"  # files written by live sources, apart from the seed folder's


class _Run:
    """One ingest pass over the seed folder, holding the writer."""

    def __init__(self, writer: Writer, full: bool) -> None:
        self.writer, self.full = writer, full
        self.counts = dict(added=0, changed=0, removed=0, unchanged=0, articles_added=0, articles_removed=0)
        self.skipped: list[str] = []
        self.dirty = False  # changes not committed yet
        self.pending = 0  # source bytes added since the last commit
        self.known = writer.file_records()
        self.gone = writer.gone_records()
        self.learned = Recurring({rel: rec.get("lines") or [] for rel, rec in self.known.items()})
        self.redo: set[str] = set()  # unchanged files whose folder's learned chrome changed

    def learn(self, disk: dict[str, OnDisk], gone: list[str]) -> None:
        """Count the candidate chrome lines of the files that changed (and forget removed
        ones) before any file is parsed, so each file is cleaned with its whole folder's
        lines; files whose folder's chrome changed by it are parsed again."""
        before = self.learned.snapshot()
        for rel in gone:
            self.learned.remove(rel)
        for rel in self.stale(disk):
            if disk[rel].size <= CHUNK_BYTES:
                try:
                    self.learned.record(rel, chrome_keys(rel, disk[rel].path.read_bytes()))
                except OSError:
                    continue  # update() reports it
        self.redo = self.learned.relearn(before) & set(disk)

    def stale(self, disk: dict[str, OnDisk]) -> list[str]:
        """Files whose size or mtime differ from what the index recorded."""
        return [rel for rel, d in disk.items() if self.full or rel not in self.known
                or (self.known[rel]["fsize"], self.known[rel]["fmtime"]) != (d.size, d.mtime)]

    def change(self) -> Writer:
        """The writer, for a change that the next commit makes visible."""
        self.dirty = True
        return self.writer

    def remove(self, rel: str) -> None:
        """Drop a file's articles, keeping their first-seen times (a "gone" record), so
        the same articles coming back are not news again."""
        seen = self.writer.added_times(rel)
        self.change().delete_file(rel)
        if seen:
            self.writer.add(docs.gone_doc(rel, seen))
        self.counts["removed"] += 1
        self.counts["articles_removed"] += self.known[rel].get("count") or 0

    def update(self, rel: str, disk: OnDisk) -> None:
        """Bring one file up to date."""
        rec = self.known.get(rel)
        if (not self.full and rec and (rec["fsize"], rec["fmtime"]) == (disk.size, disk.mtime)
                and rel not in self.redo):
            self.counts["unchanged"] += 1
            return
        if disk.odd_name:
            log.warning("file name %s is not valid UTF-8; indexed under this escaped name", rel)
        if disk.size > CHUNK_BYTES:
            self.update_big(rel, disk, rec)
            return
        try:
            data = disk.path.read_bytes()
            after = disk.path.stat()
        except OSError as exc:
            self.skip(rel, f"cannot read {rel}: {exc}; keeping what the index has")
            return
        if (after.st_size, after.st_mtime_ns) != (disk.size, disk.mtime) or len(data) != disk.size:
            self.skip(rel, f"{rel} changed while being read; it will be read on the next ingest")
            return
        digest = hashlib.sha256(data).hexdigest()
        if self.unchanged(rec, digest, disk):
            return
        try:
            articles = load_articles(rel, data, self.learned.chrome(rel))
        except UnreadableFile as exc:
            self.skip(rel, f"skipping {rel}: {exc}")
            articles = []
        old = self.drop_old(rel, rec, look=rec is not None)
        self.add(articles, old)
        lines = sorted(self.learned.files.get(rel, ()))
        self.change().add(docs.file_doc(rel, disk.size, disk.mtime, digest, len(articles), lines))
        self.counted(rec, len(articles), len(data))

    def skip(self, rel: str, why: str) -> None:
        log.warning("%s", why)
        self.skipped.append(rel)

    def unchanged(self, rec: Stored | None, digest: str, disk: OnDisk) -> bool:
        """A touched file with the same content: only its record's mtime is updated."""
        if self.full or not rec or rec["fhash"] != digest or rec["file"] in self.redo:
            return False
        self.change().replace({**rec, "fmtime": disk.mtime})
        self.counts["unchanged"] += 1
        return True

    def update_big(self, rel: str, disk: OnDisk, rec: Stored | None) -> None:
        """A file over CHUNK_BYTES: hashed, then parsed and indexed piece by piece with
        commits along the way, so memory stays bounded whatever its size. Until its record
        is committed, a crash leaves pieces that the next ingest replaces."""
        try:
            digest = file_digest(disk.path)
            if self.unchanged(rec, digest, disk):
                return
            old, count, ids = self.drop_old(rel, rec, look=True), 0, set[str]()
            for data in pieces(disk.path, CHUNK_BYTES):
                try:
                    articles = recovery.unique_ids(load_articles(rel, data, self.learned.chrome(rel)), ids)
                except UnreadableFile as exc:
                    log.warning("%s: a piece of it skipped: %s", rel, exc)
                    continue
                self.add(articles, old)
                count += len(articles)
                self.pending += len(data)
                if self.pending >= BATCH_BYTES:
                    self.finish()
            after = disk.path.stat()
        except OSError as exc:
            self.skip(rel, f"cannot read {rel}: {exc}; it will be read on the next ingest")
            return
        if (after.st_size, after.st_mtime_ns) != (disk.size, disk.mtime):
            self.skip(rel, f"{rel} changed while being read; it will be read on the next ingest")
            return
        self.change().add(docs.file_doc(rel, disk.size, disk.mtime, digest, count))
        self.counted(rec, count, 0)

    def drop_old(self, rel: str, rec: Stored | None, look: bool) -> dict[str, float]:
        """Delete what the index holds for *rel* (an older version, a "gone" record and,
        when *look*, pieces of an interrupted big file); returns its articles' first-seen
        times."""
        times = dict(self.gone.get(rel, {}))
        if look:
            times.update(self.writer.added_times(rel))
        if look or rel in self.gone:
            self.change().delete_file(rel)
        if rec:
            self.counts["articles_removed"] += rec.get("count") or 0
        return times

    def add(self, articles: list[Article], old: dict[str, float]) -> None:
        now = time.time()
        for article in articles:
            self.change().add(docs.article_doc(article, old.get(article.id, now)))

    def counted(self, rec: Stored | None, articles: int, size: int) -> None:
        self.counts["changed" if rec else "added"] += 1
        self.counts["articles_added"] += articles
        self.pending += size

    def cancel(self) -> None:
        """Drop what is not committed (earlier batches stay committed, each file whole)."""
        if self.dirty:
            self.dirty = False
            self.writer.cancel()

    def finish(self) -> None:
        """Commit the changes; a failed commit (a full disk) gives back the space its files
        took, then re-raises."""
        self.pending = 0
        if self.dirty:
            self.dirty = False
            self.writer.commit()

    def report(self, started: float, **extra: Any) -> IngestReport:
        c = self.counts
        return IngestReport(added=c["added"], changed=c["changed"], removed=c["removed"], unchanged=c["unchanged"],
                            articles_added=c["articles_added"], articles_removed=c["articles_removed"],
                            skipped=tuple(self.skipped), seconds=time.monotonic() - started, **extra)


def _apply(run: _Run, disk: dict[str, OnDisk], gone: list[str], progress: Progress | None,
           stop: Callable[[], bool] | None) -> bool:
    """Removals, then every file; False when *stop* asked to stop (nothing uncommitted kept)."""
    for rel in gone:
        run.remove(rel)
    for i, (rel, entry) in enumerate(disk.items(), 1):
        if stop is not None and stop():
            run.cancel()
            return False
        run.update(rel, entry)
        if run.pending >= BATCH_BYTES:  # bounds the writers' memory; a small file's articles
            run.finish()                # and its record always land in the same commit
        if progress:
            progress(i, len(disk))
    run.finish()
    return True


def _plan(run: _Run, disk: dict[str, OnDisk] | None, feeds: dict[str, OnDisk], unreadable: list[str],
          seeds_dir: Path, warnings: list[str]) -> tuple[dict[str, OnDisk], list[str], int]:
    """The files to read (the seed files, None when another machine owns the seed folder,
    and the feed files) and to remove (a folder that looks unmounted keeps its files:
    *kept*); tells the writer how much there is to read."""
    known_seeds = {rel: v for rel, v in run.known.items() if not rel.startswith(LIVE_PREFIX)}
    gone: list[str] = []
    kept = 0
    if disk is None:  # not the owner: the seed files the index holds are another machine's
        disk = {}
    else:
        gone, kept = recovery.removals(known_seeds, disk, unreadable, seeds_dir, run.full, warnings)
    disk.update({LIVE_PREFIX + rel: d for rel, d in feeds.items()})
    gone += sorted(set(run.known) - set(known_seeds) - set(disk))  # feeds removed
    run.learn(disk, gone)
    run.writer.expect(sum(disk[rel].size for rel in set(run.stale(disk)) | run.redo))
    warnings += [f"folder {folder} unreadable; skipped" for folder in unreadable]
    return disk, gone, kept


def _seed_files(seeds_dir: Path, unreadable: list[str]) -> dict[str, OnDisk]:
    """The seed folder's files; SeedsUnreadable when it is not a folder."""
    if not seeds_dir.is_dir():
        raise SeedsUnreadable(f"{seeds_dir} is not a folder")
    return scan(seeds_dir, unreadable)


def ingest(backend: Backend, seeds_dir: Path, full: bool = False,
           progress: Progress | None = None, stop: Callable[[], bool] | None = None,
           live_dir: Path | None = None, owner: bool = True) -> IngestReport:
    """Bring the index in line with the seed folder (and the feed files live sources wrote
    in *live_dir*: removing one is never taken for a lost mount); report what changed. A
    machine that is not the seed folder's *owner* (several machines share one index) reads
    only the feed files and leaves every seed file the index holds as it is. When *stop*
    returns True (checked between files) the work not yet committed is dropped: the
    index keeps whole files, and the next ingest picks up the rest. A commit that fails
    (a full disk) leaves the last good index, with the partial files removed: the
    report's `error` says why, logged once while the cause persists."""
    started = time.monotonic()
    warnings: list[str] = []
    with backend.writing() as writer:
        if writer.damaged:
            warnings.append(f"index in {backend.location} was damaged and has been rebuilt from the seeds")
        try:
            unreadable: list[str] = []
            disk = _seed_files(seeds_dir, unreadable) if owner else None
            feeds = scan(live_dir) if live_dir is not None and live_dir.is_dir() else {}
        except SeedsUnreadable as exc:
            log.warning("seed folder unreadable (%s); the index keeps its last good state", exc)
            return IngestReport(warnings=tuple(warnings) + (f"seed folder {seeds_dir} unreadable: {exc}",))
        full = writer.upgrade() or full
        run = _Run(writer, full or writer.damaged)
        files, gone, kept = _plan(run, disk, feeds, unreadable, seeds_dir, warnings)
        try:
            if not _apply(run, files, gone, progress, stop):
                return run.report(started, warnings=("stopped",))
        except OSError as exc:
            writer.cancel()  # also when the writer failed while opening
            return recovery.failed(backend.location, exc, run.skipped, warnings, started)
        writer.finished()
    recovery.succeeded(backend.location)
    return run.report(started, warnings=tuple(warnings), kept_missing=kept)
