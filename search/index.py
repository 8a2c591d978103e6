"""The Whoosh schema and access to the index directory (one writer at a time)."""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path
from typing import Iterator

from whoosh import index as whoosh_index
from whoosh.fields import ID, NUMERIC, STORED, TEXT, Schema

from search.analysis import ChineseAnalyzer

INDEX_NAME = "news"
TITLE_BOOST = 2.5


def make_schema() -> Schema:
    """Articles and per-file records share one index, so one commit updates both."""
    analyzer = ChineseAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID(stored=True),  # article | caption | file
        title=TEXT(analyzer=analyzer, stored=True, field_boost=TITLE_BOOST),
        body=TEXT(analyzer=analyzer, stored=True),
        date=ID(stored=True, sortable=True),
        file=ID(stored=True),
        source=STORED,
        byline=STORED,
        norm=STORED,  # normalised title + body, only where it differs from the original
        added=NUMERIC(stored=True, sortable=True, bits=64),
        fsize=STORED,
        fmtime=STORED,
        fhash=STORED,
        count=STORED,
    )


def exists(index_dir: Path) -> bool:
    """True when an index has been committed in *index_dir*."""
    return index_dir.is_dir() and whoosh_index.exists_in(str(index_dir), indexname=INDEX_NAME)


def open_index(index_dir: Path, create: bool = False) -> whoosh_index.Index:
    """Open the index, creating it (and the folder) when asked and absent."""
    if not exists(index_dir):
        if not create:
            raise FileNotFoundError(f"no index in {index_dir}")
        index_dir.mkdir(parents=True, exist_ok=True)
        return whoosh_index.create_in(str(index_dir), make_schema(), indexname=INDEX_NAME)
    return whoosh_index.open_dir(str(index_dir), indexname=INDEX_NAME)


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
