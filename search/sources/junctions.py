"""Where a page the crawler cut short meets the next page of a dump. A crawler that keeps
only a page's first few hundred characters leaves its last paragraph stopping mid-clause;
a dump joined with no blank line between pages then sets the next page's first line right
under it, where a paragraph broken in two would go on."""
from __future__ import annotations

import re
from typing import Any

from search.sources.chrome import SECTION_NUMBER
from search.sources.heads import OPENING, echo_share
from search.sources.lines import _HAN, Line

CUT_SHORT = 80  # characters of an unfinished paragraph that is a cut, not a heading or a label
_OPEN_CLAUSE = 40  # a clause running longer with no mark at all is a page written unpunctuated
_MARK = re.compile(r"[，,。；;、：:！？!?]")
_CUT_END = re.compile(r"[\u4e00-\u9fff](\d+(\.\d+)?)?$|[，、]$")  # a Han character (a number after one) or a comma
# a photo's credit and date ('…记者某某摄 2024年12月14日') ends a caption, not a clause
_DATED_END = re.compile(r"\d{1,4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_CLAUSE_MARKS = "，,、"
_PHOTO_CREDIT = re.compile(r"(摄影?|攝影?|供图|供圖)$")  # '…新华社记者某某摄': a caption's end
_HAN_END = re.compile(r"[\u4e00-\u9fff]$")
_COMMA = re.compile(r"[，,]")
_TAIL = _OPEN_CLAUSE + 1
SHORT_CUT = 20  # characters of a cut excerpt set as a line of its own, under the page's text
_AROUND = 3  # lines read above and under a cut paragraph for its words
_NEXT_PAGE = ("body", "lead", "caption", "title", "byline")  # what a page opens with


def stops_mid_clause(text: str) -> bool:
    """Is *text* a long paragraph that stops mid-clause: 80 characters or more, ending on a
    Han character (a number after one) or a comma, with a mark in its last 41 characters (a
    page written unpunctuated has none)?"""
    tail = text[-_TAIL:]  # holds a mark when the open clause is short enough
    return len(text) >= CUT_SHORT and bool(_CUT_END.search(tail[-12:])) and bool(_MARK.search(tail))


def cut_page_end(text: str, least: int = CUT_SHORT) -> bool:
    """Is *text* the last paragraph of a page the crawler cut short, by its shape alone: it
    stops mid-clause on a word (a cut at so many characters), not on a comma (a line broken
    after its clause, '…增设一个班，' / '分为下列四种：') nor on a photo's credit or dated credit?
    Under *least* characters it must hold a comma: a clause ended before the cut one."""
    if text[-1:] in _CLAUSE_MARKS or _DATED_END.search(text) or _PHOTO_CREDIT.search(text):
        return False
    if len(text) >= CUT_SHORT:
        return stops_mid_clause(text)
    return len(text) >= least and _HAN_END.search(text) is not None and _COMMA.search(text[-_TAIL:]) is not None


def tight_junction(lines: list[Line], kinds: list[tuple[str, Any]], i: int, above: str | None = None) -> bool:
    """Does line *i*, set right under the line before it with no blank between them, open the
    next page of a dump: the line before is text cut short (cut_page_end, or two marks of a
    cut sentence, `unfinished`) and long, or set under text, or spaced as the page's
    paragraphs are, and *i* opens a page in Chinese (text, a headline, a byline)?
    clean.join_fragments leaves such a pair apart, so inside one page it is rare. *above*: the
    kind the line before is read as, if not its own."""
    return (lines[i].gap == 0 and kinds[i][0] in _NEXT_PAGE and bool(_HAN.search(lines[i].text[:20]))
            and (above or kinds[i - 1][0]) in ("body", "lead")
            and (cut_page_end(lines[i - 1].text, SHORT_CUT) or unfinished(lines[i - 1].text) >= 2)
            and (len(lines[i - 1].text) >= CUT_SHORT or _under_text(lines, kinds, i - 1)
                 or _spaced_text(lines, kinds, i - 1)))


def _under_text(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Is line *i* set right under a line of text, with no blank between them? A cut shorter
    than a paragraph is read only among a dense page's paragraphs: the first piece of a
    paragraph set apart and wrapped at a fixed width ('本报讯…两百余万亩农' / '作物…') is none."""
    return i >= 1 and lines[i].gap == 0 and kinds[i - 1][0] in ("body", "lead")


def _spaced_text(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Do line *i* and the text line above it each stand after a blank line? A page that
    spaces its paragraphs sets no line of its own right under its last one."""
    return i >= 1 and lines[i].gap >= 1 and kinds[i - 1][0] in ("body", "lead") and lines[i - 1].gap >= 1


def cut_as_text(lines: list[Line], kinds: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """*kinds* with the page's last paragraph, cut too short to read as text (a title's
    shape), read as text again when it stands right under text and right over the next
    page's first line (tight_junction), or when it is a sentence cut a few words in
    (_page_tail): it ends its page, it heads nothing."""
    out = list(kinds)
    for i in range(1, len(lines) - 1):
        if _page_tail(lines, kinds, i) or (
                kinds[i][0] == "title" and lines[i].gap == 0 and kinds[i - 1][0] in ("body", "lead")
                and tight_junction(lines, kinds, i + 1, above="body") and _goes_on(lines, i)):
            out[i] = ("body", None)
    return out


def _page_tail(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Is the title-shaped line *i*, right after text and over what may open a page, a
    sentence the crawler cut (unfinished: two marks or more, one of them a last word that
    needs more or a quote left open, which a headline does not have: a long headline with a
    comma, '暴雨来袭，全市启动…', has the other two), not a numbered section's heading
    ('二、…'), and going on with the text above more than with the text under it (a
    headline, '好消息，地铁三号线今天开通在即', is restated by its story)? Then it is its page's
    last line, and heads nothing."""
    text = lines[i].text
    return (kinds[i][0] == "title" and kinds[i - 1][0] in ("body", "lead") and kinds[i + 1][0] in _NEXT_PAGE
            and unfinished(text) >= 2 and (bool(_FUNCTION_END.search(text)) or _left_open(text))
            and not SECTION_NUMBER.match(text) and _goes_on(lines, i))


# The marks of a sentence cut a few words in, read by `unfinished`: a cut stops on a word
# (a Han character or a digit); a headline rarely ends on a word that needs more, leaves a
# quote open or runs 24 characters with no space between its parts.
_CUT_TAIL = re.compile(r"[\u4e00-\u9fff\d]$")
# (not 了, 的 or 等: a sentence or headline may end on them, '…再也不用提水上学了',
# '家门口的公园，是这样建成的', '…苹果、梨等')
_FUNCTION_END = re.compile(r"[在因为為及和与與并並而对對将將由从從把被向到于於"
                           r"是也都就还還又以之其或但让讓使给給]$")
_OPENS = "“「『《（(〔【"
_CLOSES = "”」』》）)〕】"


def unfinished(text: str) -> int:
    """How many marks of a sentence the crawler cut a few words in *text* holds (0 when it
    does not stop on a word): a clause ended before it (a comma), a quote or bracket left
    open, a last word that needs more ('…的', '…因'), a length no headline's part runs to
    without a space. One alone is a headline's ('暴雨来袭,全市启动…'); two make a cut under
    a page's text (tight_junction); a title-shaped line needs a last word or an open quote
    among them as well (_page_tail)."""
    if not _CUT_TAIL.search(text):
        return 0
    return (bool(_COMMA.search(text)) + _left_open(text)
            + bool(_FUNCTION_END.search(text)) + (len(text) >= 24 and " " not in text))


def _left_open(text: str) -> bool:
    """Does *text* leave a quote or bracket open?"""
    return sum(map(text.count, _OPENS)) > sum(map(text.count, _CLOSES))


def _goes_on(lines: list[Line], i: int) -> bool:
    """Does line *i* share more of its words with the text above it than with the lines under
    it? A cut paragraph goes on with its story; a headline (even one with a comma, '某某莅临
    某校讲学,漫谈人生') is restated by the story under it."""
    above = "".join(x.text for x in lines[max(0, i - _AROUND):i])[-OPENING:]
    below = "".join(x.text for x in lines[i + 1:i + 1 + _AROUND])
    return echo_share(lines[i].text, above) > echo_share(lines[i].text, below)
