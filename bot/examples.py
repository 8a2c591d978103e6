"""Example searches for the welcome, /help and the small-talk replies, drawn from the
articles in the index at that moment: a phrase of each of the newest titles, kept only
when searching it finds that article on the first page of results. They change as the
index does; fixed seed questions would point at articles an operator may not have.
"""
from __future__ import annotations

import re
import threading

from search.engine import Engine
from search.model import Hit

NEWEST = 8  # the newest articles looked at
SHOWN = 3  # examples shown
MIN_CHARS, MAX_CHARS = 4, 16  # an example phrase's length: specific, yet quick to type
SECONDS_PER_DAY = 86_400
SAME_START = 3  # phrases starting with as many equal characters are one example (快讯1, 快讯2…)
_PIECE = re.compile(r"[^\s：:，,、。；;！!？?“”\"'‘’（）()《》<>【】\[\]「」『』—–\-·|/…]+")


def phrases(title: str) -> list[str]:
    """The phrases of *title* between its punctuation that could be typed as a search,
    longest (most specific) first."""
    pieces = [p for p in _PIECE.findall(title) if MIN_CHARS <= len(p) <= MAX_CHARS]
    return sorted(dict.fromkeys(pieces), key=len, reverse=True)


def draw(engine: Engine, newest: list[Hit], per_page: int) -> tuple[str, ...]:
    """Up to SHOWN example searches, one per article of *newest*, each checked to find its
    article among the first *per_page* results."""
    chosen: list[str] = []
    for hit in newest:
        if len(chosen) == SHOWN:
            break
        for phrase in phrases(hit.title):
            if any(phrase[:SAME_START] == c[:SAME_START] for c in chosen):
                continue
            if any(found.id == hit.id for found in engine.search(phrase, 1, per_page).hits):
                chosen.append(phrase)
                break
    return tuple(chosen)


class Examples:
    """The examples of the index as it is now, drawn again when its newest articles change
    or a day has passed (the ranking favours recent articles: results move with the day)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._drawn: tuple[tuple[object, ...], tuple[str, ...]] = ((), ())  # newest ids and day, examples

    def get(self, engine: Engine, per_page: int) -> tuple[str, ...]:
        """The current examples (none for an empty index)."""
        newest = [h for h in engine.latest(NEWEST, summaries=False) if h.kind != "caption"]
        key = (*(h.id for h in newest), int(engine.clock() // SECONDS_PER_DAY))
        with self._lock:
            if self._drawn[0] == key and newest:
                return self._drawn[1]
        examples = draw(engine, newest, per_page)
        with self._lock:
            self._drawn = (key, examples)
        return examples
