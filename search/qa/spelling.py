"""Spelling corrections from the index's own words: a query word the index lacks is
matched to indexed words that sound the same (吐鲁翻 -> 吐鲁番, 昌吉洲 -> 昌吉州; pinyin typed
in letters: tulufan, "tu lu fan") or differ by one character (a wrong, missing or extra one
in a name of 3+ characters), or, inside a stretch of words, one word that the words around
it confirm (阿克苏平果 -> 阿克苏苹果: 阿克苏 苹果 stand together in the index).

The index's words of 2-6 Han characters are read once per commit into maps: their
toneless pinyin, their one-character deletions and (two-character words) replacements. Only a
query holding a word the index lacks (search/qa/stretches.py) looks them up (the engine decides what to do with a
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
from search.qa.query import clean, is_stopword
from search.qa.stretches import MAX_CHARS, MIN_CHARS, SLIP, SOUND, Stretch, in_index, odd_spans
from search.text.analysis import analyze

SLIP_CHARS = 3  # names this long or longer are matched with one character wrong, missing or extra
CLEAR_LEAD = 3  # the best of several same-sounding words is sure when this many times as common
IN_CONTEXT_TRIES = 8  # respellings of a word inside a stretch checked against the index's phrases
_HAN_WORD = re.compile(rf"[\u4e00-\u9fff]{{{MIN_CHARS},{MAX_CHARS}}}")


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


def _holes(word: str) -> list[str]:
    return [word[:i] + "*" + word[i + 1:] for i in range(len(word))]


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
        self.by_hole: dict[str, list[str]] = {}  # two-character words by either character
        self.names: set[str] = set()  # the words of 3+ characters
        for word in terms:
            if not _HAN_WORD.fullmatch(word):
                continue
            self.by_sound.setdefault(sound(word), []).append(word)
            if len(word) == MIN_CHARS:
                for hole in _holes(word):
                    self.by_hole.setdefault(hole, []).append(word)
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

    def alike(self, typed: str, slips: bool) -> list[tuple[str, str]]:
        """Indexed words as long as *typed* (2+ Han characters) that sound the same or, with
        *slips*, have one character replaced: a word's respellings, which the words around
        it must confirm (any two-character word sounds like, or is one character from, many)."""
        found = [(w, SOUND) for w in self.by_sound.get(sound(typed), ()) if w != typed and len(w) == len(typed)]
        if slips:
            near = (w for hole in _holes(typed) for w in self.by_hole.get(hole, ())) if len(typed) == MIN_CHARS \
                else self.slips(typed)
            found += [(w, SLIP) for w in near if w != typed and len(w) == len(typed) and (w, SOUND) not in found]
        return found


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
        spans = odd_spans(reader, query)
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
        if near and not in_index(reader, span):
            options += [(span, w, how) for w, how in near]
    confirmed, phrase_dfs = _in_context(reader, lexicon, spans, slips)
    if not options and not confirmed:
        return []
    dfs = reader.dfs(list({w for _s, w, _h in options})) | phrase_dfs
    options += confirmed

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


def _in_context(reader: Reader, lexicon: Lexicon, spans: list[Stretch],
                slips: bool) -> tuple[list[tuple[Stretch, str, str]], dict[str, int]]:
    """Stretches respelled within their odd middle (阿克苏|平果 -> 阿克苏苹果, 云岭|县|茶页 ->
    云岭县茶叶) where the index confirms it: the respelled words stand together in some
    document. Same sound before one slip, commonest first, at most IN_CONTEXT_TRIES looked
    up a stretch. Returns the options and the documents holding each respelled stretch."""
    options: list[tuple[Stretch, str, str]] = []
    found: dict[str, int] = {}
    for span in spans:
        near = _respelled_within(span, lexicon, slips)
        if not near or in_index(reader, span):
            continue
        dfs = reader.dfs(list({w for _t, w, _h in near}))
        near.sort(key=lambda o: (o[2] == SOUND, dfs[o[1]], o[0]), reverse=True)
        for meant, _word, how in near[:IN_CONTEXT_TRIES]:
            words = [t for t, _p, _s, _e in analyze(meant, expand=False) if not is_stopword(t)]
            if meant not in found and (df := reader.phrase_df(words)):
                options.append((span, meant, how))
                found[meant] = df
    return options, found


def _respelled_within(span: Stretch, lexicon: Lexicon, slips: bool) -> list[tuple[str, str, str]]:
    """*span* (Han words, some indexed) with a part of its middle (the words between those it
    keeps) that covers each word the index lacks replaced by an indexed word as long, of the
    same sound or (*slips*) one character off: (the stretch respelled, the word, how)."""
    if span.said.isascii() or not span.kept:
        return []
    ends = list(itertools.accumulate(len(w) for w in span.words))
    odd = [i for i, w in enumerate(span.words) if w not in span.kept]
    if not odd or odd != list(range(odd[0], odd[-1] + 1)):
        return []
    low, high = ends[odd[0]] - len(span.words[odd[0]]), ends[odd[-1]]
    lacking = [(ends[i] - len(w), ends[i]) for i, w in enumerate(span.words) if w in span.unknown]
    out = []
    for a, b in itertools.combinations(range(low, high + 1), 2):
        if b - a >= MIN_CHARS and all(a < e and s < b for s, e in lacking):
            out += [(span.said[:a] + w + span.said[b:], w, how) for w, how in lexicon.alike(span.said[a:b], slips)]
    return out
