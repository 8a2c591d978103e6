"""Worker processes that end with the ingest that started them.

An ingest forks workers to analyse text; if the parent is killed (SIGKILL, OOM), they
would wait forever on their queue. Linux's parent-death signal ends them with it.
"""
from __future__ import annotations

import ctypes
import os
import signal

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None) -> None:
    """Arm the parent-death signal in this process (a forked worker): SIGKILL when
    *parent* (default: the current parent) dies; exit at once if it already has."""
    parent = os.getppid() if parent is None else parent
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: best effort only
        return
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)
