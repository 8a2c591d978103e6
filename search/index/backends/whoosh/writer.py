"""Writing the Whoosh index: the one-writer lock, a damaged index started afresh, the
version rebuild, Whoosh's multi-process writer for big ingests, and giving back the space
of a commit that failed (a full disk)."""
from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

from whoosh.fields import STORED
from whoosh.index import Index
from whoosh.writing import IndexWriter

from search.index import documents as docs
from search.index.backends.base import Stored
from search.index.backends.whoosh import files
from search.index.backends.whoosh.procs import ParallelWriter
from search.model import IndexDamaged

log = logging.getLogger("search.index.ingest")

PARALLEL_BYTES = 8_000_000  # analysing this much source text pays for starting workers
MAX_PROCS = 4  # Whoosh's sub-writers beyond this merge more than they gain
POOL_MB = 128  # the writer's posting pool before it flushes a segment
WORKER_MB = 96  # each worker's posting pool; at 128 a full re-ingest of one 200 MB file peaked at 304 MB
WORKER_BATCH = 50  # documents sent to a worker at a time
STOP_WAIT = 5  # seconds a stopped worker process gets to exit


def _procs(work_bytes: int) -> int:
    """Both cores for a big ingest; one for small ones (starting workers costs more)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, MAX_PROCS) if work_bytes >= PARALLEL_BYTES and cores > 1 else 1


def open_for_update(index_dir: Path) -> tuple[Index, bool]:
    """The index to update, and whether it had to be started afresh because it was
    damaged (said in one line; the caller then re-reads every file)."""
    if not files.exists(index_dir):
        return files.open_index(index_dir, create=True, mmap=False), False
    try:
        return files.open_checked(index_dir), False
    except IndexDamaged as exc:
        log.error("%s; rebuilding it from the seeds", exc)
        files.remove_index_files(index_dir)
        return files.open_index(index_dir, create=True, mmap=False), True


def abandon(writer: IndexWriter | None, index_dir: Path) -> None:
    """Cancel a writer whose commit failed and give back the space its files took. Whoosh's
    cancel() does not reach worker processes, so they are stopped first. *writer* is None
    when it failed while being opened: its files are removed all the same. It holds no
    lock of its own (files.writer_lock is the one lock), so nothing is left locked."""
    if isinstance(writer, ParallelWriter):
        writer.stop_workers(STOP_WAIT)
    if writer is not None:
        with contextlib.suppress(Exception):  # already half-closed by the failure
            writer.cancel()
    try:
        files.discard_uncommitted(index_dir)
    except OSError as exc:
        log.warning("could not remove partial index files in %s: %s", index_dir, exc)


class WhooshWriter:
    """One ingest's changes to the index; a Whoosh writer is opened on the first change
    after each commit."""

    def __init__(self, ix: Index, index_dir: Path, damaged: bool) -> None:
        self.ix, self.index_dir, self.damaged = ix, index_dir, damaged
        self.procs = 1
        self._open: IndexWriter | None = None

    def _writer(self) -> IndexWriter:
        """The writer, opened on first use; with procs > 1, the backend's multi-process
        writer (procs.ParallelWriter: each worker analyses and writes its own segment;
        jieba is loaded once, before the fork, so the workers share its dictionary).
        Whoosh's own writer lock is the one files.writer_lock already holds (see
        files.IndexStorage), so a writer that fails while opening (a full disk) leaves
        no lock behind."""
        if self._open is None:
            if self.procs > 1:
                from search.text.analysis import load_dictionary

                load_dictionary()
                self._open = ParallelWriter(self.ix, procs=self.procs, multisegment=True, batchsize=WORKER_BATCH,
                                            limitmb=POOL_MB, subargs={"limitmb": WORKER_MB})
            else:
                self._open = self.ix.writer(limitmb=POOL_MB)
            if "seen" not in self._open.schema:  # an index from before tombstones
                self._open.add_field("seen", STORED())
        return self._open

    def upgrade(self) -> bool:
        """Rebuild an index an older version wrote (see Writer.upgrade)."""
        if files.current(self.index_dir):
            return False
        if self.ix.doc_count_all() == 0:  # a new index is of this version already
            files.mark_current(self.index_dir)
            return False
        log.warning("index in %s was written by an older version; rebuilding it from the seeds", self.index_dir)
        self.ix = files.rebuild(self.ix, self.index_dir)
        return True

    def expect(self, work_bytes: int) -> None:
        """Use worker processes when this much source text is to be analysed."""
        self.procs = _procs(work_bytes)

    def file_records(self) -> dict[str, Stored]:
        """The committed file records by file name."""
        with self.ix.searcher() as searcher:
            return {d["file"]: d for d in searcher.documents(kind="file")}

    def gone_records(self) -> dict[str, dict[str, float]]:
        """First-seen times kept for removed files' articles, by file name."""
        with self.ix.searcher() as searcher:
            return {d["file"]: d.get("seen") or {} for d in searcher.documents(kind="gone")}

    def added_times(self, file: str) -> dict[str, float]:
        """First-seen times (epoch seconds) of the committed articles of *file*."""
        with self.ix.searcher() as searcher:
            return {d["id"]: docs.from_ms(d["added"]) for d in searcher.documents(file=file)
                    if d.get("kind") in docs.ARTICLE_KINDS}

    def delete_file(self, file: str) -> None:
        """Remove everything stored for *file*."""
        self._writer().delete_by_term("file", file)

    def add(self, doc: Stored) -> None:
        """Add one document."""
        self._writer().add_document(**doc)

    def replace(self, doc: Stored) -> None:
        """Replace the document with this id."""
        self._writer().update_document(**doc)

    def commit(self) -> None:
        """Commit what this writer holds; the next change opens a new one. A failed commit
        (a full disk) cancels the writer and deletes the files it wrote, then re-raises."""
        writer, self._open = self._open, None
        if writer is None:
            return
        try:
            writer.commit()
        except BaseException:
            abandon(writer, self.index_dir)
            raise

    def cancel(self) -> None:
        """Drop what this writer holds (earlier batches stay committed, each file whole)."""
        writer, self._open = self._open, None
        abandon(writer, self.index_dir)

    def finished(self) -> None:
        """Record the ingest's time and that the index matches this version."""
        files.mark_current(self.index_dir)
        try:
            (self.index_dir / files.LAST_INGEST).write_text(time.strftime("%Y-%m-%dT%H:%M:%S%z"), "utf-8")
        except OSError as exc:
            log.warning("could not record the ingest time in %s: %s", self.index_dir, exc)


@contextlib.contextmanager
def writing(index_dir: Path) -> Iterator[WhooshWriter]:
    """The one writer, under the ingest lock; an exception cancels what is uncommitted."""
    with files.writer_lock(index_dir):
        ix, damaged = open_for_update(index_dir)
        writer = WhooshWriter(ix, index_dir, damaged)
        try:
            yield writer
        except BaseException:
            if writer._open is not None:
                writer.cancel()
            raise
        finally:
            writer.ix.close()
