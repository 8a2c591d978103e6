"""Page chrome out, broken lines mended: navigation menus, footers, editor lines,
related-reading lists and ads are dropped; hard-wrapped and page-broken paragraphs rejoined;
Markdown reduced to plain lines. A list page's cards flattened onto one line are set apart
first (search.sources.cards)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from search.sources.cards import split_cards
from search.sources.chrome import BREADCRUMB
from search.sources.credits import byline_of, caption_credit
from search.sources.dates import date_line, edition_date, header_clock, posted_on
from search.sources.dropped import is_boilerplate, is_filler, is_related, starts_ad
from search.sources.junctions import CUT_SHORT, cut_page_end
from search.sources.keys import CHECKER, EDITOR
from search.sources.lines import (
    EXCERPT_CUT,
    TERMINAL,
    Line,
    is_heading,
    is_lead,
    is_title,
    is_titlelike,
    opens_report,
    read_lines,
)
from search.sources.meta import meta_of, page_header
from search.sources.outlets import named_outlet
from search.sources.recurring import line_key, repeated_keys
from search.sources.scripts import turns_script
from search.sources.tables import is_table_key, is_table_value
from search.sources.widgets import table_cells
from search.sources.wraps import wrapped_blocks
from search.text.sentences import CLAUSE_ENDS, SENTENCE_ENDS

_END_MARK = re.compile(r"^[(（【\[]\s*完\s*[)）】\]]$")
_TRAILING_MARK = re.compile(r"[(（【\[]\s*((" + EDITOR + "|" + CHECKER + r")\s*[:：]?\s*"
                            r"[^()（）【】\[\]]{1,16}|完)\s*[)）】\]](\s*[|｜])?$")  # a table's bar may trail it
_CONTINUES = "，、；：。！？）》」』”,;:"  # no line of its own starts with these
_SHORT_NAV = 4  # three or more lines this short in a row are a navigation menu
_TEASER = re.compile(r"(\.{3}|…)\s*$")  # a related item's summary, cut short: still the list
_TEASER_MAX = 100  # characters of a teaser; a longer paragraph trailing off ('……') is the story's
_DETAILS = re.compile(r"(\.{3}|…)\s*(詳情|详情)|^(詳情|详情)$")  # '…明... 詳情': cut, then its link


_BULLETED = re.compile(r"^\s*[·•▪◦]\s*(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){4})[^。；;]{4,40}$")  # a
# linked headline in a list: four Han characters at least ('• 閱讀512' is a counter)


def _drop_short_runs(lines: list[Line]) -> list[Line]:
    """Drop menus laid out one item a line: three or more very short lines in a row, or
    three or more bulleted headlines ('· 这一捡就是十年'), the page's list of its stories."""
    short = [len(x.text) <= _SHORT_NAV and is_titlelike(x.text) and not is_boilerplate(x.text)
             and not is_related(x.text) or _BULLETED.match(x.text) is not None for x in lines]
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and short[j] and (j == i or lines[j].gap <= 1):
            j += 1
        if j - i >= 3:
            if j < len(lines) and (_announces(lines[j].text) or not is_titlelike(lines[j].text)) and not (
                    _BULLETED.match(lines[j - 1].text)):
                j -= 1  # the menu's last line is the title of the text or metadata under it
            if j < len(lines):
                lines[j] = replace(lines[j], brk=True)
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def unwrap(lines: list[Line]) -> list[Line]:
    """Rejoin paragraphs hard-wrapped at a fixed width (text taken out of PDFs and e-paper
    viewers): when many lines share one width, a line that fills it continues on the next;
    in a dump of pages set apart, the lines of one page that does."""
    out: list[Line] = []
    for a, b, found in wrapped_blocks([x.text for x in lines], [x.gap > 0 for x in lines]):
        out += lines[a:b] if found is None else _joined(lines[a:b], *found)
    return out


def _joined(lines: list[Line], measure: Callable[[str], int], full: int) -> list[Line]:
    out: list[Line] = []
    last = 0  # the width of the previous physical line
    for line in lines:
        prev = out[-1] if out else None
        if (prev and line.gap == 0 and last >= full - 2 and not is_heading(line.text)
                and not _announces_alone(prev.text)
                and (line.text[0] in _CONTINUES
                     or not (prev.text[-1] in SENTENCE_ENDS + CLAUSE_ENDS and is_titlelike(line.text)))
                and page_header(line.text) is None and date_line(line.text) is None  # no item's stamp
                and not EXCERPT_CUT.search(prev.text)):  # nor a list's excerpt, cut short
            out[-1] = replace(prev, text=prev.text + line.text)
        else:
            out.append(line)
        last = measure(line.text)
    return out


def _announces(text: str) -> bool:
    return meta_of(text) is not None or byline_of(text) is not None or is_lead(text)


def _announces_alone(text: str) -> bool:
    """A line that announces the text under it and stands alone: a lead that runs on into its
    sentence past a comma ('（某某社5日電）某銀行今天公布，第3季…') was cut at the width."""
    return meta_of(text) is not None or byline_of(text) is not None or (is_lead(text) and not _CLAUSE.search(text))


_CLAUSE = re.compile(r"[，,；;]")


_UNDERLINE = re.compile(r"^[*＊=＝]{5,}$")


def _opens_article(held: str, after: str) -> bool:
    """Is the last line of a related list or an ad in fact the title of the next article
    (metadata under it, or text when the list has no footer after it)?"""
    if not is_titlelike(held) or is_lead(held):
        return False
    if _announces(after) or _UNDERLINE.match(after):  # '*****' under a press release's headline
        return True
    return is_title(held) and not held.startswith(("·", "•", "-", "*", "【", "[")) and not is_boilerplate(after)


def _deck_under(headline: str, deck: str) -> bool:
    """Is *deck* a summary of joined clauses set under *headline* ('我市运动会开幕' / '共设36个
    项目,参赛人数约5000人')? Then a list's last two lines are the next article's."""
    return is_title(headline) and not re.search(r"[,，]", headline) and bool(re.search(r"[,，]", deck))


def _strip_marks(text: str) -> str:
    """A paragraph without a trailing editor credit or end mark: '…。（责任编辑：王五）', '（完）'."""
    if text.rstrip(" |｜")[-1:] not in ("）", ")", "】", "]"):
        return text
    return _TRAILING_MARK.sub("", text).strip() or text


def _learned(lines: list[Line], i: int, chrome: frozenset[str]) -> bool:
    """Is line *i* chrome learned from the collection (or repeated within the file), and not
    in a title's place (right above metadata, a byline or a lead)?"""
    if not chrome or line_key(lines[i].text) not in chrome:
        return False
    return i + 1 >= len(lines) or not _announces(lines[i + 1].text)


_BETWEEN_MAX = 6  # characters: a menu item's length; a headline between two bars is longer


def _between(lines: list[Line], i: int, chrome: frozenset[str]) -> bool:
    """Is line *i* a short non-sentence line right between two lines learned as chrome (an
    item of a site's menu or footer that only this page carries, such as its own section)?"""
    if not chrome or not 0 < i < len(lines) - 1 or len("".join(lines[i].text.split())) > _BETWEEN_MAX:
        return False
    return (is_titlelike(lines[i].text) and line_key(lines[i - 1].text) in chrome
            and line_key(lines[i + 1].text) in chrome)


def _table_value(lines: list[Line], i: int) -> bool:
    """Is line *i* the value of the table key standing alone on the line above it?"""
    return i > 0 and is_table_key(lines[i - 1].text) and is_table_value(lines[i].text)


# A page's end, cut as chrome: what follows in a dump is the next page's. Its marks are a
# site's footer (rights, licence and police-record numbers) and the credits a county site
# signs a story with; it takes _END_MARKS of them (a footer's block, an editor and a
# reviewer): one alone (a photo's rights line, an editor named mid-story) ends nothing.
_PAGE_END = re.compile(r"ICP备|ICP備|ICP证|ICP證|公网安备|公網安備|版权所有|版權所有|copyright\s*(?:©|\(c\))?\s*\d{4}|"
                       r"all rights reserved", re.IGNORECASE)
_CREDIT_END = re.compile(r"^[【\[(（]?\s*(" + EDITOR + "|" + CHECKER + "|终审|終審)"
                         r"\s*[:：|｜丨]")
_END_MARKS = 2


def _page_end_marks(out: list[Line], t: str) -> int:
    """How many marks of a page's end the dropped line *t* holds: a site's footer marks
    (版权所有, ICP备…), one for an editor's credit under a last sentence; a breadcrumb, all."""
    if not out:
        return 0
    if BREADCRUMB.search(t) is not None:
        return _END_MARKS
    if _CREDIT_END.match(t) is not None and out[-1].text.rstrip()[-1:] in "。！？!?”」":
        return 1
    return len(_PAGE_END.findall(t))


@dataclass
class _Zone:
    """An ad or a related-reading block clean_lines is dropping, line by line."""
    kind: str = ""  # "ad" | "related"; "" outside such a block
    held: Line | None = None  # the last line dropped in it
    above: Line | None = None  # the line dropped before that one
    listed: list[str] = field(default_factory=list)  # its lines: an item said twice (a thumbnail's
    # and its link's) is no title

    def takes(self, line: Line) -> bool:
        """Is *line* one more line of the block (a teaser of a related item goes on with it)?"""
        t = line.text
        teaser = self.kind == "related" and (_TEASER.search(t) is not None and len(t) <= _TEASER_MAX
                                             or _DETAILS.search(t) is not None)
        ends = not teaser and (is_heading(t) or page_header(t) is not None or _announces(t)
                               or (self.kind == "related" and (is_boilerplate(t) or len(t) > 80 or "。" in t)))
        if not ends:
            self.listed.append(t)
            self.above, self.held = self.held, line
        return not ends

    def close(self, t: str, out: list[Line]) -> bool:
        """End the block at the line *t*. Its last line, when it opens the article *t* goes on
        with, is put back on *out* as that article's title (its headline above it, if the line
        is a deck): True then."""
        held, put = self.held, False
        if held is not None and self.listed.count(held.text) == 1 and _opens_article(held.text, t):
            head = self.above if self.above is not None and _deck_under(self.above.text, held.text) else None
            if head is not None:  # its headline, then its deck
                out.append(Line(head.text, head.gap, True))
            out.append(Line(held.text, held.gap, head is None))  # the next article's title
            put = True
        self.kind, self.held = "", None
        return put


def clean_lines(text: str, chrome: frozenset[str] = frozenset()) -> list[Line]:
    """Lines without navigation, footers, editor lines, related-reading lists and ads, and
    without the lines *chrome* (keys of search.sources.recurring) names or that recur within
    the text; a kept line says (brk) whether page chrome was cut just before it, and keeps
    the widest blank before the chrome cut above it (in a dump, the blank line between two
    pages often stands above the next page's chrome)."""
    out: list[Line] = []
    zone, brk = _Zone(), False
    gap = 0  # the widest blank since the last kept line
    ended = 0  # marks of a page's end cut since the last kept line: enough, and the next page starts
    lines = _drop_short_runs(unwrap(split_cards(read_lines(text))))
    chrome = chrome | repeated_keys(text)
    for i, line in enumerate(lines):
        t, brk, gap = line.text, brk or line.brk, max(gap, line.gap)
        if zone.kind:
            if zone.takes(line):
                continue
            if zone.close(t, out):
                gap = line.gap
        if starts_ad(t):
            zone.kind, brk, zone.listed = "ad", True, []
        elif is_related(t):
            zone.kind, brk, zone.listed = "related", True, []
        elif is_filler(t):
            continue
        elif header_clock(t):
            brk = True
        elif (day := edition_date(t) or posted_on(t)) is not None:  # an e-paper's toolbar, a post's
            # poster line: its date is kept, for the headline under it
            out.append(replace(line, text=day, gap=gap, brk=True))
            brk, gap = False, 0
        elif meta_of(t) is None and (is_boilerplate(t) or _END_MARK.match(t) or _learned(lines, i, chrome)
                                     or _between(lines, i, chrome) or _table_value(lines, i)):
            brk, ended = True, ended + _page_end_marks(out, t)
        else:
            opens = line.opens or ended >= _END_MARKS
            out.append(replace(line, text=_strip_marks(table_cells(t)), gap=gap, brk=brk, opens=opens))
            brk, gap, ended = False, 0, 0
    return join_fragments(out)


def _cut_mid_sentence(prev: Line, line: Line) -> bool:
    """True when *line* goes on the sentence *prev* left open: it opens on punctuation that
    continues a sentence, or *prev* is long and unfinished and *line* is plain text that
    does not open a report, carry a date, name its outlet or turn script (in a dump, a page cut
    short is followed by the next page's '5月7日，…', date line, '某某讯:' or text in the other
    script, not by the rest of its sentence; with no blank line between pages, by any line)."""
    if line.gap > 1 or line.brk or (line.gap and not prev.gap):
        return False  # in dense text (no blank between paragraphs) a blank line is a page's end
    if line.text[0] in _CONTINUES:
        return True
    if not line.gap and cut_page_end(prev.text):
        return False  # under a page cut short with no blank line at all: the next page's line
    return (len(prev.text) >= CUT_SHORT and prev.text[-1] not in TERMINAL and not EXCERPT_CUT.search(prev.text)
            and not is_heading(line.text) and not is_titlelike(line.text)
            and caption_credit(prev.text) is None and not _announces(line.text) and page_header(line.text) is None
            and not opens_report(line.text) and date_line(line.text) is None
            and named_outlet([line.text], None) is None and not turns_script(prev.text, line.text))


def join_fragments(lines: list[Line]) -> list[Line]:
    """Rejoin paragraphs that a page break cut mid-sentence (long line, no final stop)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _cut_mid_sentence(prev, line):
            out[-1] = replace(prev, text=prev.text + line.text)
        else:
            out.append(line)
    return out
