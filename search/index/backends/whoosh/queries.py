"""The Whoosh queries of the backend's retrievals and filters (search/index/backends/base.py
says what each part means), and the capped top-N collector of large indexes."""
from __future__ import annotations

from collections.abc import Sequence

from whoosh import collectors
from whoosh import query as Q

from search.index import documents as docs
from search.index.backends.base import Only, Retrieval, Term

ARTICLES = Q.Or([Q.Term("kind", kind) for kind in docs.ARTICLE_KINDS])


class CappedTop(collectors.TopCollector):
    """Top-N collector that examines at most *cap* matches. Bounds the work (and latency) of
    queries whose every term is in most of a large index; deterministic, so pages agree."""

    def __init__(self, limit: int, cap: int) -> None:
        super().__init__(limit=limit)
        self.cap, self.seen = cap, 0

    def collect_matches(self) -> None:
        collect = self.collect
        for sub_docnum in self.matches():
            if self.seen >= self.cap:
                return
            self.seen += 1
            collect(sub_docnum)


def _any_field(word: str, boost: float = 1.0) -> list[Q.Query]:
    return [Q.Term(f, word, boost=boost) for f in docs.TEXT_FIELDS]


def _group_query(group: Sequence[Term]) -> Q.Query:
    """Any of the group's terms in the title or the body."""
    return Q.Or([q for t in group for q in _any_field(t.text, t.boost)])


def phrase_query(words: Sequence[str]) -> Q.Query:
    """Consecutive words in the title or the body."""
    if len(words) == 1:
        return Q.Or(_any_field(words[0]))
    return Q.Or([Q.Phrase(f, list(words)) for f in docs.TEXT_FIELDS])


def query_of(retrieval: Retrieval) -> Q.Query:
    """The Whoosh query of a retrieval."""
    parts = [_group_query(g) for g in retrieval.groups]
    q: Q.Query = (Q.And(parts) if retrieval.require_all else Q.Or(parts)) if parts else ARTICLES
    if retrieval.phrases:
        q = Q.And([q] + [phrase_query(p) for p in retrieval.phrases])
    if retrieval.excluded:
        q = Q.AndNot(q, Q.Or([phrase_query(x) for x in retrieval.excluded]))
    return q


def only_filter(only: Only | None) -> Q.Query | None:
    """The documents *only* allows by source and first-seen floor, as a filter query (None:
    all); its date window is read from the columns (the reader's window method)."""
    parts: list[Q.Query] = []
    if only is not None and only.sources:
        parts.append(Q.Or([Q.Term("source", s) for s in only.sources]))
    if only is not None and only.added_from_ms:
        parts.append(Q.NumericRange("added", only.added_from_ms, None))
    return Q.And(parts) if parts else None
