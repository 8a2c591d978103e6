"""The ranking: candidates from the backend by BM25F, re-weighted by how much of the query
each covers, reprints folded, photo items after articles. Every number is in RankingParams
(search.params)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from search.index.backends.base import Candidates, Only, Reader, Retrieval, Term
from search.index.documents import ARTICLE_KINDS, Stored, naming_text
from search.params import RankingParams
from search.qa.coverage import Resolved, answer_coverage, coverage, missing, named
from search.qa.query import ParsedQuery
from search.qa.reprints import Signatures, group
from search.qa.turns import Kept
from search.qa.vocab import Vocabulary
from search.qa.when import day_of
from search.qa.windows import window_cover
from search.text.analysis import tagged
from search.text.normalize import unpunctuated
from search.text.sentences import Weighted

LIST_MAX = 100  # articles (and as many photo items) a time or source listing holds at most


def published(doc: Stored) -> str:
    """The day an article appeared: its date, else the Beijing day it was first seen."""
    return doc.get("date") or (day_of(doc["added"] / 1000).isoformat() if doc.get("added") is not None else "")


@dataclass(frozen=True)
class Ranked:
    """A candidate with its final score, the share of the query it covers, and the
    reprints of its story folded into it."""

    fields: Stored
    score: float
    cover: float = 1.0
    also: tuple[Stored, ...] = ()


@dataclass
class Ranking:
    """Candidates of one query, best first, with what ranked them."""

    ranked: list[Ranked]
    total: int = 0
    forms: list[Weighted] = field(default_factory=list)
    groups: list[list[Resolved]] = field(default_factory=list)
    required: tuple[str, ...] = ()  # a question's distinctive words, which its answering article must hold
    broadened: bool = False  # keywords no article holds all of: articles holding some
    capped: bool = False  # the backend returned as many candidates as scanned: more may match


def photos_after_articles(ranked: list[Ranked]) -> list[Ranked]:
    """Stand-alone photo items stay findable but never outrank an article that covers the
    query as well: each goes below every such article."""
    articles = [r for r in ranked if r.fields.get("kind") != "caption"]
    out = list(articles)
    for photo in (r for r in ranked if r.fields.get("kind") == "caption"):
        after = [i for i, a in enumerate(out) if a.fields.get("kind") != "caption"
                 and (a.score >= photo.score or a.cover >= photo.cover)]
        out.insert(after[-1] + 1 if after else 0, photo)
    return out


class Ranker:
    """Ranks a parsed query over a backend reader, with *params*; *prints* caches the
    reprint signatures across queries."""

    def __init__(self, params: RankingParams, prints: Signatures) -> None:
        self.params, self.prints = params, prints
        self.kept = Kept()  # candidates a page turn reuses (search.qa.turns)

    def rank(self, reader: Reader, parsed: ParsedQuery, want: int, only: Only | None = None) -> Ranking:
        """Keywords: only articles holding every word (folded to simplified, half-width);
        when none does, the articles holding most of them, marked as broadened. *only*
        limits the dates and sources."""
        if parsed.empty:
            return Ranking([], 0, [], [])
        groups, forms = Vocabulary(reader, self.params).resolve(parsed)
        if not groups and not parsed.phrases:
            return Ranking([], 0, forms, groups)
        required = self.required(reader, parsed)
        ranked, total, capped = self._score(reader, parsed, groups, want, only, strict=not parsed.natural,
                                            required=required)
        if not ranked and not parsed.natural and groups:
            ranked, total, capped = self._score(reader, parsed, groups, want, only, strict=False,
                                        floor=self.params.min_coverage)
            return Ranking(ranked, total, forms, groups, broadened=bool(ranked), capped=capped)
        return Ranking(ranked, total, forms, groups, required=required, capped=capped)

    def for_question(self, parsed: ParsedQuery, rk: Ranking) -> tuple[list[Ranked], tuple[str, ...]]:
        """A question's order: articles holding its distinctive words (names, quoted
        words) first, then those whose title it names, unless another scores far more
        (stable, photo items after articles); and the distinctive words the top article lacks."""
        ranked, required = rk.ranked, rk.required
        asked = unpunctuated(parsed.text)
        lacks = {id(r): bool(missing(r.fields, required)) for r in ranked}
        best = max((r.score for r in ranked if not lacks[id(r)]), default=0.0)
        reach = best / self.params.named_reach  # a named title far below the best is a passing mention
        ranked.sort(key=lambda r: (lacks[id(r)], -named(r.fields, asked) if r.score >= reach else 0))
        ranked = photos_after_articles(ranked)
        return ranked, missing(ranked[0].fields, required) if ranked else ()

    def required(self, reader: Reader, parsed: ParsedQuery) -> tuple[str, ...]:
        """The distinctive words an article must hold to answer a question (none for keywords)."""
        if not parsed.natural:
            return ()
        vocab = Vocabulary(reader, self.params)
        return vocab.whole_names(parsed.distinctive(lambda w: vocab.df(w) > 0, tagged(parsed.text)))

    def _holders(self, reader: Reader, required: tuple[str, ...], found: Candidates, scan: int,
                 only: Only | None) -> Candidates:
        """A question's candidates, with the articles holding all its distinctive words
        added when none of the best by BM25F does: a name said once in a long article (朴景利
        in the article on South Korea) scores below short articles sharing the question's
        common words, and the one article that can answer was never looked at."""
        if not required or any(not missing(c.doc, required) for c in found.found):
            return found
        terms = tuple((Term(w),) for w in (unpunctuated(r) for r in required))
        if any(not reader.df(t[0].text) for t in terms):
            return found  # no article holds that word as a word: nothing to add
        extra = self.kept.candidates(reader, Retrieval(terms, require_all=True, limit=scan, only=only))
        seen = {c.doc["id"] for c in found.found}
        added = tuple(c for c in extra.found if c.doc["id"] not in seen)
        return replace(found, found=found.found + added) if added else found

    def _score(self, reader: Reader, parsed: ParsedQuery, groups: list[list[Resolved]], want: int,
               only: Only | None, strict: bool, floor: float | None = None,
               required: tuple[str, ...] = ()) -> tuple[list[Ranked], int, bool]:
        """Top candidates by BM25F, re-weighted by how much of the query each covers;
        natural questions drop those below the floor. With the estimated total, and whether
        the scan was filled."""
        p = self.params
        large = reader.article_count() >= p.large_index
        parts = self._groups(reader, groups, large)
        if (not parts and not parsed.phrases) or (strict and len(parts) != len(groups)):
            return [], 0, False
        scan = min(p.scan_max, max(p.scan_min, want * p.scan_per_hit))
        candidates = self.kept.candidates(reader, self._retrieval(reader, parsed, parts, strict, large, scan, only))
        candidates = self._holders(reader, required, candidates, scan, only)
        if floor is None:
            floor = p.natural_coverage if parsed.natural else p.min_coverage
        ranked = self._covered(candidates, parsed, groups, strict, large, floor)
        ranked.sort(key=lambda x: -x.score)
        ranked = self.order(ranked, parsed, groups, want)
        total = len(ranked)
        if candidates.scored >= scan and ranked:  # more matches than scanned: estimate
            total += int((candidates.matched - candidates.scored) * len(ranked) / candidates.scored)
        capped = len(candidates.found) >= scan
        return ranked, min(max(total, len(ranked)), reader.article_count()), capped

    def order(self, ranked: list[Ranked], parsed: ParsedQuery, groups: list[list[Resolved]],
              want: int) -> list[Ranked]:
        """The scored candidates (best BM25F times coverage first) in their final order: a
        question's first re-scored by passage, photo items after articles, reprints folded."""
        if parsed.natural:
            ranked = self._by_passage(ranked, groups)
        ranked = photos_after_articles(ranked)
        # Reprints are folded only among what a page up to *want* can show (each copy's
        # MinHash costs ~1 ms the first time): folding is prefix-stable, so pages agree.
        shown = want * self.params.merge_span
        return self.merge(ranked[:shown]) + ranked[shown:]

    def _by_passage(self, ranked: list[Ranked], groups: list[list[Resolved]]) -> list[Ranked]:
        """A question's first candidates re-scored by their best passage (search.qa.windows):
        a long article holding the question's words together beats a short one sharing a few."""
        p, top = self.params, self.params.window_top
        head = [replace(r, score=r.score * (1 + p.window_weight * window_cover(r.fields, groups, p)))
                for r in ranked[:top]]
        return sorted(head, key=lambda x: -x.score) + ranked[top:]

    def _retrieval(self, reader: Reader, parsed: ParsedQuery, parts: list[tuple[Term, ...]],
                   strict: bool, large: bool, scan: int, only: Only | None) -> Retrieval:
        """What to retrieve. In a large index, positional matching costs too much: a
        phrase's rarest word retrieves, and the stored text is checked for the phrase
        (and the exclusions) afterwards."""
        if large:
            vocab = Vocabulary(reader, self.params)
            phrases: tuple[tuple[str, ...], ...] = tuple((min(ph.split(), key=vocab.df),) for ph in parsed.phrases)
            excluded: tuple[tuple[str, ...], ...] = ()
        else:
            phrases = tuple(tuple(ph.split()) for ph in parsed.phrases)
            excluded = tuple(tuple(x.split()) for x in parsed.excluded)
        limit = max(scan, self.params.phrase_scan) if large and parsed.phrases else scan
        return Retrieval(tuple(parts), require_all=strict, phrases=phrases, excluded=excluded, limit=limit,
                         examine=self.params.max_examined if large else None, only=only)

    def _covered(self, candidates: Candidates, parsed: ParsedQuery, groups: list[list[Resolved]],
                 strict: bool, large: bool, floor: float) -> list[Ranked]:
        """The candidates that hold the query well enough, scored by BM25F times coverage.
        An article whose title a question names is kept below the floor: a question about 湾仔
        in its own words (已经无法看到这地名本身的意义) is about that article. Realtext halves
        (bench.answer_step): +0 / +2 right answers, no more wrong ones. So is one meeting the
        floor with a compound written across punctuation (_about): +2 / +0 right answers."""
        phrases = [ph.replace(" ", "") for ph in parsed.phrases] if large else []
        excluded = [x.replace(" ", "") for x in parsed.excluded] if large else []
        asked = unpunctuated(parsed.text) if parsed.natural else ""
        ranked = []
        for c in candidates.found:
            text = naming_text(c.doc)
            if phrases or excluded:
                words = unpunctuated(text)
                if not all(ph in words for ph in phrases) or any(x in words for x in excluded):
                    continue
            if strict and not all(r.whole(text) for g in groups for r in g):
                continue  # a keyword search is exact about its words
            cover = coverage(text, groups, self.params)
            if strict or cover >= floor or (asked and self._about(c.doc, text, groups, asked, floor)):
                ranked.append(Ranked(c.doc, c.score * max(cover, self.params.min_cover_weight), cover))
        return ranked

    def _about(self, doc: Stored, text: str, groups: list[list[Resolved]], asked: str, floor: float) -> bool:
        """A candidate below the floor that a question is still about: the question names its
        title, or the article meets the floor read as the answer gate reads it
        (coverage.answer_coverage): a compound it writes with punctuation inside
        (「波士頓-華盛頓城市帶」) is the question's compound, not a word it lacks."""
        return bool(named(doc, asked)) or answer_coverage(text, groups, self.params) >= floor

    def listing(self, reader: Reader, only: Only | None, want: int) -> Ranking:
        """The articles *only* allows, newest first by publication date (the day first seen
        when there is none), articles before photo items; at most LIST_MAX of each kind."""
        found: list[Ranked] = []
        for kind in ARTICLE_KINDS:
            docs = reader.newest(kind, LIST_MAX, only=only)
            docs.sort(key=lambda d: (published(d), d.get("added") or 0), reverse=True)
            found += [Ranked(d, 0.0) for d in docs]
        shown = want * self.params.merge_span
        ranked = self.merge(found[:shown]) + found[shown:]
        return Ranking(ranked, len(ranked))

    def merge(self, ranked: list[Ranked]) -> list[Ranked]:
        """Reprints of one story folded into its best-ranked copy."""
        groups = group(ranked, key=lambda r: (r.fields["id"], r.fields.get("body") or ""), sigs=self.prints)
        return [replace(lead, also=tuple(r.fields for r in rest)) if rest else lead for lead, rest in groups]

    def _groups(self, reader: Reader, groups: list[list[Resolved]], large: bool) -> list[tuple[Term, ...]]:
        """The retrieval terms of each group. In a large index, terms found in over a
        tenth of the articles (or over common_max) are left out of retrieval (if a group
        has nothing rarer, its single rarest term stands in, which Whoosh's block-max
        skipping handles well); they still count through coverage."""
        p = self.params
        max_df = min(int(reader.article_count() * p.common_share), p.common_max) if large else None
        parts = []
        for g in groups:
            known = [r for r in g if r.known]
            terms = tuple(t for r in known for t in r.retrieval_terms(max_df, p.part_boost))
            if not terms and known:
                terms = min(known, key=lambda r: min(r.dfs)).rarest()
            if terms:
                parts.append(terms)
        return parts
