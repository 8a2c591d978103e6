"""How an ingest survives faults: a seed folder that looks unmounted, a commit that fails
(a full disk: reported once), big files cut into pieces. The backend handles its own
(a damaged index, the space of a failed commit)."""
from __future__ import annotations

import dataclasses
import logging
import time
from pathlib import Path

from search.model import Article, IngestReport
from search.sources.articles import article_id

log = logging.getLogger("search.index.ingest")
_last_failure: dict[str, str] = {}  # per index: the failure already logged


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


def failed(where: str, exc: OSError, skipped: list[str], warnings: list[str],
           started: float) -> IngestReport:
    """A failed ingest (a full disk, an I/O error): say so once, keep the last good index
    (the caller has cancelled the writer)."""
    msg = f"ingest into {where} failed: {exc.strerror or exc}; questions are answered from the last good index"
    if _last_failure.get(where) != msg:
        log.error("%s", msg)
    _last_failure[where] = msg
    return IngestReport(skipped=tuple(skipped), seconds=time.monotonic() - started,
                        warnings=tuple(warnings), error=msg)


def unique_ids(articles: list[Article], ids: set[str]) -> list[Article]:
    """Articles of one piece of a big file, with ids unique across the whole file."""
    out = []
    for a in articles:
        while a.id in ids:
            a = dataclasses.replace(a, id=article_id(a.file, a.title + a.id, a.text))
        ids.add(a.id)
        out.append(a)
    return out


def succeeded(where: str) -> None:
    """The next failure is news again."""
    _last_failure.pop(where, None)
