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
# 'X版权所有的照片', '版权所有人', '版权所有方': a sentence's words on who holds a right, no footer
_SAID = rf"{_RIGHTS}(?![的人者方])"
_HELD = r"(?:版权|版權|著作权|著作權)\s*(?:均|皆)?\s*(?:归|歸|属于|屬於|属|屬)"
_MARK = r"(?:[©Ⓒ]|\([cC]\))"  # '©', 'Ⓒ', '(c)'
_DOMAIN = r"(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?\s+)?"  # 'Copyright © 2024 www.example.cn 某某网'
# Where the owner's name ends: a separator, or a label glued on by the dump ('某某日报社地址：…')
_ENDS = (r"(?=[\s,，。;；|｜(（]|地址|电话|電話|主办|主辦|承办|承辦|技术支持|技術支援|备案|備案|ICP|联系|聯絡|"
         r"邮编|郵編|$)")
_NAME = r"[^\s，,。:：;；|｜\[\]【】()（）“”\"「」©Ⓒ※*]{2,24}?"
_FORMS = (
    # '某某日报版权所有', '本网站由某某网版权所有', '[ 某某著作權聲明 ]': the owner, then the rights
    re.compile(rf"(?P<name>{_NAME})\s*{_SAID}"),
    # '版权所有:某某日报  技术支持:…', '版权所有 ©2020 某某日报 example.com': the rights, then the owner
    re.compile(rf"{_SAID}\s*[:：]?\s*{_MARK}?\s*{_YEARS}\s*{_DOMAIN}(?P<name>{_NAME}){_ENDS}"),
    # '© 2024 某某晚报', 'Copyright ©2019-2024 某某网': the mark, the years, a name in Chinese (an
    # English one is the operating company's: 'Copyright © Some Broadcasting Corporation Limited')
    re.compile(rf"{_MARK}\s*{_YEARS}\s*{_DOMAIN}(?P<name>[\u4e00-\u9fff]{{2,16}}?)(?:{_ENDS}|(?={_RIGHTS}))"),
    # '本文版权归某某晚报所有', '凡本报记者署名文字、图片，版权均属某某晚报所有' (not '归原作者所有')
    re.compile(rf"{_HELD}\s*(?P<name>{_NAME})\s*所有"),
)
# '版权声明:凡本网注明来源为“某某网”的…', '凡本站注明“来源:某某日报”的作品': the site's own name
# in its notice on what it may reprint (not '…注明“来源:某某(非本网)”', another's)
_NOTICE = re.compile(r"^.{0,12}?本(?:网|網|站)(?:注明|註明)\s*(?:来源|來源)?\s*[为為是:：]?\s*[“\"「]"
                     r"(?:(?:来源|來源)\s*[:：]\s*)?(?P<name>[^”\"」\s()（）]{2,16})[”\"」]")
# ... but not '凡本网注明“来源：某某网”的作品，均转载自其它媒体': the media the site reprints
_REPRINTS = re.compile(r"[^。；;，,]{0,16}[，,]\s*(?:均|皆|都|则|則)?\s*(?:系|为|為|是)?\s*"
                       r"(?:转载|轉載|转自|轉自|摘自|来自|來自)")
_FOOTER_MAX = 80  # characters: a rights line is short; a longer line is a sentence of the text ...
_OPENS = re.compile(r"\W*(?:copyright)?\W*", re.I)  # ... unless the rights open it (a footer run on one line)
# The owner as a rights line may put it: 'by' the site ('本网站由某某网版权所有'); a company's
# legal suffix ('某某廣播有限公司' is 某某廣播).
_BY = re.compile(r"^(?:本网站|本網站|本站|本网|本網)?由")
_COMPANY = re.compile(r"(?:股份)?有限(?:责任|責任)?公司$")
# The page speaking of itself before the owner: '本站内容均为某某网', '以上内容为某某日报'
_SELF_IS = re.compile(r"^(?:本|以上|上述|此)[^为為系係属屬是归歸]{0,8}?(?:均|皆|全部)?"
                      r"(?:为|為|系|係|属于|屬於|属|屬|是|归|歸)")
# Anything else with a copula in it is a sentence's subject and its verb ('涉案作品系某某日报'):
# a story's words about a right, not its page's footer ('求是網' has its 是 second)
_COPULA = re.compile(r"^.{2,}(?:为|為|系|係|属|屬|是|归|歸).{2,}$")
# What an owner's name ends on: an outlet (paper, site, wire, station, magazine, its app), a
# broadcaster or media group, or the public body a government site belongs to; a company
# running a site for others ('某某网络科技'), a phrase ('请勿翻摄') or a label is none.
_OWNER_END = re.compile(r"(?:社|网|網|报|報|台|臺|刊|新闻|新聞|在线|在線|客户端|客戶端|广播|廣播|电视|電視|传媒|傳媒|"
                        r"报业|報業|集团|集團|政府|办公室|辦公室|委员会|委員會|局|中心)$")
_HAN_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,24}")
_LATIN_BRAND = re.compile(r"[A-Za-z][A-Za-z0-9]{2,15}")  # 'SomeToday著作權聲明' (the first form only)
_HINT = re.compile(rf"{_RIGHTS}|{_HELD}|{_MARK}|注明|註明")  # a cheap test before the forms
_KEY = 16  # characters of a story's first line that find it among the page's lines (as own_paper)


def _owner(name: str, latin: bool) -> str | None:
    """*name* as the page's own outlet, or None when it is no outlet's or body's name."""
    name = _COMPANY.sub("", _SELF_IS.sub("", _BY.sub("", name.strip())))
    if latin and _LATIN_BRAND.fullmatch(name):
        return name
    if (not _HAN_NAME.fullmatch(name) or not _OWNER_END.search(name) or name.startswith("本")
            or _COPULA.match(name)):
        return None
    return outlet_named(name)


def rights_owner(line: str) -> str | None:
    """The outlet or body a page's rights line names as the page's owner, else None."""
    if not _HINT.search(line):
        return None
    if ((m := _NOTICE.match(line)) is not None and not _REPRINTS.match(line, m.end())
            and (name := _owner(m.group("name"), False))):
        return name
    long = len(line) > _FOOTER_MAX
    for i, rx in enumerate(_FORMS):
        for m in rx.finditer(line[:_FOOTER_MAX] if long else line):
            if long and not _OPENS.fullmatch(line[:m.start()]):
                continue
            if line[:m.start()].rstrip().endswith(("“", "「", '"')):
                continue  # '…底部标注“某某晚报版权所有”字样': a story quoting a footer
            if (name := _owner(m.group("name"), i == 0)) is not None:
                return name
    return None


def _start(keys: list[str], first: str, at: int) -> int | None:
    """The page line a story opening on *first* starts on, searching from *at*, then from the top."""
    key = "".join(first.split())[:_KEY]
    found = (i for span in (range(at, len(keys)), range(at)) for i in span if key and key in keys[i])
    return next(found, None)


def _end(keys: list[str], last: str, s: int, nxt: int) -> int:
    """The page line a story starting on line *s* ends on (its text's *last* line), *s* if not found."""
    key = "".join(last.split())[:_KEY]
    return next((i for i in range(nxt, s, -1) if key and i < len(keys) and key in keys[i]), s)


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
        # below the story's text (a line it goes on after is its own sentence, whatever the
        # cleaning made of it; its last line may be the footer the trimming left), up to the
        # next story's first line, inclusive: a 'story' opening on it is the footer
        end = _end(keys, a.text.rstrip().rpartition("\n")[2], s, nxt)
        name = next((n for i, n in owners if max(s + 1, end) <= i <= nxt), None)
        out.append(replace(a, source=name) if name else a)
    return out
