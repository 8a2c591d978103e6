"""Instant alerts: which articles added since a watermark match which rules, each story
once. A rule is a query in the search syntax (words that must all be there, "phrases",
-exclusions); `A | B` holds when either side does."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from search.index import documents as docs
from search.index.backends.base import Only, Reader
from search.index.documents import Stored
from search.qa.query import ParsedQuery, parse
from search.qa.ranking import Ranked, Ranker, Ranking
from search.qa.reprints import told_before
from search.text.sentences import Weighted

_EITHER = re.compile(r"\s*[|｜]\s*")
SCAN_GROWTH = 4  # a rule with more new matches than scanned is ranked again over this many times more


def alternatives(rule: str) -> list[str]:
    """The sides of `A | B` (a rule without | is one side)."""
    return [side for side in _EITHER.split(rule) if side.strip()]


@dataclass
class Match:
    """A new article, the rules it answers (indexes), and the forms that matched it."""

    fields: Stored
    rules: list[int] = field(default_factory=list)
    forms: list[Weighted] = field(default_factory=list)
    also: tuple[Stored, ...] = ()


def new_matches(ranker: Ranker, reader: Reader, rules: Sequence[tuple[str, float]]) -> list[Match]:
    """For each (rule, since): the articles added after *since* (epoch seconds) that match
    it. Reprints of one story are folded into one match, and a story a copy of which
    entered the index before the rule's watermark is left out (it was told then)."""
    found: dict[str, Match] = {}
    floors: dict[str, int] = {}
    for index, (rule, since) in enumerate(rules):
        floor = docs.after_ms(since)
        for side in alternatives(rule):
            ranking = every_new(ranker, reader, parse(side), floor)
            if ranking.broadened:  # no article holds every word: nothing matches
                continue
            for fields in _flattened(ranking.ranked):
                if (fields.get("added") or 0) < floor:
                    continue
                match = found.setdefault(fields["id"], Match(fields))
                if index not in match.rules:
                    match.rules.append(index)
                    match.forms += ranking.forms
                floors[fields["id"]] = max(floors.get(fields["id"], 0), floor)
    stories = ranker.merge([Ranked(m.fields, 0.0) for m in sorted(found.values(), key=_oldest)])
    out = []
    for story in stories:
        lead = found[story.fields["id"]]
        for copy in story.also:  # the story answers every rule any copy answers
            lead.rules += [i for i in found[copy["id"]].rules if i not in lead.rules]
        floor = max(floors[f["id"]] for f in (story.fields, *story.also))
        if not told_before(reader, story.fields, floor, ranker.prints):
            lead.rules.sort()
            lead.also = story.also
            out.append(lead)
    return out


def every_new(ranker: Ranker, reader: Reader, parsed: ParsedQuery, floor: int) -> Ranking:
    """The articles first seen from *floor* (epoch ms) that match *parsed*, all of them:
    only those are candidates (older ones, however well they match, take no place), and
    when there are more than one ranking scans, the scan grows until it holds them all."""
    scan = ranker.params.scan_max
    while True:
        params = replace(ranker.params, scan_min=scan, scan_max=scan,
                         max_examined=max(ranker.params.max_examined, scan * SCAN_GROWTH))
        ranking = Ranker(params, ranker.prints).rank(reader, parsed, scan, Only(added_from_ms=floor))
        if ranking.broadened or not ranking.capped or scan >= reader.article_count():
            return ranking
        scan *= SCAN_GROWTH


def _flattened(ranked: list[Ranked]) -> list[Stored]:
    """Every candidate, reprints folded into another one included."""
    return [f for r in ranked for f in (r.fields, *r.also)]


def _oldest(match: Match) -> tuple[int, str]:
    """First come, first folded into: the copy pushed is the one that arrived first."""
    return match.fields.get("added") or 0, match.fields["id"]
