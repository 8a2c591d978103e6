"""The paper a story credits to itself. A paper's own reports open on 本报讯 / 【本報訊】 /
〔本报消息〕 or carry a 本报记者 byline: 'this paper', whose name the page prints only in its
masthead, its title bar or its navigation (which the cleaning drops as chrome), or in the
story's own text in book-title marks. When nothing else names a source, the paper named
nearest above the story on the page (or, failing that, in its own text) is its source.
Kept with its figures in docs/sources.md (stop 66)."""
from __future__ import annotations

import re

from search.sources.lines import read_lines
from search.sources.meta import names_source
from search.sources.sites import named_site, site_name

# 'this paper' crediting the story: its lead or its reporter ('本报讯', '【本報訊】', '〔本报消息〕',
# '本报记者 某某', '本報綜合報導'), at the head of a line.
_OWN_CREDIT = re.compile(r"^[\s【〔\[(（□■]*本(?:报|報)(?:讯|訊|消息|专讯|專訊|特讯|特訊|记者|記者|通讯员|通訊員|"
                         r"综合|綜合|评论员|評論員|特约|特約|首席|全媒体|全媒體|融媒体|融媒體)")
_OPENING = 3  # lines: the lead, a photo's caption or the byline above it
# A paper's name as a masthead, a title bar or a navigation item prints it: what it is ends it.
_PAPER = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|时报|時報|商报|商報|"
                    r"都市报|都市報|侨报|僑報)")
# A link's verb before the name in a masthead ('点击某某日报', '欢迎访问某某晚报').
_LINK_VERB = re.compile(r"^(?:点击|點擊|关注|關注|欢迎访问|歡迎訪問|访问|訪問|进入|進入|返回)+")
# A paper's name in English alone on a line ('Oriental Daily', 'The Star Times').
_LATIN_PAPER = re.compile(r"^(?:The )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2} (?:Daily|Times|Post|Herald|Press)$")
# The paper in book-title marks where the story names its own staff ('《某某日报》记者…'), not
# one it quotes ('据《纽约时报》报道') or a document ('《联合公报》').
_BOOKED = re.compile(r"《([^》\s]{2,12}(?:报|報))》(?:记者|記者|通讯员|通訊員|讯|訊)")
_MASTHEAD_MAX = 40  # characters: a longer line is text, not a masthead or a bar
_ABOVE = 30  # lines searched above the story's first line: a page's header and menus, not the page before
_KEY = 16  # characters of the story's first line that find it among the page's lines: enough to
# tell most lines apart; stories opening alike are told apart by their order (Mastheads)


def credits_itself(opening: list[str], byline: str | None) -> bool:
    """Does a story's lead or byline credit 'this paper' (本报讯, 本報記者…)?"""
    return any(_OWN_CREDIT.match(t) for t in [*opening[:_OPENING], byline or ""])


def _masthead_paper(line: str) -> str | None:
    """The paper a short line names as a masthead, title bar or menu item, else None."""
    if len(line) > _MASTHEAD_MAX or names_source(line):
        return None  # '来源:某某日报' credits another paper's story, not this page's
    if _LATIN_PAPER.match(line):
        return line
    for named in (site_name(line), named_site(line)):
        if named is not None and _PAPER.fullmatch(named):
            return named
    m = _PAPER.fullmatch(_LINK_VERB.sub("", line))
    return m.group(0) if m is not None else None


class Mastheads:
    """The papers a file's lines name as mastheads, read once per file (a dump holds
    thousands of stories) and looked up story by story in file order."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.lines: list[str] | None = None
        self.keys: list[str] = []  # the lines with whitespace removed, to find a story's first line in
        self.at = 0  # the line the last story was found on: stories come in file order

    def own_paper(self, first: str, text: list[str]) -> str | None:
        """The paper named nearest above the story that opens on the line *first*, else the
        first paper its *text* names in book-title marks as its own, else None."""
        if self.lines is None:
            self.lines = [x.text for x in read_lines(self.page)]
            self.keys = ["".join(t.split()) for t in self.lines]
        key = "".join(first.split())[:_KEY]
        at = self._find(key, self.at)
        at = self._find(key, 0) if at is None else at
        if at is not None:
            self.at = at + 1
            for line in reversed(self.lines[max(0, at - _ABOVE):at]):
                if (name := _masthead_paper(line)) is not None:
                    return name
        return next((m.group(1) for t in text if (m := _BOOKED.search(t)) is not None), None)

    def _find(self, key: str, start: int) -> int | None:
        return next((i for i in range(start, len(self.keys)) if key and key in self.keys[i]), None)
