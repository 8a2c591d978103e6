"""Incremental ingest: seed files -> Article records -> index documents."""
from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from search import index as idx
from search import recovery
from search.chunks import CHUNK_BYTES, file_digest, pieces
from search.model import Article, IngestReport
from search.normalize import normalize
from search.sources import UnreadableFile, load_articles, skip_reason

log = logging.getLogger(__name__)
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _OnDisk:
    path: Path
    size: int
    mtime: int
    odd_name: bool = False  # the name is not valid UTF-8; indexed under an escaped form


_WARNED: set[tuple[Path, str]] = set()  # (seed folder, subfolder) already reported unreadable


class SeedsUnreadable(OSError):
    """The seed folder itself could not be listed."""


def _rel_name(path: Path, seeds_dir: Path) -> tuple[str, bool]:
    """The file's name relative to the seed folder, and whether it had to be escaped: a
    name that is not valid UTF-8 is kept as its bytes, written with backslash escapes."""
    rel = path.relative_to(seeds_dir).as_posix()
    try:
        rel.encode("utf-8")
        return rel, False
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace"), True


def scan(seeds_dir: Path, unreadable: list[str] | None = None) -> dict[str, _OnDisk]:
    """Regular, non-hidden files below *seeds_dir*, keyed by path relative to it. If the
    folder itself cannot be listed, raises, so it is never mistaken for an empty one; a
    subfolder that cannot be listed is skipped with one warning and added to *unreadable*."""
    found: dict[str, _OnDisk] = {}
    failing: set[tuple[Path, str]] = set()

    def failed(exc: OSError) -> None:
        if exc.filename is None or Path(exc.filename) == seeds_dir:
            raise SeedsUnreadable(str(exc)) from exc
        rel = _rel_name(Path(exc.filename), seeds_dir)[0]
        if (seeds_dir, rel) not in _WARNED:  # once while it stays unreadable, not every scan
            log.warning("cannot read folder %s (%s); skipping it, its indexed files are kept",
                        rel, exc.strerror or exc)
        failing.add((seeds_dir, rel))
        if unreadable is not None:
            unreadable.append(rel)

    for root, dirs, files in os.walk(seeds_dir, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if (reason := skip_reason(name)) is not None:  # hidden, backup, temporary
                log.info("skipping %s: %s", _rel_name(Path(root, name), seeds_dir)[0], reason)
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            if path.is_file():
                rel, odd = _rel_name(path, seeds_dir)
                found[rel] = _OnDisk(path, st.st_size, st.st_mtime_ns, odd)
    _WARNED.difference_update({w for w in _WARNED if w[0] == seeds_dir} - failing)
    _WARNED.update(failing)
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
            "byline": article.byline, "url": article.url, "added": int(added * 1000)}


def _file_doc(rel: str, disk: _OnDisk, digest: str, count: int) -> dict:
    return {"id": "file:" + rel, "kind": "file", "file": rel, "fsize": disk.size,
            "fmtime": disk.mtime, "fhash": digest, "count": count}


class _Run:
    """One ingest pass over the seed folder, holding the writer."""

    def __init__(self, ix, index_dir: Path, full: bool) -> None:
        self.ix, self.index_dir, self.full = ix, index_dir, full
        self.procs = 1
        self.counts = dict(added=0, changed=0, removed=0, unchanged=0, articles_added=0, articles_removed=0)
        self.skipped: list[str] = []
        self.writer = None
        self.pending = 0  # source bytes added since the last commit
        with ix.searcher() as s:
            self.known = {d["file"]: d for d in s.documents(kind="file")}
            self.gone = {d["file"]: d.get("seen") or {} for d in s.documents(kind="gone")}

    def w(self):
        """The writer, opened on first use; with procs > 1, Whoosh's multi-process writer
        (each worker analyses and writes its own segment; jieba is loaded once, before
        the fork, so the workers share its dictionary). Whoosh's own lock file is not taken
        (_lk=False): writer_lock already makes this the only writer, and a writer that fails
        while opening (a full disk) would keep Whoosh's lock until the process exits."""
        if self.writer is None:
            if self.procs > 1:
                from search.analysis import load_dictionary
                from search.procs import workers_die_with_parent

                load_dictionary()
                workers_die_with_parent()
                self.writer = self.ix.writer(procs=self.procs, multisegment=True, batchsize=50,
                                             limitmb=128, subargs={"limitmb": WORKER_MB}, _lk=False)
            else:
                self.writer = self.ix.writer(limitmb=128, _lk=False)
            if "seen" not in self.writer.schema:  # an index from before tombstones
                from whoosh.fields import STORED
                self.writer.add_field("seen", STORED())
        return self.writer

    def stale(self, disk: dict[str, _OnDisk]) -> list[str]:
        """Files whose size or mtime differ from what the index recorded."""
        return [rel for rel, d in disk.items() if self.full or rel not in self.known
                or (self.known[rel]["fsize"], self.known[rel]["fmtime"]) != (d.size, d.mtime)]

    def remove(self, rel: str) -> None:
        """Drop a file's articles, keeping their first-seen times (a "gone" record), so
        the same articles coming back are not news again."""
        seen = self.added_times(rel)
        w = self.w()
        w.delete_by_term("file", rel)
        if seen:
            w.add_document(id="gone:" + rel, kind="gone", file=rel, seen=seen)
        self.counts["removed"] += 1
        self.counts["articles_removed"] += self.known[rel].get("count") or 0

    def update(self, rel: str, disk: _OnDisk) -> None:
        """Bring one file up to date."""
        rec = self.known.get(rel)
        if not self.full and rec and (rec["fsize"], rec["fmtime"]) == (disk.size, disk.mtime):
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
            articles = load_articles(rel, data)
        except UnreadableFile as exc:
            self.skip(rel, f"skipping {rel}: {exc}")
            articles = []
        old = self.drop_old(rel, rec, look=rec is not None)
        self.add(articles, old)
        self.w().add_document(**_file_doc(rel, disk, digest, len(articles)))
        self.counted(rec, len(articles), len(data))

    def skip(self, rel: str, why: str) -> None:
        log.warning("%s", why)
        self.skipped.append(rel)

    def unchanged(self, rec, digest: str, disk: _OnDisk) -> bool:
        """A touched file with the same content: only its record's mtime is updated."""
        if self.full or not rec or rec["fhash"] != digest:
            return False
        self.w().update_document(**{**rec, "fmtime": disk.mtime})
        self.counts["unchanged"] += 1
        return True

    def update_big(self, rel: str, disk: _OnDisk, rec) -> None:
        """A file over CHUNK_BYTES: hashed, then parsed and indexed piece by piece with
        commits along the way, so memory stays bounded whatever its size. Until its record
        is committed, a crash leaves pieces that the next ingest replaces."""
        try:
            digest = file_digest(disk.path)
            if self.unchanged(rec, digest, disk):
                return
            old, count, ids = self.drop_old(rel, rec, look=True), 0, set()
            for data in pieces(disk.path, CHUNK_BYTES):
                try:
                    articles = recovery.unique_ids(load_articles(rel, data), ids)
                except UnreadableFile as exc:
                    log.debug("%s: a piece skipped: %s", rel, exc)
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
        self.w().add_document(**_file_doc(rel, disk, digest, count))
        self.counted(rec, count, 0)

    def drop_old(self, rel: str, rec, look: bool) -> dict[str, float]:
        """Delete what the index holds for *rel* (an older version, a "gone" record and,
        when *look*, pieces of an interrupted big file); returns its articles' first-seen
        times."""
        times = dict(self.gone.get(rel, {}))
        if look:
            times.update(self.added_times(rel))
        if look or rel in self.gone:
            self.w().delete_by_term("file", rel)
        if rec:
            self.counts["articles_removed"] += rec.get("count") or 0
        return times

    def add(self, articles: list[Article], old: dict[str, float]) -> None:
        now = time.time()
        w = self.w()
        for article in articles:
            w.add_document(**article_doc(article, old.get(article.id, now)))

    def counted(self, rec, articles: int, size: int) -> None:
        self.counts["changed" if rec else "added"] += 1
        self.counts["articles_added"] += articles
        self.pending += size

    def added_times(self, rel: str) -> dict[str, float]:
        """First-seen times (epoch seconds) of the articles the index holds for *rel*."""
        with self.ix.searcher() as s:
            return {d["id"]: d["added"] / 1000 for d in s.documents(file=rel)
                    if d.get("kind") in ("article", "caption")}

    def cancel(self) -> None:
        """Drop what this writer holds (earlier batches stay committed, each file whole)."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            recovery.abandon(writer, self.index_dir)

    def finish(self) -> None:
        """Commit what this writer holds; the next change opens a new one. A failed commit
        (a full disk) cancels the writer and deletes the files it wrote, then re-raises."""
        writer, self.writer = self.writer, None
        self.pending = 0
        if writer is None:
            return
        try:
            writer.commit()
        except BaseException:
            recovery.abandon(writer, self.index_dir)
            raise


PARALLEL_BYTES = 8_000_000
BATCH_BYTES = 64_000_000
WORKER_MB = 96  # each worker's posting pool; at 128 a full re-ingest of one 200 MB file peaked at 304 MB


def _procs(work_bytes: int) -> int:
    """Both cores for a big ingest; one for small ones (starting workers costs more)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 4) if work_bytes >= PARALLEL_BYTES and cores > 1 else 1


def _apply(run: _Run, disk: dict[str, _OnDisk], gone: list[str], progress: Progress | None,
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


LIVE_PREFIX = "feeds:"  # files written by live sources, apart from the seed folder's


def ingest(index_dir: Path, seeds_dir: Path, full: bool = False,
           progress: Progress | None = None, stop: Callable[[], bool] | None = None,
           live_dir: Path | None = None) -> IngestReport:
    """Bring the index in line with the seed folder (and the feed files live sources wrote
    in *live_dir*: removing one is never taken for a lost mount); report what changed. When *stop*
    returns True (checked between files) the work not yet committed is dropped: the
    index keeps whole files, and the next ingest picks up the rest. A commit that fails
    (a full disk) leaves the last good index, with the partial files removed: the
    report's `error` says why, logged once while the cause persists."""
    started = time.monotonic()
    warnings: list[str] = []
    with idx.writer_lock(index_dir):
        ix, rebuilt = recovery.open_for_update(index_dir)
        if rebuilt:
            warnings.append(f"index in {index_dir} was damaged and has been rebuilt from the seeds")
        try:
            if not seeds_dir.is_dir():
                raise SeedsUnreadable(f"{seeds_dir} is not a folder")
            unreadable: list[str] = []
            disk = scan(seeds_dir, unreadable)
            feeds = scan(live_dir) if live_dir is not None and live_dir.is_dir() else {}
        except SeedsUnreadable as exc:
            log.warning("seed folder unreadable (%s); the index keeps its last good state", exc)
            return IngestReport(warnings=tuple(warnings) + (f"seed folder {seeds_dir} unreadable: {exc}",))
        if not idx.current(index_dir):
            if ix.doc_count_all() == 0:  # a new index is of this version already
                idx.mark_current(index_dir)
            else:  # written by an older version: rebuilt from the seeds
                log.warning("index in %s was written by an older version; rebuilding it from the seeds", index_dir)
                ix, full = idx.rebuild(ix, index_dir), True
        run = _Run(ix, index_dir, full or rebuilt)
        known_seeds = {rel: v for rel, v in run.known.items() if not rel.startswith(LIVE_PREFIX)}
        gone, kept = recovery.removals(known_seeds, disk, unreadable, seeds_dir, run.full, warnings)
        disk.update({LIVE_PREFIX + rel: d for rel, d in feeds.items()})
        gone += sorted(set(run.known) - set(known_seeds) - set(disk))  # feeds removed
        run.procs = _procs(sum(disk[rel].size for rel in run.stale(disk)))
        warnings += [f"folder {folder} unreadable; skipped" for folder in unreadable]
        try:
            if not _apply(run, disk, gone, progress, stop):
                return IngestReport(**run.counts, skipped=tuple(run.skipped), warnings=("stopped",),
                                    seconds=time.monotonic() - started)
        except OSError as exc:
            return recovery.failed(index_dir, exc, run.writer, run.skipped, warnings, started)
        finally:
            ix.close()
    recovery.succeeded(index_dir)
    try:
        idx.mark_current(index_dir)
        (index_dir / "last_ingest").write_text(time.strftime("%Y-%m-%dT%H:%M:%S%z"), "utf-8")
    except OSError as exc:
        log.warning("could not record the ingest time in %s: %s", index_dir, exc)
    return IngestReport(**run.counts, skipped=tuple(run.skipped), seconds=time.monotonic() - started,
                        warnings=tuple(warnings), kept_missing=kept)
