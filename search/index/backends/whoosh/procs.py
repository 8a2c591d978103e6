"""The backend's own multi-process writer: Whoosh's, with workers that exit when the
ingest that started them dies.

Whoosh's multi-process writer forks workers that wait on a queue; if the parent is
killed (SIGKILL, OOM), they would wait forever. The backend's writer starts its own
worker class, which arms the parent-death signal before doing Whoosh's work; Whoosh's
classes themselves are left as they are (see search/private_api.py for the one method
overridden).

A worker that dies (a full disk, a kill) would leave the parent blocked for ever on a job
queue no one reads, or committing without that worker's documents. The parent's own side of
the queues is watched (`Watched`): once a worker has died, its next put or get fails with
an OSError, which the ingest reports in one line like any other failed commit.
"""
from __future__ import annotations

import errno
import multiprocessing
import os
import queue
import sys
from typing import Any

from whoosh.multiproc import MpWriter, SubWriterTask

from search.index.procs import die_with_parent

FAILED = 255  # a worker's exit status for a failure that is not an OSError


class DyingSubWriter(SubWriterTask):
    """Whoosh's sub-writer process, ending with the process that started it."""

    def run(self) -> None:
        """Arm the parent-death signal, then run Whoosh's worker loop; a failure ends the
        worker with no traceback, its exit status the error number of an OSError (a full
        disk: ENOSPC), else FAILED: the parent says why."""
        parent = multiprocessing.parent_process()
        if parent is not None and parent.pid is not None:
            die_with_parent(parent.pid)
        try:
            super().run()
        except OSError as exc:
            sys.exit(exc.errno if exc.errno and 0 < exc.errno < FAILED else FAILED)
        except Exception:
            sys.exit(FAILED)


def _why(status: int) -> str:
    """A worker's exit status in words."""
    if status < 0:
        return f"killed by signal {-status}"
    return f"status {status}" if status in (1, FAILED) else os.strerror(status)


WATCH_SECONDS = 0.5  # how often a blocked put looks at the workers


class Watched:
    """The parent's side of a Whoosh queue: a put or get fails with an OSError once a
    worker process has died, instead of waiting on it for ever."""

    def __init__(self, inner: Any, writer: ParallelWriter) -> None:
        self.inner, self.writer = inner, writer

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        """Put *item*, waiting while the queue is full and every worker lives."""
        while True:
            self.writer.check_workers()
            try:
                return self.inner.put(item, timeout=WATCH_SECONDS)
            except queue.Full:
                continue

    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        """A worker's result; none comes from a dead worker: an OSError then."""
        self.writer.check_workers()
        return self.inner.get(block, timeout)


class ParallelWriter(MpWriter):
    """Whoosh's multi-process writer (each worker analyses and writes its own segment)
    whose workers are DyingSubWriter processes, and whose own side of the queues is Watched."""

    jobqueue: Any  # Whoosh's, then Watched
    resultqueue: Any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.worker_queues = (self.jobqueue, self.resultqueue)  # what the workers read and write
        self.jobqueue, self.resultqueue = Watched(self.jobqueue, self), Watched(self.resultqueue, self)

    def check_workers(self) -> None:
        """Raise an OSError when a worker process has ended in failure."""
        for task in self.tasks:
            if task.exitcode not in (None, 0):
                raise OSError(errno.EIO, f"an index writer process failed: {_why(task.exitcode)}")

    def _new_task(self) -> SubWriterTask:
        """Start one worker, as Whoosh's own method does, but of the backend's class."""
        jobs, results = self.worker_queues
        task = DyingSubWriter(self.storage, self.indexname, jobs, results,
                              self.subargs, self.multisegment)
        self.tasks.append(task)
        task.start()
        return task

    def stop_workers(self, wait: float) -> None:
        """Terminate the worker processes still running, waiting up to *wait* seconds for
        each (Whoosh's cancel() does not reach them)."""
        for task in self.tasks:
            if task.is_alive():
                task.terminate()
                task.join(wait)
