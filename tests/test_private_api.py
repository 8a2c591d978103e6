"""The dependencies' internals listed in bot/private_api.py still have the shape the project
relies on; each listed use is still in the code; no unlisted underscore access to a
dependency is in bot/ or search/; and PTB's public seams the bot overrides are as expected."""
from __future__ import annotations

import argparse
import inspect
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.private_api import PRIVATE_USES, PrivateUse

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for d in ("bot", "search") for p in (ROOT / d).rglob("*.py") if p.name != "private_api.py")

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


def whoosh_index(tmp_path: Path):
    from whoosh.fields import TEXT, Schema
    from whoosh.filedb.filestore import FileStorage

    return FileStorage(str(tmp_path)).create_index(Schema(body=TEXT(stored=True)), indexname="news")


def _no_lock(tmp_path: Path) -> None:
    from whoosh.multiproc import MpWriter
    from whoosh.writing import SegmentWriter

    assert inspect.signature(SegmentWriter.__init__).parameters["_lk"].default is True
    assert issubclass(MpWriter, SegmentWriter)  # ix.writer(procs=n, _lk=False) passes it on
    writer = whoosh_index(tmp_path).writer(_lk=False)
    assert writer.writelock is None
    writer.cancel()


def _writer_tasks(tmp_path: Path) -> None:
    writer = whoosh_index(tmp_path).writer(procs=2, _lk=False)
    try:
        assert type(writer).__name__ == "MpWriter" and writer.tasks == []
    finally:
        writer.cancel()


def _writelock(tmp_path: Path) -> None:
    ix = whoosh_index(tmp_path)
    writer = ix.writer()
    assert callable(writer.writelock.release)
    writer.cancel()
    ix.writer().cancel()  # cancel() released it


def _subwriter_run(tmp_path: Path) -> None:
    import multiprocessing

    from whoosh import multiproc

    assert issubclass(multiproc.SubWriterTask, multiprocessing.Process)
    assert list(inspect.signature(multiproc.SubWriterTask.run).parameters) == ["self"]


def _toc(tmp_path: Path) -> None:
    from whoosh import index

    ix = whoosh_index(tmp_path)
    toc = index.TOC.read(ix.storage, "news")
    assert isinstance(toc.generation, int) and isinstance(toc.segments, list)
    assert list(inspect.signature(index.clean_files).parameters) == ["storage", "indexname", "gen", "segments"]


def _file_names(tmp_path: Path) -> None:
    ix = whoosh_index(tmp_path)
    with ix.writer() as w:
        w.add_document(body="text")
    assert list(tmp_path.glob("_news_*.toc")) and all(p.name.startswith(("news", "_news_"))
                                                      for p in tmp_path.iterdir() if p.suffix != ".lock")


def _jieba(tmp_path: Path) -> None:
    import jieba

    assert isinstance(jieba.dt.initialized, bool) and isinstance(jieba.dt.FREQ, dict)
    jieba.initialize()
    assert jieba.dt.FREQ.get("新闻", 0) > 0


def _subparsers(tmp_path: Path) -> None:
    sub = argparse.ArgumentParser().add_subparsers()
    assert isinstance(sub, argparse._SubParsersAction)


CHECKS: dict[str, Callable[[Path], None]] = {
    "whoosh-no-lock": _no_lock, "whoosh-writer-tasks": _writer_tasks, "whoosh-writelock": _writelock,
    "whoosh-subwriter-run": _subwriter_run, "whoosh-toc": _toc, "whoosh-file-names": _file_names,
    "jieba-dictionary": _jieba,
    "argparse-subparsers": _subparsers,
}


@pytest.mark.parametrize("use", PRIVATE_USES, ids=lambda u: u.name)
def test_each_private_use_still_has_its_shape(use: PrivateUse, tmp_path):
    CHECKS[use.name](tmp_path)


@pytest.mark.parametrize("use", PRIVATE_USES, ids=lambda u: u.name)
def test_each_listed_use_is_still_made(use: PrivateUse):
    found = [p for p in SOURCES if re.search(use.pattern, p.read_text("utf-8"), re.M)]
    assert found, f"{use.name} is no longer used: remove it from bot/private_api.py"


def test_no_unlisted_private_access_in_bot_or_search():
    unlisted = []
    for path in SOURCES:
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if not UNDERSCORE.search(code) or OWN.search(code):
                continue
            if any(re.search(p, code) for p in [*NOT_PRIVATE, *(u.pattern for u in PRIVATE_USES)]):
                continue
            unlisted.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert unlisted == [], "list these in bot/private_api.py (or NOT_PRIVATE here):\n" + "\n".join(unlisted)


def test_no_inherited_private_attribute_is_used():
    """self._name must be the project's own (set or defined in the same module), not one a
    dependency's base class has (as AIORateLimiter's _max_retries once was)."""
    inherited = []
    for path in SOURCES:
        text = path.read_text("utf-8")
        own = {name for m in SELF_DEFINED.finditer(text) for name in m.groups() if name}
        inherited += [f"{path.relative_to(ROOT)}: self.{name}" for name in sorted(set(SELF_USED.findall(text)) - own)]
    assert inherited == [], "list these in bot/private_api.py:\n" + "\n".join(inherited)


def test_every_listed_use_has_a_check():
    assert sorted(CHECKS) == sorted(u.name for u in PRIVATE_USES)


def test_ptb_public_seams_keep_their_shape():
    from telegram.error import RetryAfter
    from telegram.ext import BaseRateLimiter, ExtBot
    from telegram.request import BaseRequest, HTTPXRequest

    assert "do_request" in BaseRequest.__abstractmethods__ and issubclass(HTTPXRequest, BaseRequest)
    assert list(inspect.signature(BaseRequest.do_request).parameters)[:3] == ["self", "url", "method"]
    assert {"get_updates_request", "request", "rate_limiter"} <= set(inspect.signature(ExtBot.__init__).parameters)
    assert list(inspect.signature(BaseRateLimiter.process_request).parameters) == [
        "self", "callback", "args", "kwargs", "endpoint", "data", "rate_limit_args"]
    assert isinstance(RetryAfter.retry_after, property)
