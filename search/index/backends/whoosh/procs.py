"""The backend's own multi-process writer: Whoosh's, with workers that exit when the
ingest that started them dies.

Whoosh's multi-process writer forks workers that wait on a queue; if the parent is
killed (SIGKILL, OOM), they would wait forever. The backend's writer starts its own
worker class, which arms the parent-death signal before doing Whoosh's work; Whoosh's
classes themselves are left as they are (see search/private_api.py for the one method
overridden).
"""
from __future__ import annotations

import multiprocessing

from whoosh.multiproc import MpWriter, SubWriterTask

from search.index.procs import die_with_parent


class DyingSubWriter(SubWriterTask):
    """Whoosh's sub-writer process, ending with the process that started it."""

    def run(self) -> None:
        """Arm the parent-death signal, then run Whoosh's worker loop."""
        parent = multiprocessing.parent_process()
        if parent is not None and parent.pid is not None:
            die_with_parent(parent.pid)
        super().run()


class ParallelWriter(MpWriter):
    """Whoosh's multi-process writer (each worker analyses and writes its own segment)
    whose workers are DyingSubWriter processes."""

    def _new_task(self) -> SubWriterTask:
        """Start one worker, as Whoosh's own method does, but of the backend's class."""
        task = DyingSubWriter(self.storage, self.indexname, self.jobqueue, self.resultqueue,
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
