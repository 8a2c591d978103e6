"""Lines that do nothing but credit a source: an outlet after a dash or under '据', in
brackets or in book-title marks, and a disclosure table's issuer. meta.py asks these, and
re-exports ``outlet_word``, before it reads a line's keys and dates."""
from __future__ import annotations

import re

from search.sources.outlets import SECTION_NEWS
from search.sources.tables import row_issuer

# A word shaped like an outlet's name: 新华网, 中央社, 聯合報, 央视新闻.
_OUTLET_WORD = re.compile(r"^[^\s，,。:：\d]{1,8}(网|網|社|报|報|台|臺|新闻|新聞|融媒|(报|報)\S{0,3}版|"
                          r"传媒中心|傳媒中心|融媒体中心|融媒體中心|新闻中心|新聞中心|信息港|在线|在線|客户端|客戶端|"
                          r"网站|網站)$")  # '某某政府门户网站 www.… 2007年02月14日 来源:…'
# A brand written in Latin letters, with at least two capitals: NOWnews, ETtoday, TVBS; or a
# foreign outlet's Chinese service, its Latin initials before 中文 (BBC中文).
_BRAND = re.compile(r"^(?!(HKT|GMT|UTC|CST|SGT|MYT|JST|KST|EST|EDT|PST|PDT|CET|BST)$)"  # a time zone is no brand
                    r"(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z][A-Za-z0-9+]{2,15}$|"
                    r"^[A-Z]{2,5}中文(网|網)?$")  # a foreign outlet's Chinese service: 'BBC中文', 'RNZ中文'
# An outlet credited on a line of its own after a dash: '——中新网', '--山城日报'; or as the
# report a paper ran ('据新华社', '（据某某日报）', '据《某某晚报》电') under the story.
_CREDIT_TAIL = re.compile(r"^(?:——|—|--|－－)\s*(\S{2,10})$|^(?:据|據)\s*《?([^\s《》]{2,10}?)》?(?:电|電)?$|"
                          # 'By 某某新聞網' under a listed story: a theme's credit line, here naming an outlet
                          r"^By\s+(\S{2,12})$")
_BOOK_ONLY = re.compile(r"《[^》]{1,30}》")
_SECTION = re.compile(SECTION_NEWS)  # a section's label names no outlet: '本地新聞', '图片新闻'
# A reprint's or excerpt's credit ('本文转自:', '文章转载自', '本文来自', '本文来源于', '本文经授权转载自'),
# a metadata key (meta.py): with its prefix, so a headline opening on 来自 ('来自山区的…') is none.
REPRINT_KEY = (r"(?:(?:本文|此文|文章)(?:经授权|經授權)?)?(?:转自|轉自|转载自|轉載自|摘自)(?:于|於)?|"
               r"(?:本文|此文|文章)(?:来自|來自|来源于|來源於)")
# '来源:综合自某某社' names what a story was compiled from ('综合' alone is a label, like '网络').
_COMPILED = re.compile(r"^(?:综合|綜合)(?:整理)?(?:自|於|于)")
# A WeChat account credited with what it is: '微信公众号“某某发布”', '某某发布微信公众号'.
_ACCOUNT = re.compile(r"^(?:微信)?(?:公众号|公眾號)?[“\"「『]([^”\"」』]{2,16})[”\"」』]")
_ACCOUNT_TAIL = re.compile(r"(?<=\S\S)(?:微信公众号|微信公眾號|公众号|公眾號)$")


def outlet_word(word: str) -> bool:
    """Is *word* shaped like an outlet's name (新华网, 中央社, 聯合報, 央视新闻, NOWnews)?"""
    return (_OUTLET_WORD.match(word) is not None and _SECTION.match(word) is None) or _BRAND.match(word) is not None


def credited_alone(line: str, bracketed: bool) -> str | None:
    """The outlet *line* (its brackets taken off when *bracketed*) only credits: '——中新网',
    '据新华社', '（山城日报）' closing the text, '《某某晚报》' on a line of its own; or the body a
    disclosure table's row names as issuer ('信息分类: 通知  发布机构: 某县政府办公室'). Else None."""
    if (credit := _CREDIT_TAIL.match(line)) is not None and outlet_word(name := next(filter(None, credit.groups()))):
        return name
    if bracketed and outlet_word(line):
        return line
    if _BOOK_ONLY.fullmatch(line) and outlet_word(line[1:-1]):
        return line[1:-1]
    return row_issuer(line)


def credited_name(value: str) -> str:
    """A source key's value without what only says how it credits: '综合自某某社' -> 某某社,
    '微信公众号“某某发布”' and '某某发布微信公众号' -> 某某发布."""
    if (account := _ACCOUNT.match(value)) is not None:
        return account.group(1)
    return _ACCOUNT_TAIL.sub("", _COMPILED.sub("", value))
