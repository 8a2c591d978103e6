"""Reading a big seed file in pieces, so one file of any size is parsed with bounded memory."""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

CHUNK_BYTES = 4_000_000  # files above this are hashed and parsed piece by piece


def file_digest(path: Path, block: int = 1 << 20) -> str:
    """SHA-256 of a file, read a block at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while data := f.read(block):
            h.update(data)
    return h.hexdigest()


def _cut(buf: bytes, size: int) -> int:
    """Where to end a piece of *buf*: after its last blank line, else its last line break
    (both bytes are never inside a UTF-8 or GB18030 character), else at its end."""
    for sep in (b"\n\n", b"\n"):
        at = buf.rfind(sep, size // 2)
        if at >= 0:
            return at + len(sep)
    return len(buf)


def pieces(path: Path, size: int = CHUNK_BYTES) -> Iterator[bytes]:
    """The file's bytes in pieces of about *size*, each ending at a paragraph (or line)
    boundary, so an article is cut only where a piece boundary falls inside it."""
    rest = b""
    with open(path, "rb") as f:
        while data := f.read(size):
            buf = rest + data
            if len(buf) < size:
                rest = buf
                continue
            at = _cut(buf, size)
            yield buf[:at]
            rest = buf[at:]
    if rest:
        yield rest
