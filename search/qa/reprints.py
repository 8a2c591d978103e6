"""Reprints: the same story from several outlets, or edited twice, found by MinHash over
character shingles of the text (datasketch: maintained MinHash and LSH, numpy-backed).
Headlines are left out (outlets rewrite them); the body's opening carries the story."""
from __future__ import annotations

import re
import threading
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from datasketch import MinHash, MinHashLSH

from search.index.backends.base import Reader
from search.index.documents import Stored
from search.text.analysis import analyze
from search.text.normalize import normalize

NUM_PERM = 64  # estimate error ~ 1/sqrt(64) = 0.125 around the threshold; 1 ms a text
SHINGLE = 3  # characters: Chinese words are 1-3 characters, so 3-grams see word order
TEXT_CHARS = 200  # the lead: reprints keep it and rewrite, cut or add the rest (bench.reprints,
# MinHash alone: recall 0.984 at 200 characters, 0.940 at 300, 0.80 at 1500; precision 1.000
# at 200 and 300 but templates with other figures merged; with the figures check 0.951 / 1.000)
THRESHOLD = 0.5  # estimated Jaccard similarity of shingle sets above which two are one story
LSH_BANDS = (16, 4)  # 16 bands of 4 rows: candidates from about (1/16)^(1/4) = 0.5; given, so
# datasketch does not integrate its false-positive curves (~9 ms) for every query
CACHE_MAX = 50_000
EARLIER_CHECKED = 10  # earlier documents sharing a lead's words that a digest compares it with
EARLIER_WORDS = 12  # the lead's rarest words find them (its common words match most of a large archive)
_NOISE = re.compile(r"[\W_]+")  # punctuation and spaces
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
MIN_NUMBERS_SHARED = 0.5  # two leads with other figures (weekly reports of one template,
# numbered notices) are other stories: more than half of the fewer figures must agree
T = TypeVar("T")


def shingles(text: str) -> set[bytes]:
    """The character shingles of a text's opening, punctuation and spaces left out."""
    plain = _NOISE.sub("", normalize(text[:TEXT_CHARS]))
    return {plain[i:i + SHINGLE].encode("utf-8") for i in range(max(1, len(plain) - SHINGLE + 1))}


@dataclass(frozen=True)
class Print:
    """What two copies of a story share: the lead's MinHash and the figures in it."""

    minhash: MinHash
    numbers: tuple[str, ...]  # the figures in the lead, sorted (repeats count)


# Made once: a MinHash otherwise draws its permutations anew (a third of its cost), and
# crc32 (C, 32 bits, plenty for 3-character shingles) hashes in a fraction of sha1's time.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1).permutations


def signature(text: str) -> Print:
    """The print of a body's lead."""
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=zlib.crc32, permutations=_PERMUTATIONS,
                scheme="affine32")
    m.update_batch(list(shingles(text)))
    return Print(m, tuple(sorted(_NUMBER.findall(normalize(text[:TEXT_CHARS])))))


def similar(a: Print, b: Print) -> bool:
    """True when two leads look like one story: alike, and with mostly the same figures."""
    if a.minhash.jaccard(b.minhash) < THRESHOLD:
        return False
    fewer = min(len(a.numbers), len(b.numbers))  # a longer prefix can push figures out of a lead
    shared = sum((Counter(a.numbers) & Counter(b.numbers)).values())
    return fewer == 0 or shared / fewer > MIN_NUMBERS_SHARED


class Signatures:
    """MinHash signatures by article id (ids change when the text changes), kept in memory."""

    def __init__(self) -> None:
        self._cache: dict[str, Print] = {}
        self._lock = threading.Lock()

    def of(self, article_id: str, text: str) -> Print:
        """The print of this article, computed once."""
        with self._lock:
            known = self._cache.get(article_id)
        if known is None:
            known = signature(text)
            with self._lock:
                if len(self._cache) >= CACHE_MAX:
                    self._cache.clear()
                self._cache[article_id] = known
        return known


def group(items: Sequence[T], key: Callable[[T], tuple[str, str]], sigs: Signatures) -> list[tuple[T, list[T]]]:
    """Items in their order, each reprint folded into the first (best) copy of its story:
    [(leader, [reprints...])]. *key* gives an item's id and body."""
    lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
    out: list[tuple[T, list[T]]] = []
    where: dict[str, int] = {}
    leader_sigs: dict[str, Print] = {}
    for item in items:
        item_id, body = key(item)
        m = sigs.of(item_id, body)
        leaders = [k for k in lsh.query(m.minhash) if similar(m, leader_sigs[k])]
        if leaders:
            out[min(where[k] for k in leaders)][1].append(item)
            continue
        if item_id in where:  # the same id twice: keep the first
            continue
        where[item_id] = len(out)
        lsh.insert(item_id, m.minhash)
        leader_sigs[item_id] = m
        out.append((item, []))
    return out


def told_before(reader: Reader, fields: Stored, floor: int, sigs: Signatures) -> bool:
    """True when a copy of this article's story entered the index before *floor* (epoch ms:
    a digest sent then already told it); the words of its lead find the candidates."""
    body = fields.get("body") or ""
    words = {w for w, _pos, _start, _end in analyze(body[:TEXT_CHARS], expand=False)}
    dfs = reader.dfs(sorted(words))
    rare = sorted((w for w in words if dfs[w]), key=lambda w: (dfs[w], w))[:EARLIER_WORDS]
    if not rare:
        return False
    mine = sigs.of(fields["id"], body)
    return any(r["id"] != fields["id"] and similar(mine, sigs.of(r["id"], r.get("body") or ""))
               for r in reader.earlier_with_any(tuple(rare), floor, EARLIER_CHECKED))
