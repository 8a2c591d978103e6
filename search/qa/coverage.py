"""Query concepts resolved against the index, and how much of a query a document covers.
Whether an answer's own sentences hold the question is the support check
(search.qa.support)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from search.index.backends.base import Term
from search.index.documents import Stored, naming_text
from search.params import RankingParams
from search.qa.query import MEASURE_POS, holds
from search.text.analysis import NAME_TAGS, dict_tag
from search.text.normalize import unpunctuated, variant_forms

MAX_WORD = 6  # characters: longer dictionary words are rare, and each size costs a lookup
MIN_TITLE = 2  # a one-character title is named by too many questions
_NEVER = re.compile(r"(?!)")
_DOT_MARKS = "·•‧・"  # the dots of a foreign name (吉米·卡特, 莫里斯•狄拉克)
_DOTS = re.compile(f"[{_DOT_MARKS}]")
_LISTED = re.compile(f"[、{_DOT_MARKS}]")  # marks that list names or join a name's parts (遼、金; 莫里斯•狄拉克)
_GLUE = frozenset("和与及由因使让被把将对在于从向为是的")  # particles jieba may glue onto a name
_DATE_TIME = re.compile(r"[年月日天]时|时所")
_DISAMBIGUATION = re.compile(r"\s*[(（][^)）]*[)）]\s*$")  # 东关街 (扬州)
# The first letters of jieba's tags of function words: conjunctions, adverbs, prepositions,
# pronouns and particles (除非, 一定, 凭借, 这位, 的话). A question frames what it asks with
# them (有一定的难度, 这位奇人所说的话); the article tells the same in its own (由于, 困难).
# Coverage is also read without them. Cached realtext retrievals (bench.answer_step, seed-26
# halves), tune / check: right 3277 -> 3283 / 3075 -> 3077, wrong and negatives declined
# unchanged; pronouns (r) kept as content, +5 / +2.
FUNCTION_TAGS = frozenset("cdpru")
# ... when this many other words are left: 该书讲述了什么内容 without 该书 is 讲述 alone, which
# any article telling of a book covers (with no floor: +7 / +2 right, and that check negative
# answered; a floor of 3: +4 / +2).
MIN_CONTENT = 2


@dataclass(frozen=True)
class Resolved:
    """A query concept checked against the index: the forms it has there, and its weight."""

    word: str
    known: tuple[str, ...]
    weight: float
    pos: int
    phrase: tuple[str, ...] | None = None  # a compound of adjacent words (word = them joined)
    dfs: tuple[int, ...] = ()  # document frequency of each known form (of each phrase word)
    pieces: tuple[str, ...] = ()  # the known characters of a word jieba misjoined (边住: 边, 住)

    def terms(self) -> tuple[str, ...]:
        """The index terms that retrieve this concept."""
        return self.phrase or self.known

    def retrieval_terms(self, max_df: int | None, part_boost: float) -> tuple[Term, ...]:
        """The terms that retrieve the concept (in the title or the body), leaving out forms
        commoner than *max_df* (they cost most and tell least; coverage still counts them);
        the whole word weighs 1, its sub-words *part_boost*."""
        pairs = list(zip(self.terms(), self.dfs, strict=False))
        if max_df is not None:
            pairs = [(t, d) for t, d in pairs if d <= max_df]
        if self.phrase:  # its words; coverage checks they stand together (phrase matchers
            # would switch off Whoosh's block-max skipping for the whole query)
            return tuple(Term(w) for w, _d in pairs)
        return tuple(Term(t, 1.0 if t == self.word else part_boost) for t, _d in pairs)

    def rarest(self) -> tuple[Term, ...]:
        """Only the concept's rarest term."""
        return (Term(min(zip(self.terms(), self.dfs, strict=False), key=lambda p: p[1])[0]),)

    def whole(self, text: str) -> bool:
        """True when the (normalised) text holds the word itself; a number only where no
        digit stands next to it (420年 is not in 1420年)."""
        if self.word[:1].isdigit():
            tail = r"(?!\d)" if self.word[-1].isdigit() else ""
            return re.search(r"(?<![\d.])" + re.escape(self.word) + tail, text) is not None
        return self.word in text

    def credit(self, text: str, part_credit: float) -> float:
        """1 when the (normalised) text holds the word; up to *part_credit* for its sub-words."""
        if self.whole(text):
            return 1.0
        if self.phrase:
            return 0.0
        if self.word not in self.known and any(f in text for f in self.known):
            return 1.0  # the word itself is not indexed; its expansions stand for it
        if self.pieces:  # a misjoin is matched by its characters, each a word of its own
            return part_credit * sum(p in text for p in self.pieces) / len(self.pieces)
        if not self.known and _gapped(self.word).search(text):
            return part_credit  # a two-character word the index lacks, in a longer form (停课: 停班课)
        parts = [f for f in self.known if f != self.word]
        return part_credit * sum(f in text for f in parts) / len(parts) if parts else 0.0

    def answer_credit(self, text: str, bare: str, part_credit: float) -> float:
        """credit(), but a compound of words the question parts with punctuation (范畴，却是;
        莫里斯•狄拉克) counts where *bare* (the text without punctuation) holds it whole, and
        a word the index lacks where the text lists its parts (辽金: 遼、金).
        (Crediting a compound's words held apart gained as many wrong answers as right.)"""
        if self.phrase and self.word in bare:
            return 1.0
        if not self.known and not self.phrase and len(self.word) >= 2 and self.word in _LISTED.sub("", text):
            return 1.0
        return self.credit(text, part_credit)


@lru_cache(maxsize=1024)
def _gapped(word: str) -> re.Pattern[str]:
    """Two Han characters with one other between them (停课 in 停班课); never matches otherwise."""
    if len(word) != 2 or not all("\u4e00" <= c <= "\u9fff" for c in word):
        return _NEVER
    return re.compile(re.escape(word[0]) + "[\u4e00-\u9fff]" + re.escape(word[1]))


def coverage(text: str, groups: list[list[Resolved]], params: RankingParams) -> float:
    """Share of the query's weight that *text* matches."""
    total = sum(r.weight for g in groups for r in g)
    got = sum(r.weight * r.credit(text, params.part_credit) for g in groups for r in g)
    return got / total if total else 1.0


def answer_coverage(text: str, groups: list[list[Resolved]], params: RankingParams) -> float:
    """coverage() for deciding whether *text* answers: a compound across punctuation counts.
    Realtext halves (bench.halves, seed 26), in-process: 10 and 12 more right answers on the
    tune and check halves, no more wrong ones, no more negatives answered."""
    total = sum(r.weight for g in groups for r in g)
    bare = unpunctuated(text)
    got = sum(r.weight * r.answer_credit(text, bare, params.part_credit) for g in groups for r in g)
    return got / total if total else 1.0


def max_match(text: str, known: Callable[[str], bool]) -> list[tuple[str, int]]:
    """Greedy longest known words (2 to MAX_WORD characters) in *text*, with their offsets."""
    out, i = [], 0
    while i < len(text):
        for size in range(min(MAX_WORD, len(text) - i), 1, -1):
            if known(text[i:i + size]):
                out.append((text[i:i + size], i))
                i += size
                break
        else:
            i += 1
    return out


def missing(fields: Stored, required: tuple[str, ...]) -> tuple[str, ...]:
    """The required words the article's (normalised) title and text lack."""
    if not required:
        return ()
    text = naming_text(fields)
    lacking = [w for w in required if not _holds(text, w)]
    if lacking:  # punctuation inside a name (拉诺米·克罗莫维焦约) is not a difference
        text = unpunctuated(text)
        lacking = [w for w in lacking if not _holds(text, unpunctuated(w))]
    # another spelling of the word (西元 / 公元, 满州 / 满洲) names the same thing
    lacking = [w for w in lacking if not any(_holds(text, v) for v in variant_forms(w))]
    return tuple(w for w in lacking if not _unglued(text, w))


def _unglued(text: str, word: str) -> bool:
    """True when *word* is a particle jieba glued onto a word the text holds (和望平: 望平,
    由威廉·库克: 威廉·库克), or the 时 of a date cut with a character beside it, which names
    nothing (1938年时所修筑: 时所; 几月几日时签订: 日时; but 倒酒时要: 时要 may be a name)."""
    if _DATE_TIME.fullmatch(word):
        return True
    return len(word) >= 3 and word[0] in _GLUE and _holds(text, unpunctuated(word[1:]))


def _holds(text: str, word: str) -> bool:
    """holds(), with a year or number only where no digit stands before it (643年 is not
    in 1643年)."""
    if word[:1].isdigit():
        return re.search(r"(?<![\d.])" + re.escape(word), text) is not None
    return holds(text, word)


def named(fields: Stored, asked: str) -> int:
    """Length of the article's title when the (normalised) question names it, else 0: a
    question naming an article's subject (黄蝉的别称) is about that article."""
    title = unpunctuated(_title(fields))
    return len(title) if len(title) >= MIN_TITLE and title in asked else 0


def surnamed(fields: Stored, asked: str) -> bool:
    """True when the article's title is a foreign name written with a middle dot (吉米·卡特)
    and the (normalised) question names it by its last part (卡特), as a text names such a
    person once introduced."""
    parts = _DOTS.split(_title(fields))
    return len(parts) > 1 and len(parts[-1]) >= MIN_TITLE and parts[-1] in asked


def _title(fields: Stored) -> str:
    """The article's normalised title, without a disambiguation (东关街 (扬州))."""
    norm = fields.get("norm")  # normalised title + body, stored where it differs
    return _DISAMBIGUATION.sub("", norm.split("\n", 1)[0] if norm else fields.get("title") or "")


def content_words(groups: list[list[Resolved]]) -> list[list[Resolved]]:
    """*groups* without the question's function words (FUNCTION_TAGS), or as they are when
    fewer than MIN_CONTENT words would be left."""
    kept = [[r for r in g if r.phrase or (dict_tag(r.word) or "")[:1] not in FUNCTION_TAGS] for g in groups]
    left = sum(map(len, kept))
    return [g for g in kept if g] if MIN_CONTENT <= left < sum(map(len, groups)) else groups


def covers(fields: Stored, cover: float, groups: list[list[Resolved]], asked: str, params: RankingParams) -> bool:
    """True when an article (its stored fields, and the share *cover* of the question it
    matches) covers the question *asked* (normalised, punctuation removed): enough of its
    weight, or of its weight without its function words (content_words), or the subject its
    title names, or its dates and numbers and a fair share."""
    if cover >= params.answer_coverage or named(fields, asked):
        return True
    text = naming_text(fields)
    content = content_words(groups)
    cover = max(cover, answer_coverage(text, groups, params),
                answer_coverage(text, content, params) if content is not groups else 0.0)
    if cover >= params.answer_coverage:
        return True
    dated = [r for g in groups for r in g if r.pos >= MEASURE_POS]
    return cover >= params.dated_coverage and bool(dated) and all(r.whole(text) for r in dated)


def unheard_name(fields: Stored, groups: list[list[Resolved]]) -> str | None:
    """A name of the question (jieba's dictionary tags it a place, person, organisation or
    other name) that no article of the index holds, when this article does not hold it
    either: a near miss of a name the article has (李燕琼 / 范燕琼) asks about another thing."""
    unheard = tuple(r.word for g in groups for r in g
                    if not r.known and not r.phrase and r.pos < MEASURE_POS and len(r.word) >= 2
                    and dict_tag(r.word) in NAME_TAGS)
    lacking = missing(fields, unheard)
    return lacking[0] if lacking else None
