"""Incremental ingest: seed files -> Article records -> index documents."""
from __future__ import annotations

import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from search.decode import UnreadableFile, decode
from search.index import open_index, writer_lock
from search.model import Article, IngestReport
from search.normalize import normalize
from search.parse import split_articles

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _OnDisk:
    path: Path
    size: int
    mtime: int


class SeedsUnreadable(OSError):
    """The seed folder (or a folder in it) could not be listed."""


def _raise(exc: OSError) -> None:
    raise SeedsUnreadable(str(exc)) from exc


def scan(seeds_dir: Path) -> dict[str, _OnDisk]:
    """Regular, non-hidden files below *seeds_dir*, keyed by path relative to it. A folder
    that cannot be listed raises, so it is never mistaken for an empty one."""
    found: dict[str, _OnDisk] = {}
    for root, dirs, files in os.walk(seeds_dir, onerror=_raise):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            if path.is_file():
                found[path.relative_to(seeds_dir).as_posix()] = _OnDisk(path, st.st_size, st.st_mtime_ns)
    return found


def match_text(title: str, body: str) -> str:
    """What queries are matched against: title and body, as stored."""
    return f"{title}\n{body}"


def article_doc(article: Article, added: float) -> dict:
    """The index document of one article."""
    plain = match_text(article.title, article.text)
    norm = normalize(plain)
    return {"norm": norm if norm != plain else None, "id": article.id, "kind": article.kind, "title": article.title, "body": article.text,
            "date": article.date or "", "file": article.file, "source": article.source,
            "byline": article.byline, "added": int(added * 1000)}


def _file_doc(rel: str, disk: _OnDisk, digest: str, count: int) -> dict:
    return {"id": "file:" + rel, "kind": "file", "file": rel, "fsize": disk.size,
            "fmtime": disk.mtime, "fhash": digest, "count": count}


def load_articles(rel: str, data: bytes) -> list[Article]:
    """Articles of one file's bytes; raises UnreadableFile for empty/binary/undecodable data."""
    return split_articles(decode(data), rel)


class _Run:
    """One ingest pass over the seed folder, holding the writer."""

    def __init__(self, ix, seeds_dir: Path, full: bool) -> None:
        self.ix, self.seeds_dir, self.full = ix, seeds_dir, full
        self.procs = 1
        self.counts = dict(added=0, changed=0, removed=0, unchanged=0, articles_added=0, articles_removed=0)
        self.skipped: list[str] = []
        self.writer = None
        with ix.searcher() as s:
            self.known = {d["file"]: d for d in s.documents(kind="file")}

    def w(self):
        """The writer, opened on first use; with procs > 1, Whoosh's multi-process writer
        (each worker analyses and writes its own segment; jieba is loaded once, before
        the fork, so the workers share its dictionary)."""
        if self.writer is None:
            if self.procs > 1:
                from search.analysis import load_dictionary
                from search.procs import workers_die_with_parent

                load_dictionary()
                workers_die_with_parent()
                self.writer = self.ix.writer(procs=self.procs, multisegment=True, limitmb=128, batchsize=50)
            else:
                self.writer = self.ix.writer(limitmb=128)
        return self.writer

    def stale(self, disk: dict[str, _OnDisk]) -> list[str]:
        """Files whose size or mtime differ from what the index recorded."""
        return [rel for rel, d in disk.items() if self.full or rel not in self.known
                or (self.known[rel]["fsize"], self.known[rel]["fmtime"]) != (d.size, d.mtime)]

    def remove(self, rel: str) -> None:
        self.w().delete_by_term("file", rel)
        self.counts["removed"] += 1
        self.counts["articles_removed"] += self.known[rel].get("count") or 0

    def update(self, rel: str, disk: _OnDisk) -> int:
        """Bring one file up to date; returns the bytes indexed (0 when nothing changed)."""
        rec = self.known.get(rel)
        if not self.full and rec and (rec["fsize"], rec["fmtime"]) == (disk.size, disk.mtime):
            self.counts["unchanged"] += 1
            return 0
        try:
            data = disk.path.read_bytes()
            after = disk.path.stat()
        except OSError as exc:
            log.warning("cannot read %s: %s; keeping what the index has", rel, exc)
            self.skipped.append(rel)
            return 0
        if (after.st_size, after.st_mtime_ns) != (disk.size, disk.mtime) or len(data) != disk.size:
            log.warning("%s changed while being read; it will be read on the next ingest", rel)
            self.skipped.append(rel)
            return 0
        digest = hashlib.sha256(data).hexdigest()
        if not self.full and rec and rec["fhash"] == digest:
            self.w().update_document(**{**rec, "fmtime": disk.mtime})
            self.counts["unchanged"] += 1
            return 0
        try:
            articles = load_articles(rel, data)
        except UnreadableFile as exc:
            log.warning("skipping %s: %s", rel, exc)
            self.skipped.append(rel)
            articles = []
        self.replace(rel, disk, digest, articles, rec)
        return len(data)

    def replace(self, rel: str, disk: _OnDisk, digest: str, articles: list[Article], rec) -> None:
        old_added = self.added_times(rel) if rec else {}
        w = self.w()
        if rec:
            w.delete_by_term("file", rel)
            self.counts["articles_removed"] += rec.get("count") or 0
        now = time.time()
        for article in articles:
            w.add_document(**article_doc(article, old_added.get(article.id, now)))
        w.add_document(**_file_doc(rel, disk, digest, len(articles)))
        self.counts["changed" if rec else "added"] += 1
        self.counts["articles_added"] += len(articles)

    def added_times(self, rel: str) -> dict[str, float]:
        with self.ix.searcher() as s:
            return {d["id"]: d["added"] / 1000 for d in s.documents(file=rel) if d["kind"] != "file"}

    def cancel(self) -> None:
        """Drop what this writer holds (earlier batches stay committed, each file whole)."""
        if self.writer is None:
            return
        for task in getattr(self.writer, "tasks", []):
            task.terminate()  # Whoosh's workers block on a queue its cancel() never feeds
        self.writer.cancel()
        self.writer = None

    def finish(self) -> None:
        """Commit what this writer holds; the next change opens a new one."""
        if self.writer is not None:
            self.writer.commit()
            self.writer = None


PARALLEL_BYTES = 8_000_000
BATCH_BYTES = 64_000_000


def _procs(work_bytes: int) -> int:
    """Both cores for a big ingest; one for small ones (starting workers costs more)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 4) if work_bytes >= PARALLEL_BYTES and cores > 1 else 1


def ingest(index_dir: Path, seeds_dir: Path, full: bool = False,
           progress: Progress | None = None, stop: Callable[[], bool] | None = None) -> IngestReport:
    """Bring the index in line with the seed folder; report what changed. When *stop*
    returns True (checked between files) the work not yet committed is dropped: the
    index keeps whole files, and the next ingest picks up the rest."""
    started = time.monotonic()
    with writer_lock(index_dir):
        ix = open_index(index_dir, create=True)
        try:
            if not seeds_dir.is_dir():
                raise SeedsUnreadable(f"{seeds_dir} is not a folder")
            disk = scan(seeds_dir)
        except SeedsUnreadable as exc:
            log.warning("seed folder unreadable (%s); the index keeps its last good state", exc)
            return IngestReport(warnings=(f"seed folder {seeds_dir} unreadable: {exc}",))
        run = _Run(ix, seeds_dir, full)
        run.procs = _procs(sum(disk[rel].size for rel in run.stale(disk)))
        for rel in sorted(set(run.known) - set(disk)):
            run.remove(rel)
        pending = 0
        for i, (rel, entry) in enumerate(disk.items(), 1):
            if stop is not None and stop():
                run.cancel()
                ix.close()
                return IngestReport(**run.counts, skipped=tuple(run.skipped), warnings=("stopped",),
                                    seconds=time.monotonic() - started)
            pending += run.update(rel, entry)
            if pending >= BATCH_BYTES:  # bounds the writers' memory; each file's articles
                run.finish()            # and its record always land in the same commit
                pending = 0
            if progress:
                progress(i, len(disk))
        run.finish()
        ix.close()
    (index_dir / "last_ingest").write_text(time.strftime("%Y-%m-%dT%H:%M:%S%z"), "utf-8")
    return IngestReport(**run.counts, skipped=tuple(run.skipped), seconds=time.monotonic() - started)
