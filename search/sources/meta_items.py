"""Metadata lines told by their 'key:value' items rather than by the key that opens them: a
line of keyed items whatever key comes first, and a line whose story keys stand after a site's
name or a bare address, or run together with no space between them."""
from __future__ import annotations

import re

from search.sources.dates import DATE

_KEY_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]")
_CLOCK_ITEM = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")  # the time after a dated item's value
# '某某日报 新闻 时间:2023年07月16日 来源:某某日报': an e-paper's paper and section before its
# dated and sourced items. Two short bare words at most, so a headline is never taken.
_BARE_ITEMS = 2
_BARE_ITEM_MAX = 6


def key_items(line: str, sourced: bool) -> bool:
    """A line of 'key:value' items, one of them dated ('記者:某某 新聞分類:某某 更新日期:2011-11-04
    00:02:00'): the story's metadata, whatever key comes first. Beside a source (*sourced*), two
    short bare words may stand before them (the paper and its section)."""
    items = line.split()
    keyed = [w for w in items if _KEY_ITEM.match(w)]
    bare = [w for w in items if not (_KEY_ITEM.match(w) or _CLOCK_ITEM.match(w))]
    return (_date_key(line) and len(keyed) >= 2
            and (not bare or (sourced and len(bare) <= _BARE_ITEMS and all(len(w) <= _BARE_ITEM_MAX for w in bare))))


# The keys a story's metadata line writes (who wrote or edited it, where it came from, how often
# it was read). A notice's clauses write some of them too ('二、资金来源:', '主讲:《长河》作者:某某'):
# 来源 counts bare or after the prefixes meta.py's _SOURCE takes, no key right after a book's name.
_STORY_KEY = re.compile(r"(?<!》)(?:(?<![\u4e00-\u9fff])|(?<=信息|文章|稿件|本文|新闻|新聞|消息))(来源|來源)\s*[:：]|"
                        r"(?<!》)(作者|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|阅读|閱讀)(量|数|數|次数|次數)?\s*[:：]")
# The date's key: the day a story was published or updated ('某某学院发布时间:', glued to the source),
# or a bare 时间/日期 standing apart, unless the line is a notice's clauses ('时间:… 地点:… 主讲:…').
# '申报时间:', '活动时间:' time an event, not the story; the words before 时间 here post a story.
_PUBLISHED = re.compile(r"((发布|發布|發佈|发表|發表|更新|上稿|刊发|刊發|录入|錄入|上传|上傳|发稿|發稿)(时间|時間|日期)"
                        r"|(?<![\u4e00-\u9fff])(日期|时间|時間))\s*[:：]\s*\d{4}")
_CLAUSE_KEY = re.compile(r"(地点|地點|地址|主办|主辦|承办|承辦|协办|協辦|主讲|主講|对象|對象|报名|報名)\s*[:：]")
_NUMBERED = re.compile(r"(^|\s)([一二三四五六七八九十]{1,3}|\d{1,2})、|(^|\s)[(（][一二三四五六七八九十\d]{1,3}[)）]")
_LEAD_MAX = 12  # characters before the first item: a site's name or a bare address, never a headline


def _date_key(line: str) -> bool:
    """Does *line* key its date as the story's ('发布时间:2011-04-08', '时间:2010年7月10日')?"""
    m = _PUBLISHED.search(line)
    return m is not None and (m.group(2) is not None or _CLAUSE_KEY.search(line) is None)


def keyed_anywhere(line: str) -> bool:
    """A dated line of two story keys or more, the date's own key counted, wherever they stand
    ('某某网  时间:2010年7月10日  来源:某某日报', '文字作者:图片作者:稿件来源:某某发布时间:2011-04-08浏览量:9',
    'http://  2014-01-16 11:12  作者:某某  來源:某某报'): the story's metadata. A line of numbered
    items ('一、申报时间:… 二、资金来源:…') is a notice's clauses."""
    keys = list(_STORY_KEY.finditer(line))
    date = DATE.search(line)
    if date is None or not keys or len(keys) + _date_key(line) < 2 or _NUMBERED.search(line):
        return False
    return min(date.start(), keys[0].start()) <= _LEAD_MAX
