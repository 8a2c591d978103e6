"""Make Whoosh's writer processes exit when the ingest that started them dies.

Whoosh's multi-process writer forks workers that wait on a queue; if the parent is
killed (SIGKILL, OOM), they would wait forever, holding the index's write lock.
"""
from __future__ import annotations

import multiprocessing

from whoosh import multiproc

from search.index.procs import die_with_parent

_patched = False


def workers_die_with_parent() -> None:
    """Patch Whoosh's sub-writer so each worker arms the parent-death signal first."""
    global _patched
    if _patched:
        return
    original = multiproc.SubWriterTask.run

    def run(self) -> None:
        parent = multiprocessing.parent_process()
        if parent is not None and parent.pid is not None:
            die_with_parent(parent.pid)
        original(self)

    multiproc.SubWriterTask.run = run
    _patched = True
