"""The outlet a page names as its own in its rights line ('版权所有:某某日报', '某某网版权所有',
'© 2024 某某晚报', '凡本网注明来源为“某某网”的…', '[ 某某著作權聲明 ]'). The cleaning drops the
line as a footer; read from the page's own lines, it is the source of a story that names none
(its own credit, metadata, masthead or photo credit always come first).

A footer closes its page: in a site dump the next page's story starts under it, so a story
takes only a rights line standing between its first line and the next story's (or opening
it: a 'story' of the footer's own lines), never one further down (that is the next page's
footer, naming the next page's outlet)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from search.model import Article
from search.sources.lines import read_lines
from search.sources.outlets import outlet_named

_RIGHTS = r"(?:版权所有|版權所有|著作权所有|著作權所有|版权声明|版權聲明|著作权声明|著作權聲明)"
_YEARS = r"(?:\d{4}(?:\s*[-–—~]\s*\d{4})?)?"
_NAME = r"[^\s，,。:：;；|｜\[\]【】()（）“”\"「」©Ⓒ※*]{2,24}?"
_FORMS = (
    # '某某日报版权所有', '本网站由某某网版权所有', '[ 某某著作權聲明 ]': the owner, then the rights
    re.compile(rf"(?P<name>{_NAME})\s*{_RIGHTS}"),
    # '版权所有:某某日报  技术支持:…', '版权所有 ©2020 某某日报 example.com': the rights, then the owner
    re.compile(rf"{_RIGHTS}\s*[:：]?\s*(?:[©Ⓒ]|\([cC]\))?\s*{_YEARS}\s*(?P<name>{_NAME})(?=[\s,，。;；|｜(（]|$)"),
    # '© 2024 某某晚报', 'Copyright ©2019-2024 某某网': the mark, the years, a name in Chinese (an
    # English one is the operating company's: 'Copyright © Some Broadcasting Corporation Limited')
    re.compile(rf"[©Ⓒ]\s*{_YEARS}\s*(?P<name>[\u4e00-\u9fff]{{2,16}}?)(?=[\s,，。;；|｜(（]|{_RIGHTS}|$)"),
)
# '版权声明:凡本网注明来源为“某某网”的…', '凡本站注明“来源:某某日报”的作品': the site's own name
# in its notice on what it may reprint (not '…注明“来源:某某(非本网)”', another's)
_NOTICE = re.compile(r"^.{0,12}?本(?:网|網|站)(?:注明|註明)\s*(?:来源|來源)?\s*[为為是:：]?\s*[“\"「]"
                     r"(?:(?:来源|來源)\s*[:：]\s*)?(?P<name>[^”\"」\s()（）]{2,16})[”\"」]")
_FOOTER_MAX = 80  # characters: a rights line is short; a longer line is a sentence of the text
# The owner as a rights line may put it: 'by' the site ('本网站由某某网版权所有'); a company's
# legal suffix ('某某廣播有限公司' is 某某廣播).
_BY = re.compile(r"^(?:本网站|本網站|本站|本网|本網)?由")
_COMPANY = re.compile(r"(?:股份)?有限(?:责任|責任)?公司$")
# What an owner's name ends on: an outlet (paper, site, wire, station, magazine, its app), a
# broadcaster or media group, or the public body a government site belongs to; a company
# running a site for others ('某某网络科技'), a phrase ('请勿翻摄') or a label is none.
_OWNER_END = re.compile(r"(?:社|网|網|报|報|台|臺|刊|新闻|新聞|在线|在線|客户端|客戶端|广播|廣播|电视|電視|传媒|傳媒|"
                        r"报业|報業|集团|集團|政府|办公室|辦公室|委员会|委員會|局|中心)$")
_HAN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,24}")
_LATIN_BRAND = re.compile(r"[A-Za-z][A-Za-z0-9]{2,15}")  # 'SomeToday著作權聲明' (the first form only)
_HINT = re.compile(rf"{_RIGHTS}|[©Ⓒ]|注明|註明")  # a cheap test before the forms
_KEY = 16  # characters of a story's first line that find it among the page's lines (as own_paper)


def _owner(name: str, latin: bool) -> str | None:
    """*name* as the page's own outlet, or None when it is no outlet's or body's name."""
    name = _COMPANY.sub("", _BY.sub("", name.strip()))
    if latin and _LATIN_BRAND.fullmatch(name):
        return name
    if not _HAN_NAME.fullmatch(name) or not _OWNER_END.search(name) or name.startswith("本"):
        return None
    return outlet_named(name)


def rights_owner(line: str) -> str | None:
    """The outlet or body a page's rights line names as the page's owner, else None."""
    if not _HINT.search(line):
        return None
    if (m := _NOTICE.match(line)) is not None and (name := _owner(m.group("name"), False)):
        return name
    if len(line) > _FOOTER_MAX:
        return None
    for i, rx in enumerate(_FORMS):
        for m in rx.finditer(line):
            if (name := _owner(m.group("name"), i == 0)) is not None:
                return name
    return None


def _start(keys: list[str], first: str, at: int) -> int | None:
    """The page line a story opening on *first* starts on, searching from *at*, then from the top."""
    key = "".join(first.split())[:_KEY]
    found = (i for span in (range(at, len(keys)), range(at)) for i in span if key and key in keys[i])
    return next(found, None)


def page_owned(page: str, articles: list[Article]) -> list[Article]:
    """*articles* (in file order) of the file's text *page*, those naming no source given the
    outlet a rights line names under their first line and above the next story's."""
    if all(a.source for a in articles) or not _HINT.search(page):
        return articles
    lines = [x.text for x in read_lines(page)]
    owners = [(i, name) for i, t in enumerate(lines) if (name := rights_owner(t)) is not None]
    if not owners:
        return articles
    keys = ["".join(t.split()) for t in lines]
    starts: list[int | None] = []
    at = 0
    for a in articles:
        starts.append(s := _start(keys, a.text.partition("\n")[0], at))
        at = s + 1 if s is not None else at
    found = sorted({s for s in starts if s is not None})
    out = []
    for a, s in zip(articles, starts, strict=True):
        if a.source or s is None:
            out.append(a)
            continue
        nxt = found[k] if (k := bisect_right(found, s)) < len(found) else len(lines)
        # up to the next story's first line, inclusive: a 'story' opening on it is the footer
        name = next((n for i, n in owners if s < i <= nxt), None)
        out.append(replace(a, source=name) if name else a)
    return out
