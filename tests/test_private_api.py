"""The dependencies' private parts listed in search/private_api.py still have the shape the
project relies on; each listed use is still made where listed; no unlisted private access to
a dependency is in bot/ or search/; and PTB's public seams the bot overrides are as expected."""
from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.multiproc import MpWriter, SubWriterTask

from search.index.backends.whoosh import files
from search.private_api import PRIVATE_USES, PrivateUse
from tests.support.backends import whoosh_index_dir
from tests.support.seeds import ROOT

TABLE = ROOT / "search" / "private_api.py"
SOURCES = sorted(p for d in ("bot", "search") for p in (ROOT / d).rglob("*.py") if p != TABLE)

# Underscore access that is not a dependency's private API, with why.
NOT_PRIVATE = {
    r"\bos\._exit\(": "documented (os module)",
    r"\._replace\(": "namedtuple's documented method",
    r"\bwriter\._open\b": "the project's own WhooshWriter",
}
# obj._name (obj not self or cls), super()._name, getattr(obj, "_name"), a _keyword= argument,
# from x import _y, from x._y import
UNDERSCORE = re.compile(r"(?<![\w.])(?!self\.|cls\.)[A-Za-z]\w*\._[A-Za-z]\w*|\)\._[A-Za-z]|attr\(\w+, \"_"
                        r"|[(,]\s*_[a-z]\w*=|^\s*from [\w.]+ import _\w|^\s*from [\w.]*\._\w+ import")
SELF_USED = re.compile(r"\b(?:self|cls)\.(_[A-Za-z]\w*)")
SELF_DEFINED = re.compile(r"\b(?:self|cls)\.(_[A-Za-z]\w*)\s*(?::[^=\n]+)?=[^=]|def (_\w+)|^\s*(_\w+)\s*[:=]", re.M)
OWN = re.compile(r"^\s*from (bot|search)[\w.]* import")


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return whoosh_index_dir(tmp_path)


def _params(fn: Callable) -> list[str]:
    return list(inspect.signature(fn).parameters)


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
        assert "self.jobqueue.put(" in inspect.getsource(MpWriter._enqueue)  # what Watched.put stands in for
        assert "self.resultqueue.get(" in inspect.getsource(MpWriter._commit)  # what Watched.get stands in for
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


def check_subparsers(index_dir: Path) -> None:
    sub = argparse.ArgumentParser().add_subparsers()
    assert isinstance(sub, argparse._SubParsersAction)


CHECKS: dict[str, Callable[[Path], None]] = {
    "whoosh-new-task": check_new_task,
    "whoosh-mpwriter-attributes": check_mp_attributes,
    "whoosh-subwriter-init": check_subwriter_init,
    "whoosh-toc-read": check_toc_read,
    "whoosh-clean-files": check_clean_files,
    "whoosh-segment-filename": check_make_filename,
    "whoosh-file-names": check_file_names,
    "argparse-subparsers": check_subparsers,
}


def test_every_listed_use_has_a_check_and_a_why():
    assert sorted(CHECKS) == sorted(u.name for u in PRIVATE_USES)
    assert all(u.target and len(u.why) > 40 for u in PRIVATE_USES)


@pytest.mark.parametrize("name", list(CHECKS))
def test_each_private_use_still_has_its_shape(name, index_dir):
    CHECKS[name](index_dir)


@pytest.mark.parametrize("use", PRIVATE_USES, ids=lambda u: u.name)
def test_each_listed_use_is_still_made_where_listed(use: PrivateUse):
    path, _, names = use.where.partition(" ")
    text = (ROOT / path).read_text("utf-8")
    assert re.search(use.pattern, text, re.M), f"{use.name} is no longer used in {path}: update search/private_api.py"
    for name in re.findall(r"\w+", names):
        assert re.search(rf"^\s*(async def|def|class) {name}\b", text, re.M), f"{path} has no {name}"


def _overridden_private_methods(path: Path) -> Iterator[int]:
    """Line numbers of the methods in *path* that override a dependency's _method."""
    tree = ast.parse(path.read_text("utf-8"))
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.bases]
    if not classes or path.name == "__main__.py":
        return
    module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
    for node in classes:
        mro = getattr(module, node.name).__mro__[1:]
        bases = [b for b in mro if b.__module__.split(".")[0] not in ("bot", "search")]
        for fn in node.body:
            if (isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name.startswith("_")
                    and not fn.name.endswith("__") and any(fn.name in vars(b) for b in bases)):
                yield fn.lineno


def test_no_unlisted_private_access_in_bot_or_search():
    unlisted = []
    for path in SOURCES:
        lines = path.read_text("utf-8").splitlines()
        overrides = set(_overridden_private_methods(path))
        for n, line in enumerate(lines, 1):
            code = line.split("#", 1)[0]
            if not (n in overrides or UNDERSCORE.search(code) and not OWN.search(code)):
                continue
            if any(re.search(p, code) for p in [*NOT_PRIVATE, *(u.pattern for u in PRIVATE_USES)]):
                continue
            unlisted.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert unlisted == [], "list these in search/private_api.py (or NOT_PRIVATE here):\n" + "\n".join(unlisted)


def test_no_inherited_private_attribute_is_used():
    """self._name must be the project's own (set or defined in the same module), not one a
    dependency's base class has (as AIORateLimiter's _max_retries once was)."""
    inherited = []
    for path in SOURCES:
        text = path.read_text("utf-8")
        own = {name for m in SELF_DEFINED.finditer(text) for name in m.groups() if name}
        inherited += [f"{path.relative_to(ROOT)}: self.{name}" for name in sorted(set(SELF_USED.findall(text)) - own)]
    assert inherited == [], "list these in search/private_api.py:\n" + "\n".join(inherited)


def test_ptb_public_seams_keep_their_shape():
    """The public PTB seams the bot relies on: HTTPXRequest.do_request (overridden by
    bot.telegram_faults.TolerantUpdatesRequest), ExtBot(get_updates_request=, rate_limiter=)
    (bot.app.make_bot), BaseRateLimiter.process_request (bot.telegram_faults.ChatRateLimiter)
    and RetryAfter.retry_after (bot.telegram_faults.retry_seconds)."""
    from telegram.error import RetryAfter
    from telegram.ext import BaseRateLimiter, ExtBot
    from telegram.request import BaseRequest, HTTPXRequest

    assert "do_request" in BaseRequest.__abstractmethods__ and issubclass(HTTPXRequest, BaseRequest)
    assert list(inspect.signature(BaseRequest.do_request).parameters)[:3] == ["self", "url", "method"]
    assert {"get_updates_request", "request", "rate_limiter"} <= set(inspect.signature(ExtBot.__init__).parameters)
    assert list(inspect.signature(BaseRateLimiter.process_request).parameters) == [
        "self", "callback", "args", "kwargs", "endpoint", "data", "rate_limit_args"]
    assert isinstance(RetryAfter.retry_after, property)
