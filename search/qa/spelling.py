"""Spelling corrections from the index's own words: a query word the index lacks is
matched to indexed words that sound the same (吐鲁翻 -> 吐鲁番, 昌吉洲 -> 昌吉州; pinyin typed
in letters: tulufan, "tu lu fan") or differ by one character (a wrong, missing or extra one
in a name of 3+ characters).

The index's words of 2-6 Han characters are read once per commit into two maps: their
toneless pinyin and their one-character deletions. Only a
query holding a word the index lacks looks them up (the engine decides what to do with a
suggestion: search it, or ask).
"""
from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from search.index.backends.base import Reader
from search.qa.query import RARE_FREQ, blank_questions, clean, is_stopword
from search.text.analysis import analyze, general_freq

MIN_CHARS, MAX_CHARS = 2, 6  # words of the index taken as spellings (Han characters)
SLIP_CHARS = 3  # names this long or longer are matched with one character wrong, missing or extra
CLEAR_LEAD = 3  # the best of several same-sounding words is sure when this many times as common
SOUND, SLIP = "sound", "slip"
_HAN_WORD = re.compile(rf"[\u4e00-\u9fff]{{{MIN_CHARS},{MAX_CHARS}}}")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LETTERS = re.compile(r"[a-z]+")


def sound(word: str) -> str:
    """The toneless pinyin of *word* run together (吐鲁番 -> tulufan; ü as v): a phrase of
    pypinyin's dictionary as the phrase reads (重庆 -> chongqing, also before a last
    character: 重庆市), any other word character by character, each in its commonest
    reading (cached: half a million words take seconds, not minutes)."""
    from pypinyin.constants import PHRASES_DICT

    for head in (word, word[:-1]):
        if len(head) >= MIN_CHARS and (phrase := PHRASES_DICT.get(head)):
            return "".join(_toneless(p[0]) for p in phrase) + "".join(map(_reading, word[len(head):]))
    return "".join(map(_reading, word))


@functools.cache
def _reading(char: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(char, style=Style.NORMAL)[0]


@functools.cache
def _toneless(syllable: str) -> str:
    from pypinyin.contrib.tone_convert import to_normal

    return str(to_normal(syllable))


def _cuts(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def one_slip(a: str, b: str) -> bool:
    """True when *a* and *b* differ by one character: replaced, missing or extra."""
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and short in _cuts(long)


class Lexicon:
    """The index's words by sound and by one-character deletions."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.by_sound: dict[str, list[str]] = {}
        self.by_cut: dict[str, list[str]] = {}
        self.names: set[str] = set()  # the words of 3+ characters
        for word in terms:
            if not _HAN_WORD.fullmatch(word):
                continue
            self.by_sound.setdefault(sound(word), []).append(word)
            if len(word) >= SLIP_CHARS:
                self.names.add(word)
                for cut in _cuts(word):
                    self.by_cut.setdefault(cut, []).append(word)

    def same_sound(self, typed: str) -> set[str]:
        """Indexed words that sound like *typed* (Han characters, or pinyin letters)."""
        if not typed.isascii() and len(typed) < SLIP_CHARS:
            return set()  # two characters that sound like another word are most often another word
        found = set(self.by_sound.get(typed if typed.isascii() else sound(typed), ()))
        return {w for w in found if w != typed and (typed.isascii() or len(w) == len(typed))}

    def slips(self, typed: str) -> set[str]:
        """Indexed names of 3+ characters one character away from *typed*."""
        if len(typed) < SLIP_CHARS:
            return set()
        near = set(self.by_cut.get(typed, ()))  # a character missing
        for cut in _cuts(typed):
            near.update(self.by_cut.get(cut, ()))  # one replaced
            if cut in self.names:  # one extra
                near.add(cut)
        return {w for w in near if w != typed and len(w) >= SLIP_CHARS and one_slip(typed, w)}


@dataclass(frozen=True)
class Fix:
    """One word of a query respelled: *said* at text[start:end] becomes *meant*."""

    said: str
    meant: str
    start: int
    end: int
    how: str  # SOUND or SLIP
    sure: bool


@dataclass(frozen=True)
class Suggestion:
    """The query respelled, the words changed (as typed, as indexed), and whether it is
    sure enough to search without asking."""

    query: str
    words: tuple[tuple[str, str], ...]
    sure: bool
    slips: bool  # some word was respelled by one character, not by its sound


class Speller:
    """Suggestions for one index; its maps are rebuilt when the index has a new commit."""

    def __init__(self) -> None:
        self._built: tuple[int, Lexicon] | None = None
        self._lock = threading.Lock()

    def lexicon(self, reader: Reader) -> Lexicon:
        """The maps of the commit *reader* sees, built on first use."""
        gen, terms = reader.lexicon()
        with self._lock:
            if self._built is None or self._built[0] != gen:
                self._built = (gen, Lexicon(terms))
            return self._built[1]

    def suggest(self, reader: Reader, text: str, slips: bool = True) -> Suggestion | None:
        """*text* with the words the index lacks respelled as indexed words, or None when
        every word is indexed or none has a close spelling. *slips*: also by one character
        (for a query that found nothing; any name is one character from many others)."""
        query = clean(text)
        spans = _odd_spans(reader, query)
        if not spans:
            return None
        fixes = _best_fixes(reader, self.lexicon(reader), spans, slips)
        if not fixes:
            return None
        out, at = [], 0
        for f in fixes:
            out += [query[at:f.start], f.meant]
            at = f.end
        return Suggestion("".join(out) + query[at:], tuple((f.said, f.meant) for f in fixes),
                          all(f.sure for f in fixes), any(f.how == SLIP for f in fixes))


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


def _odd_spans(reader: Reader, query: str) -> list[Stretch]:
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
                spans.append(Stretch(text[start:end], start, end, tuple(words), kept, not unknown))
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


def _in_index(reader: Reader, span: Stretch) -> bool:
    """True when *span* is part of an indexed word, or its words stand together in the index
    (no typo, then). Slower lookups: only for stretches that have a respelling."""
    if not span.said.isascii() and reader.words_containing(span.said, 1):
        return True
    return len(span.words) > 1 and reader.phrase_df(span.words) > 0


def _best_fixes(reader: Reader, lexicon: Lexicon, spans: list[Stretch], slips: bool) -> list[Fix]:
    """The best respelling of each misspelled stretch: same sound before one slip, longer
    stretches first, then the most characters kept, then the commonest word (then any, but
always the same one). Only a sound is sure: a name one character from the one typed
(李日华, 李文华) is as often another name, so a slip is asked about."""
    options: list[tuple[Stretch, str, str]] = []
    for span in spans:
        near = [(w, SOUND) for w in lexicon.same_sound(span.typed)]
        if slips and not span.said.isascii():
            near += [(w, SLIP) for w in lexicon.slips(span.typed)]
        near = [(w, how) for w, how in near if span.allows(w, how)]
        if near and not _in_index(reader, span):
            options += [(span, w, how) for w, how in near]
    if not options:
        return []
    dfs = reader.dfs(list({w for _s, w, _h in options}))

    def rank(o: tuple[Stretch, str, str]) -> tuple[int, int, int, int, str]:
        span, word, how = o
        same = sum(x == y for x, y in zip(span.said, word, strict=False))
        return (how == SOUND, len(span.said), same, dfs[word], word)

    options.sort(key=rank, reverse=True)
    fixes: list[Fix] = []
    for span, word, how in options:
        if any(span.start < f.end and f.start < span.end for f in fixes):
            continue
        rivals = [dfs[w] for s, w, h in options if (s, h) == (span, how) and w != word]
        sure = how == SOUND and all(d * CLEAR_LEAD <= dfs[word] for d in rivals)  # a slip: ask
        fixes.append(Fix(span.said, word, span.start, span.end, how, sure))
    return sorted(fixes, key=lambda f: f.start)
