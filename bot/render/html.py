"""Telegram HTML without words of its own: escaping, bold spans, links, cutting to
Telegram's limits, and turning it into terminal text."""
from __future__ import annotations

import html
import re

from search.model import Snippet

LIMIT = 4096  # characters in one Telegram message
URL_MAX = 2000  # longer addresses are not offered as links
BOLD_ON, BOLD_OFF = "\033[1m", "\033[0m"  # ANSI bold, for a terminal
PARAGRAPH_GAP = "\n\n"
_LINKABLE = re.compile(r"https?://[^\s<>\"]+$")
_SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+|[^。！？!?]+")  # a sentence and its end marks
_TAG = re.compile(r"</?[a-z][^>]*>")
_BOLD = re.compile(r"<b>(.*?)</b>", re.S)


def esc(text: str | None) -> str:
    """Escape text for Telegram HTML."""
    return html.escape(text or "", quote=False)


def marked(snippet: Snippet) -> str:
    """Snippet text with its matched spans in bold, escaped."""
    out, at = [], 0
    for span in snippet.spans:
        if span.start < at:
            continue
        out += [esc(snippet.text[at:span.start]), "<b>", esc(snippet.text[span.start:span.end]), "</b>"]
        at = span.end
    out.append(esc(snippet.text[at:]))
    return "".join(out)


def one_line(text: str, width: int = 80) -> str:
    """*text* on one line, cut to *width* characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def meta(date: str | None, source: str | None) -> str:
    """Date and source joined by a dot, either one left out when missing."""
    return " · ".join(x for x in (date, source) if x)


def link_of(url: str | None) -> str | None:
    """The article's web address when it is one Telegram can open (http/https), else None."""
    if url and _LINKABLE.match(url) and len(url) <= URL_MAX:
        return url
    return None


def linked(label: str, url: str | None) -> str:
    """*label* as HTML, a link to *url* when Telegram can open it."""
    link = link_of(url)
    return f'<a href="{html.escape(link, quote=True)}">{esc(label)}</a>' if link else esc(label)


def fit(text: str, limit: int = LIMIT) -> str:
    """Cut HTML built by this package to *limit* characters at a line break, keeping tags whole."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n", 0, limit - 2)
    return text[:cut if cut > 0 else 0].rstrip() + "\n…"


def paragraphs(head: str, text: str, limit: int = LIMIT) -> list[str]:
    """*head*, then the paragraphs of *text* escaped, as messages of at most *limit*
    characters split between paragraphs (a paragraph too long for one is cut)."""
    pieces = [head] + [esc(p) for para in text.split("\n") if para.strip() for p in _split_long(para.strip(), limit)]
    messages, current = [], ""
    for piece in pieces:
        if current and len(current) + len(PARAGRAPH_GAP) + len(piece) > limit:
            messages.append(current)
            current = piece
        else:
            current = f"{current}{PARAGRAPH_GAP}{piece}" if current else piece
    if current:
        messages.append(current)
    return messages


def _split_long(para: str, limit: int) -> list[str]:
    """Cut a paragraph whose escaped form exceeds *limit*: at sentence ends, else anywhere."""
    if len(esc(para)) <= limit:
        return [para]
    units = []
    for sentence in _SENTENCE.findall(para):
        while len(esc(sentence)) > limit:
            n = _fitting_prefix(sentence, limit)
            units.append(sentence[:n])
            sentence = sentence[n:]
        units.append(sentence)
    out, current = [], ""
    for unit in units:
        if current and len(esc(current + unit)) > limit:
            out.append(current)
            current = unit
        else:
            current += unit
    return out + ([current] if current else [])


def _fitting_prefix(text: str, limit: int) -> int:
    """How many characters of *text* fit in *limit* once escaped (at least one)."""
    total = 0
    for i, c in enumerate(text):
        total += len(esc(c))
        if total > limit:
            return max(i, 1)
    return len(text)


def plain(text: str) -> str:
    """HTML to plain text, for the terminal chat."""
    return html.unescape(_TAG.sub("", text))


def terminal(text: str, bold: bool) -> str:
    """HTML to terminal text: <b> as ANSI bold when *bold* (a tty), otherwise plain."""
    if bold:
        text = _BOLD.sub(lambda m: BOLD_ON + m.group(1) + BOLD_OFF, text)
    return plain(text)
