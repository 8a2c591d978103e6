"""Reading a big seed file in pieces, so one file of any size is parsed with bounded memory.
Pieces end at safe boundaries: a feed's pieces after an item (each later piece starts with
the feed's own header, so it is a feed again), a page is read whole, and text at a blank
line, a line break, the end of a tag or a space, bytes never inside a UTF-8, GB18030 or
Big5 character (so even a minified, one-line file is cut cleanly)."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from search.sources.files import kind_of

CHUNK_BYTES = 4_000_000  # files above this are hashed and parsed piece by piece
WHOLE_PAGE_BYTES = 64_000_000  # an HTML page up to this size is parsed whole (it is one article)
HEAD_BYTES = 2048  # what tells a feed or a page from text (as search/sources/files.py reads it)
TEXT_CUTS = (b"\n\n", b"\n", b">", b" ")  # all below 0x40: never a byte inside a multibyte character
_ITEM_START = re.compile(rb"<(?:item|entry)[\s>/]", re.IGNORECASE)
_ITEM_END = re.compile(rb"</(?:item|entry)\s*>", re.IGNORECASE)


def file_digest(path: Path, block: int = 1 << 20) -> str:
    """SHA-256 of a file, read a block at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while data := f.read(block):
            h.update(data)
    return h.hexdigest()


def _text_cut(buf: bytes, size: int) -> int:
    """Where to end a piece of *buf*: after its last blank line, else its last line break,
    tag end or space in its second half, else at its end."""
    for sep in TEXT_CUTS:
        at = buf.rfind(sep, size // 2)
        if at >= 0:
            return at + len(sep)
    return len(buf)


def _feed_cut(buf: bytes, size: int) -> int:
    """After the last whole item (or entry) of *buf*; as text when it holds none."""
    ends = [m.end() for m in _ITEM_END.finditer(buf)]
    return ends[-1] if ends else _text_cut(buf, size)


def _cut_pieces(path: Path, size: int, cut: Callable[[bytes, int], int]) -> Iterator[bytes]:
    rest = b""
    with open(path, "rb") as f:
        while data := f.read(size):
            buf = rest + data
            if len(buf) < size:
                rest = buf
                continue
            at = cut(buf, size)
            yield buf[:at]
            rest = buf[at:]
    if rest:
        yield rest


def _kind(path: Path) -> str:
    with open(path, "rb") as f:
        head = f.read(HEAD_BYTES).decode("utf-8", "replace")  # tags are ASCII in any encoding read here
    return kind_of(path.name, head)


def pieces(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The file's bytes in pieces of about *size*, each ending at a safe boundary (see the
    module's docstring), so an article is cut only where a piece boundary falls inside it."""
    kind = _kind(path)
    if kind == "html" and path.stat().st_size <= WHOLE_PAGE_BYTES:
        yield path.read_bytes()
        return
    if kind != "feed":
        yield from _cut_pieces(path, size, _text_cut)
        return
    header = None
    for piece in _cut_pieces(path, size, _feed_cut):
        if header is None:
            first = _ITEM_START.search(piece)
            header = piece[:first.start()] if first else b""
            yield piece
        else:
            yield header + piece
