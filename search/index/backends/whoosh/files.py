"""The Whoosh index folder: its schema (built from search.index.documents), opening and checking
it, the mmap size checks, the version file and rebuild, the one-writer lock."""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, STORED, TEXT, FieldType, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from search.index import documents as docs
from search.index.backends.whoosh.analyzer import ChineseAnalyzer, JiebaTokenizer
from search.model import IndexDamaged, IndexUnavailable

log = logging.getLogger(__name__)
INDEX_NAME = "news"
_VERSION_FILE = "schema_version"
LAST_INGEST = "last_ingest"  # when the last complete ingest finished (ISO 8601)


def _field(name: str, role: str, analyzer: JiebaTokenizer) -> FieldType:
    if role == "text":
        boost = docs.TITLE_BOOST if name == "title" else 1.0
        return TEXT(analyzer=analyzer, stored=True, field_boost=boost)
    if role == "key":
        return ID(stored=True, unique=name == "id")
    if role == "sorted":
        return ID(stored=True, sortable=True)
    if role == "number":
        return NUMERIC(stored=True, sortable=True, bits=64)
    return STORED()


def make_schema() -> Schema:
    """The documents' fields (search.index.documents.FIELDS) as a Whoosh schema. Articles and
    per-file records share one index, so one commit updates both."""
    analyzer = ChineseAnalyzer()
    return Schema(**{name: _field(name, role, analyzer) for name, role in docs.FIELDS.items()})


def exists(index_dir: Path) -> bool:
    """True when an index has been committed in *index_dir*."""
    return index_dir.is_dir() and any(index_dir.glob(f"_{INDEX_NAME}_*.toc"))  # read or not


class HeldLock:
    """The lock Whoosh asks the storage for before it writes: already held, since every
    writer is opened under writer_lock."""

    def acquire(self, blocking: bool = False) -> bool:
        """Granted at once: writer_lock makes this the only writer."""
        return True

    def release(self) -> None:
        """Nothing to release; writer_lock is released by its holder."""


class IndexStorage(FileStorage):
    """The index folder as Whoosh's storage. Whoosh locks the storage (Storage.lock, its
    public seam for lock types) to have one writer; files.writer_lock already does that,
    with a POSIX lock the kernel drops when the holder dies, so Whoosh's lock is a held
    one: no second lock file, and a writer that fails while opening (a full disk) leaves
    no lock behind until the process exits."""

    def lock(self, name: str) -> HeldLock:
        """The lock named *name*: held already (see the class)."""
        return HeldLock()


def _storage(index_dir: Path, mmap: bool = True) -> IndexStorage:
    """The index folder. Whoosh mmaps compound segment files (reading them with plain file
    reads made searches 10-30% slower here); a mapped file truncated on disk would kill the
    process with SIGBUS on the next read, so searchers record the sizes (mapped_sizes) and
    the engine checks them (shrunk) before each use. Ingest reads without mmap, so the
    segments it merges do not add to its memory."""
    return IndexStorage(str(index_dir), supports_mmap=mmap)


def open_index(index_dir: Path, create: bool = False, mmap: bool = True) -> whoosh_index.Index:
    """Open the index, creating it (and the folder) when asked and absent. Raises
    IndexUnavailable when there is none (and *create* is false), IndexDamaged when its
    table of contents cannot be read."""
    if not exists(index_dir):
        if not create:
            raise IndexUnavailable(f"no index in {index_dir}")
        index_dir.mkdir(parents=True, exist_ok=True)
        return _storage(index_dir, mmap).create_index(make_schema(), indexname=INDEX_NAME)
    try:
        ix = _storage(index_dir, mmap).open_index(INDEX_NAME)
    except Exception as exc:  # Whoosh raises anything from EOFError to ValueError here
        raise IndexDamaged(f"index in {index_dir} is damaged: {_why(exc)}") from exc
    return ix


def _why(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def check(reader: IndexReader) -> None:
    """Read every segment's directory, first term and first stored document, so a
    truncated or corrupt segment is found on open (IndexDamaged) rather than mid-answer."""
    try:
        for sub, _offset in reader.leaf_readers():
            if sub.doc_count_all():
                sub.stored_fields(0)
                next(iter(sub.all_terms()), None)
    except Exception as exc:
        raise IndexDamaged(f"index is damaged: {_why(exc)}") from exc


def searcher(index_dir: Path, mmap: bool = True, **kwargs: Any) -> Searcher:
    """A searcher over the index, checked (IndexDamaged, IndexUnavailable on failure)."""
    ix = open_index(index_dir, mmap=mmap)
    try:
        opened = ix.searcher(**kwargs)
    except Exception as exc:
        raise IndexDamaged(f"index in {index_dir} is damaged: {_why(exc)}") from exc
    try:
        check(opened.reader())
    except IndexDamaged as exc:
        opened.close()
        raise IndexDamaged(f"index in {index_dir} is damaged: {_why(exc.__cause__ or exc)}") from exc
    return opened


def mapped_sizes(index_dir: Path, reader: IndexReader) -> dict[Path, int]:
    """The compound segment files a reader maps, with their sizes now."""
    sizes = {}
    for sub, _offset in reader.leaf_readers():
        seg = sub.segment()
        path = index_dir / seg.make_filename(".seg") if seg is not None else None
        if path is not None and path.exists():
            sizes[path] = path.stat().st_size
    return sizes


def shrunk(sizes: dict[Path, int]) -> Path | None:
    """A mapped segment file that is now shorter than when it was mapped (reading it would
    be SIGBUS), or None. A file a later commit deleted is fine: its mapping stays valid."""
    for path, size in sizes.items():
        try:
            if os.stat(path).st_size < size:
                return path
        except FileNotFoundError:
            continue
    return None


def open_checked(index_dir: Path) -> whoosh_index.Index:
    """The index, for an ingest, after checking a searcher over it; both read without mmap
    (opening a mapped searcher over a 440 MB index took 700 MB of RSS here)."""
    searcher(index_dir, mmap=False).close()
    return open_index(index_dir, mmap=False)


def remove_index_files(index_dir: Path) -> None:
    """Delete the index's own files (a damaged index, before a rebuild); leaves the lock
    file and anything else in the folder alone."""
    for path in index_dir.iterdir():
        name = path.name
        if name.startswith(INDEX_NAME) or name.startswith("_" + INDEX_NAME + "_"):
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)


def discard_uncommitted(index_dir: Path) -> None:
    """After a failed commit: delete segment and temporary files the last good table of
    contents does not list, so the space they took is given back."""
    storage = _storage(index_dir)
    try:
        toc = whoosh_index.TOC.read(storage, INDEX_NAME)
    except Exception:  # no readable TOC: nothing is committed, everything of ours goes
        remove_index_files(index_dir)
        return
    whoosh_index.clean_files(storage, INDEX_NAME, toc.generation, toc.segments)
    for path in index_dir.glob(INDEX_NAME + "*.tmp"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def current(index_dir: Path) -> bool:
    """True when the index was last written by this version of the schema and parsers."""
    try:
        return int((index_dir / _VERSION_FILE).read_text("ascii").strip()) == docs.SCHEMA_VERSION
    except (OSError, ValueError):
        return False


def mark_current(index_dir: Path) -> None:
    """Record that the index now matches this version (when new, or after a complete ingest);
    if the record cannot be written, the next ingest reads every file again."""
    try:
        (index_dir / _VERSION_FILE).write_text(f"{docs.SCHEMA_VERSION}\n", "ascii")
    except OSError as exc:
        log.warning("could not record the index version in %s: %s", index_dir, exc)


def rebuild(ix: whoosh_index.Index, index_dir: Path) -> whoosh_index.Index:
    """A fresh, empty index of this version in place of *ix* (written by an older one).

    Fields, analyzers and parsers may all have changed, so nothing is carried over but
    the articles' first-seen times: one "gone" record per file, which the re-read picks
    up, so a rebuilt article is not news again in digests."""
    with ix.searcher() as searcher:
        seen: dict[str, dict[str, float]] = {}
        for doc in searcher.all_stored_fields():
            if doc.get("kind") in docs.ARTICLE_KINDS and doc.get("added") is not None:
                seen.setdefault(doc["file"], {})[doc["id"]] = docs.from_ms(doc["added"])
            elif doc.get("kind") == "gone":
                seen.setdefault(doc["file"], {}).update(doc.get("seen") or {})
    ix.close()
    remove_index_files(index_dir)
    fresh = open_index(index_dir, create=True, mmap=False)
    w = fresh.writer()
    for rel, times in seen.items():
        w.add_document(**docs.gone_doc(rel, times))
    w.commit()
    mark_current(index_dir)
    return fresh


@contextlib.contextmanager
def writer_lock(index_dir: Path, timeout: float = 600.0) -> Iterator[None]:
    """Hold the ingest lock: a POSIX record lock on a file beside the index. The kernel
    drops it when the holder dies, and forked workers do not inherit it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(index_dir / ".ingest.lock", os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except (BlockingIOError, PermissionError):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"another ingest holds {index_dir}") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)
