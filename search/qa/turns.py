"""Page turns: the candidates of a query's retrieval kept, so turning its pages (下一页,
还有吗, the page buttons) does not retrieve them again.

A reader is one snapshot of the index, so the same retrieval on the same reader always
returns the same candidates: reusing them changes nothing a reader sees. They are reused
only within turning_pages() (a page of a query searched before); any other query retrieves
afresh and only leaves its candidates behind. A new commit means a new reader, so nothing
kept from the old one is reused.
"""
from __future__ import annotations

import contextvars
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from search.index.backends.base import Candidates, Reader, Retrieval

KEPT = 32  # retrievals kept (a few per chat paging at once is plenty)
_TURNING: contextvars.ContextVar[bool] = contextvars.ContextVar("turning_pages", default=False)


@contextmanager
def turning_pages() -> Iterator[None]:
    """Within it, a retrieval already made on the same reader reuses its candidates."""
    token = _TURNING.set(True)
    try:
        yield
    finally:
        _TURNING.reset(token)


class Kept:
    """The candidates of the last KEPT retrievals, each with the reader it was made on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._kept: OrderedDict[Retrieval, tuple[Callable[[], Reader | None], Candidates]] = OrderedDict()

    def candidates(self, reader: Reader, retrieval: Retrieval) -> Candidates:
        """reader.candidates(retrieval), or, on a page turn, those it returned before."""
        if _TURNING.get():
            with self._lock:
                kept = self._kept.get(retrieval)
            if kept is not None and kept[0]() is reader:
                return kept[1]
        found = reader.candidates(retrieval)
        try:
            made_on: Callable[[], Reader | None] = weakref.ref(reader)
        except TypeError:  # a reader that cannot be referred to weakly is never reused
            return found
        with self._lock:
            self._kept[retrieval] = (made_on, found)
            self._kept.move_to_end(retrieval)
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        return found
