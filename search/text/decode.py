"""Turn a file's bytes into text, or say why it cannot be read."""
from __future__ import annotations

import codecs

import charset_normalizer


class UnreadableFile(ValueError):
    """The file is empty, binary or in no encoding we can detect."""


_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Chinese news comes in these; charset-normalizer tells GBK/GB18030 from Big5 by how the
# decoded text reads (both decode most of each other's bytes without error).
_CHINESE = ["gb18030", "big5"]


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes) -> str:
    """Decode text with a BOM (UTF-8/16/32), UTF-8, GBK/GB18030 or Big5; raise UnreadableFile
    for empty, binary or undecodable data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise UnreadableFile(f"damaged {encoding} text") from None
            if not text.strip():
                raise UnreadableFile("empty file")
            return _lines(text.lstrip("\ufeff"))
    if not data.strip():
        raise UnreadableFile("empty file")
    if _looks_binary(data):
        raise UnreadableFile("binary file")
    try:
        return _lines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000], cp_isolation=_CHINESE).best()
    if best is not None:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and _mostly_cjk_or_ascii(text):
            return _lines(text)
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise UnreadableFile("not UTF-8, GB18030 or Big5 text") from None
    if not _mostly_cjk_or_ascii(text):
        raise UnreadableFile("not UTF-8, GB18030 or Big5 text")
    return _lines(text)


def _mostly_cjk_or_ascii(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only when the result reads like Chinese."""
    sample = text[:4000]
    good = sum(1 for c in sample if c.isascii() or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return good >= len(sample) * 0.9
