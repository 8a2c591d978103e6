"""Metadata lines told by their 'key:value' items rather than by the key that opens them: a
line of keyed items whatever key comes first, and a line whose story keys stand after a site's
name or a bare address, or run together with no space between them."""
from __future__ import annotations

import re

from search.sources.dates import DATE

_KEY_ITEM = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]")
_CLOCK_ITEM = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")  # the time after a dated item's value
_DATE_KEY = re.compile(r"(日期|時間|时间)\s*[:：]\s*\d{4}")
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
    return (_DATE_KEY.search(line) is not None and len(keyed) >= 2
            and (not bare or (sourced and len(bare) <= _BARE_ITEMS and all(len(w) <= _BARE_ITEM_MAX for w in bare))))


# The keys only a story's metadata line writes (who wrote or edited it, where it came from, how
# often it was read); a notice's clauses ('时间:… 地点:… 主办:…') write none of them.
_STORY_KEY = re.compile(r"(来源|來源|作者|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|阅读|閱讀)"
                        r"(量|数|數|次数|次數)?\s*[:：]")
_LEAD_MAX = 12  # characters before the first item: a site's name or a bare address, never a headline


def keyed_anywhere(line: str) -> bool:
    """A dated line of two story keys or more, the date's own key counted, wherever they stand
    ('某某网  时间:2010年7月10日  来源:某某日报', '文字作者:图片作者:稿件来源:某某发布时间:2011-04-08浏览量:9',
    'http://  2014-01-16 11:12  作者:某某  來源:某某报'): the story's metadata."""
    keys = list(_STORY_KEY.finditer(line))
    date = DATE.search(line)
    if date is None or not keys or len(keys) + (_DATE_KEY.search(line) is not None) < 2:
        return False
    return min(date.start(), keys[0].start()) <= _LEAD_MAX
