"""Every private or undocumented part of a dependency that bot/ and search/ still use, and
why, in one place. tests/test_private_api.py checks that each still has the shape relied on
(so an upgrade that changes it fails there, not in an ingest), that each is still used where
listed, and that no other private access to a dependency has crept into bot/ or search/.

bot/ uses none: PTB is reached through its public seams only (their shape is checked in the
same test). Everything else goes through documented API or public seams, such as Whoosh's
Storage.lock, multiprocessing.Process.run and Collector.collect_matches.

Data only: this module imports nothing from the project or its dependencies.
"""
from __future__ import annotations

from typing import NamedTuple


class PrivateUse(NamedTuple):
    """One private (or undocumented) thing a dependency has, and the project relies on."""

    name: str  # the key of its shape check in tests/test_private_api.py
    target: str  # what is used, as module:attribute (or a description for file names)
    where: str  # the file, then the functions or classes in it that use it
    why: str  # why no public route does
    pattern: str  # a regular expression finding the use in that file


_WHOOSH = "search/index/backends/whoosh/"

PRIVATE_USES: tuple[PrivateUse, ...] = (
    PrivateUse(
        "whoosh-new-task", "whoosh.multiproc:MpWriter._new_task (overridden)",
        _WHOOSH + "procs.py ParallelWriter._new_task",
        "Whoosh has no option for the class of its worker processes. Overriding the method "
        "that starts one (doing what Whoosh's does, with the backend's DyingSubWriter) lets "
        "workers die with a killed ingest, instead of patching SubWriterTask.run for the "
        "whole process.",
        r"def _new_task\(self\)"),
    PrivateUse(
        "whoosh-mpwriter-attributes",
        "whoosh.multiproc:MpWriter.storage, indexname, jobqueue, resultqueue, subargs, multisegment, tasks",
        _WHOOSH + "procs.py ParallelWriter.__init__, _new_task, check_workers, stop_workers",
        "The first six are what _new_task hands a worker; tasks is the list commit() joins, "
        "appended to as Whoosh does, and read by stop_workers() since Whoosh's cancel() does "
        "not stop workers, and by check_workers(). The parent's own jobqueue.put and "
        "resultqueue.get calls (in _enqueue and _commit) go through a Watched wrapper, so "
        "a dead worker fails them instead of blocking the ingest for ever.",
        r"self\.(jobqueue|resultqueue|subargs|multisegment|tasks)\b"),
    PrivateUse(
        "whoosh-subwriter-init", "whoosh.multiproc:SubWriterTask.__init__ (its arguments)",
        _WHOOSH + "procs.py ParallelWriter._new_task",
        "The worker's constructor arguments (undocumented), passed as Whoosh passes them.",
        r"DyingSubWriter\(self\.storage, self\.indexname"),
    PrivateUse(
        "whoosh-toc-read", "whoosh.index:TOC.read",
        _WHOOSH + "files.py discard_uncommitted",
        "Reads which segments the last good commit lists without opening the index, after "
        "a commit failed (a full disk), so the files of the failed one can be deleted.",
        r"whoosh_index\.TOC\.read\("),
    PrivateUse(
        "whoosh-clean-files", "whoosh.index:clean_files",
        _WHOOSH + "files.py discard_uncommitted",
        "Deletes the segment and table-of-contents files a commit does not list; Whoosh "
        "calls it after each good commit, not after a failed one.",
        r"whoosh_index\.clean_files\("),
    PrivateUse(
        "whoosh-segment-filename", "whoosh.codec.base:Segment.make_filename",
        _WHOOSH + "files.py mapped_sizes",
        "The name of the compound segment file a reader maps, whose size is checked before "
        "each search: a mapped file truncated on disk would kill the process (SIGBUS).",
        r"\.make_filename\(\"\.seg\"\)"),
    PrivateUse(
        "whoosh-file-names", "Whoosh's file names: _<name>_<generation>.toc, <name>_<id>.seg, <name>.tmp",
        _WHOOSH + "files.py exists, remove_index_files, discard_uncommitted",
        "They tell whether an index exists without opening it (opening is what fails on a "
        "damaged one), and which files in the folder are the index's own.",
        r"_\*\.toc\"|\*\.tmp\""),
    PrivateUse(
        "argparse-subparsers", "argparse:_SubParsersAction (a type only)",
        "search/cli.py add_commands",
        "The type add_subparsers() returns, for the annotation; argparse exports no public name.",
        r"argparse\._SubParsersAction"),
)
