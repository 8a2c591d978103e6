"""Concepts resolved against the index, and how much of a query a document covers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as Q

from search import query as qp


@dataclass(frozen=True)
class Resolved:
    """A query concept checked against the index: the forms it has there, and its weight."""

    word: str
    known: tuple[str, ...]
    weight: float
    pos: int
    phrase: tuple[str, ...] | None = None  # a compound of adjacent words (word = them joined)
    dfs: tuple[int, ...] = ()  # document frequency of each known form (of each phrase word)

    def terms(self) -> tuple[str, ...]:
        """The index terms that retrieve this concept."""
        return self.phrase or self.known

    def query(self, max_df: int | None = None) -> Q.Query | None:
        """Whoosh query for the concept in title or body, leaving out forms commoner than
        *max_df* (they cost most and tell least; coverage still counts them)."""
        pairs = list(zip(self.terms(), self.dfs))
        if max_df is not None:
            pairs = [(t, d) for t, d in pairs if d <= max_df]
        if not pairs:
            return None
        if self.phrase:  # its words; coverage checks they stand together (phrase matchers
            # would switch off Whoosh's block-max skipping for the whole query)
            return Q.Or([Q.Term(f, w) for w, _d in pairs for f in qp.FIELDS])
        forms = tuple(t for t, _d in pairs)
        return qp.concept_query(qp.Concept(self.word, forms), forms)

    def rarest(self) -> Q.Query:
        """Only the concept's rarest term."""
        term = min(zip(self.terms(), self.dfs), key=lambda p: p[1])[0]
        return Q.Or([Q.Term(f, term) for f in qp.FIELDS])

    def whole(self, text: str) -> bool:
        """True when the (normalised) text holds the word itself; a number only where no
        digit stands next to it (420年 is not in 1420年)."""
        if self.word[:1].isdigit():
            tail = r"(?!\d)" if self.word[-1].isdigit() else ""
            return re.search(r"(?<![\d.])" + re.escape(self.word) + tail, text) is not None
        return self.word in text

    def credit(self, text: str) -> float:
        """1 when the (normalised) text holds the word; part credit for some of its sub-words."""
        if self.whole(text):
            return 1.0
        if self.phrase:
            return 0.0
        if self.word not in self.known and any(f in text for f in self.known):
            return 1.0  # the word itself is not indexed; its expansions stand for it
        parts = [f for f in self.known if f != self.word]
        return 0.8 * sum(f in text for f in parts) / len(parts) if parts else 0.0


def coverage(text: str, groups: list[list[Resolved]]) -> float:
    """Share of the query's weight that *text* matches."""
    total = sum(r.weight for g in groups for r in g)
    got = sum(r.weight * r.credit(text) for g in groups for r in g)
    return got / total if total else 1.0


def max_match(text: str, known) -> list[tuple[str, int]]:
    """Greedy longest known words (2-6 characters) in *text*, with their offsets."""
    out, i = [], 0
    while i < len(text):
        for size in range(min(6, len(text) - i), 1, -1):
            if known(text[i:i + size]):
                out.append((text[i:i + size], i))
                i += size
                break
        else:
            i += 1
    return out
