"""The shared tokenizer (search.text.analysis.analyze) in Whoosh's Tokenizer contract,
for the title and body fields of the Whoosh index."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.analysis import Token, Tokenizer

from search.text.analysis import analyze


class JiebaTokenizer(Tokenizer):
    """Whoosh tokenizer over :func:`analyze`."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs: Any) -> Iterator[Token]:
        raw = analyze(value) if tokenize else [(value, 0, 0, len(value))]
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start, end in raw:
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def ChineseAnalyzer() -> JiebaTokenizer:
    """The analyzer used for title and body fields."""
    return JiebaTokenizer()
