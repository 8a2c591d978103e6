"""A short line inside a story told under its headline: a section's subheading, not the
next story's headline. A list page's headlines are about as long as one another; a story's
subheadings ('红,中原儿女多奇志', '服务京津有担当') are well shorter than its own headline, and
their sections go on with its words (or it is a feature, '某某寻访记——…')."""
from __future__ import annotations

import re
from typing import Any

from search.sources.heads import OPENING, shared_pairs
from search.text.normalize import normalize

_HAN = re.compile(r"[\u4e00-\u9fff]")
_SHARE = 0.7  # of the headline's Han characters: a line shorter than this heads a section
_LINE_HAN = 5  # a line of four Han or fewer is a label ('新聞中心', '编者的话'), whatever follows it
_NAMED = 3  # characters a text opens with when it goes on from a line naming its subject
_HEADER_REACH = 6  # lines under a headline where its page's date, source or byline stand
_HEADER_KINDS = ("date", "meta", "byline", "lead")
_HEADLINE_HAN = 10  # a headline this long at least: a site's label ('启动仪式现场') measures nothing
_TOLD = 2  # paragraphs under the headline before a section may start (a list item has one)
# character pairs a section's heading and opening share with its story at least: 3 to 30 for
# the tune pages' sections; none for the next story of a list run together by single newlines
_GOES_ON = 2
_FEATURE = re.compile(r"——|--")  # a feature's headline: its series' name, a dash, its title
# '■快报政法新闻部记者 某某': a reporter's name over each piece of a collection heads a piece
_SIGNED = re.compile(r"(记者|記者)\s*[\u4e00-\u9fff]{2,3}$")


def heads_section(line: str, headline: str | None, paragraphs: int) -> bool:
    """Is *line*, after *paragraphs* of the story titled *headline*, a subheading of that
    story: well shorter than its headline, set after more than a list item's one paragraph?"""
    if headline is None or paragraphs < _TOLD or _SIGNED.search(line):
        return False
    size, own = len(_HAN.findall(headline)), len(_HAN.findall(line))
    return size >= _HEADLINE_HAN and _LINE_HAN <= own < _SHARE * size


def goes_on(line: str, opening: str, story: str, headline: str) -> bool:
    """Does the section *line* heads, opening with *opening*, go on with the story above
    (*headline* over *story*): its heading and opening use some of the story's words
    ('红,中原儿女多奇志' / '…黄河…' under a story about 河南 and 黄河), or the story is a
    feature whose headline parts its series' name from its title ('某某寻访记——…'), which
    heads each section in words of its own? A list's next story shares none of them: with
    single newlines between its stories, a shorter headline is no section of the one above."""
    return (shared_pairs(line + opening[:OPENING], headline + story) >= _GOES_ON
            or bool(_FEATURE.search(headline)))


def names_opening(line: str, text: str) -> bool:
    """Does *text* open on the name *line* gives ('西奥多·庞维勒' / '西奥多·庞维勒(又译…)是…')?
    Then the line heads an entry about what it names, not a section of the story above."""
    head, opening = normalize("".join(line.split())), normalize("".join(text.split()))
    return len(head) >= _NAMED and opening.startswith(head[:_NAMED])


def headed_near(kinds: list[tuple[str, Any]], at: int, waiting: int) -> bool:
    """Do metadata (a date, a source, a byline) stand right above the *waiting* title-like
    lines before line *at* (a trailer closed the story above), or a page's metadata or a
    lead within a few lines under *at*, before any other title-like line ('Headline' / text
    / '2024-01-04 · 某某评论')? Then those lines head a page, not a section."""
    above = at - waiting - 1
    if above >= 0 and kinds[above][0] in _HEADER_KINDS:
        return True
    for kind, _data in kinds[at + 1:at + 1 + _HEADER_REACH]:
        if kind in _HEADER_KINDS:
            return True
        if kind in ("title", "head", "page"):
            return False
    return False
