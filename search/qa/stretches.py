"""Stretches of a query that may be one misspelled word (search/qa/spelling.py respells
them): adjacent words of one script, some of which the index lacks, that stand nowhere in
the index as typed."""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from search.index.backends.base import Reader
from search.qa.names import RARE_FREQ
from search.qa.query import blank_questions, is_stopword
from search.text.analysis import analyze, general_freq

MIN_CHARS, MAX_CHARS = 2, 6  # words of the index taken as spellings (Han characters)
SOUND, SLIP = "sound", "slip"  # how a word is respelled: by its sound, or one character off
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LETTERS = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Stretch:
    """Adjacent query words that may be one misspelled word: text[start:end], the words of
    it the index has (kept as they are: 昌吉 of 昌吉洲, 兴起 of 兴起后), and whether its only odd
    words are lone characters (群众+达: the character may be a word of its own)."""

    said: str
    start: int
    end: int
    words: tuple[str, ...]
    kept: tuple[str, ...]
    lone: bool
    unknown: tuple[str, ...] = ()  # its words the index lacks

    @property
    def typed(self) -> str:
        return self.said.replace(" ", "")

    def allows(self, word: str, how: str) -> bool:
        """*word* keeps the indexed words, completes lone characters rather than changing
        them, and changes a lone character only after a word (昌吉+洲; 乌+认为 is the end of
        a name before a verb)."""
        if not all(k in word for k in self.kept):
            return False
        if self.lone and self.kept and not word.startswith(self.kept[0]):
            return False
        return how == SOUND or not self.lone or len(word) > len(self.typed)


def odd_spans(reader: Reader, query: str) -> list[Stretch]:
    """Stretches of *query* that may be misspelled words: adjacent words (2-7 Han
    characters) at least one of which the index lacks or is a stray character, and that
    stand nowhere in the index; and runs of letters the index lacks (pinyin)."""
    text = blank_questions(query)
    tokens = [(t, s, e) for t, _p, s, e in analyze(text, expand=False) if not is_stopword(t)]
    dfs = reader.dfs([t for t, _s, _e in tokens])
    spans: list[Stretch] = []
    for run in _runs(tokens, text):
        han = _HAN.fullmatch(run[0][0]) is not None
        for i, j in itertools.combinations(range(len(run) + 1), 2):
            words = [t for t, _s, _e in run[i:j]]
            unknown = [t for t in words if not dfs[t] and not (han and len(t) == 1)]
            lone = [t for t in words if han and len(t) == 1]
            start, end = run[i][1], run[j - 1][2]
            if any(general_freq(t) >= RARE_FREQ for t in unknown):
                continue  # a common word (记录) this index lacks is no typo
            if (unknown or lone) and _spellable(text[start:end], han):
                kept = tuple(t for t in words if dfs[t] and len(t) > 1) if han else ()
                spans.append(Stretch(text[start:end], start, end, tuple(words), kept, not unknown,
                                     tuple(t for t in words if not dfs[t])))
    return _unindexed(reader, spans)


def _spellable(said: str, han: bool) -> bool:
    """A stretch short enough to be one misspelled word (a Han name, or pinyin of two syllables or more)."""
    if han:
        return MIN_CHARS <= len(said) <= MAX_CHARS + 1
    letters = said.replace(" ", "")
    return _LETTERS.fullmatch(letters) is not None and len(letters) >= 2 * MIN_CHARS


def _runs(tokens: list[tuple[str, int, int]], text: str) -> list[list[tuple[str, int, int]]]:
    """Tokens in runs of the same script: Han words that touch, or letter words apart by spaces only."""
    runs: list[list[tuple[str, int, int]]] = []
    for tok in tokens:
        han = _HAN.fullmatch(tok[0]) is not None
        if not han and not _LETTERS.fullmatch(tok[0]):
            continue
        prev = runs[-1][-1] if runs else None
        joins = prev is not None and (_HAN.fullmatch(prev[0]) is not None) == han and (
            prev[2] == tok[1] if han else not text[prev[2]:tok[1]].strip())
        if joins:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs


def _unindexed(reader: Reader, spans: list[Stretch]) -> list[Stretch]:
    """The stretches that are no indexed word (one lookup for all)."""
    dfs = reader.dfs([s.typed for s in spans])
    return [s for s in spans if not dfs[s.typed]]


def in_index(reader: Reader, span: Stretch) -> bool:
    """True when *span* is part of an indexed word, or its words stand together in the index
    (no typo, then). Slower lookups: only for stretches that have a respelling."""
    if not span.said.isascii() and reader.words_containing(span.said, 1):
        return True
    return len(span.words) > 1 and reader.phrase_df(span.words) > 0
