"""How the splitter (search.sources.splitter) reads a metadata, byline or date line: metadata
under a headline announces a story and after text is its trailer; a desk byline set apart
opens the next untitled story; a date line dates the story under it, signs the text above
it, or stands over the next page's headline."""
from __future__ import annotations

import re
from typing import Any

from search.sources.breaks import opens_page
from search.sources.credits import desk_byline
from search.sources.dates import posted_label
from search.sources.drafting import Drafting
from search.sources.keys import EDITOR, SOURCE
from search.sources.lines import Line, is_title
from search.sources.meta import ends_page, source_after
from search.sources.outlets import BODY_NAME, signed_by
from search.sources.page_tops import heads_page

# a trailer's key with only a date in it ('编辑:某某 来源: 2018-05-11 10:38', the editor cut as chrome)
_EDITED = re.compile(r"^(" + EDITOR + "|" + SOURCE + r")\s*[:：]")


class MetaLines(Drafting):
    """The metadata, byline and date lines; mixed into the Splitter."""

    # -- one method per line kind -------------------------------------------------
    def on_meta(self, line: Line, meta: Any, nxt: str | None) -> None:
        """Metadata under a title announces an article; after text it is a trailer."""
        if self.cur.body and self.pending:
            self.start_from_pending()
        elif self.cur.body and line.brk and line.gap > 0 and opens_page(self.lines, self.kinds, self.at):
            self.start(None)  # after a page cut: the next page's metadata block, above its headline
        elif self.cur.body and not self.pending and ("item" in meta or (
                "notice" in meta and line.gap > 0 and nxt in ("body", "lead"))):
            self.start(None)  # untitled items of a list, each opened by a dated head; a notice
            # set apart above text ('本文为某某原创…') opens it, under its text it closes it
        elif self.cur.body and set(meta) == {"date"} and not _EDITED.match(line.text):  # a dated line:
            # the date rules decide; an editor's or an empty source's key with its date signs the text above
            self.on_date(line, meta["date"], nxt)
            return
        elif self.cur.body:  # a trailer: 来源 or 作者 after the text
            self.cur.meta(meta)
            self.cur.sealed = True
            if ends_page(line.text):
                self.page_date = self.page_no = None
            return
        if self.pending and not self.cur.body and self.cur.title is not None and is_title(self.pending[-1].text):
            self.untold, self.cur.title = self.cur.title, None  # title, meta, headline, meta: the line before the
            self.pending = self.pending[-1:]  # metadata block is the story's headline, and
            self.cur.clocked = self.cur.date is not None  # the date above it was the page's
        above = self.cur.title is None and not self.pending and not self.cur.date  # no headline yet
        self.take_title()
        self.cur.meta(meta)
        self.cur.clocked = self.cur.clocked or (above and "date" in meta)
        self.cur.signalled = True

    def on_byline(self, line: Line, byline: Any, nxt: str | None) -> None:
        """A byline line counts as metadata. A desk byline set apart under text, with text
        under it, opens the next (untitled) story of a dump; so does any byline after a story
        its trailer closed ('作者: 某某') and page chrome cut; not under photos' captions alone
        (Draft.photos_only): they are its story's."""
        if self.cur.body and not self.cur.photos_only() and not self.pending and line.gap > 0 and nxt in (
                "body", "lead") and (desk_byline(line.text) or (self.cur.sealed and line.brk)):
            self.start(None)
        named = source_after(byline)  # '记者 甲 乙  来源:某某网': the byline and the source
        self.on_meta(line, {"byline": named[0], "source": named[1]} if named else {"byline": byline}, nxt)

    def on_date(self, line: Line, date: Any, nxt: str | None) -> None:
        """A date line: under a title, above the next title, or a signature."""
        if not self.cur.body and self.page_date and line.text[:1] in "(（":
            self.pending.append(line)  # '(一九九六年一月一日)' under a dated page's headline: a note
        elif not self.cur.body:
            if self.at and self.kinds[self.at - 1][0] == "date" and self.cur.title is None and not self.pending:
                self.cur.clocked = True  # dates stacked above the story: the one nearest it is its own
            self.on_meta(line, {"date": date}, nxt)
        elif self.cur.pictured and not self.pending and not self.dates_headline(nxt):
            # headline, its photo, then the story's date (not a date set right over the next headline)
            self.cur.meta({"date": date})
            self.cur.signalled = True
        elif self.pending and (nxt in ("body", "lead", "meta", "byline", "caption") or self.said_next()) and (
                self.cur.date or is_title(self.pending[-1].text)):
            self.start_from_pending()  # title, date, text (or the title again): the next article
            self.cur.meta({"date": date})
            self.cur.signalled = True
        elif self.pending and self.pending[0].brk and nxt == "title" and not BODY_NAME.match(
                self.pending[-1].text):  # page chrome cut, a line or two, the date, a headline: the next
            # page's top, read as it reads at a file's start (not a body's name over the date: a signer)
            pending, self.pending = self.pending, []
            self.start(None, [])
            self.pending = pending
            self.on_date(line, date, nxt)
        elif not self.pending and nxt != "page" and self.closes_text(line):  # a reply's date under its text
            self.cur.date, self.cur.sealed = self.cur.date or date, True
        elif (not self.pending or self.cur.sealed and signed_by([x.text for x in self.pending]) is None) and (
                nxt == "title" and line.gap > 0):
            # set apart above a title: the next page's header (after a story its trailer closed,
            # the lines waiting above the date are that page's leftovers, no signature, unless
            # they name the body that signs the story: '某某区民政局' over its day)
            self.next_date, self.cur.sealed = date, True
        elif not self.pending and line.gap > 0 and nxt in ("body", "lead") and self.cut_after():
            self.start(None)  # a date set apart, then page chrome cut, then text: the next page's
            self.cur.meta({"date": date})
            self.cur.signalled = True
        elif (self.cur.date or self.page_date) and not self.pending or nxt == "page":
            self.next_date, self.cur.sealed = date, True  # a date above the next title or page
        elif len(self.pending) == 1 and nxt == "title" and posted_label(self.pending[0].text, line.text):
            self.next_date, self.cur.sealed = date, True  # '新聞 / 2025-07-29 09:14 / headline': the next page's
        elif heads_page(self.lines, self.kinds, self.at):  # the next page's header or first stamp
            self.next_date, self.cur.sealed = date, True
        else:  # a signature: '昌吉州志愿服务联合会 / 2023年5月6日'
            self.place_pending()
            self.cur.body.append(line)
            self.cur.date = self.cur.date or date
            self.cur.sealed = True

    def dates_headline(self, nxt: str | None) -> bool:
        """Is the date line at the current line set right over a headline (a page's header)?"""
        return nxt == "title" and self.lines[self.at + 1].gap == 0

    def cut_after(self) -> bool:
        """Was page chrome cut right after the current line?"""
        return self.at + 1 < len(self.lines) and self.lines[self.at + 1].brk

    def closes_text(self, line: Line) -> bool:
        """Is the date *line* set right under the text, apart from what follows? Then it
        signs that text (a reply's date) and is no date for the next page's headline."""
        after = self.lines[self.at + 1] if self.at + 1 < len(self.lines) else None
        return line.gap == 0 and (after is None or after.gap > 0)
