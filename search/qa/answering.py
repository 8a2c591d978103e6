"""Which ranked article answers a question, and with which of its sentences.

The first article answers when it covers the question (search.qa.coverage; or, with the
noun a which-question asks about left out, names a thing of that kind: search.qa.slots), names no
name the index has never seen, and its best sentence, with the title, supports the answer
(search.qa.support): it matches enough of the question's weighted words and, unless the
question names the article's subject, holds some of what the question says (its character
pairs), not only its names
(the noun a which-question asks about, 朝代, counts as held where the sentence names one, 汉朝:
search.qa.slots.closes_slot; the name the article opens on for its subject, 詹森 under the
title 林登·约翰逊, as the title is: search.qa.subjects);
and it does not miss what is asked in the ways search.qa.misses reads (a sentence saying the
event had not happened, a term defined that the article lacks, a sibling of the thing named,
a modifier the question glues onto its subject, 霜皇后, that the article never writes with it).
The second article answers instead when it ranks close behind the first
(RankingParams.duel_rank), passes the same checks, holds the kind of span asked, and its best
sentence scores higher: two articles ranked almost alike are told apart by the sentence that
would answer.
When the first article is refused, one of the next few (RankingParams.named_next) whose title
the question names, more fully than the first's, answers if it passes the same checks: the
question says which article it is about, and only a higher score ranked another first.
"""
from __future__ import annotations

from search.model import Snippet
from search.params import RankingParams
from search.qa.answers import answer_sentences, missing_kind
from search.qa.coverage import covers, named, surnamed, unheard_name
from search.qa.heads import asked_head
from search.qa.misses import denies, glued_modifier, renamed, sibling, undefined
from search.qa.query import ParsedQuery
from search.qa.ranking import Ranked, Ranking
from search.qa.slots import closes_slot, covers_slot, fills_slot
from search.qa.subjects import called
from search.qa.support import restates, supports
from search.text.normalize import unpunctuated


def sentence_of(top: Ranked, rk: Ranking, parsed: ParsedQuery, p: RankingParams) -> tuple[float, Snippet] | None:
    """The best sentence of *top* with its score, when *top* may answer the question; else None."""
    asked = unpunctuated(parsed.text)
    slot = None  # the noun a which-question asks about, when the article lacks it (search.qa.slots)
    if not covers(top.fields, top.cover, rk.groups, asked, p):
        slot = asked_head(asked)
        if slot is None or not covers_slot(top.fields, rk.groups, asked, slot, p):
            return None
    if unheard_name(top.fields, rk.groups) or renamed(top.fields, rk.groups):
        return None  # a name no article holds: a near miss of one the article has
    if sibling(parsed.text, top.fields) or undefined(parsed.text, top.fields, rk.groups, p.part_credit):
        return None  # the article is on a sibling of what is asked, or defines another term
    titled = bool(named(top.fields, asked)) or surnamed(top.fields, asked)  # it names the article's subject
    if not titled and glued_modifier(parsed.text, top.fields, rk.groups):
        return None  # the question's subject carries a modifier the article never writes with it
    body, title = top.fields.get("body") or "", top.fields.get("title") or ""
    found = answer_sentences(body, rk.forms, parsed.text, title, p)
    if found is None:
        return None
    head = asked_head(asked)  # the noun asked which one of holds where the sentence names one
    filled = head if head is not None and closes_slot(head, found[1].text, parsed.text) else None
    alias = called(top.fields, asked)  # the subject by the name the article opens on (詹森, not 林登·约翰逊)
    if not supports(body, found[1].text, title, rk.groups, p, named_title=titled, filled=filled, called=alias):
        return None  # judged on the sentence alone, shown with the one beside it
    if not titled and not restates(parsed.text, body, found[1].text, f"{title}\n{alias}" if alias else title, p):
        return None
    if denies(parsed.text, found[1].text, rk.groups):
        return None  # the sentence says the question's event had not happened
    if slot is not None and not fills_slot(slot, found[1].text, parsed.text):
        return None  # covered only with the asked noun left out: the sentence must name one
    return found[0], found[2]


def answering(rk: Ranking, parsed: ParsedQuery, p: RankingParams) -> tuple[Ranked, Snippet] | None:
    """The article that answers and its sentence, or None. A first article whose sentence
    lacks the kind asked is returned as it is: the caller declines it, saying what lacks."""
    if not rk.ranked:
        return None
    first = sentence_of(rk.ranked[0], rk, parsed, p)
    if first is None:
        return named_next(rk, parsed, p)
    if missing_kind(parsed.text, first[1].text):
        return rk.ranked[0], first[1]
    for other in rk.ranked[1:2]:
        if other.score < p.duel_rank * rk.ranked[0].score:
            break
        second = sentence_of(other, rk, parsed, p)
        if second is not None and second[0] > first[0] and not missing_kind(parsed.text, second[1].text):
            return other, second[1]
    return rk.ranked[0], first[1]


def named_next(rk: Ranking, parsed: ParsedQuery, p: RankingParams) -> tuple[Ranked, Snippet] | None:
    """For a refused first article: the first of the next few candidates whose title the
    question names more fully than the first's (Ranker.for_question put it lower: another
    scored named_reach times more, or it lacks a distinctive word) that passes every check."""
    asked = unpunctuated(parsed.text)
    least = named(rk.ranked[0].fields, asked)
    for other in rk.ranked[1:p.named_next]:
        if named(other.fields, asked) <= least:
            continue
        found = sentence_of(other, rk, parsed, p)
        if found is not None and not missing_kind(parsed.text, found[1].text):
            return other, found[1]
    return None
