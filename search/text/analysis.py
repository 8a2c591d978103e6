"""The jieba tokenizer both backends share (the Whoosh backend wraps it in Whoosh's
Tokenizer class).

Positions are consecutive word numbers (not character offsets), so phrase queries
work. Accurate-mode words carry the positions; the shorter dictionary words inside a
long word (what jieba's search mode adds) and number+unit forms ("4.88万") are emitted
at the same position as their parent, like synonyms. Text is normalised first
(traditional -> simplified, full-width -> half-width, lower-case), and because the
normalisation keeps length, ``startchar``/``endchar`` point into the original text.
"""
from __future__ import annotations

import contextlib
import logging
import os
import re
import warnings
from functools import lru_cache
from pathlib import Path

from search.text.normalize import normalize

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import jieba

jieba.setLogLevel(logging.WARNING)
CACHE_FOLDER = "cache"  # jieba's dictionary cache, inside NEWSBOT_DATA_DIR (see cache_in)


class _UnwritableCache(logging.Filter):
    """jieba logs a traceback when it cannot write its cache; it then goes on with the
    dictionary it loaded, which is what a read-only folder should get, quietly."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Dump cache file failed")


def cache_in(folder: Path | None) -> None:
    """Keep jieba's dictionary cache in *folder* (made if missing), never in the shared
    temp folder where jieba puts it by default (another user's file there fails every
    start). When *folder* cannot be written the dictionary loads in memory (~1-2 s
    slower), without a word; None: no cache on disk at all."""
    if folder is not None:
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
    jieba.dt.tmp_dir = str(folder) if folder is not None else os.devnull  # /dev/null/...: never a file


jieba.default_logger.addFilter(_UnwritableCache())
cache_in(None)  # until the engine names the data folder (search/engine.py open_engine)

_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_UNITS = set("万亿千百元名人个次场部户件余多岁年月日号期届批所家项条座")

# (text, position, startchar, endchar)
RawToken = tuple[str, int, int, int]


def load_dictionary() -> None:
    """Load jieba's dictionary now (it otherwise loads on the first cut)."""
    jieba.initialize()


def is_surname(char: str) -> bool:
    """True when jieba's dictionary tags *char* as a name character (庞, 兰, 杨)."""
    import jieba.posseg  # its word tags load once, on the first question (~0.4 s)
    return [pair.flag for pair in jieba.posseg.cut(char)] == ["nr"]


NAME_TAGS = ("ns", "nr", "nrt", "nt", "nz")  # jieba's tags of places, people, organisations, other names
PERSON_TAGS = ("nr", "nrfg", "nrt")  # jieba's tags of a person's name


@lru_cache(maxsize=512)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's tagged words of *text*, with their part-of-speech flags (范燕琼/nr, 南京长江大桥/ns).
    Kept for the last questions: the ranker reads a question's tags more than once."""
    import jieba.posseg
    return tuple((pair.word, pair.flag) for pair in jieba.posseg.cut(text))


def dict_tag(word: str) -> str | None:
    """The part-of-speech tag jieba's dictionary gives *word* (南京: ns), or None."""
    import jieba.posseg
    return jieba.posseg.dt.word_tag_tab.get(word)


def names(text: str) -> list[str]:
    """The places and names jieba's tagger finds in *text* (吐鲁番市, 克拉玛依, 哈密), in order."""
    return [word for word, flag in tagged(text) if flag in NAME_TAGS and len(word) >= 2]


_WORD_CHAR = re.compile(r"[^\W_]")


def is_word(text: str) -> bool:
    """True when *text* holds at least one letter, digit or Han character."""
    return _WORD_CHAR.search(text) is not None


def general_freq(word: str) -> int:
    """How common *word* is in general Chinese: its count in jieba's dictionary (0 when absent,
    as for most names, species and other new words)."""
    jieba.initialize()  # a no-op once the dictionary is loaded
    return jieba.get_FREQ(word, 0) or 0


def general_total() -> int:
    """The sum of all counts in jieba's dictionary: general_freq(word) / general_total() is
    how often *word* is met in general Chinese."""
    jieba.initialize()
    return int(jieba.dt.total)


def _subwords(word: str) -> list[str]:
    """Dictionary 2- and 3-grams inside a longer word, as jieba's search mode finds them."""
    if len(word) <= 2:
        return []
    freq = jieba.get_FREQ
    out: list[str] = []
    for n in (2, 3):
        if len(word) > n:
            out.extend(word[i:i + n] for i in range(len(word) - n + 1) if freq(word[i:i + n]))
    return out


def segment(normalized: str) -> list[tuple[str, int]]:
    """Accurate-mode jieba words of already normalised text, with their start offsets."""
    out = []
    start = 0
    search = _WORD_CHAR.search
    for word in jieba.cut(normalized, HMM=True):
        if search(word) is not None:  # jieba yields whitespace and punctuation on their own
            out.append((word, start))
        start += len(word)
    return out


def analyze(text: str, expand: bool = True) -> list[RawToken]:
    """Index tokens of *text*: consecutive positions, extra forms at their parent's position."""
    words = segment(normalize(text))
    tokens: list[RawToken] = []
    for pos, (word, start) in enumerate(words):
        end = start + len(word)
        tokens.append((word, pos, start, end))
        if not expand:
            continue
        for sub in _subwords(word):
            at = start + word.find(sub)
            tokens.append((sub, pos, at, at + len(sub)))
        if word[0].isdigit() and _NUMBER.match(word) and pos + 1 < len(words):
            nxt, nstart = words[pos + 1]
            if nstart == end and nxt[0] in _UNITS:
                tokens.append((word + nxt[0], pos, start, end + 1))
    return tokens
