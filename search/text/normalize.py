"""Length-preserving text normalisation shared by documents and queries.

Traditional characters become simplified (OpenCC), full-width forms become
half-width, Latin letters lower-case. The output always has exactly as many
characters as the input, so offsets found in normalised text point at the same
characters in the original text (snippets and highlighting rely on this).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc

# Ranges whose NFKC form is a single, more useful character: full-width digits and
# letters, the ideographic space, CJK compatibility ideographs and Kangxi radicals.
# Full-width punctuation is left alone (it never becomes a token), so ordinary
# simplified-Chinese text normalises to itself and needs no second stored copy.
_FOLD_RANGES = ((0x3000, 0x3000), (0xFF10, 0xFF19), (0xFF21, 0xFF3A), (0xFF41, 0xFF5A),
                (0xFF0E, 0xFF0E), (0xF900, 0xFAFF), (0x2F00, 0x2FDF))


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            folded = unicodedata.normalize("NFKC", chr(cp))
            if len(folded) == 1 and folded != chr(cp):
                table[cp] = folded
    return table


@lru_cache(maxsize=4)
def converter(config: str = "t2s") -> opencc.OpenCC:
    """The OpenCC converter for *config* ('t2s', 's2t', 'tw2sp'), built once per process."""
    return opencc.OpenCC(config)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _to_simplified(text: str) -> str:
    conv = converter().convert(text)
    if len(conv) == len(text):
        return conv
    # A phrase rule changed the length: fall back to character by character.
    out = []
    for c in text:
        folded = converter().convert(c)
        out.append(folded if len(folded) == 1 else c)
    return "".join(out)


def normalize(text: str) -> str:
    """Fold *text* for matching: simplified Chinese, half-width, lower-case, same length."""
    if not text:
        return text
    return _to_simplified(_lower(text.translate(_fold_table())))


# Variant spellings OpenCC's tw2sp leaves apart (满州 for 满洲, 型态 for 形态, 座落 for 坐落):
# a question written one way names what an article writes the other way.
_VARIANT_WORDS = {"满州": "满洲", "型态": "形态", "座落": "坐落"}


@lru_cache(maxsize=4096)
def variant_forms(word: str) -> tuple[str, ...]:
    """Other spellings of a (normalised) word: Taiwan usage in mainland words (OpenCC tw2sp:
    西元 -> 公元, 过著 -> 过着) and the variants of _VARIANT_WORDS; () when there are none."""
    forms = [converter("tw2sp").convert(word)]
    for variant, usual in _VARIANT_WORDS.items():
        forms += [f.replace(variant, usual) for f in forms if variant in f]
    return tuple(f for f in dict.fromkeys(forms) if f != word)


_NON_WORD = re.compile(r"[\W_]+")


def unpunctuated(text: str) -> str:
    """*text* without punctuation, spaces and underscores: the form the answer step compares
    questions and articles in (unlike normalize, it changes the text's length)."""
    return _NON_WORD.sub("", text)
