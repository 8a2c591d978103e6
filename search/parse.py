"""Cut a seed file's text into articles and photo captions, without boilerplate."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from search import lines as L
from search.model import Article

_TIME_LEAD = re.compile(r"^(近年来|近日|日前|今年以来|近期|目前|\d{1,2}月\d{1,2}日)[,，]\s*")
_NEWS_LEAD = re.compile(r"^(本报讯|本报[^\s，,。]{0,8}讯)[^:：]{0,40}[:：]")


@dataclass
class _Draft:
    title: str | None = None
    kicker: list[L.Line] = field(default_factory=list)
    body: list[L.Line] = field(default_factory=list)
    date: str | None = None
    source: str | None = None
    byline: str | None = None
    kind: str = "article"

    def add(self, line: L.Line) -> None:
        self.body.append(line)


def derive_title(text: str, limit: int = 30) -> str:
    """A title from the lead sentence, for articles published without one."""
    first = re.split(r"[。！？!?\n]", text.strip(), maxsplit=1)[0]
    first = _TIME_LEAD.sub("", _NEWS_LEAD.sub("", first).strip())
    clause = re.split(r"[,，;；]", first)[0]
    title = clause if len(clause) >= 8 else first
    return title if len(title) <= limit else title[:limit] + "…"


class _Splitter:
    """Walks the cleaned lines once, opening a new draft at each article boundary."""

    def __init__(self) -> None:
        self.done: list[_Draft] = []
        self.cur = _Draft()
        self.pending: list[L.Line] = []  # title-like lines not yet placed

    def feed(self, line: L.Line) -> None:
        text = line.text
        if L.is_heading(text):
            level, title = L.heading(text)
            if level <= 2:
                self.start(title)
            else:
                self.place_pending()
                self.cur.add(L.Line(title, line.gap))
        elif (credit := L.caption_credit(text)) is not None:
            self.caption(line, *credit)
        elif L.is_lead(text):
            self.lead(line)
        elif (meta := L.meta_of(text)) is not None:
            self.take_title()
            self.cur.date = self.cur.date or meta.get("date")
            self.cur.source = self.cur.source or meta.get("source")
        elif (byline := L.byline_of(text)) is not None:
            self.take_title()
            self.cur.byline = self.cur.byline or byline
        elif (date := L.date_line(text)) is not None:
            self.place_pending()
            self.cur.date = self.cur.date or date
            self.cur.add(line)
        elif L.is_titlelike(text):
            self.pending.append(line)
        else:
            self.take_title()
            self.place_pending()
            self.cur.add(line)

    def start(self, title: str | None) -> None:
        """Close the current draft; earlier title-like lines become the new one's kicker."""
        kicker, self.pending = self.pending, []
        self.close()
        self.cur = _Draft(title=title, kicker=kicker)

    def lead(self, line: L.Line) -> None:
        if self.cur.body or (self.cur.title and self.pending):
            title = self.pending.pop().text if self.pending else None
            self.start(title)
        else:
            self.take_title()
        self.cur.byline = self.cur.byline or L.lead_byline(line.text)
        self.cur.add(line)

    def take_title(self) -> None:
        """A draft with neither title nor text takes its last pending title-like line as title."""
        if self.cur.title is None and not self.cur.body and self.pending:
            title = self.pending.pop().text
            main, dash, sub = title.partition("——")
            self.cur.title = main.strip() if dash and len(main.strip()) >= 4 else title
            self.cur.kicker.extend(self.pending)
            if dash and len(main.strip()) >= 4:
                self.cur.kicker.append(L.Line("——" + sub, 0))
            self.pending = []

    def place_pending(self) -> None:
        self.cur.body.extend(self.pending)
        self.pending = []

    def caption(self, line: L.Line, text: str, credit: str) -> None:
        """A photo caption becomes its own item; the article around it goes on."""
        parts = [text] if text else []
        if not text:
            taken: list[L.Line] = []
            body = self.cur.body
            while body and len(taken) < 3:
                taken.insert(0, body.pop())
                if taken[0].gap >= 2:
                    break
            credit = " ".join([p.text for p in self.pending] + [credit]) if self.pending else credit
            parts = [t.text for t in taken]
            self.pending = []
        if not parts:
            return
        caption_text = "\n".join(parts)
        self.done.append(_Draft(title="(图片新闻) " + derive_title(caption_text, 24),
                                body=[L.Line(p, 0) for p in parts], byline=credit or None,
                                kind="caption"))

    def close(self) -> None:
        self.take_title()
        self.place_pending()
        if self.cur.body:
            self.cur.body[:0] = self.cur.kicker
            self.done.append(self.cur)


def _clean(text: str) -> list[L.Line]:
    out: list[L.Line] = []
    in_ad = False
    for line in L.join_fragments(L.read_lines(text)):
        if L.starts_ad(line.text):
            in_ad = True
        elif in_ad and (L.is_heading(line.text) or L.is_lead(line.text)):
            in_ad = False
        if not in_ad and (L.meta_of(line.text) or not L.is_boilerplate(line.text)):
            out.append(line)
    return out


def article_id(file: str, title: str, text: str) -> str:
    """Stable 16-hex-digit id from where the article is and what it says."""
    digest = hashlib.blake2b(f"{file}\n{title}\n{text}".encode("utf-8"), digest_size=8)
    return digest.hexdigest()


def split_articles(text: str, file: str) -> list[Article]:
    """Articles and captions of one seed file's text, in file order of their ends."""
    splitter = _Splitter()
    for line in _clean(text):
        splitter.feed(line)
    splitter.close()
    out: list[Article] = []
    seen: set[str] = set()
    for d in splitter.done:
        body = "\n".join(line.text for line in d.body).strip()
        if not body:
            continue
        date, source = L.origin_of(body)
        title = d.title or derive_title(body)
        aid = article_id(file, title, body)
        while aid in seen:
            aid = article_id(file, title + aid, body)
        seen.add(aid)
        out.append(Article(id=aid, title=title, text=body, file=file,
                           date=d.date or date, source=d.source or source,
                           byline=d.byline, kind=d.kind))
    return out
