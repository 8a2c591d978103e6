"""The Whoosh backend: one index folder, read through per-thread searchers (BM25F, capped
collection and block-max skipping in large indexes), written by `writer`."""
from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh import collectors
from whoosh import query as Q
from whoosh.idsets import BitSet
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from search.index import documents as docs
from search.index.backends.base import Candidate, Candidates, Only, Retrieval, Stored
from search.index.backends.whoosh import files
from search.index.backends.whoosh.queries import ARTICLES, CappedTop, only_filter, phrase_query, query_of
from search.model import IndexDamaged, IndexUnavailable

if TYPE_CHECKING:
    from search.index.backends.whoosh.writer import WhooshWriter

FILTERS_KEPT = 8  # filters' document sets a reader keeps (a bit per document each)


class WhooshReader:
    """A Reader over one Whoosh searcher."""

    def __init__(self, searcher: Searcher, lexicon: dict) -> None:
        self.searcher, self._lexicon = searcher, lexicon
        self._articles: int | None = None
        self._allowed: dict[object, BitSet] = {}  # the last filters' documents, most recent last

    def _docs(self, key: object, q: Q.Query | Callable[[], BitSet]) -> BitSet:
        """The documents of filter *q* (a query, or what builds the set), found once while it
        is among the last FILTERS_KEPT of this searcher (which lives until the next commit):
        alerts rank hundreds of rules under one first-seen floor, and a range over `added`
        reads every posting."""
        found = self._allowed.pop(key, None)
        if found is None:
            found = q() if callable(q) else BitSet(self.searcher.docs_for_query(q), size=self.searcher.doc_count_all())
            if len(self._allowed) >= FILTERS_KEPT:
                self._allowed.pop(next(iter(self._allowed)))
        self._allowed[key] = found
        return found

    def _allowed_by(self, only: Only | None) -> BitSet | None:
        """The documents *only* allows (None: all), found once per searcher like _docs."""
        q = only_filter(only)
        if only is None or (q is None and only.first is None):
            return None

        def build() -> BitSet:
            found = self._window(only) if only.first is not None else None
            if q is not None:
                matching = BitSet(self.searcher.docs_for_query(q), size=self.searcher.doc_count_all())
                found = matching if found is None else found & matching
            return found if found is not None else BitSet()
        return self._docs(only, build)

    def _window(self, only: Only) -> BitSet:
        """The documents published from only.first to only.last, or, undated, first seen from
        only.first_ms to only.last_ms: read from the columns of the commit (as queries, the
        range over `added` and the one over every date term read every posting: 2-4 s each
        new window at 10,000 articles)."""
        reader = self.searcher.reader()
        gen, held = reader.generation(), self._lexicon.get("columns")
        if held is None or held[0] != gen:
            held = (gen, list(reader.column_reader("date")), list(reader.column_reader("added")))
            self._lexicon["columns"] = held
        first, last = only.first or "", only.last or ""
        return BitSet((n for n, (day, ms) in enumerate(zip(held[1], held[2], strict=True))
                       if (first <= day <= last if day else only.first_ms <= ms <= only.last_ms)
                       and not reader.is_deleted(n)), size=self.searcher.doc_count_all())

    def article_count(self) -> int:
        """Live articles and photo items, counted once per searcher (Whoosh's term counts
        include deleted documents until a merge, so they cannot be subtracted)."""
        if self._articles is None:
            self._articles = sum(1 for _ in self.searcher.docs_for_query(ARTICLES))
        return self._articles

    def df(self, term: str) -> int:
        """Documents holding *term* in the title or the body (the larger of the two)."""
        return max(self.searcher.doc_frequency("body", term), self.searcher.doc_frequency("title", term))

    def dfs(self, terms: Sequence[str]) -> dict[str, int]:
        """df() of each of *terms*."""
        return {t: self.df(t) for t in terms}

    def words_containing(self, part: str, limit: int) -> tuple[str, ...]:
        """Indexed body terms that contain *part*, commonest first (the lexicon is read
        once per commit and shared by the engine's readers)."""
        gen = self.searcher.reader().generation()
        if "words" not in self._lexicon or self._lexicon.get("gen") != gen:
            self._lexicon.update(gen=gen, words=[t.decode("utf-8") for t in self.searcher.lexicon("body")])
        found = [w for w in self._lexicon["words"] if part in w and w != part]
        found.sort(key=lambda w: -self.searcher.doc_frequency("body", w))
        return tuple(found[:limit])

    def lexicon(self) -> tuple[int, tuple[str, ...]]:
        """The searcher's generation and its title and body terms (read once per commit)."""
        gen = self.searcher.reader().generation()
        if "terms" not in self._lexicon or self._lexicon.get("terms_gen") != gen:
            terms = {t.decode("utf-8") for f in docs.TEXT_FIELDS for t in self.searcher.lexicon(f)}
            self._lexicon.update(terms_gen=gen, terms=tuple(sorted(terms)))
        return gen, self._lexicon["terms"]

    def phrase_df(self, words: Sequence[str]) -> int:
        """Documents where *words* stand together in the title or the body."""
        return sum(1 for _ in self.searcher.docs_for_query(phrase_query(words)))

    def candidates(self, retrieval: Retrieval) -> Candidates:
        """The best matches by BM25F; with *examine*, at most that many matches are scored
        (block-max skipping stays on: phrase matchers in a large index are avoided above)."""
        limit = retrieval.limit
        collector = (CappedTop(limit, retrieval.examine) if retrieval.examine is not None
                     else collectors.TopCollector(limit=limit))
        docs_allowed = self._allowed_by(retrieval.only)
        if docs_allowed is not None:  # a filter, not a scored part of the query
            if not docs_allowed:  # (an empty set would filter nothing)
                return Candidates((), 0, 0)
            collector = collectors.FilterCollector(collector, allow=docs_allowed)
        self.searcher.search_with_collector(query_of(retrieval), collector)
        results = collector.results()
        found = tuple(Candidate(r.fields(), r.score) for r in results)
        return Candidates(found, results.scored_length(), results.estimated_length())

    def document(self, doc_id: str) -> Stored | None:
        """The stored document with this id."""
        return self.searcher.document(id=doc_id)

    def newest(self, kind: str, limit: int, since_ms: int | None = None, only: Only | None = None) -> list[Stored]:
        """Documents of *kind*, newest first by date then added: the commit's order (sorted
        once) walked through the filters' document sets (found once per searcher)."""
        allowed = []
        if since_ms is not None:
            allowed.append(self._docs(("since", since_ms), Q.NumericRange("added", since_ms, None)))
        allow = self._allowed_by(only)
        if allow is not None:
            allowed.append(allow)
        order, rank = self._order(kind)
        if allowed:  # the allowed documents of this kind, in the commit's order
            fewest = min(allowed, key=len)
            held = [n for n in fewest if n in rank and all(n in s for s in allowed)]
            picked = sorted(held, key=rank.__getitem__)[:max(0, limit)]
        else:
            picked = list(order[:max(0, limit)])
        return [self.searcher.stored_fields(n) for n in picked]

    def _order(self, kind: str) -> tuple[tuple[int, ...], dict[int, int]]:
        """The documents of *kind* by date then added, newest first (ties: the higher
        document number first, as Whoosh's sorted search gives them), and each one's place:
        sorted once per commit, as sorting reads both columns of every document (0.4 s at
        10,000 articles)."""
        gen, key = self.searcher.reader().generation(), ("newest", kind)
        held = self._lexicon.get(key)
        if held is None or held[0] != gen:
            results = self.searcher.search(Q.Term("kind", kind), limit=None, sortedby=["date", "added"], reverse=True)
            order = tuple(docnum for _key, docnum in results.top_n)
            held = (gen, order, {n: i for i, n in enumerate(order)})
            self._lexicon[key] = held
        return held[1], held[2]

    def sources(self) -> dict[str, int]:
        """The sources of live articles and photo items, with their counts (read once per
        commit; Whoosh's term counts include deleted documents, so live ones are counted)."""
        gen = self.searcher.reader().generation()
        if "sources" not in self._lexicon or self._lexicon.get("sources_gen") != gen:
            names = [t.decode("utf-8") for t in self.searcher.lexicon("source")]
            counts = {n: sum(1 for _ in self.searcher.docs_for_query(Q.Term("source", n))) for n in names}
            self._lexicon.update(sources_gen=gen, sources={n: c for n, c in counts.items() if c})
        return dict(self._lexicon["sources"])

    def earlier_with_any(self, words: Sequence[str], before_ms: int, limit: int) -> list[Stored]:
        """Documents added before *before_ms* whose body holds any of *words*, best first."""
        # the range as a filter found once per searcher: as a part of the query it read every
        # posting of `added` for each lookup (alerts look up every new story)
        earlier = self._docs(("earlier", before_ms), Q.NumericRange("added", None, before_ms - 1))
        if not earlier:
            return []
        q = Q.Or([Q.Term("body", w) for w in words])
        return [r.fields() for r in self.searcher.search(q, limit=limit, filter=earlier)]

    def files(self) -> list[Stored]:
        """The file records."""
        return list(self.searcher.documents(kind="file"))

    def close(self) -> None:
        """Close the searcher."""
        self.searcher.close()


class WhooshBackend:
    """A Whoosh index in one folder. Each thread keeps its searcher while no newer commit
    exists; mapped segment files are checked for truncation (SIGBUS) before each use."""

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = Path(index_dir)
        self.location = str(self.index_dir)
        self._local = threading.local()
        self._lexicon: dict = {}  # the body field's terms, for part-of-word search

    def exists(self) -> bool:
        """True when an index has been committed in the folder."""
        return files.exists(self.index_dir)

    def current(self) -> bool:
        """True when this version's schema wrote the index."""
        return files.current(self.index_dir)

    def reader(self) -> WhooshReader:
        """This thread's reader, reopened when the index has a newer commit.

        Whoosh's ``refresh()`` reuses segment readers and can miss new deletions in a
        reused segment, so a stale searcher is replaced, not refreshed."""
        r: WhooshReader | None = getattr(self._local, "reader", None)
        if r is not None:
            try:
                fresh = r.searcher.up_to_date()
            except Exception:  # the index folder changed under us: reopen below
                fresh = False
            if fresh and (cut := files.shrunk(self._local.sizes)) is None:
                return r
            self._forget()
            if fresh and cut is not None:
                raise IndexDamaged(f"index in {self.index_dir} is damaged: {cut.name} was truncated")
        searcher = files.searcher(self.index_dir, weighting=BM25F())
        r = WhooshReader(searcher, self._lexicon)
        self._local.reader, self._local.sizes = r, files.mapped_sizes(self.index_dir, searcher.reader())
        return r

    def _forget(self) -> None:
        """Forget this thread's reader (closing it if it still can be)."""
        r = getattr(self._local, "reader", None)
        self._local.reader = None
        if r is not None:
            with contextlib.suppress(Exception):
                r.close()

    def recover(self, exc: Exception) -> None:
        """Forget this thread's reader; raise IndexUnavailable when the index is why *exc*."""
        self._forget()
        if isinstance(exc, IndexUnavailable):
            return
        try:
            files.searcher(self.index_dir).close()
        except IndexUnavailable as why:
            raise why from exc

    def writing(self) -> contextlib.AbstractContextManager[WhooshWriter]:
        """The one writer (see writer.writing)."""
        from search.index.backends.whoosh.writer import writing

        return writing(self.index_dir)

    def last_ingest(self) -> str | None:
        """When the last ingest finished, from the stamp beside the index."""
        stamp = self.index_dir / files.LAST_INGEST
        return stamp.read_text("utf-8").strip() if stamp.exists() else None

    def iter_documents(self) -> Iterator[Stored]:
        """Every article and caption."""
        with files.searcher(self.index_dir, mmap=False) as searcher:
            for doc in searcher.all_stored_fields():
                if doc.get("kind") in docs.ARTICLE_KINDS:
                    yield doc

    def size_bytes(self) -> int | None:
        """Bytes of the files in the index folder (a file a merge removes meanwhile counts 0)."""
        if not self.index_dir.is_dir():
            return None
        total = 0
        for path in self.index_dir.rglob("*"):
            with contextlib.suppress(OSError):
                total += path.stat().st_size if path.is_file() else 0
        return total

    def close(self) -> None:
        """Close this thread's reader (other threads' readers close with their threads)."""
        self._forget()
