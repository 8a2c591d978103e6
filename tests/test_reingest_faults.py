"""Issue 29, point 6: a failed re-ingest always ends. A Whoosh writer process that fails (a
full disk) or is killed ends the ingest with one logged line and its workers reaped, and the
next ingest goes ahead; the bot's own re-ingest on a file system that fills up is in
tests/test_reingest_disk_full.py."""
from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import signal

import pytest
from whoosh.multiproc import SubWriterTask

from search.engine import Engine
from search.index.backends.whoosh import writer as whoosh_writer

STORY = "## 吐鲁番葡萄节开幕\n\n本报讯 第{n}届吐鲁番葡萄节今天开幕，展出葡萄品种{n}百个。\n"


def _disk_full(self, *args) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _killed(self, *args) -> None:
    os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize("fault, why", [(_disk_full, "No space left on device"), (_killed, "killed by signal 9")],
                         ids=["disk-full", "killed"])
def test_a_failed_writer_process_ends_the_ingest_in_one_line(tmp_path, monkeypatch, caplog, fault, why):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(1, 121):
        (seeds / f"{n}.md").write_text(STORY.format(n=n), "utf-8")
    engine = Engine(tmp_path / "index", seeds)
    monkeypatch.setattr(whoosh_writer, "PARALLEL_BYTES", 1)  # the multi-process writer, on little text
    monkeypatch.setattr(SubWriterTask, "_process_file", fault)  # inherited by the forked workers
    with caplog.at_level(logging.WARNING):
        report = engine.ingest()  # before: blocked for ever, or a commit without the dead worker's articles
    assert report.error is not None and "writer process failed: " + why in report.error
    assert multiprocessing.active_children() == []  # the workers are reaped
    problems = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(problems) == 1 and problems[0].exc_info is None, [r.getMessage() for r in problems]
    monkeypatch.undo()
    report = engine.ingest()  # the fault is gone: the next ingest goes ahead
    assert report.error is None and report.articles_added == 120
    assert engine.search("葡萄节").total == 120
