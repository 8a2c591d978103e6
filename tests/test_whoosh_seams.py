"""The public seams through which the Whoosh backend changes Whoosh's behaviour still work
(the writer lock taken from the storage, the backend's own worker processes, which end with
a killed ingest), and the project's BM25 arithmetic (search/index/bm25.py, which the
PostgreSQL backend ranks with) agrees with Whoosh's. The private parts of Whoosh it still
uses are listed in search/private_api.py and checked in tests/test_private_api.py."""
from __future__ import annotations

import inspect
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from whoosh.multiproc import SubWriterTask
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.index import bm25
from search.index.backends.whoosh import files
from search.index.backends.whoosh.procs import DyingSubWriter, ParallelWriter
from search.text.analysis import load_dictionary
from tests.support.backends import whoosh_article, whoosh_index_dir
from tests.support.seeds import ROOT


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return whoosh_index_dir(tmp_path)


def test_whoosh_takes_its_writer_lock_from_the_storage(index_dir):
    """Whoosh's writers lock through the index's storage, whose lock is files.writer_lock's
    (already held): an open writer leaves no lock file, so a writer that fails while
    opening leaves nothing locked."""
    ix = files.open_index(index_dir, mmap=False)
    w = ix.writer(timeout=0)
    try:
        assert isinstance(ix.lock("WRITELOCK"), files.HeldLock)
        assert not [p for p in index_dir.iterdir() if "LOCK" in p.name.upper()]
    finally:
        w.cancel()


def test_parallel_writer_starts_the_backends_workers_and_leaves_whoosh_unpatched(index_dir):
    load_dictionary()
    w = ParallelWriter(files.open_index(index_dir, mmap=False), procs=2, batchsize=2, multisegment=True,
                       subargs={"limitmb": 8})
    for i in range(1, 9):
        w.add_document(**whoosh_article(i))
    workers = list(w.tasks)
    w.commit()
    assert len(workers) == 2 and all(type(t) is DyingSubWriter for t in workers)
    assert all(t.exitcode == 0 for t in workers)
    assert SubWriterTask.run.__module__ == "whoosh.multiproc"  # no process-wide patch
    with files.searcher(index_dir, mmap=False) as s:
        assert s.doc_count() == 9


KILLED = """
import sys, time
from pathlib import Path
from search.index.backends.whoosh import files
from search.index.backends.whoosh.procs import ParallelWriter
w = ParallelWriter(files.open_index(Path(sys.argv[1]), mmap=False), procs=2, batchsize=1, multisegment=True)
for i in range(1, 5):
    w.add_document(id=f"a{i}", kind="news", file="f.txt", title="吐鲁番", body="葡萄节开幕", added=i)
print(" ".join(str(t.pid) for t in w.tasks), flush=True)
time.sleep(600)
"""


def _running(pid: int) -> bool:
    """True while *pid* is a live process (an unreaped zombie has ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_parallel_writers_workers_end_when_the_ingest_is_killed(index_dir):
    """Workers wait on Whoosh's job queue; without the parent-death signal they would wait
    forever after a SIGKILL of the ingest."""
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(index_dir)], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None
    workers = [int(pid) for pid in proc.stdout.readline().split()]
    assert len(workers) == 2 and all(_running(pid) for pid in workers)
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 60  # generous: the kernel signals them at once
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    alive = [pid for pid in workers if _running(pid)]
    for pid in alive:  # do not leave them behind when the test fails
        os.kill(pid, 9)
    assert alive == []


def test_quantised_lengths_equal_whooshs():
    assert all(bm25.quantised(n) == byte_to_length(length_to_byte(n)) for n in range(300_000))


def test_bm25_parameters_are_whooshs_defaults():
    scorer = BM25F()
    assert (bm25.B, bm25.K1) == (scorer.B, scorer.K1)
    defaults = inspect.signature(BM25F.__init__).parameters
    assert (defaults["B"].default, defaults["K1"].default) == (bm25.B, bm25.K1)
