"""A list page's cards, each flattened onto one line (its headline, perhaps its writer, its
date and the story's opening), and a headline with its date set after it on its line: set
back on lines of their own before the page's chrome is cut (search.sources.clean)."""
from __future__ import annotations

import re

from search.sources.lines import Line, is_titlelike
from search.sources.meta import meta_of
from search.text.sentences import SENTENCE_ENDS

# A list page's card flattened onto one line: headline, perhaps the writer, the date set
# apart, then the story's opening ('某某活动在悉尼举行 甲乙 2022-08-28 由某某商会主办的…');
# or a story's headline with its date set after it on its line, and perhaps its whole text
# ('某某医院夜间门诊开诊 2025年04月03日', a blog post flattened onto one line).
# The headline may end on a cry ('…從何入手!'), as Hong Kong and Taiwan headlines do, and the
# date's parts be set apart by dashes, slashes or dots, one mark throughout
# ('「中秋游园会」及「敬师日」 2025.10.06', as school sites print it).
_CARD = re.compile(r"^(?P<head>(?:[^。！？!?，,]|(?<=\d),(?=\d{3})){6,60}?[！？!?]?)\s+"
                   r"(?P<name>[\u4e00-\u9fff]{2,4}\s+)?"
                   r"(?P<date>\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2}|\d{1,2}(?P<dsep>[-/.])\d{1,2}(?P=dsep)\d{4}|"
                   r"\d{4}年\d{1,2}月\d{1,2}日)"
                   r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?P<credit>\s*[|｜]\s*\S.{0,80})?(?:\s+(?P<text>\S.{40,})|\s*)$")

# a product's name right before a dotted number: a release counted by its year ('IDEA 2024.2.1')
_VERSIONED = re.compile(r"[A-Za-z]$")


def _cried_alone(m: re.Match[str]) -> bool:
    """Does the matched line's headline end on a cry with nothing but the date after it? A
    listing's card sets its credit or its story's opening there ('…從何入手! 2013年11月8日|文:…');
    a wish or a call closing a letter or a notice, dated on its line, sets neither ('祝全校师生
    新春快乐! 2024年2月9日'): it is the story's text, no headline, nor one of a list's."""
    return m.group("head")[-1] in "！？!?" and not (m.group("credit") or m.group("text"))


def split_cards(lines: list[Line]) -> list[Line]:
    """Each card of a list page, or a headline with its date set after it, as its headline, its
    date and its text, on lines of their own; not a line of a run of dated headlines with no
    text under each (a list of other stories)."""
    out: list[Line] = []
    cards = [m if m is None or not _cried_alone(m) else None for m in map(_CARD.match, (x.text for x in lines))]
    bare = [m is not None and not m.group("text") for m in cards]
    for i, (line, m) in enumerate(zip(lines, cards, strict=True)):
        text = m.group("text") if m is not None else None
        if (m is None or not is_titlelike(m.group("head")) or meta_of(line.text) is not None  # not a
                or (text and not re.search(f"[{SENTENCE_ENDS}]", text))  # metadata line ('原创 某某 2023-06-10'),
                or (not text and m.group("name"))  # nor a poster's ('某某管理员 发表于 2020-3-21 10:48'),
                # nor a release numbered by its year after its product's name ('发布 IntelliJ IDEA 2024.2.1'),
                or (m.group("sep") == "." and _VERSIONED.search(m.group("head")))
                or (not text and i + 1 == len(lines))  # nor the file's last line (a link under the text),
                or (not text and (i and bare[i - 1] or i + 1 < len(lines) and bare[i + 1]))):  # nor a list of
            out.append(line)  # dated headlines with no text under each: other stories, not this one's date
            continue
        date = m.group("date") + (m.group("credit") or "")  # '2024年03月13日|文:某某組': the listing's credit
        out += [Line(m.group("head"), line.gap, line.brk, line.opens), Line(date, 0)]
        out += [Line(text, 0)] if text else []
    return out
