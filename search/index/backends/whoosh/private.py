"""What the Whoosh backend still uses of Whoosh beyond its documented API, and why.

Everything else goes through Whoosh's public seams: `Storage.lock` (files.IndexStorage
makes Whoosh's writer lock the one files.writer_lock holds), `multiprocessing.Process.run`
(procs.DyingSubWriter), `Collector.collect_matches` (backend._CappedTop) and the
documented index, reader, searcher and writer methods. tests/test_private_whoosh.py
checks that each use below still has the shape the backend relies on, so an upgrade of
Whoosh that changes one fails there rather than in an ingest.
"""
from __future__ import annotations

from typing import NamedTuple


class PrivateUse(NamedTuple):
    """One private or undocumented part of Whoosh the backend relies on."""

    name: str  # the Whoosh name, as tests/test_private_whoosh.py resolves it
    where: str  # the backend module and function that uses it
    why: str  # why no public seam serves


PRIVATE_USES: tuple[PrivateUse, ...] = (
    PrivateUse(
        "whoosh.multiproc.MpWriter._new_task", "procs.ParallelWriter._new_task",
        "Whoosh has no option for the class of its worker processes. Overriding the method "
        "that starts one (doing what Whoosh's does, with the backend's DyingSubWriter) lets "
        "workers die with a killed ingest, instead of patching SubWriterTask.run for the "
        "whole process."),
    PrivateUse(
        "whoosh.multiproc.MpWriter attributes", "procs.ParallelWriter",
        "storage, indexname, jobqueue, resultqueue, subargs and multisegment are what "
        "_new_task hands a worker; tasks is the list commit() joins, appended to as Whoosh "
        "does, and read by stop_workers() since Whoosh's cancel() does not stop workers."),
    PrivateUse(
        "whoosh.multiproc.SubWriterTask.__init__", "procs.ParallelWriter._new_task",
        "The worker's constructor arguments (undocumented), passed as Whoosh passes them."),
    PrivateUse(
        "whoosh.index.TOC.read", "files.discard_uncommitted",
        "Reads which segments the last good commit lists without opening the index, after "
        "a commit failed (a full disk), so the files of the failed one can be deleted."),
    PrivateUse(
        "whoosh.index.clean_files", "files.discard_uncommitted",
        "Deletes the segment and table-of-contents files a commit does not list; Whoosh "
        "calls it after each good commit, not after a failed one."),
    PrivateUse(
        "whoosh.codec.base.Segment.make_filename", "files.mapped_sizes",
        "The name of the compound segment file a reader maps, whose size is checked before "
        "each search: a mapped file truncated on disk would kill the process (SIGBUS)."),
    PrivateUse(
        "index file names", "files.exists, files.remove_index_files, files.discard_uncommitted",
        "Whoosh's on-disk names for index INDEX_NAME: _<name>_<generation>.toc for a commit, "
        "<name>_<id>.seg for a segment, <name>.tmp for a writer's temporary files. They tell "
        "whether an index exists without opening it, and which files are the index's own."),
)
