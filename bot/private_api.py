"""Every use the project makes of a dependency's private or undocumented internals, with why,
in one place. tests/test_private_api.py checks each one still has the shape relied on (so an
upgrade that changes it fails there, not in production), that each is still in use, and that
no other underscore access to a dependency has crept into bot/ or search/.

bot/ itself uses none: PTB is reached through its public seams only (PTB_SEAMS). The rest
are search/'s (Whoosh, jieba, argparse), listed here for the record; the
dependencies are named as strings, so bot/ imports none of them.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrivateUse:
    """One private (or undocumented) thing a dependency has, and the project relies on."""

    name: str  # the key of its shape check in tests/test_private_api.py
    target: str  # what is used, as module:attribute (or a description for file names)
    where: str  # the module and function that use it
    why: str  # why no public route does
    pattern: str  # a regular expression finding the use in the source (bot/ and search/)


PRIVATE_USES: tuple[PrivateUse, ...] = (
    PrivateUse(
        "whoosh-no-lock", "whoosh.writing:SegmentWriter(_lk=False)",
        "search/backends/whoosh_writer.py WhooshWriter._writer",
        "writer_lock already makes the ingest the only writer, and a Whoosh writer that fails "
        "while opening (a full disk) would keep Whoosh's lock file until the process exits",
        r"\b_lk=False"),
    PrivateUse(
        "whoosh-writer-tasks", "whoosh.multiproc:MpWriter.tasks (the worker processes)",
        "search/backends/whoosh_writer.py abandon",
        "MpWriter.cancel() does not reach its worker processes; after a failed commit they "
        "are terminated first so they stop writing segment files",
        r"getattr\(writer, \"tasks\""),
    PrivateUse(
        "whoosh-writelock", "whoosh.writing:SegmentWriter.writelock",
        "search/backends/whoosh_writer.py abandon",
        "when cancel() fails on a writer half-closed by the failure, its lock is released "
        "by hand so the next ingest can open the index",
        r"getattr\(writer, \"writelock\""),
    PrivateUse(
        "whoosh-subwriter-run", "whoosh.multiproc:SubWriterTask.run (patched process-wide)",
        "search/backends/whoosh_procs.py workers_die_with_parent",
        "Whoosh has no hook in its worker processes; each must arm Linux's parent-death "
        "signal first, or a killed ingest leaves workers holding the index's write lock",
        r"multiproc\.SubWriterTask\.run"),
    PrivateUse(
        "whoosh-toc", "whoosh.index:TOC.read, whoosh.index:clean_files (undocumented)",
        "search/backends/whoosh_files.py discard_uncommitted",
        "after a failed commit, the segment files the last good table of contents does not "
        "list are deleted so the space they took is given back; Whoosh has no public call",
        r"whoosh_index\.(TOC\.read|clean_files)"),
    PrivateUse(
        "whoosh-file-names", "Whoosh's file names: _<index>_<generation>.toc, <index>*.tmp",
        "search/backends/whoosh_files.py exists, remove_index_files, discard_uncommitted",
        "an index is told apart from an empty folder, and a damaged one removed, without "
        "opening it (opening is what fails)",
        r"\.toc\"|\*\.tmp\""),
    PrivateUse(
        "jieba-dictionary", "jieba:dt.FREQ, jieba:dt.initialized (undocumented attributes)",
        "search/analysis.py general_freq, _subwords",
        "a word's count in jieba's dictionary ranks how common it is; jieba.get_FREQ (public) "
        "would do for single look-ups, the n-gram scan reads the table directly",
        r"jieba\.dt\.(FREQ|initialized)"),
    PrivateUse(
        "argparse-subparsers", "argparse:_SubParsersAction (a type only)",
        "search/cli.py add_commands",
        "the type add_subparsers() returns, for the annotation; argparse exports no public name",
        r"argparse\._SubParsersAction"),
)

# PTB's public extension points the bot relies on, checked for their shape all the same.
PTB_SEAMS: tuple[str, ...] = (
    "telegram.request:HTTPXRequest.do_request (bot.telegram_faults.TolerantUpdatesRequest)",
    "telegram.ext:ExtBot(get_updates_request=, rate_limiter=) (bot.app.make_bot)",
    "telegram.ext:BaseRateLimiter.process_request (bot.telegram_faults.ChatRateLimiter)",
    "telegram.error:RetryAfter.retry_after (bot.telegram_faults.retry_seconds)",
)
