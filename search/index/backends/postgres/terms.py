"""Terms for PostgreSQL: a document's jieba tokens as a tsvector and term counts, and
tsquery text for retrievals. They are ranked with search.index.bm25, as Whoosh ranks."""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from search.text.analysis import analyze

MAX_POSITION = 16383  # PostgreSQL keeps tsvector positions up to this
MAX_POSITIONS = 255  # ... and at most 256 per word
MAX_LEXEME_BYTES = 2046  # a longer word cannot be a tsvector lexeme (it still counts in tf)
MAX_COUNT = 32767  # counts are smallint
BODY_GAP = 2  # positions between the title's last word and the body's first: no phrase spans both


@dataclass(frozen=True)
class Analysed:
    """What one document's title and body give the tables."""

    tsv: str  # tsvector literal
    title_hashes: list[int]  # term_hash() of each title term ...
    title_counts: list[int]  # ... and its count there
    body_hashes: list[int]
    body_counts: list[int]
    tlen: int
    blen: int
    title_terms: tuple[str, ...]  # the terms the tsvector holds, for document frequencies
    body_terms: tuple[str, ...]


def lexeme(term: str) -> str:
    """A term quoted for tsvector/tsquery input."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def term_hash(term: str) -> int:
    """A term as a 32-bit number: the per-document count arrays are keyed by it (4 bytes,
    where a jsonb key and value took ~20: the arrays stay small enough to be read in place).
    Two terms of one document with the same hash (about 1 in 10 million for a 400-word
    article) would share a count."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=4).digest(), "big", signed=True)


def fits(term: str) -> bool:
    """True when *term* can be a tsvector lexeme (at most MAX_LEXEME_BYTES)."""
    return len(term) * 3 <= MAX_LEXEME_BYTES or len(term.encode("utf-8")) <= MAX_LEXEME_BYTES


def analyse(title: str, body: str) -> Analysed:
    """Tokens of the title and body (the same `analyze` the Whoosh analyzer runs) as a
    weighted tsvector literal, per-field counts and lengths."""
    title_tokens, body_tokens = analyze(title) if title else [], analyze(body) if body else []
    title_at: dict[str, list[int]] = {}
    for text, pos, _s, _e in title_tokens:
        title_at.setdefault(text, []).append(pos + 1)
    offset = (title_tokens[-1][1] + 1 + BODY_GAP) if title_tokens else 0
    body_at: dict[str, list[int]] = {}
    for text, pos, _s, _e in body_tokens:
        body_at.setdefault(text, []).append(pos + 1 + offset)
    parts = []
    for text in title_at.keys() | body_at.keys():
        if not fits(text):
            continue
        where = [f"{min(p, MAX_POSITION)}A" for p in title_at.get(text, ())[:MAX_POSITIONS]]
        where += [str(min(p, MAX_POSITION)) for p in body_at.get(text, ())[:MAX_POSITIONS - len(where)]]
        parts.append(lexeme(text) + ":" + ",".join(where))
    return Analysed(" ".join(parts),
                    [term_hash(t) for t in title_at], [min(len(p), MAX_COUNT) for p in title_at.values()],
                    [term_hash(t) for t in body_at], [min(len(p), MAX_COUNT) for p in body_at.values()],
                    len(title_tokens), len(body_tokens), tuple(filter(fits, title_at)), tuple(filter(fits, body_at)))


def analyse_pair(pair: tuple[str, str]) -> Analysed:
    """analyse() for a worker pool (one argument)."""
    return analyse(*pair)


def _field(term: str, weight: str) -> str:
    return f"{lexeme(term)}:{weight}"


def phrase_query(words: Sequence[str]) -> str:
    """tsquery text: *words* consecutive in the title, or in the body."""
    if len(words) == 1:
        return lexeme(words[0])
    return "(" + " | ".join("(" + " <-> ".join(_field(w, weight) for w in words) + ")" for weight in "AD") + ")"


def any_of(terms: Iterable[str]) -> str:
    """tsquery text: any of *terms*, in either field."""
    return "(" + " | ".join(lexeme(t) for t in dict.fromkeys(terms)) + ")"


def body_any(words: Iterable[str]) -> str:
    """tsquery text: any of *words* in the body."""
    return "(" + " | ".join(_field(w, "D") for w in dict.fromkeys(words)) + ")"
