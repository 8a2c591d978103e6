"""How an ingest survives faults: a damaged index, a seed folder that looks unmounted, a
commit that fails (a full disk), big files cut into pieces."""
from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path

from search import index as idx
from search.model import Article, IngestReport
from search.sources.articles import article_id

log = logging.getLogger("search.ingest")
_last_failure: dict[Path, str] = {}  # per index: the failure already logged


def open_for_update(index_dir: Path) -> tuple[object, bool]:
    """The index to update, and whether it had to be started afresh because it was
    damaged (said in one line; the caller then re-reads every file)."""
    if not idx.exists(index_dir):
        return idx.open_index(index_dir, create=True, mmap=False), False
    try:
        return idx.open_checked(index_dir), False
    except idx.IndexDamaged as exc:
        log.error("%s; rebuilding it from the seeds", exc)
        idx.remove_index_files(index_dir)
        return idx.open_index(index_dir, create=True, mmap=False), True


def removals(known: dict, disk: dict, unreadable: list[str], seeds_dir: Path, full: bool,
             warnings: list[str]) -> tuple[list[str], int]:
    """Indexed files no longer on disk, except those under a folder that could not be read.
    A folder that suddenly holds no files, or lost more than half of them in one scan,
    looks like a mount or sync problem: nothing is removed unless the ingest is --full.
    Returns the files to remove and how many missing files were kept."""
    hidden = tuple(folder.rstrip("/") + "/" for folder in unreadable)
    gone = sorted(rel for rel in set(known) - set(disk) if not rel.startswith(hidden))
    if gone and not full and (not disk or 2 * len(gone) > len(known)):
        msg = (f"seed folder {seeds_dir} lost {len(gone)} of its {len(known)} files in one scan; "
               f"keeping their articles (an unmounted or unsynced folder?). If they were really removed, "
               f"run `newsbot ingest --full` or /reindex full")
        log.warning("%s", msg)
        warnings.append(msg)
        return [], len(gone)
    return gone, 0


def failed(index_dir: Path, exc: OSError, writer, skipped: list[str], warnings: list[str],
           started: float) -> IngestReport:
    """A failed ingest (a full disk, an I/O error): say so once, keep the last good index."""
    abandon(writer, index_dir)  # also when the writer failed while opening
    msg = f"ingest into {index_dir} failed: {exc.strerror or exc}; questions are answered from the last good index"
    if _last_failure.get(index_dir) != msg:
        log.error("%s", msg)
    _last_failure[index_dir] = msg
    return IngestReport(skipped=tuple(skipped), seconds=time.monotonic() - started,
                        warnings=tuple(warnings), error=msg)


def abandon(writer, index_dir: Path) -> None:
    """Cancel a writer whose commit failed and give back the space its files took. Whoosh's
    cancel() does not reach worker processes, so they are stopped first. *writer* is None
    when it failed while being opened: its files are removed all the same."""
    for task in getattr(writer, "tasks", None) or ():
        if task.is_alive():
            task.terminate()
            task.join(5)
    try:
        if writer is not None:
            writer.cancel()
    except Exception:  # already half-closed by the failure: release its lock at least
        lock = getattr(writer, "writelock", None)
        if lock is not None:
            try:
                lock.release()
            except Exception:
                pass
    try:
        idx.discard_uncommitted(index_dir)
    except OSError as exc:
        log.warning("could not remove partial index files in %s: %s", index_dir, exc)


def unique_ids(articles: list[Article], ids: set[str]) -> list[Article]:
    """Articles of one piece of a big file, with ids unique across the whole file."""
    out = []
    for a in articles:
        while a.id in ids:
            a = dataclasses.replace(a, id=article_id(a.file, a.title + a.id, a.text))
        ids.add(a.id)
        out.append(a)
    return out


def succeeded(index_dir: Path) -> None:
    """The next failure is news again."""
    _last_failure.pop(index_dir, None)
