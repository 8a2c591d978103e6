"""Where one page of a site dump ends and the next begins, when no heading or metadata says so."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from search.sources.chrome import SECTION_NUMBER
from search.sources.heads import post_headline
from search.sources.items import dated_leads, stamped_items, teaser_items
from search.sources.junctions import CUT_SHORT, stops_mid_clause, tight_junction
from search.sources.lines import _HAN, Line, is_title, is_titlelike, opens_report
from search.sources.scripts import QUOTES, script, steady_turn
from search.sources.sites import outlet


def page_breaks(lines: list[Line], kinds: list[tuple[str, Any]], span: int = 12,
                dense: float = 0.7) -> set[int]:
    """Blank lines that separate pages: in text whose paragraphs mostly follow each other with
    no blank line between them (a crawler's dump of dense pages), a blank line is rare and
    marks where one page ends and the next starts, when the block of lines before it or after
    it runs dense for three lines or more, two of them text (a title, its metadata and one
    paragraph is how a single page opens), and no plain text said nowhere above stands under
    it (a page's own paragraph set apart). A blank line where the spacing changes, from
    paragraphs set apart by blank lines to a dense block, is a page break too: one page's
    template spaces its paragraphs the same all through; so is the turn the other way, from a
    dense block to paragraphs set apart, where page chrome was cut between them. Each item of
    a feed of stamped posts starts one too (stamped_items), and so does a line set with no blank
    under a page cut short, signed off or turning script (_tight_break); no break stands over a
    short line that is a cut page's last line."""
    gaps = [x.gap for x in lines]
    text = [kind in ("body", "lead", "caption") for kind, _data in kinds]
    out = {i for i in range(1, len(lines)) if _breaks_at(lines, kinds, gaps, text, i, span, dense)}
    first = min(out, default=None)
    if first is not None and sum(text[:first]) <= 1 and not any(k == "title" for k, _d in kinds[:first]):
        out.discard(first)  # a lone untitled paragraph is a story's lead set apart, not a page
    leads = {i for i in dated_leads(lines, kinds) if not leans_back(lines[i].text)}  # '此外,某某昨(20日)…'
    return out | stamped_items(kinds) | teaser_items(lines, kinds) | leads



def _breaks_at(lines: list[Line], kinds: list[tuple[str, Any]], gaps: list[int], text: list[bool],
               i: int, span: int, dense: float) -> bool:
    """Whether a page starts at line *i*, by the tests page_breaks lists, in its order."""
    if _tight_break(lines, kinds, i):
        return True  # pages joined with no blank line
    if gaps[i] < 1 or _LEANS_BACK.match(lines[i].text) or _ANNOUNCES.match(lines[i].text):
        return False
    if i + 1 < len(lines) and len(lines[i].text) < CUT_SHORT and tight_junction(lines, kinds, i + 1):
        return False  # line i is its page's cut last line: the next page starts right under it
    if kinds[i][0] == "caption" and not lines[i].brk and any(text[:i]) and not _script_turns(lines, kinds, text, i):
        return False  # a story's photos and their captions, set close under its text, in its script: no new page
    after = next((k for k in range(i + 1, len(lines)) if gaps[k] > 0), len(lines))
    before = next((k for k in range(i - 1, 0, -1) if gaps[k] > 0), 0)
    if _spacing_turns(lines, gaps, text, i, before, after) or _marked_turn(lines, kinds, text, i):
        return True
    window = gaps[max(1, i - span):i] + gaps[i + 1:i + 1 + span]
    if sum(g == 0 for g in window) < dense * len(window):
        return False
    if kinds[i][0] == "body" and not any(x.text == lines[i].text for x in lines[:i]):
        return False  # density alone opens no page at plain text, a paragraph set apart (a photo
        # page's captions, then its text), unless it is said again: a page printing its story twice
    return any(_dense_block(lines, text, a, b) for a, b in ((before, i), (i, after)))


def _spacing_turns(lines: list[Line], gaps: list[int], text: list[bool], i: int, before: int,
                   after: int) -> bool:
    """A blank line at *i* where the spacing of paragraphs changes (see page_breaks)."""
    if _dense_block(lines, text, i, after) and (_spaced_before(gaps, text, i)
                                                or _dense_block(lines, text, before, i)):
        return True
    if lines[i].brk and text[i] and _dense_block(lines, text, before, i) and _spaced_after(gaps, text, i):
        return True  # a dense page, page chrome cut, then paragraphs set apart: the next page
    # a short dense page (two paragraphs, not a list) after a spaced one
    return _dense_paragraphs(lines, text, i, after) and (_spaced_before(gaps, text, i, need=3)
                                                         or _dense_block(lines, text, before, i))


def _marked_turn(lines: list[Line], kinds: list[tuple[str, Any]], text: list[bool], i: int) -> bool:
    """A blank line at *i* with a mark of a page's end or start on either side of it."""
    return (_cut_short(lines, kinds, i)  # a page the crawler cut mid-sentence, then the next page
            or _signed_off(lines, kinds, i)  # a story signed by its reporter, then the next page's text
            # a reposted post opening on its bracketed headline: a page of its own
            or (post_headline(lines[i].text) is not None and any(text[:i]))
            or _script_turns(lines, kinds, text, i)  # one site's page in traditional, the next simplified
            or _indent_turns(lines, kinds, i))  # one site's paragraphs indented, the next flush


# Text opening on a word that points back to what came before ('他又提到…', '此外，…') goes
# on with the page above: no page starts that way.
_LEANS_BACK = re.compile(r"^(他|她|它|其)(们|們)?"
                         r"(又|还|還|也|并|並|则|則|表示|指出|强调|強調|说|說|称|稱|认为|認為|提到)"
                         r"|^(此外|另外|同时|同時|对此|對此|与此同时|與此同時|除此之外|而且|不过|不過|然而)[，,]?")


def leans_back(text: str) -> bool:
    """Does *text* open by leaning on what came before it ('此外,', '他表示')? Then it goes
    on with the story above, never opens a page."""
    return bool(_LEANS_BACK.match(text))


# A short line that announces what comes under it ('以下是記者的特寫:') goes on with the story.
_ANNOUNCES = re.compile(r"^(以下|下面|如下)[^。！？!?]{0,28}[:：]$")
_INDENT_BEFORE, _INDENT_AFTER = 3, 2  # paragraphs alike on each side of the blank line
_PARAGRAPH = ("body",)  # a lead ("本报讯 …") may stand flush over indented paragraphs


def _indent_turns(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Is the blank line before *i* between runs of paragraphs (no headline or metadata among
    them) where those before it are all indented and those after it all flush, or the
    reverse? A page's template sets all its paragraphs alike."""
    if kinds[i][0] not in _PARAGRAPH or kinds[i - 1][0] not in _PARAGRAPH:
        return False
    before = _indents(lines, kinds, range(i - 1, -1, -1), _INDENT_BEFORE, ())
    after = _indents(lines, kinds, range(i, len(lines)), _INDENT_AFTER, ("title",))  # past its captions
    return (len(before) == _INDENT_BEFORE and len(after) == _INDENT_AFTER
            and len(set(before)) == 1 and len(set(after)) == 1 and before[0] != after[0])


def _indents(lines: list[Line], kinds: list[tuple[str, Any]], at: range, most: int,
             past: tuple[str, ...]) -> list[bool]:
    """Whether each of the first *most* paragraphs walking *at* is indented, stepping over lines
    of the kinds *past*; fewer when a line of another kind (a headline, metadata) comes first."""
    out: list[bool] = []
    for k in at:
        if kinds[k][0] in past:
            continue
        if kinds[k][0] not in _PARAGRAPH:
            break
        out.append(lines[k].indent)
        if len(out) == most:
            break
    return out


def _dense_block(lines: list[Line], text: list[bool], start: int, end: int) -> bool:
    """Three lines or more with no blank between them, two of them text (the parts of one
    line split in two count as one line)."""
    return sum(not x.part for x in lines[start:end]) >= 3 and sum(text[start:end]) >= 2


def _spaced_before(gaps: list[int], text: list[bool], i: int, need: int = 2) -> bool:
    """The last *need* text paragraphs before line *i* each stand after a blank line."""
    prev = [k for k in range(i - 1, -1, -1) if text[k]][:need]
    return len(prev) == need and all(gaps[k] >= 1 for k in prev)


def _spaced_after(gaps: list[int], text: list[bool], i: int, need: int = 3) -> bool:
    """The first *need* text paragraphs from line *i* on each stand after a blank line."""
    nxt = [k for k in range(i, len(gaps)) if text[k]][:need]
    return len(nxt) == need and all(gaps[k] >= 1 for k in nxt)


def _dense_paragraphs(lines: list[Line], text: list[bool], start: int, end: int, least: int = 50) -> bool:
    """Two lines or more with no blank between them, all paragraphs of text (a list's short
    items are not)."""
    return end - start >= 2 and all(text[start:end]) and all(len(x.text) >= least for x in lines[start:end])


def _cut_short(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """The paragraph right before the blank line at *i* is long and stops mid-clause (not a
    photo caption ending on its photographer, not a translation), and Chinese text or a title
    follows. A paragraph broken in two was mended before (clean.join_fragments), so what is
    left is a page cut short, and the next line is the next page's."""
    return (kinds[i - 1][0] in ("body", "lead") and kinds[i][0] in ("body", "lead", "caption", "title", "byline")
            and stops_mid_clause(lines[i - 1].text) and bool(_HAN.search(lines[i].text[:20])))


# '…逐渐增大。(记者某某)': a reporter's credit in brackets after the last sentence signs the
# story off (a photographer's, '(记者 某某 摄)', signs a photo, which text may follow).
_SIGN_OFF = re.compile(r"[。！？!?”」][(（]\s*(记者|記者|通讯员|通訊員)[^()（）摄攝]{2,20}[)）]$")


def _signed_off(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """The paragraph right above line *i* ends on its reporter's credit, and text or a title
    follows: the story above is over."""
    return _text_under_text(kinds, i) and _SIGN_OFF.search(lines[i - 1].text) is not None


def _text_under_text(kinds: list[tuple[str, Any]], i: int) -> bool:
    return kinds[i - 1][0] in ("body", "lead") and kinds[i][0] in ("body", "lead", "title")


# '又讯 …': a second part of one story, often under its first part's credit ('(记者 某某)')
_NEXT_PART = re.compile(r"^(又|另|再)(讯|訊)")


def _tight_break(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Does line *i*, set with no blank line under the line above, open the next page of a
    tight dump: a page cut short above it (junctions.tight_junction); or a page's opening
    line (a headline, a lead, metadata under it) under a story signed off by its reporter
    or under a turn of script that holds (scripts.steady_turn)? A story's parts, its
    quotes in the other script and its lines leaning back go on with it."""
    if _LEANS_BACK.match(lines[i].text):
        return False
    if tight_junction(lines, kinds, i):
        return True
    if lines[i].gap >= 1 or not _text_under_text(kinds, i) or _NEXT_PART.match(lines[i].text):
        return False
    if not _opens_page(lines, kinds, i):
        return False
    headed = kinds[i][0] == "title" or any(k[0] in _HEADER for k in kinds[i + 1:i + 3])
    return (headed and _SIGN_OFF.search(lines[i - 1].text) is not None) or steady_turn(lines, kinds, i)


_HEADER = ("meta", "date", "byline")


def _opens_page(lines: list[Line], kinds: list[tuple[str, Any]], i: int) -> bool:
    """Does line *i* look like the first line of a page: a headline or page chrome (a short
    line with no sentence), a lead or a dated opening, or a line with metadata under it?"""
    return (kinds[i][0] in ("title", "lead") or is_titlelike(lines[i].text) or opens_report(lines[i].text)
            or bool(_DATED_OPENING.match(lines[i].text)) or any(k[0] in _HEADER for k in kinds[i + 1:i + 3]))


# a lead dated or credited in its first clause: '2022年2月28日(周一),…', '某某協會於12月5日舉辦…',
# '泰国头条新闻社讯 3月24日,…'
_DATED_OPENING = re.compile(r"^[^，,。:：]{0,12}(\d{1,2}月\d{1,2}[日號号]|(社|网|網|报|報)(讯|訊))")


_HEAD_BLOCK = 6  # lines: a headline, its captions, byline and date, then its first paragraph


def _script_turns(lines: list[Line], kinds: list[tuple[str, Any]], text: list[bool], i: int) -> bool:
    """The paragraph before the blank line at *i* and the line after it are in different
    scripts: no page changes script from one paragraph to the next."""
    # a paragraph that is all a quote (a post, a letter) may stand in the other script: the
    # story's own paragraph above it tells
    prev = next((k for k in range(i - 1, -1, -1) if text[k] and not lines[k].text.startswith(QUOTES)), None)
    if prev is None:
        return False
    # a short headline may hold too few characters to tell ('王營村:…'): the lines under it,
    # down to its story's first paragraph, tell for it
    top = next((k for k in range(i, min(i + _HEAD_BLOCK, len(lines))) if text[k]), None)
    head = range(i, (top if top is not None and kinds[i][0] == "title" else i) + 1)
    after = next((s for k in head if (s := script(lines[k].text)) is not None), None)
    before = script(lines[prev].text)
    return after is not None and before is not None and after != before


def opens_page(lines: list[Line], kinds: list[tuple[str, Any]], at: int) -> bool:
    """Does the metadata line *at* open a page of its own: more metadata under it, then a
    title line, then text? After a page cut, that is the next page's header block, not the
    trailer of the text above it."""
    k = at + 1
    while k < len(kinds) and kinds[k][0] in ("meta", "date", "byline"):
        k += 1
    return (k + 1 < len(kinds) and kinds[k][0] == "title" and is_title(lines[k].text)
            and kinds[k + 1][0] in ("body", "lead"))


def top_level(kinds: list[tuple[str, Any]]) -> int:
    """The Markdown heading level that opens articles: the deepest level announced by
    metadata under it; else, below a lone collection title, the next level; else a document
    title's own level (its sections are subheadings); else 2."""
    heads = [(i, k[1][0]) for i, k in enumerate(kinds) if k[0] == "head"]
    if not heads:
        return 2
    announced = [lv for i, lv in heads if i + 1 < len(kinds) and kinds[i + 1][0] in ("meta", "date", "byline", "lead")]
    if announced:
        return max(announced)
    levels = [lv for _i, lv in heads]
    first_at, first = heads[0]
    if first_at == 0 and levels.count(first) == 1 and first == min(levels):
        if len(heads) > 1 and heads[1][0] == 1:
            return heads[1][1]
        return first
    return max(2, min(levels))


def news_pages(kinds: list[tuple[str, Any]]) -> set[int]:
    """Pages (counted at e-paper page headers) where two or more articles open with a lead or
    a byline under their title: a newspaper page, where a bare title opens an article too."""
    page, counts = 0, Counter[int]()
    for i, (kind, _data) in enumerate(kinds):
        page += kind == "page"
        counts[page] += kind in ("lead", "byline") and i > 0 and kinds[i - 1][0] == "title"
    return {p for p, n in counts.items() if n >= 2}


def dated_outlets(lines: list[Line], kinds: list[tuple[str, Any]]) -> tuple[list[Line], list[tuple[str, Any]]]:
    """A date line, an outlet's name alone on the next, then text: one metadata line, the head of
    a story ('2026-03-05' / '某某新聞網' / its text). Two or more such heads make a list of
    untitled items, and each is marked ``item``: it opens the next one."""
    heads = [i for i in range(len(lines) - 2) if kinds[i][0] == "date" and lines[i + 1].gap == 0
             and outlet(lines[i + 1].text) and kinds[i + 2][0] in ("body", "lead")]
    merged = {i: ("meta", {"date": kinds[i][1], "source": outlet(lines[i + 1].text)}
                  | ({"item": "1"} if len(heads) > 1 else {})) for i in heads}
    keep = [i for i in range(len(lines)) if i - 1 not in merged]
    return [lines[i] for i in keep], [merged.get(i, kinds[i]) for i in keep]


def sectioned(lines: list[Line]) -> set[int]:
    """Ids of the lines of a numbered section: its heading ('四、活动时间', not '1.', which
    numbers lists of headlines too) and the lines right under it, up to a blank line (a
    page of a dump starts after one)."""
    out, inside = set(), False
    for x in lines:
        inside = bool(SECTION_NUMBER.match(x.text)) or (inside and x.gap == 0)
        if inside:
            out.add(id(x))
    return out
