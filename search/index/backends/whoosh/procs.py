"""Make Whoosh's writer processes exit when the ingest that started them dies.

Whoosh's multi-process writer forks workers that wait on a queue; if the parent is
killed (SIGKILL, OOM), they would wait forever, holding the index's write lock. Linux's
parent-death signal ends them with the parent.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal

from whoosh import multiproc

_PR_SET_PDEATHSIG = 1
_patched = False


def _die_with_parent(parent: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: best effort only
        return
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def workers_die_with_parent() -> None:
    """Patch Whoosh's sub-writer so each worker arms the parent-death signal first."""
    global _patched
    if _patched:
        return
    original = multiproc.SubWriterTask.run

    def run(self) -> None:
        parent = multiprocessing.parent_process()
        if parent is not None and parent.pid is not None:
            _die_with_parent(parent.pid)
        original(self)

    multiproc.SubWriterTask.run = run
    _patched = True
