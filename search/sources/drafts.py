"""Drafts: the articles text.py assembles line by line before they become Article records."""
from __future__ import annotations

from dataclasses import dataclass, field

from search.sources.articles import derive_title
from search.sources.lines import Line, is_lead

STUB_LINES = 2  # a widget between a story's metadata and its lead: at most two lines ...
STUB_HAN = 20  # ... of at most this many Han characters in all (a story's first paragraph has more)
NOTICE_HAN = 60  # a notice above the lead (請同意…才能啟用聽新聞的功能, said twice) is no story either
PHOTO_LABEL = 50  # characters: a photo's label under a headline; longer, it tells the story itself


@dataclass
class Draft:
    """An article being assembled: its title, kicker lines, text lines and metadata."""

    title: str | None = None
    kicker: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    date: str | None = None
    source: str | None = None
    outlet: str | None = None  # an outlet's name alone by the headline: a metadata source goes first
    byline: str | None = None
    paper: str | None = None  # the paper an e-paper's property block names: the source of last resort
    staff: str | None = None  # the outlet whose staff a photo's credit names ('某某网记者 甲 摄'), in a
    # caption or alone under the text: the source when nothing else, not even the page's paper, is
    kind: str = "article"
    signalled: bool = False  # announced by a heading, metadata, a byline or a lead
    sealed: bool = False  # a trailer (signature date, source line) closed its text
    pictured: bool = False  # its text so far is photo captions under its headline
    clocked: bool = False  # its date came from above any headline: a page's header clock

    def stub(self, most: int) -> bool:
        """Headline and metadata, then at most STUB_LINES lines of at most *most* Han characters
        in all, none of them a lead: too little to be a story, when a lead follows (a widget's
        加载中,请稍候)."""
        return (self.title is not None and self.signalled and not self.pictured and bool(self.body)
                and len(self.body) <= STUB_LINES and self.slight(most))

    def photos_only(self) -> bool:
        """Is its text so far only photo captions awaiting the story: untitled ones, or short
        labels under its headline ('Headline' / '▲caption（圖／…）')? A headline over a caption
        as long as a story is a photo item."""
        return self.pictured and (self.title is None or all(len(b.text) <= PHOTO_LABEL for b in self.body))

    def slight(self, most: int) -> bool:
        """Is its text so far at most *most* Han characters, with no lead among its lines?"""
        han = sum(1 for x in self.body for c in x.text if "\u4e00" <= c <= "\u9fff")
        return han <= most and not any(is_lead(x.text) for x in self.body)

    def meta(self, found: dict[str, str]) -> None:
        """Fill what is still missing from a metadata line. A date read above any headline (the
        page header's clock, today's date, or the item above in a list) gives way to the next
        date before the text: the one nearest the story, above or under its headline."""
        if self.clocked and found.get("date"):
            self.date, self.clocked = None, False
        self.date = self.date or found.get("date")
        self.source = self.source or found.get("source")
        self.byline = self.byline or found.get("byline")
        self.paper = self.paper or found.get("paper")


def caption_draft(parts: list[str], credit: str) -> Draft:
    """A stand-alone photo item: its caption lines and photographer."""
    return Draft(title=derive_title("\n".join(parts), 24),
                 body=[Line(p, 0) for p in parts], byline=credit or None, kind="caption")


_SAID_ONCE = 20  # characters: a paragraph this long said again in one story is a copy of the page's


def said_once(lines: list[Line], seen: set[str]) -> list[Line]:
    """A story's paragraphs with a long one it said already dropped, and so are those it opens
    with that the file said before (a page printing its text twice); adds them to *seen*.
    Further down, a paragraph other stories share stays (press releases end alike)."""
    out: list[Line] = []
    own: set[str] = set()
    for x in lines:
        key = "".join(x.text.split())
        if len(key) >= _SAID_ONCE and (key in own or (not out and key in seen)):
            continue
        own.add(key)
        out.append(x)
    seen |= own
    return out
