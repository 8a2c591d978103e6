"""Moving an index to the other search backend (`newsbot copy-index postgres`).

An operator moving a large archive from Whoosh to PostgreSQL (or back) copies the stored
documents instead of reading every seed file again: the source files need not be at hand,
every article keeps its first-seen time (so the first digest after the move tells nothing
again), and the file records come along (so the next ingest reads only what changed). The
target analyses the text again with the same jieba analysis, so it ranks as the source.
"""
from __future__ import annotations

from collections.abc import Callable

from search.index import documents as docs
from search.index.backends.base import Backend
from search.model import IndexUnavailable

COMMIT_DOCS = 10_000  # documents per commit: bounds the writer's memory on a large archive


def copy_index(source: Backend, target: Backend, progress: Callable[[int], None] | None = None) -> int:
    """Copy every stored document of *source* (articles, photo items, file records and
    the first-seen times of removed files) into the empty *target*; returns the articles
    and photo items copied. Both writer locks are held throughout, so no ingest runs on
    either meanwhile. Raises IndexUnavailable, saying what to do, when the source has no
    current index or the target already holds articles."""
    _check(source, target)
    with source.writing() as src, target.writing() as dst:
        dst.upgrade()
        files, gone = src.file_records(), src.gone_records()
        dst.expect(sum(int(f.get("fsize") or 0) for f in files.values()))
        copied = 0
        for doc in source.iter_documents():
            dst.add(doc)
            copied += 1
            if copied % COMMIT_DOCS == 0:
                dst.commit()
                if progress:
                    progress(copied)
        for record in files.values():
            dst.add(record)
        for file, seen in gone.items():
            dst.add(docs.gone_doc(file, seen))
        dst.commit()
        dst.finished()
        src.cancel()  # nothing was changed there
    return copied


def _check(source: Backend, target: Backend) -> None:
    if not source.exists():
        raise IndexUnavailable(f"there is no index in {source.location} to copy: run `newsbot ingest` first")
    if not source.current():
        raise IndexUnavailable(f"the index in {source.location} was written by another version: "
                               "run `newsbot ingest` once to bring it up to date, then copy it")
    if target.exists():
        reader = target.reader()
        try:
            held = reader.article_count()
        finally:
            reader.close()
        if held:
            raise IndexUnavailable(f"{target.location} already holds {held} articles: copy into an empty index "
                                   "(remove the index folder, or drop the tables search_docs, search_terms "
                                   "and search_meta)")
