"""The support check: whether an answer's own sentences, with the article's title, hold
enough of the question (supports), and enough of what it says of its words (restates). An
article may cover a question (search.qa.coverage) and name what it asks about only in
passing; its answer sentences must say it."""
from __future__ import annotations

import re
from functools import lru_cache

from search.params import RankingParams
from search.qa.coverage import Resolved
from search.qa.intents import asked_pairs
from search.qa.lent import lends, sentence_before, speaks_of_before
from search.qa.query import MEASURE_POS
from search.text.normalize import normalize, unpunctuated
from search.text.sentences import sentences

_CLAUSE_END = re.compile(r"[，,；;、：:。！!？?\n]")  # what ends a clause of an answer
_UNDATED = re.compile(r"\s*(?:\d{1,2}月|同年)")  # a sentence dated by month or day alone (1月21日，…)
_YEAR = re.compile(r"\d{3,4}年(?!代)")


def answer_window(body: str, snippet: str) -> str:
    """The whole sentences of *body* the answer *snippet* (a part of it) stands in."""
    at = body.find(snippet)
    if at < 0:
        return snippet
    inside = [(a, b) for a, b in sentences(body) if b > at and a < at + len(snippet)]
    return body[inside[0][0]:inside[-1][1]] if inside else snippet


@lru_cache(maxsize=256)
def _window_said(body: str, snippet: str) -> str:
    """The answer window of *snippet* in *body*, normalised: supports() and restates() read
    the same one for each answer, so it is made once."""
    return normalize(answer_window(body, snippet))


def _dated_said(body: str, snippet: str) -> str:
    """The answer window of *snippet*, normalised; one opening on a month or day with no year
    (1月21日，…; 同年…) is dated by the year its paragraph last stated before it, as a reader
    reads it (1947年1月17日…。1月21日，…: 1947年)."""
    said = _window_said(body, snippet)
    if not _UNDATED.match(said):
        return said
    at = body.find(answer_window(body, snippet))
    years = _YEAR.findall(normalize(body[body.rfind("\n", 0, max(at, 0)) + 1:max(at, 0)]))
    return years[-1] + said if years else said


def supports(body: str, snippet: str, title: str, groups: list[list[Resolved]], params: RankingParams,
             named_title: bool = True, filled: str | None = None, called: str | None = None) -> bool:
    """True when the answer's sentences, with the article's title (which names its subject),
    match enough of the question's weight: an article that names the subject asked about in
    passing does not answer what the question asks of it. A question that neither names the
    article's title (*named_title* False) nor shares a word with it found it by shared words
    only: more must match, unless the answer states all of the question's dates and numbers.
    *filled*: the noun a which-question asks about (朝代), held when the answer names one of
    its kind (汉朝: search.qa.slots.closes_slot). *called*: the name the article opens on
    for its subject (search.qa.subjects), held as the title is; it does not lower the floor."""
    said = _dated_said(body, snippet)
    named_as = normalize(title)
    total = sum(r.weight for g in groups for r in g)
    bare = (unpunctuated(said), unpunctuated(named_as))
    held = {filled, called}
    before = sentence_before(body, body.find(answer_window(body, snippet))) if speaks_of_before(said) else ""
    got = sum(r.weight * (1.0 if r.word in held else _support_credit(r, said, named_as, bare, params.part_credit,
                                                                      before))
              for g in groups for r in g)
    titled = named_title or any(r.pos < MEASURE_POS and r.whole(named_as) for g in groups for r in g)
    dated = [r for g in groups for r in g if r.pos >= MEASURE_POS]
    titled = titled or (bool(dated) and all(r.whole(said) for r in dated))
    floor = params.answer_support if titled else params.unnamed_support
    return not total or got / total >= floor


def _support_credit(r: Resolved, said: str, named_as: str, bare: tuple[str, str], part_credit: float,
                    before: str = "") -> float:
    """_said_credit(), or *part_credit* for a name the sentence *before* lends the answer's
    sentences, whose pronoun stands for it (search.qa.lent)."""
    credit = _said_credit(r, said, named_as, bare, part_credit)
    if credit >= 1.0 or r.pos >= MEASURE_POS:
        return credit
    return max(credit, part_credit if lends(r.word, before) else 0.0)


def _said_credit(r: Resolved, said: str, named_as: str, bare: tuple[str, str], part_credit: float) -> float:
    """How much of concept *r* the answer's sentences (*said*) and the article's title
    (*named_as*) hold: the better of the two, or, for a compound of adjacent question words
    (网球 + 比赛), *part_credit* when one clause of the answer holds each of its words, or the
    title does: an article on 网球 whose sentence says 比赛 speaks of 网球比赛; a clause saying
    在匹兹堡附近地区 speaks of 匹兹堡地区, but 战略武器限制谈判、巴拿马运河条约 names no
    战略武器条约. (In the whole article, words held apart say less: coverage still wants the
    compound whole.) *bare* is the two without punctuation."""
    credit = max(r.answer_credit(said, bare[0], part_credit), r.answer_credit(named_as, bare[1], part_credit))
    if credit or not r.phrase or r.pos >= MEASURE_POS:  # a date is held whole or not at all
        return credit
    clauses = _CLAUSE_END.split(said)
    return part_credit if any(all(w in c or w in named_as for w in r.phrase) for c in clauses) else 0.0


def restates(question: str, body: str, snippet: str, title: str, params: RankingParams) -> bool:
    """True when the answer's sentences, with the article's title, hold at least
    `params.pair_support` of the question's character pairs (search.qa.intents.asked_pairs):
    a sentence holding a word of the question but almost nothing of what it says of it (削藩
    in a province's story, asked 哪位君主即位后开始削藩) does not answer it."""
    pairs = asked_pairs(question)
    if not pairs:
        return True
    said = _window_said(body, snippet) + "\n" + normalize(title)
    return sum(pair in said for pair in pairs) / len(pairs) >= params.pair_support
