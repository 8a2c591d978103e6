"""Where drafts begin and end while the splitter (search.sources.splitter) walks a file: the
title a draft takes from the lines that waited, when waiting title lines open a new article,
and closing a draft. The splitter's state is declared here; it sets it."""
from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from search.sources.breaks import leans_back
from search.sources.choosing import HEADLINE_HAN, Choosing
from search.sources.decks import decked, lone_of_deck, said_in_pieces, subtitled, unwrapped
from search.sources.drafts import STUB_HAN, Draft
from search.sources.heads import (
    ECHO,
    another_story,
    bulleted,
    dashed,
    echo_share,
    fuller,
    headline_shaped,
    labelled_series,
    opening_at,
    over_label,
    restates_story,
    said_twice,
    site_only,
    starred,
)
from search.sources.items import stamps_under
from search.sources.lines import Line, is_lead, is_title, is_titlelike, opens_report
from search.sources.listed import marked_items
from search.sources.sites import named_site, outlet, site_name
from search.sources.subheads import goes_on, headed_near, heads_section, names_opening
from search.text.normalize import normalize
from search.text.sentences import SENTENCE_ENDS

_HAN = re.compile(r"[\u4e00-\u9fff]")
_PHOTOS_TOO = re.compile(r"(文|文字)\s*[/／]\s*(圖|图)|(圖|图)\s*[/／]\s*文$|(图文|圖文)\s*$")  # a byline's '文/圖'
_TAG = re.compile(r"^[\[【][^\]】]{1,8}[\]】]")  # a column's tag before the page title: '[新春走基层] Headline'


def said_as(text: str) -> str:
    """A line as compared with the headline: no spaces, in one script (a mirror that turned a
    page traditional leaves the captions under its photos as they were), no bullet or column
    tag before it (an e-paper's menu lists the page's headlines again: '·Headline')."""
    return _TAG.sub("", normalize("".join(text.split())).lstrip("·•"))


class Drafting(Choosing):
    """Opening, titling and closing drafts; mixed into the Splitter."""

    lines: list[Line]
    kinds: list[tuple[str, Any]]
    done: list[Draft]
    cur: Draft
    pending: list[Line]  # title-like lines not yet placed
    site: str | None
    sectioned: set[int]  # ids of the lines of numbered sections (search.sources.breaks)
    page_date: str | None
    page_no: str | None  # the e-paper page the current line is on
    next_date: str | None
    news_page: bool
    at: int
    untold: str | None = None  # the headline of the draft last dropped with no text under it

    # -- boundaries ---------------------------------------------------------------
    def bare_start(self, line: Line) -> bool:
        """Pending title lines followed by text open a new article, unless they are
        subheadings of an article its metadata announced (a subheading is not followed
        by a news opening such as '5月7日，') or of a story copied from its first words
        with no headline (unless they head a story about something else)."""
        title = self.pending[self.title_at()]
        if self.said_again(title):
            return False  # the headline said again under its photo's caption: the same story
        if id(title) in self.sectioned and not self.cur.sealed:
            return False  # '四、活动时间' / '19:00-21:00文艺表演': a numbered section's lines (not
            # once a signature closed the story: '某某局' / '2024年11月2日' ends a notice)
        dated = self.next_date is not None and is_titlelike(title.text)  # '…八万零吉!' under its date
        if not (is_title(title.text) or dated) or (self.cur.pictured and not self.cur.sealed
                                                   and not any(p.brk for p in self.pending)):
            return False  # headline, its photos, then a second headline over the story: one story
        if (len(self.pending) == 1 and self.cur.body and over_label(self.cur.body[-1].text)
                and echo_share(self.cur.body[-1].text, line.text) > 0):
            return False  # '某某博物館:' / '賞書畫大家真跡' / '據了解,某某博物館…': a section's label,
            # its heading, and text about what the label names
        if labelled_series(title.text, self.at, self.lines, self.kinds):
            return False  # '扎根基层:…' over one section, '创新领航:…' over the next: one feature
        story = "".join(x.text for x in self.cur.body)
        if (heads_section(title.text, self.cur.title, len(self.cur.body)) and not self._set_apart(title, line)
                and goes_on(title.text, line.text, story, self.cur.title or "")):
            return False  # '红,中原儿女多奇志' under a headline twice its length: a section of its story
        unannounced = not self.cur.signalled and not any(p.brk for p in self.pending)
        if (unannounced and self.cur.title is None and not self.news_page
                and not another_story(title.text, line.text, story)):
            return False  # a story copied from its first words, with no headline: its headings
        if unannounced and restates_story(title.text, story):
            return False  # an unannounced story's section heading, in its own words
        return (not self.cur.signalled or self.cur.sealed or any(p.brk for p in self.pending)
                or self.news_page or opens_report(line.text) or said_twice(title.text, self.pending)
                or (another_story(title.text, line.text, story) and not leans_back(line.text)))

    def _set_apart(self, title: Line, line: Line) -> bool:
        """Is *title* over *line* set apart from the story above as a headline is: chrome cut
        before it, said twice, starred by a mirror, over a lead or its page's metadata, after
        a trailer or a line that ends no sentence (a signature, a footer's label), or named by
        the text under it (an entry)?"""
        last = self.cur.body[-1].text if self.cur.body else ""
        return (any(p.brk for p in self.pending) or said_twice(title.text, self.pending) or starred(title.text)
                or is_lead(line.text) or last[-1:] not in SENTENCE_ENDS or names_opening(title.text, line.text)
                or headed_near(self.kinds, self.at, len(self.pending)))

    def ended_before(self, line: Line) -> bool:
        """Is the story over before *line*: its trailer closed it, or its text (more than a
        caption) ended on a full sentence and *line* opens a report ('7月26日,…', '近日,…')?
        Set apart, with page chrome cut between (a page's footer, a login box), *line* is then
        the next page of a dump."""
        last = self.cur.body[-1].text if self.cur.body else ""
        return self.cur.sealed or (opens_report(line.text) and last[-1:] in SENTENCE_ENDS
                                   and not self.cur.slight(STUB_HAN))

    def said_again(self, line: Line) -> bool:
        """Is *line* the current headline said again (under its photo, as a caption)? Then
        the blank line above it ends no page."""
        return self.cur.title is not None and said_as(line.text) == said_as(self.cur.title)

    def said_next(self) -> bool:
        """Is the next line a pending line said again ('Headline' / '即時' / date / 'Headline' /
        text: a listing repeats each item's headline under its date)?"""
        nxt = self.lines[self.at + 1].text if self.at + 1 < len(self.lines) else ""
        return said_as(nxt) in {said_as(p.text) for p in self.pending}

    def start(self, title: str | None, kicker: list[Line] | None = None) -> None:
        """Close the current draft and open a new one. A date read above its headline (the
        next page's header, or its clock) gives way to the story's own metadata date."""
        if kicker is None:
            kicker, self.pending = self.pending, []
        self.close()
        self.cur = Draft(title=title, kicker=kicker, date=self.next_date, clocked=self.next_date is not None)
        self.next_date = None

    def start_from_pending(self) -> None:
        """A new article titled by the pending lines (or untitled when there are none)."""
        pending, self.pending = self.pending, []
        self.start(None, [])
        self.pending = pending
        self.take_title()

    def take_title(self) -> None:
        """A draft with neither title nor text (photo captions aside) takes its last pending
        title-like line as title."""
        if self.cur.title is not None or (self.cur.body and not self.cur.pictured) or not self.pending:
            return
        self.pending = said_in_pieces(unwrapped(self.pending))
        marked = bulleted(self.pending)
        opening = opening_at(self.lines, self.kinds, self.at)
        if marked is not None and opening and echo_share(self.pending[marked].text, opening) == 0 and len(
                _HAN.findall(self.pending[marked].text)) > HEADLINE_HAN:
            marked = None  # '• 使用浏览器打开': an app's prompt, which the story does not restate
        at = marked if marked is not None else self.restated(opening)
        if marked is None and opening and self._photos_credited():  # headline, its photos' captions, '文/圖'
            at = next((i for i in range(at) if is_title(self.pending[i].text)
                       and echo_share(self.pending[i].text, opening) > 0), at)
        title = self.pending[at].text.lstrip("•").strip()
        deck = decked(self.pending, at)
        lone = lone_of_deck(self.pending, at, opening) if deck else None
        if lone == at:  # a kicker the story does not restate: neither headline nor text
            del self.pending[at - 1]
            at -= 1
        elif lone is not None:  # a subtitle the story hardly restates: the text's
            at, title = lone, self.pending[lone].text.lstrip("•").strip()
        elif deck and not subtitled(self.pending, at):  # a headline in two lines: both are the headline
            title, at = self.pending[at - 1].text + " " + title, at - 1
            self.pending[at:at + 2] = [Line(title, self.pending[at].gap, self.pending[at].brk)]
        above = self.pending[:at] if self.pending[at].gap == 0 else []  # a kicker sits right on it
        rest = above + self.pending[at + 1:]
        self.cur.title, name, sub = dashed(title)
        # the site a page title's tail or a site bar names ('… | 中國報', '某某新聞網 - 新聞速遞'):
        # the source of last resort
        self.site = site_name(title) or self.named_site() or self.site
        self.cur.paper = self.cur.paper or self.site
        alone = next((n for p in self.pending if (n := outlet(p.text)) is not None and p.text != title), None)
        self.cur.source = self.cur.source or name
        self.cur.outlet = self.cur.outlet or alone  # '香港電台' on a line of its own by the headline
        said = said_as(self.cur.title or "")  # the headline said again is dropped
        rest = [p for p in rest if outlet(p.text) is None and not site_only(p.text)  # no credit, no channel
                and said_as(p.text) != said]
        self.cur.kicker.extend(rest + ([Line(sub, 0)] if sub else []))
        self.pending = []

    def _photos_credited(self) -> bool:
        """Does the current line credit the story's writer with its photos too ('□記者 某某
        文/圖')? Then the title-like lines above it, under the headline, are their captions."""
        return self.kinds[self.at][0] in ("byline", "meta") and bool(_PHOTOS_TOO.search(self.lines[self.at].text))

    def named_site(self) -> str | None:
        """The site a waiting line names: a page title's tail or a site bar ('某某日报 数字报纸')."""
        sites = (site_name(p.text) or (named_site(p.text) if site_only(p.text) else None) for p in self.pending)
        return next(filter(None, sites), None)

    def retitle(self, lead: bool) -> None:
        """Page title, metadata, then a headline right above the lead (or a fuller one above
        the text): the story's own headline is the one next to its text, the line above the
        metadata was the page's."""
        if self.cur.title is None or self.cur.body or not self.cur.signalled or not self.pending:
            return
        said = said_as(self.cur.title)
        if any(said_as(p.text) == said for p in self.pending):
            return  # the page title said again over the story: its headline, a subtitle under it
        marked = [p for p in self.pending if starred(p.text)]
        if marked:  # the line a mirror marked as the story's headline, the page's spam above it
            self.cur.title, self.pending = None, marked[-1:]
        elif not fuller(self.cur.title, self.pending[-1].text, lead):
            return
        elif not self.restated_less(self.pending[-1].text):
            self.cur.title, self.pending = None, self.pending[-1:]
        elif not headline_shaped(self.pending[-1]) and outlet(self.pending[-1].text) is None:
            del self.pending[-1]  # a widget's label by the lead ('时刻新闻'): neither headline nor text

    def place_pending(self) -> None:
        """Pending title-like lines are text (subheadings, kickers) after all; the headline
        repeated (as pages do 2-4 times) is dropped."""
        if not self.pending:
            return
        title = said_as(self.cur.title or "")
        self.cur.body.extend(p for p in self.pending if said_as(p.text) != title)
        self.pending = []

    def credit_above(self) -> None:
        """At the file's end, a draft of title-like lines and metadata with no text under them
        (a related link, then '发布时间:… 来源:…') is no story: its date and source are the
        story's above, where it names none. An untitled story above takes its headline when
        the story restates it: a photo page or an app's page prints the text first."""
        if self.cur.body or not self.done or not (self.cur.source or self.cur.date):
            return
        last = self.done[-1]
        last.source, last.date = last.source or self.cur.source, last.date or self.cur.date
        if (last.title is None and self.cur.title is not None
                and echo_share(self.cur.title, "".join(x.text for x in last.body)) >= ECHO):
            last.title = self.cur.title
        self.cur, self.pending = Draft(), []

    @cached_property
    def signed(self) -> set[int]:
        """The stamps that date the item above them (items.stamps_under)."""
        return stamps_under(self.kinds)

    @cached_property
    def listed(self) -> set[int]:
        """Where the second and later items of a list of briefs start (listed.marked_items)."""
        return marked_items(self.lines, self.kinds)

    def as_item(self, at: int, dated: str | None) -> None:
        """A draft opened at *at*, the next item of a list of briefs, is dated as the list was
        (*dated*) and announced by its marker: a page's header under it opens the next page."""
        if at in self.listed:
            self.cur.date, self.cur.signalled = self.cur.date or dated, True

    def sign_item(self) -> bool:
        """A stamp right under the current item's text dates that item and closes it; False
        for any other line."""
        if self.at not in self.signed or not self.cur.body:
            return False
        kind, data = self.kinds[self.at]
        date = data if kind == "date" else data["date"]
        self.place_pending()
        self.cur.date = date if self.cur.clocked or not self.cur.date else self.cur.date
        self.cur.clocked = False
        self.start(None)  # the next item opens under it
        return True

    def close(self) -> None:
        """Finish the current draft; one without text is dropped."""
        self.take_title()
        self.place_pending()
        self.headline_in_text()
        self.untold = None if self.cur.body else self.cur.title or self.untold
        if self.cur.body:
            self.cur.paper = self.cur.paper or self.site  # every story of a site's list page
            self.cur.body[:0] = self.cur.kicker
            self.cur.date = self.cur.date or self.page_date
            self.done.append(self.cur)
