"""BM25F as both backends rank: the project's own arithmetic, shared by the PostgreSQL
reader and checked against Whoosh's (tests/test_whoosh_seams.py).

Whoosh (the reference the Whoosh backend ranks with) scores each (field, term) a query
names and a document holds with `idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * fl / avgfl))`,
summed, times the term's boost, where idf = log(N / (df + 1)) + 1 per field, tf is the
term's count times the field boost (the title's TITLE_BOOST), fl the field's token count
as stored (quantised to one byte) and avgfl the field's average over the stored documents.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from search.index import documents as docs

B, K1 = 0.75, 1.2  # Whoosh's BM25F defaults, which the Whoosh backend ranks with

# A field length is stored in one byte on a log scale: byte n stands for
# round((1.033**n - 1) * 27), exact up to 10 and about 3% apart above (Whoosh's encoding,
# so both backends see the same lengths); a length takes the first byte at or above it.
_LENGTHS = [int(round((1.033 ** n - 1) * 27)) for n in range(256)]


def quantised(length: int) -> int:
    """A field length as the index stores it (one byte, logarithmic)."""
    return _LENGTHS[min(bisect_left(_LENGTHS, length), 255)]


def idf(n_docs: int, df: int) -> float:
    """Whoosh's idf: log(N / (df + 1)) + 1."""
    return math.log(n_docs / (df + 1)) + 1


@dataclass(frozen=True)
class FieldStats:
    """Collection figures BM25F needs for one query."""

    n_docs: int
    avg_title: float
    avg_body: float


class Scorer:
    """BM25F (the module's formula) of the many matches of one query, computed column-wise
    with numpy: the same arithmetic in the same order as Whoosh's, so the same floats.
    *weights* holds, per scored term, its boost and its title and body idf."""

    def __init__(self, weights: Sequence[tuple[float, float, float]], stats: FieldStats) -> None:
        self.weights, self.stats = list(weights), stats

    def best(self, rows: Sequence[Sequence[int]], limit: int) -> list[tuple[float, int]]:
        """The *limit* best of *rows* as (score, seq), best first; ties: the first stored
        first, as Whoosh. A row is seq, title length, body length, then per scored term
        its title and body count (0 where absent)."""
        if not rows:
            return []
        m = np.array(rows, dtype=np.int64)
        seq, total = m[:, 0], np.zeros(len(m))
        title_norm, body_norm = _norms(m[:, 1], self.stats.avg_title), _norms(m[:, 2], self.stats.avg_body)
        for i, (boost, idf_title, idf_body) in enumerate(self.weights):
            total += _bm25(m[:, 3 + 2 * i] * docs.TITLE_BOOST, title_norm, idf_title, boost)
            total += _bm25(m[:, 4 + 2 * i].astype(np.float64), body_norm, idf_body, boost)
        return [(float(total[j]), int(seq[j])) for j in np.lexsort((seq, -total))[:limit]]


def _norms(lengths: np.ndarray, avg: float) -> np.ndarray:
    """bm25's length part of each document, computed once per distinct length."""
    distinct, where = np.unique(lengths, return_inverse=True)
    return np.array([K1 * ((1 - B) + B * quantised(int(n)) / avg) for n in distinct])[where]


def _bm25(tf: np.ndarray, norm: np.ndarray, idf: float, boost: float) -> np.ndarray:
    """One term's share of each document's score (0 where the document lacks it)."""
    return np.where(tf > 0, boost * (idf * ((tf * (K1 + 1)) / (tf + norm))), 0.0)
