"""Search, answers and lookups over the index: the library behind the CLI and the bot."""
from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from whoosh import query as Q
from whoosh.scoring import BM25F

from search import index as idx
from search import query as qp
from search.ingest import Progress, ingest
from search.model import Answer, Article, Hit, IngestReport, ResultPage, Stats
from search.snippets import Weighted, best_sentence, snippet

MIN_COVERAGE = 0.5
SCAN_LIMIT = 200
MAX_EXPANSION = 40
ARTICLE_KINDS = Q.Or([Q.Term("kind", "article"), Q.Term("kind", "caption")])


@dataclass(frozen=True)
class _Resolved:
    """A query concept checked against the index: the forms it has there, and its weight."""

    word: str
    known: tuple[str, ...]
    weight: float
    pos: int
    phrase: tuple[str, ...] | None = None  # a compound of adjacent words
    docs: frozenset[int] | None = None  # documents holding the compound

    def query(self) -> Q.Query:
        if self.phrase:
            return Q.Or([Q.Phrase(f, list(self.phrase), boost=2.0) for f in qp.FIELDS])
        return qp.concept_query(qp.Concept(self.word, self.known), self.known)

    def credit(self, matched: set[str], docnum: int) -> float:
        """1 when the document holds the word, part credit for some of its sub-words."""
        if self.phrase:
            return 1.0 if self.docs and docnum in self.docs else 0.0
        if self.word in matched or (self.word not in self.known and matched.intersection(self.known)):
            return 1.0
        parts = [f for f in self.known if f != self.word]
        return 0.8 * len(matched.intersection(parts)) / len(parts) if parts else 0.0


def _max_match(text: str, known) -> list[tuple[str, int]]:
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


def _coverage(hit, groups: list[list[_Resolved]]) -> float:
    """Share of the query's weight that the hit matches."""
    matched = {t.decode("utf-8") if isinstance(t, bytes) else t for _f, t in hit.matched_terms()}
    total = sum(r.weight for g in groups for r in g)
    got = sum(r.weight * r.credit(matched, hit.docnum) for g in groups for r in g)
    return got / total if total else 1.0


@dataclass(frozen=True)
class _Ranked:
    fields: dict
    score: float


class Engine:
    """One index directory and the seed folder it mirrors."""

    def __init__(self, index_dir: Path, seeds_dir: Path) -> None:
        self.index_dir, self.seeds_dir = Path(index_dir), Path(seeds_dir)
        self._local = threading.local()
        self._lexicon: tuple[int, list[str]] | None = None

    # -- index upkeep ---------------------------------------------------------
    def ensure_index(self) -> IngestReport | None:
        """Build the index when there is none yet."""
        if idx.exists(self.index_dir):
            return None
        return self.ingest()

    def ingest(self, full: bool = False, progress: Progress | None = None) -> IngestReport:
        """Incrementally bring the index up to date with the seed folder."""
        return ingest(self.index_dir, self.seeds_dir, full=full, progress=progress)

    def _searcher(self):
        """This thread's searcher, reopened when the index has a newer commit.

        Whoosh's ``refresh()`` reuses segment readers and can miss new deletions in a
        reused segment, so a stale searcher is replaced, not refreshed."""
        s = getattr(self._local, "searcher", None)
        if s is not None and s.up_to_date():
            return s
        if s is not None:
            s.close()
        s = idx.open_index(self.index_dir).searcher(weighting=BM25F())
        self._local.searcher = s
        return s

    # -- queries --------------------------------------------------------------
    def search(self, query: str, page: int = 1, per_page: int = 10) -> ResultPage:
        """One page of hits above the relevance floor, best first."""
        page, per_page = max(1, page), max(1, min(per_page, 50))
        parsed = qp.parse(query)
        s = self._searcher()
        ranked, forms = self._rank(s, parsed, page * per_page)
        shown = ranked[(page - 1) * per_page: page * per_page]
        hits = tuple(self._hit(r, forms) for r in shown)
        return ResultPage(query=query, total=len(ranked), page=page, per_page=per_page, hits=hits)

    def ask(self, question: str) -> Answer | None:
        """The sentence of the best article that best answers *question*, or None."""
        parsed = qp.parse(question)
        s = self._searcher()
        ranked, forms = self._rank(s, parsed, 3)
        if not ranked:
            return None
        top = ranked[0]
        found = best_sentence(top.fields.get("body") or "", forms, parsed.text, top.fields.get("title") or "")
        if found is None:
            return None
        return Answer(question=question, sentence=found[1], article=self._hit(top, forms))

    def show(self, article_id: str) -> Article | None:
        """The full article with this id, or None."""
        if not article_id or article_id.startswith("file:"):
            return None
        d = self._searcher().document(id=article_id)
        return _article(d) if d else None

    def latest(self, limit: int = 10, since: float | None = None, query: str | None = None) -> list[Hit]:
        """Newest articles (by publication date, then ingest time), optionally newer than *since*."""
        s = self._searcher()
        q: Q.Query = ARTICLE_KINDS
        if since is not None:
            q = Q.And([q, Q.NumericRange("added", int(since * 1000) + 1, None)])
        allowed = None
        if query:
            ranked, _ = self._rank(s, qp.parse(query), 10_000)
            allowed = {r.fields["id"] for r in ranked}
        results = s.search(q, limit=None, sortedby=["date", "added"], reverse=True)
        out = []
        for r in results:
            if allowed is None or r["id"] in allowed:
                out.append(self._hit(_Ranked(r.fields(), 0.0), []))
                if len(out) >= limit:
                    break
        return out

    def stats(self) -> Stats:
        """Articles, files and the time of the last ingest."""
        s = self._searcher()
        files = list(s.documents(kind="file"))
        stamp = self.index_dir / "last_ingest"
        return Stats(articles=sum(f.get("count") or 0 for f in files), files=len(files),
                     last_ingest=stamp.read_text("utf-8").strip() if stamp.exists() else None)

    # -- ranking --------------------------------------------------------------
    def _rank(self, s, parsed: qp.ParsedQuery, want: int) -> tuple[list[_Ranked], list[Weighted]]:
        if parsed.empty:
            return [], []
        groups, forms = self._resolve(s, parsed)
        if not groups and not parsed.phrases:
            return [], forms
        ranked = self._run(s, parsed, groups, want, strict=not parsed.natural)
        if not ranked and not parsed.natural and len(groups) > 1:
            ranked = self._run(s, parsed, groups, want, strict=False)
        return ranked, forms

    def _resolve(self, s, parsed: qp.ParsedQuery):
        """Expand concepts against the index's vocabulary and weight them by idf."""
        n = max(1, s.doc_count() - s.doc_frequency("kind", "file"))
        multi = any(len(c.word) > 1 for c in parsed.concepts)
        groups: list[list[_Resolved]] = []
        for group in parsed.groups:
            resolved = []
            for c in self._reseg(s, group):
                if len(c.word) == 1 and multi and not c.word.isascii():
                    continue
                known = tuple(f for f in c.forms if self._df(s, f))
                if not known and not c.word.isdigit():
                    known = self._containing(s, c.word)
                resolved.append(_Resolved(c.word, known, self._weight(s, n, c.word, known), c.pos))
            if resolved:
                groups.append(self._compounds(s, n, resolved))
        forms = [Weighted(id(r), f, r.weight) for g in groups for r in g for f in (r.known or (r.word,))]
        forms += [Weighted(-i - 1, p.replace(" ", ""), 2.0) for i, p in enumerate(parsed.phrases)]
        return groups, forms

    def _reseg(self, s, group: list[qp.Concept]) -> list[qp.Concept]:
        """Re-cut runs of adjacent unknown or one-character words against the index's
        vocabulary, mending jieba's query-side mistakes (区非/遗 -> 非遗)."""
        out: list[qp.Concept] = []
        run: list[qp.Concept] = []

        def flush() -> None:
            text = "".join(c.word for c in run)
            found = _max_match(text, lambda w: self._df(s, w) > 0)
            covered = sum(len(w) for w, _ in found)
            if any(not self._known(s, c) and len(c.word) > 1 for c in run) and covered * 2 >= len(text):
                base = run[0].pos
                out.extend(qp.Concept(w, (w,), base + i) for i, (w, _) in enumerate(found))
            else:
                out.extend(run)
            run.clear()

        for c in group:
            odd = len(c.word) == 1 or not self._known(s, c)
            if odd and not c.word.isascii() and (not run or c.pos == run[-1].pos + 1):
                run.append(c)
                continue
            if run:
                flush()
            if odd and not c.word.isascii():
                run.append(c)
            else:
                out.append(c)
        if run:
            flush()
        return out

    def _known(self, s, c: qp.Concept) -> bool:
        return any(self._df(s, f) for f in c.forms)

    def _compounds(self, s, n: int, group: list[_Resolved]) -> list[_Resolved]:
        """Adjacent query words that stand together in the corpus, rarer than either alone,
        count as one concept (兵团 + 精神 -> 兵团精神)."""
        out: list[_Resolved] = []
        for r in group:
            prev = out[-1] if out else None
            if prev and prev.phrase is None and r.pos == prev.pos + 1 and prev.known and r.known:
                words = [prev.word, r.word]
                docs = frozenset(s.docs_for_query(Q.Or([Q.Phrase(f, words) for f in qp.FIELDS])))
                if docs and len(docs) < min(self._df(s, prev.word), self._df(s, r.word)):
                    df = len(docs)
                    out[-1] = _Resolved("".join(words), ("".join(words),),
                                        math.log(1 + (n - df + 0.5) / (df + 0.5)), r.pos,
                                        tuple(words), docs)
                    continue
            out.append(r)
        return out

    def _weight(self, s, n: int, word: str, known: tuple[str, ...]) -> float:
        """idf of the word itself, else of its rarest known form; unknown words weigh most."""
        df = self._df(s, word) or min((self._df(s, f) for f in known), default=0)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return idf * (1.5 if df == 0 else 1.0)

    @staticmethod
    def _df(s, form: str) -> int:
        return max(s.doc_frequency("body", form), s.doc_frequency("title", form))

    def _containing(self, s, word: str) -> tuple[str, ...]:
        """Indexed words that contain *word* (part-of-word and single-character search)."""
        gen = s.ixreader.generation if hasattr(s.ixreader, "generation") else id(s)
        if self._lexicon is None or self._lexicon[0] != gen:
            words = [t.decode("utf-8") for t in s.lexicon("body")]
            self._lexicon = (gen, words)
        found = [w for w in self._lexicon[1] if word in w and w != word]
        found.sort(key=lambda w: -s.doc_frequency("body", w))
        return tuple(found[:MAX_EXPANSION])

    def _run(self, s, parsed, groups, want: int, strict: bool) -> list[_Ranked]:
        parts = [Q.Or([r.query() for r in g if r.known]) for g in groups]
        parts = [p for p in parts if p.subqueries]
        if not parts and not parsed.phrases:
            return []
        if strict and len(parts) != len(groups):
            return []
        q: Q.Query = (Q.And(parts) if strict else Q.Or(parts)) if parts else Q.Every()
        if parsed.phrases:
            q = Q.And([q] + [qp.phrase_query(p) for p in parsed.phrases])
        if parsed.excluded:
            q = Q.AndNot(q, Q.Or([qp.phrase_query(x) for x in parsed.excluded]))
        q = Q.And([q, ARTICLE_KINDS])
        results = s.search(q, limit=max(want, SCAN_LIMIT), terms=True)
        ranked = []
        for r in results:
            cover = _coverage(r, groups)
            if strict or cover >= MIN_COVERAGE:
                ranked.append(_Ranked(r.fields(), r.score * cover))
        ranked.sort(key=lambda x: -x.score)
        return ranked

    def _hit(self, r: _Ranked, forms: list[Weighted]) -> Hit:
        f = r.fields
        return Hit(id=f["id"], title=f.get("title") or "", date=f.get("date") or None,
                   source=f.get("source"), file=f.get("file") or "", score=round(r.score, 4),
                   snippet=snippet(f.get("body") or "", forms),
                   added=f["added"] / 1000 if f.get("added") is not None else None)


def _article(d: dict) -> Article:
    return Article(id=d["id"], title=d.get("title") or "", text=d.get("body") or "",
                   file=d.get("file") or "", date=d.get("date") or None, source=d.get("source"),
                   byline=d.get("byline"), kind=d.get("kind") or "article")
