"""Cut a file's cleaned lines into drafts, one line kind at a time.

A new article begins at a Markdown heading, at an e-paper page header, at a title line
followed by metadata (date, source, author) or a lead (本报讯, 新华社…电), and at a bare
title line followed by text when the article before it began bare too or had visibly
ended (a signature date, a source line, page chrome in between), or on a newspaper page
(several articles under it open with 本报讯 or a byline). Inside an article that its
metadata announced, or that was copied from its lead with no headline, bare short lines
are subheadings. In a dump of dense pages (paragraphs
with no blank line between them), a blank line ends one page and starts the next. Its
metadata, byline and date lines are read in search.sources.meta_lines."""
from __future__ import annotations

from typing import Any

from search.sources.breaks import dated_outlets, news_pages, page_breaks, sectioned, top_level
from search.sources.credits import lead_byline
from search.sources.drafts import NOTICE_HAN, STUB_HAN, Draft, caption_draft
from search.sources.heads import over_label
from search.sources.junctions import cut_as_text
from search.sources.lines import (
    Line,
    is_subhead,
    is_title,
    line_kind,
)
from search.sources.lists import headline_blocks
from search.sources.meta import page_number
from search.sources.meta_lines import MetaLines
from search.sources.outlets import photo_agency, staff_outlet
from search.sources.read_as_heads import read_as_heads
from search.sources.restated import record_of


def staff_credit(photographer: str) -> str | None:
    """The outlet whose staff a photo's credit names ('北岭网记者 甲'), not a wire's ('新华社驻台记者
    甲'): a wire's photo in a paper's story is no credit of the story."""
    name = staff_outlet(photographer)
    return None if name is None or photo_agency(f"{name}记者") is not None else name


class Splitter(MetaLines):
    """Walks the cleaned lines once, opening a new draft at each article boundary."""

    def __init__(self, lines: list[Line]) -> None:
        kinds = cut_as_text(lines, read_as_heads(lines, [line_kind(x.text) for x in lines]))
        # '四、活动时间' / '2011年12月21日下午 13:30': a date under a numbered section's heading
        # is what that section says, not a new page's metadata
        kinds = [("body", None) if k[0] == "date" and i and is_subhead(lines[i - 1].text) else k
                 for i, k in enumerate(kinds)]
        lines, kinds = dated_outlets(lines, kinds)
        drop = headline_blocks([x.text for x in lines], [k[0] for k in kinds])
        kept = [i for i in range(len(lines)) if i not in drop]
        self.lines, self.kinds = [lines[i] for i in kept], [kinds[i] for i in kept]
        self.cuts = {n for n, i in enumerate(kept) if i - 1 in drop}  # a list of other stories ends one
        self.sectioned = sectioned(self.lines)
        self.top = top_level(self.kinds)  # Markdown heading level that opens articles
        self.done: list[Draft] = []
        self.cur = Draft()
        self.pending: list[Line] = []  # title-like lines not yet placed
        self.page_date: str | None = None
        self.page_no: str | None = None
        self.next_date: str | None = None
        self.news_page = False  # the current line is on a newspaper page (see news_pages)
        self.site: str | None = None  # the site a bar or page title named, until the page ends
        self.at = 0  # the index of the line being read
        self.shot: list[tuple[Line, str]] = []  # the current draft's captions crediting an outlet's staff
        self.ended = False  # the whole text read: a caption last in the last draft has no headline under it

    def run(self) -> list[Draft]:
        """The drafts of the whole text, in the order they closed."""
        pages, page = news_pages(self.kinds), 0
        breaks = (page_breaks(self.lines, self.kinds) | self.listed) - self.signed  # briefs; stamps under items
        for i, line in enumerate(self.lines):
            self.at = i
            page += self.kinds[i][0] == "page"
            if (i in breaks and not self.said_again(line) or i in self.cuts or line.opens) and self.cur.body:
                self.site = None
                dated = self.cur.date
                last = self.pending[-1:]
                headed = bool(last) and is_title(last[0].text) and (
                    self.kinds[i][0] in ("lead", "body", "date", "meta", "byline") or (self.cur.sealed and last[0].brk))
                if headed:  # a headline right over the page's lead, text or metadata, or set after
                    # a closed story's trailer and chrome, is that page's; the lines above it
                    # (a paragraph the excerpt cut short) end the page before
                    self.pending = self.pending[:-1]
                    self.place_pending()
                    self.pending = last
                    self.start_from_pending()
                else:
                    self.place_pending()
                    self.start(None)
                self.as_item(i, dated)
            self.news_page = page in pages
            kind, data = self.kinds[i]
            nxt = self.kinds[i + 1][0] if i + 1 < len(self.kinds) else None
            if kind in ("title", "body") and self.cur.body and (
                    record := record_of(line.text, self.cur.title)) is not None:
                self.place_pending()  # the lines above it (a photo's credit) are the story's last
                kind, data = "meta", record  # the story's record under its text: a trailer
            if not self.sign_item():  # a stamp under an item's text dates it (items.stamps_under)
                getattr(self, "on_" + kind)(line, data, nxt)
        if self.cur.body and self.cur.sealed and self.next_date and self.pending:
            self.start_from_pending()  # a dated headline after a closed story, at the file's end
        self.credit_above()
        self.ended = True
        self.close()
        return self.done

    def close(self) -> None:
        """Finish the current draft. A caption crediting an outlet's staff credits the story
        it stands in, unless it is the story's last line and another story follows: on a list
        page, the photo above the next headline is that story's."""
        body = self.cur.body
        for caption, name in self.shot:
            if any(x is caption for x in body) and (body[-1] is not caption or self.ended):
                self.cur.staff = self.cur.staff or name
        self.shot = []
        super().close()

    # -- one method per line kind -------------------------------------------------
    def on_head(self, line: Line, data: Any, nxt: str | None) -> None:
        """A heading at the article level opens one; deeper ones are subheadings."""
        level, title = data
        if level <= self.top:
            self.start(title)
            self.cur.signalled = True
        else:
            self.place_pending()
            self.cur.body.append(Line(title, line.gap))

    def on_page(self, line: Line, date: Any, nxt: str | None) -> None:
        """An e-paper page header closes the article; its date applies to the page. Between
        a headline and its text ('…如期开学' / '新增学位…' / '3版' / '9月1日,…') it is the
        story's page, not a new one."""
        heading = self.pending if nxt in ("body", "lead", "caption") else []
        if heading and self.cur.title is None and not self.cur.body:
            if date:
                self.cur.meta({"date": date})
            return
        self.pending = [] if heading else self.pending  # the next story's headline block
        if not heading and not self.done and self.cur.title is None and not self.cur.body:
            self.pending = []  # lines above the first page header with no text: the paper's masthead
        self.place_pending()
        carried = self.cur.date if not self.cur.body else None  # '1995-06-09' above '第 1 版'
        same = page_number(line.text) == self.page_no  # '第1版(要闻)' again under a dated '第1版'
        self.close()
        self.cur, self.page_no = Draft(), page_number(line.text)
        self.page_date = date or carried or self.next_date or (self.page_date if same else None)
        self.next_date = None
        self.pending = heading

    def on_lead(self, line: Line, data: Any, nxt: str | None) -> None:
        """本报讯/新华社…电: an article opens here unless this one has no text yet. Between a
        story's metadata and its lead, a widget's line or two (加载中,请稍候) is dropped, and
        a longer notice with no headline of its own after it (請同意…隱私權) keeps the story.
        A report retold ('据某某报道,…') with no headline over it is the story's own text."""
        if self.cur.body and not self.pending and line.text[:1] in "据據":
            self.on_body(line, data, nxt)
            return
        if self.cur.stub(STUB_HAN):
            self.cur.body, self.pending = [], []
        echo = self.cur.slight(NOTICE_HAN) and "".join((self.cur.title or "").split()) in {
            "".join(p.text.split()) for p in self.pending}  # its headline said again over the lead
        # one short line between the headline and the lead: a photo's caption or the story's deck
        # (no chrome cut between them: a page's '上一篇 下一篇' ends it; nor a trailer: '(作者:某某)')
        deck = (self.cur.title is not None and len(self.cur.body) == 1 and not line.brk
                and not self.cur.sealed and self.cur.slight(NOTICE_HAN))
        if self.cur.body and not self.cur.pictured and not echo and (
                self.pending or not (deck or self.cur.stub(NOTICE_HAN))):
            self.start_from_pending()
        else:  # e-papers set the story's photos with their captions above its lead
            self.retitle(lead=True)
            self.take_title()
            self.place_pending()
        self.cur.signalled = True
        self.cur.byline = self.cur.byline or lead_byline(line.text)
        self.cur.body.append(line)

    def lead_follows(self) -> bool:
        """Does a story's lead or byline (perhaps under its headline) follow the captions at the
        current line? Then they are its photos'."""
        kinds = [k for k, _d in self.kinds[self.at + 1:self.at + 8]]
        while kinds[:1] == ["caption"]:
            kinds.pop(0)
        if kinds[:1] == ["title"]:
            kinds.pop(0)
        return kinds[:1] in (["lead"], ["byline"])

    def on_title(self, line: Line, data: Any, nxt: str | None) -> None:
        """Title-like lines wait until what follows says what they are."""
        self.pending.append(line)

    def on_body(self, line: Line, data: Any, nxt: str | None) -> None:
        """Text: pending title lines become a title, a new article's or subheadings. Text set
        apart after a story its trailer closed (or its last sentence, when the text opens a
        report) and page chrome cut is the next page's. A label over the first headline is dropped."""
        if not self.cur.body and not self.pending and nxt == "title" and over_label(line.text):
            return
        if self.pending and self.cur.body and self.bare_start(line):
            self.start_from_pending()
        elif not self.pending and self.cur.body and line.brk and line.gap > 0 and self.ended_before(line):
            self.start(None)
        self.retitle(lead=False)
        self.take_title()
        self.place_pending()
        self.cur.body.append(line)
        self.cur.pictured = False

    def on_caption(self, line: Line, credit: Any, nxt: str | None) -> None:
        """A photo caption stays in its article; one standing apart is an item of its own."""
        text, who = credit
        if text:
            # a caption opening a draft stands alone (a photo item), unless a dated page header
            # came first: that page's photo, above its story
            if ((not (self.cur.body or self.cur.title or self.pending) and self.cur.date is None) or (
                    line.gap >= 2 and self.cur.sealed)) and not self.lead_follows():
                self.done.append(caption_draft([text], who))
            else:
                pictured = self.cur.pictured or not self.cur.body
                caption = Line(text, line.gap, line.brk)
                self.on_body(caption, None, nxt)  # (which may open the story of a headline waiting)
                self.cur.pictured = pictured or self.cur.body == [caption]  # the first line of a new story
                if (name := staff_credit(who)) is not None:  # the story's once a line follows (close)
                    self.shot.append((caption, name))
            return
        block: list[Line] = []
        body = self.cur.body
        while body and len(block) < 3:
            block.insert(0, body.pop())
            if block[0].gap >= 2:
                break
        if block and (block[0].gap >= 2 or not (body or self.cur.title)):  # a titled story's
            # only paragraph, then its photographer ('天南海北邻里情' / caption / '记者 某某 摄'): photo news
            names = " ".join([p.text for p in self.pending] + [who])
            self.pending = []
            self.done.append(caption_draft([b.text for b in block], names))
        else:  # a credit alone under the text: a wire's photographer names the wire, another's its staff
            body.extend(block)
            self.cur.paper = self.cur.paper or photo_agency(who)
            self.cur.staff = self.cur.staff or staff_credit(who)
