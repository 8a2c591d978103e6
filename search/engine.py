"""Search, answers and lookups over the index: the library behind the CLI and the bot."""
from __future__ import annotations

import functools
import re
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from whoosh import collectors
from whoosh import query as Q
from whoosh.scoring import BM25F

from search import index as idx
from search import query as qp
from search.answers import best_sentence
from search.ingest import Progress, ingest, match_text
from search.model import Answer, Article, FeedStatus, Hit, IndexUnavailable, IngestReport, Reprint, ResultPage, Stats
from search.ranking import Ranking, Resolved, coverage, covers, missing, named
from search.reprints import Signatures, group, told_before
from search.sentences import Weighted
from search.snippets import snippet
from search.sources.live import LiveSources
from search.vocab import Vocabulary

MIN_COVERAGE = 0.5  # keywords no article holds all of: share of them a broader hit must match
NATURAL_COVERAGE = 0.2  # questions: lenient, related articles still help; answers are gated
MAX_EXAMINED = 4_000  # matches a query may examine in a large index
SCAN_MIN, SCAN_MAX = 50, 300
MERGE_SPAN = 2  # reprint folding looks at twice the results asked for
LARGE_INDEX, COMMON_SHARE, COMMON_MAX = 1000, 0.1, 5000  # "large": retrieve on rarer terms,
# check phrases on the stored text
_NON_WORD = re.compile(r"[\W_]+")
ARTICLE_KINDS = Q.Or([Q.Term("kind", "article"), Q.Term("kind", "caption")])


def _recovering(method):
    """A read that fails drops this thread's searcher, so the next one opens afresh. If
    the index is why (gone, damaged), IndexUnavailable is raised instead of Whoosh's error."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except IndexUnavailable:
            self._drop_searcher()
            raise
        except Exception as exc:
            self._drop_searcher()
            try:
                idx.searcher(self.index_dir).close()
            except IndexUnavailable as why:
                raise why from exc
            raise
    return run


class _CappedTop(collectors.TopCollector):
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


@dataclass(frozen=True)
class _Ranked:
    fields: dict
    score: float
    cover: float = 1.0
    also: tuple[dict, ...] = ()  # reprints of the same story, folded into this one


def _photos_after_articles(ranked: list[_Ranked]) -> list[_Ranked]:
    """Stand-alone photo items stay findable but never outrank an article that covers the
    query as well: each goes below every such article."""
    articles = [r for r in ranked if r.fields.get("kind") != "caption"]
    out = list(articles)
    for photo in (r for r in ranked if r.fields.get("kind") == "caption"):
        after = [i for i, a in enumerate(out) if a.fields.get("kind") != "caption"
                 and (a.score >= photo.score or a.cover >= photo.cover)]
        out.insert(after[-1] + 1 if after else 0, photo)
    return out


class Engine:
    """One index directory and the seed folder it mirrors."""

    def __init__(self, index_dir: Path, seeds_dir: Path, live: LiveSources | None = None) -> None:
        self.index_dir, self.seeds_dir = Path(index_dir), Path(seeds_dir)
        self.live = live  # RSS/Atom feeds fetched before each ingest
        self._local = threading.local()
        self._lexicon: dict = {}  # the body field's terms, for part-of-word search
        self._prints = Signatures()  # reprint detection, by article id
        self.stopping = threading.Event()  # set when the program stops: ingests end early

    # -- index upkeep ---------------------------------------------------------
    def ensure_index(self) -> IngestReport | None:
        """Build the index when there is none yet or it is empty (a first build that
        failed), and rebuild it when it is damaged or an older version wrote it."""
        if idx.exists(self.index_dir) and idx.current(self.index_dir):
            try:
                with idx.searcher(self.index_dir) as s:
                    if s.doc_count_all():
                        return None
            except idx.IndexDamaged:
                pass  # ingest says so in one line and rebuilds
        return self.ingest()

    def ingest(self, full: bool = False, progress: Progress | None = None) -> IngestReport:
        """Incrementally bring the index up to date with the seed folder, fetching the live
        sources first (a feed that fails keeps what it gave before)."""
        if self.live is not None:
            self.live.refresh(stop=self.stopping.is_set)
        return ingest(self.index_dir, self.seeds_dir, full=full, progress=progress,
                      stop=self.stopping.is_set, live_dir=self.live.out if self.live else None)

    # -- live sources ---------------------------------------------------------
    def feeds(self) -> list[FeedStatus]:
        """The live sources and the state of each (empty without a data folder)."""
        return self.live.feeds() if self.live is not None else []

    def add_feed(self, url: str) -> bool:
        """Add a feed URL (checked by the caller); False when already listed."""
        return self.live is not None and self.live.add(url)

    def remove_feed(self, n: int) -> FeedStatus | None:
        """Remove the n-th feed when an admin added it (see LiveSources.remove)."""
        return self.live.remove(n) if self.live is not None else None

    def _searcher(self):
        """This thread's searcher, reopened when the index has a newer commit.

        Whoosh's ``refresh()`` reuses segment readers and can miss new deletions in a
        reused segment, so a stale searcher is replaced, not refreshed."""
        s = getattr(self._local, "searcher", None)
        if s is not None:
            try:
                fresh = s.up_to_date()
            except Exception:  # the index folder changed under us: reopen below
                fresh = False
            if fresh and (cut := idx.shrunk(self._local.sizes)) is None:
                return s
            self._drop_searcher()
            if fresh:
                raise idx.IndexDamaged(f"index in {self.index_dir} is damaged: {cut.name} was truncated")
        s = idx.searcher(self.index_dir, weighting=BM25F())
        self._local.searcher, self._local.sizes = s, idx.mapped_sizes(self.index_dir, s.reader())
        return s

    def _drop_searcher(self) -> None:
        """Forget this thread's searcher (closing it if it still can be)."""
        s = getattr(self._local, "searcher", None)
        self._local.searcher = None
        if s is not None:
            try:
                s.close()
            except Exception:
                pass

    # -- queries --------------------------------------------------------------
    def search(self, query: str, page: int = 1, per_page: int = 10) -> ResultPage:
        """One page of hits above the relevance floor, best first."""
        return self.query(query, page, per_page, answer=False)[0]

    def ask(self, question: str) -> Answer | None:
        """The sentence of the best article that best answers *question*, or None."""
        return self.query(question, 1, 3, answer=True)[1]

    @_recovering
    def query(self, text: str, page: int = 1, per_page: int = 10,
              answer: bool = True) -> tuple[ResultPage, Answer | None]:
        """A page of hits and (if asked) the answer, from one ranking of the index."""
        page, per_page = max(1, page), max(1, min(per_page, 50))
        parsed = qp.parse(text)
        s = self._searcher()
        rk = self._rank(s, parsed, page * per_page)
        ranked, total, forms = rk.ranked, rk.total, rk.forms
        vocab = Vocabulary(s, self._lexicon)
        required = parsed.distinctive(lambda w: vocab.df(w) > 0) if parsed.natural else ()
        asked = _NON_WORD.sub("", parsed.text)
        # stable: articles holding the distinctive words first, then those the question names
        ranked.sort(key=lambda r: (bool(missing(r.fields, required)), -named(r.fields, asked)))
        ranked = _photos_after_articles(ranked)
        lacking = missing(ranked[0].fields, required) if ranked else ()
        shown = ranked[(page - 1) * per_page: page * per_page]
        hits = tuple(self._hit(r, forms) for r in shown)
        found = self._answer(text, parsed, rk) if answer and not lacking and not rk.broadened else None
        return ResultPage(query=text, total=total, page=page, per_page=per_page, hits=hits,
                          uncovered=lacking, broadened=rk.broadened), found

    def _answer(self, text: str, parsed: qp.ParsedQuery, rk: Ranking) -> Answer | None:
        """The best sentence of the first article, when that article covers the question."""
        if not rk.ranked:
            return None
        top, forms = rk.ranked[0], rk.forms
        if not covers(top.fields, top.cover, rk.groups, _NON_WORD.sub("", parsed.text)):
            return None
        found = best_sentence(top.fields.get("body") or "", forms, parsed.text, top.fields.get("title") or "")
        if found is None:
            return None
        return Answer(question=text, sentence=found[1], article=self._hit(top, forms))

    @_recovering
    def show(self, article_id: str) -> Article | None:
        """The full article with this id, or None."""
        if not article_id or article_id.startswith("file:"):
            return None
        d = self._searcher().document(id=article_id)
        return _article(d) if d else None

    @_recovering
    def latest(self, limit: int = 10, since: float | None = None, query: str | None = None) -> list[Hit]:
        """Newest articles (by publication date, then ingest time), optionally newer than
        *since* and matching *query*."""
        s = self._searcher()
        floor = int(since * 1000) + 1 if since is not None else None
        if query:  # the query's own candidates, newest first: no second pass over the index
            ranked = self._rank(s, qp.parse(query), SCAN_MAX).ranked
            found = [r.fields for r in ranked if floor is None or r.fields.get("added", 0) >= floor]
            found.sort(key=lambda f: (f.get("kind") != "caption", f.get("date") or "", f.get("added") or 0),
                       reverse=True)
        else:  # articles first, then stand-alone photo items
            found, want = [], limit * 2  # room for reprints folded away below
            for kind in ("article", "caption"):
                q: Q.Query = Q.Term("kind", kind)
                if floor is not None:
                    q = Q.And([q, Q.NumericRange("added", floor, None)])
                if len(found) < want:
                    found += [r.fields() for r in s.search(q, limit=want - len(found),
                                                           sortedby=["date", "added"], reverse=True)]
        ranked = self._merge([_Ranked(f, 0.0) for f in found])
        if floor is not None:  # digests: a story already told is not told again
            ranked = [r for r in ranked if not told_before(s, r.fields, floor, self._prints)]
        return [self._hit(r, []) for r in ranked[:limit]]

    @_recovering
    def stats(self) -> Stats:
        """Articles, files and the time of the last ingest."""
        s = self._searcher()
        files = list(s.documents(kind="file"))
        stamp = self.index_dir / "last_ingest"
        return Stats(articles=sum(f.get("count") or 0 for f in files), files=len(files),
                     last_ingest=stamp.read_text("utf-8").strip() if stamp.exists() else None)

    # -- ranking --------------------------------------------------------------
    def _rank(self, s, parsed: qp.ParsedQuery, want: int) -> Ranking:
        """Keywords: only articles holding every word (folded to simplified, half-width);
        when none does, the articles holding most of them, marked as broadened."""
        if parsed.empty:
            return Ranking([], 0, [], [])
        groups, forms = Vocabulary(s, self._lexicon).resolve(parsed)
        if not groups and not parsed.phrases:
            return Ranking([], 0, forms, groups)
        ranked, total = self._run(s, parsed, groups, want, strict=not parsed.natural)
        if not ranked and not parsed.natural and groups:
            ranked, total = self._run(s, parsed, groups, want, strict=False, floor=MIN_COVERAGE)
            return Ranking(ranked, total, forms, groups, broadened=bool(ranked))
        return Ranking(ranked, total, forms, groups)

    def _run(self, s, parsed, groups, want: int, strict: bool,
             floor: float | None = None) -> tuple[list[_Ranked], int]:
        """Top candidates by BM25F (Whoosh's block-max skipping on), re-weighted by how much
        of the query each covers; natural questions drop those below the floor."""
        large = s.doc_count() >= LARGE_INDEX
        parts = self._retrieval(s, groups, large)
        if (not parts and not parsed.phrases) or (strict and len(parts) != len(groups)):
            return [], 0
        q: Q.Query = (Q.And(parts) if strict else Q.Or(parts)) if parts else ARTICLE_KINDS
        if parsed.phrases:  # in a large index, positional matching costs too much: the
            # phrase's words retrieve, and the stored text is checked for the phrase below
            q = Q.And([q] + [qp.phrase_query(p) if not large else self._rarest_word(s, p)
                             for p in parsed.phrases])
        if parsed.excluded and not large:
            q = Q.AndNot(q, Q.Or([qp.phrase_query(x) for x in parsed.excluded]))
        scan = min(SCAN_MAX, max(SCAN_MIN, want * 3))
        limit = max(scan, 100) if large and parsed.phrases else scan
        collector = _CappedTop(limit, MAX_EXAMINED) if large else collectors.TopCollector(limit=limit)
        s.search_with_collector(q, collector)
        results = collector.results()
        phrases = [p.replace(" ", "") for p in parsed.phrases] if large else []
        excluded = [x.replace(" ", "") for x in parsed.excluded] if large else []
        ranked = []
        for r in results:
            f = r.fields()
            text = f.get("norm") or match_text(f.get("title") or "", f.get("body") or "")
            if phrases or excluded:
                words = _NON_WORD.sub("", text)
                if not all(p in words for p in phrases) or any(x in words for x in excluded):
                    continue
            if strict and not all(r.whole(text) for g in groups for r in g):
                continue  # a keyword search is exact about its words
            cover = coverage(text, groups)
            if floor is None:
                floor = NATURAL_COVERAGE if parsed.natural else MIN_COVERAGE
            if strict or cover >= floor:
                ranked.append(_Ranked(f, r.score * max(cover, 0.1), cover))
        ranked.sort(key=lambda x: -x.score)
        ranked = _photos_after_articles(ranked)
        # Reprints are folded only among what a page up to *want* can show (each copy's
        # MinHash costs ~1 ms the first time): folding is prefix-stable, so pages agree.
        shown = want * MERGE_SPAN
        ranked = self._merge(ranked[:shown]) + ranked[shown:]
        total = len(ranked)
        if results.scored_length() >= scan and ranked:  # more matches than scanned: estimate
            total += int((results.estimated_length() - results.scored_length()) * len(ranked)
                         / results.scored_length())
        return ranked, min(max(total, len(ranked)), s.doc_count())

    def _merge(self, ranked: list[_Ranked]) -> list[_Ranked]:
        """Reprints of one story folded into its best-ranked copy."""
        groups = group(ranked, key=lambda r: (r.fields["id"], r.fields.get("body") or ""), sigs=self._prints)
        return [replace(lead, also=tuple(r.fields for r in rest)) if rest else lead for lead, rest in groups]

    def _rarest_word(self, s, phrase: str) -> Q.Query:
        """The phrase's rarest word, to retrieve candidates that are then checked for it."""
        vocab = Vocabulary(s, self._lexicon)
        word = min(phrase.split(), key=vocab.df)
        return Q.Or([Q.Term(f, word) for f in qp.FIELDS])

    @staticmethod
    def _retrieval(s, groups: list[list[Resolved]], large: bool) -> list[Q.Query]:
        """One query per group. In a large index, terms found in over a tenth of the
        articles (or over COMMON_MAX) are left out of retrieval (if a group has nothing rarer, its single rarest
        term stands in, which Whoosh's block-max skipping handles well); they still count
        through coverage."""
        max_df = min(int(s.doc_count() * COMMON_SHARE), COMMON_MAX) if large else None
        parts = []
        for g in groups:
            known = [r for r in g if r.known]
            subs = [q for q in (r.query(max_df) for r in known) if q is not None]
            if not subs and known:
                subs = [min(known, key=lambda r: min(r.dfs)).rarest()]
            if subs:
                parts.append(Q.Or(subs))
        return parts

    def _hit(self, r: _Ranked, forms: list[Weighted]) -> Hit:
        f = r.fields
        return Hit(id=f["id"], title=f.get("title") or "", date=f.get("date") or None,
                   source=f.get("source"), file=f.get("file") or "", score=round(r.score, 4),
                   snippet=snippet(f.get("body") or "", forms),
                   added=f["added"] / 1000 if f.get("added") is not None else None,
                   url=f.get("url"), kind=f.get("kind") or "article",
                   reprints=tuple(Reprint(id=o["id"], source=o.get("source"), url=o.get("url"),
                                          title=o.get("title") or "") for o in r.also))


def _article(d: dict) -> Article:
    return Article(id=d["id"], title=d.get("title") or "", text=d.get("body") or "",
                   file=d.get("file") or "", date=d.get("date") or None, source=d.get("source"),
                   byline=d.get("byline"), kind=d.get("kind") or "article", url=d.get("url"))


def open_engine(settings) -> Engine:
    """The engine the settings describe, with its live sources (NEWSBOT_FEEDS and the feeds
    admins added, kept in the data folder)."""
    from search.sources.fetch import Limits

    limits = Limits(timeout=settings.feed_timeout, max_bytes=settings.feed_max_bytes,
                    host_delay=settings.feed_host_delay)
    live = LiveSources(settings.data_dir, settings.feeds, limits)
    return Engine(settings.index_dir, settings.seeds_dir, live)
