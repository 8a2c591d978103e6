"""Turn a seed file's bytes into text, or say why it cannot be read."""
from __future__ import annotations


class UnreadableFile(ValueError):
    """The file is empty, binary or in no encoding we can detect."""


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or GBK/GB18030; raise UnreadableFile otherwise."""
    if not data.strip():
        raise UnreadableFile("empty file")
    if _looks_binary(data):
        raise UnreadableFile("binary file")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and not _mostly_cjk_or_ascii(text):
            break
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise UnreadableFile("not UTF-8 or GB18030 text")


def _mostly_cjk_or_ascii(text: str) -> bool:
    """GB18030 decodes almost any bytes; accept it only when the result reads like Chinese."""
    sample = text[:4000]
    good = sum(1 for c in sample if c.isascii() or "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef")
    return good >= len(sample) * 0.9
