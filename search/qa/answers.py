"""The sentence (or clause) of an article that holds what a question asks for (search.qa.intents).

A sentence scores for the question's concepts it holds (rarer within the article weighs
more; the article's own subject, named in its title, weighs little), for the question's
other characters it shares (paraphrase), and for holding the kind of thing asked for: a
date tied to the event asked about, a quantity with its unit, a name, a place.
"""
from __future__ import annotations

import math
import re

from search.model import Snippet, Span
from search.params import DEFAULT, RankingParams
from search.qa import kinds
from search.qa.intents import Intent, intent_bonus, intent_of
from search.text.leads import strip_lead
from search.text.normalize import normalize
from search.text.sentences import Weighted, find_spans, sentences

# What a sentence earns is in RankingParams (search.params).
LONG = 120  # a longer answer sentence is cut to the clause that holds the answer ...
SHORT = LONG // 3  # a shorter answer sentence comes with the sentence after it (within LONG)
WINDOW = 150  # ... with its neighbours, up to this many characters
# As shown, an answer with the sentences it needs (the one it leans on, the one after a short
# one, a rival, the year, what its last words announce) stays within this many characters:
# as many as one long sentence cut to its clause (WINDOW). Whether the article answers is
# still judged within LONG. Realtext halves (bench.halves, seed 26), in-process, 120 -> 150
# with SHOWN_SHORT following: 25 and 27 more right answers, 25 and 23 fewer wrong on the
# tune and check halves, one more check negative answered (a date in the longer answer);
# answers 84 -> 95 characters on average, p90 115 -> 135.
SHOWN = WINDOW
# As shown (not as judged: search.qa.answering), an answer sentence shorter than this comes
# with the sentence after it, within SHOWN: a short sentence often names the subject and the
# next one says the fact (X位于Y。其首府是Z). Realtext whole set, halves by article (bench.halves,
# seed 26), in-process: 16 and 15 more right answers, 14 and 13 fewer wrong ones on the tune
# and check halves; answers 4.5 characters longer on average. Judging on the longer window too
# let articles found only by shared words pass the support check.
SHOWN_SHORT = SHOWN // 2
# A sentence beside the answer scoring this share of its score or more is shown with it (the
# question's words are split between them). Whether the article answers is judged on the
# sentence alone (search.qa.answering). Realtext halves (bench.halves, seed 26), in-process:
# 0.7 gave 8 and 6 more right answers, 8 and 5 fewer wrong ones on the tune and check halves.
# With SHOWN_SHORT and the whole set in one index, 0.7 -> 0.4: 12 and 13 more right answers,
# 8 and 9 fewer wrong on tune and check; 0.5 gained 10 and 7. A quarter of the answers are
# now over 100 characters (a fifth before both changes); none is over SHOWN plus a clause.
RIVAL = 0.4
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CLAUSE = re.compile(r"[，,；;。！!？?]")  # what ends a clause
_GAP = "……"  # between the clause stating the year and an answer shown far after it

# A sentence opening on these leans on the one before it (因此它…, 这次事件…).
_LEANS = re.compile(r"^(因此|所以|故|于是|因而|从而|这|此|该|但|而|然而|不过|其后|后来|之后|赛后|他|她|它|其|牠)")
# ... as does one without a subject (是…的第五个孩子: whose child, the sentence before says),
# and one pointing back within its first words (就在他…, 次年孙权…: who, which year). Judged on
# the realtext halves (bench.halves, seed 26): the sentence leant on, shown with it, held
# 24 and 7 more right answers on the tune and check halves, and no fewer.
_NO_SUBJECT = re.compile(r"^(是|为|被|并|且|亦|也|又|便|就|曾|则)")
_POINTS_BACK = re.compile(r"他|她|它|牠|该|此|这|其|次年|翌年|同年|当年|随后|之后|其后|此后")
_REACH = 6  # ... within this many characters of the sentence's start
# A date opening a sentence (1563年，它成为…) comes before the words that point back.
# Realtext halves (bench.halves, seed 26), in-process: 2 more right and 2 fewer wrong answers
# on each of the tune and check halves.
_DATED = re.compile(r"^\d{1,4}年(\d{1,2}月)?(\d{1,2}日)?(前后|以后|之后|时)?[，,]?")
_TAIL = 4  # Han characters after the question's last word that still close a sentence


def missing_kind(question: str, sentence: str) -> str | None:
    """The kind of span *question* asks for (search.qa.kinds: a date for 哪天, a duration
    for 多久, a count for 多少...) when *sentence* does not hold one; else None."""
    asked = normalize(question)
    kind = kinds.asked(asked)
    if not kinds.gated(kind, asked):
        return None
    return None if kinds.holds(kind, normalize(sentence), asked) else kind


def best_sentence(text: str, forms: list[Weighted], question: str = "", title: str = "",
                  p: RankingParams = DEFAULT, beside: bool = True) -> tuple[float, Snippet] | None:
    """The sentence of *text* that best answers *question*, as a snippet (the clause that
    holds the answer when the sentence is long), with its score; None when no sentence
    holds any of the forms. *beside*: with a sentence beside it that scores almost as well."""
    found = answer_sentences(text, forms, question, title, p)
    if found is None:
        return None
    score, alone, shown = found
    return score, shown if beside else alone


def answer_sentences(text: str, forms: list[Weighted], question: str = "", title: str = "",
                     p: RankingParams = DEFAULT) -> tuple[float, Snippet, Snippet] | None:
    """best_sentence() both ways from one scoring: its score, the sentence alone (with what
    it needs to be read), and as shown, with a sentence beside it that scores almost as well
    (RIVAL). None when no sentence holds any of the forms."""
    norm = normalize(text)
    weights = {wf.concept: wf.weight for wf in forms}
    _spans, in_title = find_spans(normalize(title), forms, part=p.part_hit)
    for c in in_title:
        weights[c] *= p.title_share
    bounds = sentences(text)
    matched = [(start, end, *find_spans(norm, forms, start, end, p.part_hit)) for start, end in bounds]
    if not in_title and not any(hit for *_x, hit in matched):
        return None
    freq: dict[int, int] = {}
    for *_x, hit in matched:
        for c in hit:
            freq[c] = freq.get(c, 0) + 1
    intent = intent_of(question, title) if question else Intent(None)
    asked = normalize(question)
    scores = [sum(weights[c] * part * math.log(1 + len(bounds) / freq[c]) for c, part in hit.items())
              + (intent_bonus(intent, asked, norm[start:end], p) if question else 0.0)
              for start, end, _spans, hit in matched]
    if not scores:  # a title match in a text without sentences
        return None
    at = max(range(len(scores)), key=lambda k: (scores[k], -k))
    start, end, _spans, _hit = matched[at]
    if not question:
        alone = _cut(text, norm, matched, start, end, intent, asked, p)
        return scores[at], alone, alone
    judged = _context(norm, bounds, start, end, SHORT, LONG)
    seen = _rival(bounds, scores, *_context(norm, bounds, start, end, SHOWN_SHORT, SHOWN, p.shown_before))
    seen = _reach_on(norm, bounds, *(_with_year(norm, bounds, judged, asked) or seen), _spans, SHOWN)
    judged = _reach_on(norm, bounds, *judged, _spans, LONG)
    alone = _cut(text, norm, matched, *judged, intent, asked, p, LONG)
    return scores[at], alone, _dated(text, norm, _cut(text, norm, matched, *seen, intent, asked, p, SHOWN), asked)


def _cut(text: str, norm: str, matched: list, start: int, end: int, intent: Intent, asked: str,
         p: RankingParams, limit: int = LONG) -> Snippet:
    """text[start:end] as an answer snippet: without a leading byline, cut to the clause that
    holds the answer when longer than *limit*, with the spans of the question's words in it."""
    start = start + len(text[start:end]) - len(strip_lead(text[start:end]))
    spans = [sp for _a, _b, sps, _h in matched for sp in sps if start <= sp.start and sp.end <= end]
    if end - start > limit:
        start, end = clause(norm, start, end, spans, intent, asked, p=p)
    return Snippet(text[start:end], tuple(Span(s.start - start, s.end - start) for s in spans
                                          if s.start >= start and s.end <= end))


def _context(norm: str, bounds: list[tuple[int, int]], start: int, end: int, short: int,
             limit: int, brief: int = 0) -> tuple[int, int]:
    """The sentence with what it needs to be read: the sentence it leans on (因此…, 这…),
    or the one before a sentence under *brief* characters (次年，又添一座: where,
    what), and the sentence after a short one, when the whole stays within *limit*."""
    before = [b for b in bounds if b[1] <= start]
    if before and (leans(norm[start:end]) or end - start < brief) and end - before[-1][0] <= limit:
        start = before[-1][0]
    after = [b for b in bounds if b[0] >= end]
    if after and end - start < short and after[0][1] - start <= limit:
        end = after[0][1]
    return start, end


def _with_year(norm: str, bounds: list[tuple[int, int]], judged: tuple[int, int],
               asked: str) -> tuple[int, int] | None:
    """For a when-question answered by a sentence dated by month or day alone (or by 同年), the
    answer from the last sentence before it that states a year, when the whole stays within
    SHOWN characters (1858年…。5月20日，…); else None."""
    start, end = judged
    if not kinds.year_stated_before(asked, norm[start:end]):
        return None
    for a, b in reversed([x for x in bounds if x[1] <= start]):
        if end - a > SHOWN:
            break
        if kinds.states_year(norm[a:b]):
            return a, end
    return None


def _dated(text: str, norm: str, shown: Snippet, asked: str) -> Snippet:
    """*shown*, for a when-question it dates by month or day alone, opened by the clause
    of its paragraph that last stated a year before it when no sentence within SHOWN did
    (1453年3月初……5月30日上午，…): a narrative states its year once, and the reader of the
    answer needs it."""
    if not kinds.year_stated_before(asked, normalize(shown.text)):
        return shown
    at = text.find(shown.text)
    para = norm.rfind("\n", 0, at) + 1
    years = list(kinds.STATED_YEAR.finditer(norm, para, at)) if at > 0 else []
    if not years:
        return shown
    year = years[-1]
    start = max((m.end() for m in _CLAUSE.finditer(norm, para, year.start())), default=para)
    end = next((m.start() for m in _CLAUSE.finditer(norm, year.end(), at)), at)
    if end - start > SHORT:  # a long clause: the year alone
        start, end = year.start(), year.end()
    head = text[start:end].strip() + _GAP
    return Snippet(head + shown.text, tuple(Span(sp.start + len(head), sp.end + len(head)) for sp in shown.spans))


def _rival(bounds: list[tuple[int, int]], scores: list[float], start: int, end: int) -> tuple[int, int]:
    """The answer with the sentence beside it that scores almost as well (RIVAL), when the
    two stay within SHOWN characters (a rival is shown, never judged on): the question's
    words are shared between them, and the fact is as likely in one as in the other."""
    first = next(k for k, b in enumerate(bounds) if b[1] > start)
    last = next(k for k, b in enumerate(bounds) if b[1] >= end)
    top = max(scores[first:last + 1])
    if top <= 0:
        return start, end
    beside: list[tuple[float, int, int]] = []
    if first > 0 and scores[first - 1] >= RIVAL * top and end - bounds[first - 1][0] <= SHOWN:
        beside.append((scores[first - 1], bounds[first - 1][0], end))
    if last + 1 < len(bounds) and scores[last + 1] >= RIVAL * top and bounds[last + 1][1] - start <= SHOWN:
        beside.append((scores[last + 1], start, bounds[last + 1][1]))
    return max(beside)[1:] if beside else (start, end)


def _reach_on(norm: str, bounds: list[tuple[int, int]], start: int, end: int,
              spans: list[Span], limit: int) -> tuple[int, int]:
    """The answer with the sentence after it when the question's words close the sentence
    (X的主要措施有, …的三个人是): what they announce follows. Judged on the realtext halves
    (bench.halves, seed 26): 19 and 18 more right answers, 16 and 16 fewer wrong ones on the
    tune and check halves."""
    after = [b for b in bounds if b[0] >= end]
    ends = [sp.end for sp in spans if start <= sp.start and sp.end <= end]
    if not after or not ends or after[0][1] - start > limit:
        return start, end
    return (start, after[0][1]) if len(_HAN.findall(norm[max(ends):end])) <= _TAIL else (start, end)


def leans(sentence: str) -> bool:
    """True when *sentence* leans on the one before it: it opens on a word that points
    back (因此, 这…), names no subject (是裕仁天皇的第五个孩子), or points back within its
    first words (就在他…, 次年孙权…)."""
    sentence = _DATED.sub("", sentence, count=1)
    return bool(_LEANS.match(sentence) or _NO_SUBJECT.match(sentence)
                or _POINTS_BACK.search(sentence[:_REACH]))


_CLAUSE = re.compile(r"[^，；,;：:]+[，；,;：:]?")


def clause(norm: str, start: int, end: int, spans: list[Span] | tuple[Span, ...], intent: Intent | None,
           asked: str, window: int = WINDOW, p: RankingParams = DEFAULT) -> tuple[int, int]:
    """Within a long sentence, the clause that best holds the answer, widened by its
    neighbours up to *window* characters."""
    parts = [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(norm[start:end])]
    if len(parts) < 2:
        return start, end
    def worth(part: tuple[int, int]) -> float:
        held = sum(1 for s in spans if part[0] <= s.start and s.end <= part[1])
        return held + (intent_bonus(intent, asked, norm[part[0]:part[1]], p) if intent else 0.0)
    i = max(range(len(parts)), key=lambda k: worth(parts[k]))
    lo, hi = i, i
    while parts[hi][1] - parts[lo][0] < window:
        left = parts[lo - 1] if lo > 0 else None
        right = parts[hi + 1] if hi + 1 < len(parts) else None
        if left is None and right is None:
            break
        if left is not None and (right is None or worth(left) >= worth(right)):
            if parts[hi][1] - left[0] > window:
                break
            lo -= 1
        elif right is not None:
            if right[1] - parts[lo][0] > window:
                break
            hi += 1
    return parts[lo][0], parts[hi][1]
