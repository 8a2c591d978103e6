"""Whoosh's private parts the Whoosh backend still uses (listed with why in
search/index/backends/whoosh/private.py) keep the shape the backend relies on; the public
seams that replaced the others still work; and the project's BM25 arithmetic
(search/index/bm25.py, which the PostgreSQL backend ranks with) agrees with Whoosh's."""
from __future__ import annotations

import inspect
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.scoring import BM25F
from whoosh.util.numeric import byte_to_length, length_to_byte

from search.index import bm25
from search.index.backends.whoosh import files
from search.index.backends.whoosh.private import PRIVATE_USES
from search.index.backends.whoosh.procs import DyingSubWriter, ParallelWriter
from search.text.analysis import load_dictionary
from tests.support.seeds import ROOT


def _params(fn: Callable) -> list[str]:
    return list(inspect.signature(fn).parameters)


def _article(i: int) -> dict:
    return {"id": f"a{i}", "kind": "news", "file": "f.txt", "title": f"吐鲁番新闻{i}",
            "body": "第三十届吐鲁番葡萄节今日开幕", "added": i}


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    ix = files.open_index(tmp_path / "ix", create=True, mmap=False)
    w = ix.writer()
    w.add_document(**_article(0))
    w.commit()
    return tmp_path / "ix"


def check_new_task(index_dir: Path) -> None:
    assert _params(MpWriter._new_task) == ["self"]
    source = inspect.getsource(MpWriter._new_task)  # what ParallelWriter._new_task repeats
    assert "SubWriterTask(" in source and "self.tasks.append(task)" in source and "task.start()" in source
    assert "self._new_task()" in inspect.getsource(MpWriter._enqueue)  # the one caller


def check_mp_attributes(index_dir: Path) -> None:
    w = MpWriter(files.open_index(index_dir, mmap=False), procs=2, subargs={"limitmb": 8})
    try:
        for name in ("storage", "indexname", "jobqueue", "resultqueue", "multisegment"):
            assert hasattr(w, name), name
        assert w.subargs == {"limitmb": 8} and w.tasks == []
    finally:
        w.cancel()


def check_subwriter_init(index_dir: Path) -> None:
    assert _params(SubWriterTask.__init__) == ["self", "storage", "indexname", "jobqueue", "resultqueue",
                                               "kwargs", "multisegment"]


def check_toc_read(index_dir: Path) -> None:
    assert _params(whoosh_index.TOC.read)[:2] == ["storage", "indexname"]
    toc = whoosh_index.TOC.read(files.IndexStorage(str(index_dir)), files.INDEX_NAME)
    assert toc.generation == 1 and len(toc.segments) == 1


def check_clean_files(index_dir: Path) -> None:
    assert _params(whoosh_index.clean_files) == ["storage", "indexname", "gen", "segments"]


def check_make_filename(index_dir: Path) -> None:
    assert _params(Segment.make_filename) == ["self", "ext"]
    with files.searcher(index_dir, mmap=False) as s:
        sizes = files.mapped_sizes(index_dir, s.reader())
    assert len(sizes) == 1 and all(p.exists() and n > 0 for p, n in sizes.items())


def check_file_names(index_dir: Path) -> None:
    names = {p.name for p in index_dir.iterdir()}
    assert f"_{files.INDEX_NAME}_1.toc" in names and files.exists(index_dir)
    assert [n for n in names if n.endswith(".seg")][0].startswith(files.INDEX_NAME + "_")
    w = files.open_index(index_dir, mmap=False).writer()
    try:
        assert (index_dir / f"{files.INDEX_NAME}.tmp").is_dir()  # what discard_uncommitted removes
    finally:
        w.cancel()


CHECKS: dict[str, Callable[[Path], None]] = {
    "whoosh.multiproc.MpWriter._new_task": check_new_task,
    "whoosh.multiproc.MpWriter attributes": check_mp_attributes,
    "whoosh.multiproc.SubWriterTask.__init__": check_subwriter_init,
    "whoosh.index.TOC.read": check_toc_read,
    "whoosh.index.clean_files": check_clean_files,
    "whoosh.codec.base.Segment.make_filename": check_make_filename,
    "index file names": check_file_names,
}


def test_every_private_use_is_listed_with_why_and_checked():
    assert [u.name for u in PRIVATE_USES] == list(CHECKS)
    assert all(u.where and len(u.why) > 40 for u in PRIVATE_USES)


@pytest.mark.parametrize("name", list(CHECKS))
def test_private_use_keeps_its_shape(name, index_dir):
    CHECKS[name](index_dir)


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
        w.add_document(**_article(i))
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
