"""Which of the lines near a story's start is its headline: the last title-like line that
may be one, unless the story's opening restates another more (a chrome line over the
headline, a widget's label or a byline under it, a photo's caption by the lead); and a title
too short for a headline gives way to a headline-shaped line the story restates."""
from __future__ import annotations

import re
from typing import Any

from search.sources.heads import (
    ECHO,
    OPENING,
    echo_share,
    echoed,
    headline_shaped,
    opening_at,
    site_only,
    under_headline,
)
from search.sources.lines import Line, is_title
from search.sources.sites import outlet

_HAN = re.compile(r"[\u4e00-\u9fff]")
HEADLINE_HAN = 6  # Han characters a headline over a deck has at least ('Eng|繁体' is a bar)
# a deck joins clauses; a headline sets its parts apart with a space (a thousands comma, '3,200',
# joins no clauses)
_CLAUSES = re.compile(r"[，;；]|(?<!\d),|,(?!\d)")
# a line that may head a story: no longer than a headline, no full stop, no clause left open,
# not ended as a sentence is ('…最大风力达十四级!': a lead; '…點亮!中央公園…' is a headline)
_HEADING = re.compile(r"^[\w“「『《【][^。；;]{5,49}(?<![:：，,、!?！？])$")  # (no list's item: '◎…', '◆…')
_HEADING_AT = 2  # lines of text searched for it
# Han characters a line that replaces a short title has at least, and how many times the
# title's: the labels replaced on the tune pages of set 68 ('大樹區', '民生', '今日开鲁', '瀏覽 (921)')
# gave way to headlines of 13-35 Han; a real short headline ('台风登陆') over its deck or lead stays
_HEADING_HAN = 10
_HEADING_TIMES = 2
_TOLD_HAN = 4  # Han characters a short title its story restates has at least to be kept
_NAME = re.compile(r"[A-Za-z]{2,}")  # a Latin name in a title ('iPhone 16 发布')


class Choosing:
    """Choosing a draft's headline among the pending lines; mixed into Drafting."""

    lines: list[Line]
    kinds: list[tuple[str, Any]]
    pending: list[Line]
    sectioned: set[int]
    at: int
    cur: Any
    untold: str | None

    def title_at(self, opening: str | None = None) -> int:
        """The last pending line that may be a headline: not a line set under one (a
        subtitle; a numbered section's heading and the lines right under it, '四、活动时间' /
        '2011年12月21日下午'), not a site's or channel's name."""
        sectioned = [id(p) in self.sectioned for p in self.pending]
        han = [bool(_HAN.search(p.text)) for p in self.pending]  # 'a', '0 0', '@ME:' by a headline
        for i in range(len(self.pending) - 1, -1, -1):
            text = self.pending[i].text
            if not (under_headline(text) or sectioned[i] or site_only(text) or (any(han) and not han[i])):
                return i - 1 if i and self._deck(i) and not self._echoes_more(i, opening) else i
        return len(self.pending) - 1

    def _echoes_more(self, i: int, opening: str | None) -> bool:
        """Does the story's opening restate more of pending line *i* than of the line above
        it, and little of that line (less than ECHO of its pairs)? Then *i* is the headline
        and the line above is chrome, no headline over its deck (a site's tagline). A lead
        that restates both a headline and its deck, the deck more closely, keeps the
        headline: deleting it would leave it neither title nor text."""
        if not opening:
            return False
        above = echo_share(self.pending[i - 1].text, opening)
        return above < ECHO and echo_share(self.pending[i].text, opening) > above

    def _deck(self, i: int) -> bool:
        """Is pending line *i* a deck under the headline above it: a clause-joined summary
        ('共设36个项目,参赛人数约5000人') under a headline with no comma?"""
        above, text = self.pending[i - 1].text, self.pending[i].text
        return (bool(_CLAUSES.search(text)) and not _CLAUSES.search(above) and is_title(above)
                and len(_HAN.findall(above)) >= HEADLINE_HAN and not re.search(r"[|｜]", above)
                and not above.startswith(("•", "·"))
                and not under_headline(above) and not site_only(above))

    def restated(self, opening: str | None) -> int:
        """Which pending line heads the story: of the lines near its start, the one its
        opening restates (heads.echoed). A line passed over on the way, a chrome line taken
        for a headline over its deck (a site's tagline, with the navigation cut under it) or
        a name or widget that cannot be one ('□ 某某', '• 按此投稿'), is neither headline nor
        text."""
        last = self.title_at(opening)
        if last != self.title_at() and self.pending[last].brk:  # the line over it is no headline
            del self.pending[last - 1]  # over a deck, but the page's, above its navigation (cut)
            last -= 1
        at = echoed(self.pending, last, opening)
        if at < last and not headline_shaped(self.pending[last]) and outlet(self.pending[last].text) is None:
            del self.pending[last]  # (an outlet's name, '• 某某日報', credits the story)
        return at

    def restated_less(self, line: str) -> bool:
        """Does the story's opening restate less of *line* (by the lead: a photo's caption, a
        widget's label) than of the headline above the metadata? Then that is the story's
        headline, *line* is not."""
        opening = opening_at(self.lines, self.kinds, self.at) or ""
        return echo_share(self.cur.title or "", opening) > echo_share(line, opening)

    def headline_in_text(self) -> None:
        """A title too short to be a headline (fewer character pairs than one: a district's or
        section's label, a contact line, a counter, a name) gives way to a line shaped as one
        that the story restates: one near the top of its text (a digest's summary paragraph
        may stand above it), or a headline just displaced with no text (its metadata, then a
        source's value taken for the headline next to the text)."""
        text, title = self.cur.kicker + self.cur.body, self.cur.title
        if title is None or echo_share(title, title) > 0:  # (0: fewer pairs than echo_share reads)
            return
        story = "".join(x.text for x in text)
        if _restated(title, story):
            return
        if self.untold and _replaces(title, self.untold) and echo_share(self.untold, story) > 0:
            self.cur.title = self.untold
            return
        for i, line in enumerate(text[:_HEADING_AT]):
            first, rest = line.text.strip(), "".join(x.text for x in text[i + 1:])
            if (rest and _replaces(title, first) and not under_headline(first)
                    and echo_share(first, rest) > 0):
                self.cur.title = first
                kicked = i < len(self.cur.kicker)
                del (self.cur.kicker if kicked else self.cur.body)[i if kicked else i - len(self.cur.kicker)]
                return


def _restated(title: str, story: str) -> bool:
    """Does the story's opening restate every Han character of the short *title* ('台风登陆' /
    '第11号台风海葵今天下午在福建沿海登陆…')? Then it is the story's own headline, however short.
    A district's or section's label ('大樹區', '民生') is too short to tell: its story names it."""
    han = _HAN.findall(title)
    opening = story[:OPENING]
    named = len(han) >= _TOLD_HAN or bool(_NAME.search(title))  # 'iPhone 16 发布'
    return bool(han) and named and all(c in opening for c in han)


def _replaces(title: str, line: str) -> bool:
    """May *line* replace the short *title*: shaped as a headline, and well longer than it."""
    han = len(_HAN.findall(line))
    return bool(_HEADING.match(line)) and han >= max(_HEADING_HAN, _HEADING_TIMES * len(_HAN.findall(title)))
