"""What pages set between a headline and its text that is neither: a metadata table's rows
and keys (government pages), and a view counter. Each rule with why; lines.py and clean.py
ask these, so the line next to the text is taken as the headline, not a table cell."""
from __future__ import annotations

import re

# A table row: two 'key: value' cells or more on one line ('信息分类: 通知  发布机构: 某县政府办',
# '废止时间: 2020-01-23 名称: …'). A headline quotes one speaker with one colon; a second key
# after a space is a table. (A row stating a date is read as metadata first.)
_CELL_KEY = re.compile(r"(?:^|\s)[•·]?\s*[\u4e00-\u9fff]{2,6}\s*[:：]")
_ROW_MAX = 100  # characters: a table row is short; a paragraph may quote two speakers
_SENTENCE = re.compile(r"[。！？；!?;，,]")
# A government page's table keys, standing alone (bulleted or not) when the value is on the
# next line ('• 发文机构:' / '县政府网站'). 内容概述 (the summary) is not among them: under
# it comes the document's own title.
# The keys naming the body that issued a document ('发布机构' / '某某局'; search.sources.wraps joins
# a key and its value a template set on lines of their own).
ISSUER_KEYS = "发文机关|發文機關|发文机构|發文機構|发布机构|發布機構"
_TABLE_KEY = re.compile(rf"^[•·]?\s*(信息)?(索引号|索引號|{ISSUER_KEYS}|"
                        r"发文字号|發文字號|成文日期|主题分类|主題分類|公文种类|公文種類|体裁分类|體裁分類|"
                        r"组配分类|組配分類|信息分类|信息分類|所属机构|所屬機構|有效性|时效性|時效性|"
                        r"主题词|主題詞|发文日期|發文日期|文号|文號)\s*([:：]\s*)?$")  # the colon left out too
# Any key standing alone behind a bullet ('• 内容概述:'): a table's label, never text.
_BULLET_KEY = re.compile(r"^[•·]\s*[\u4e00-\u9fff]{2,6}\s*[:：]\s*$")
_VALUE_MAX = 30  # characters: a cell's value (a number, an office's name)
# A view counter with its label ('百科98256人已围观', '1234人阅读'): the page's widget.
_VIEWS = re.compile(r"^[\u4e00-\u9fff]{0,4}\s*\d+\s*(人|次)\s*(已)?(围观|圍觀|阅读|閱讀|浏览|瀏覽|看过|看過)$")


def is_table_row(text: str) -> bool:
    """A row of a metadata table, or a view counter: chrome, never a headline."""
    if _VIEWS.match(text) or _BULLET_KEY.match(text):
        return True
    return (len(text) <= _ROW_MAX and not _SENTENCE.search(text)
            and len(_CELL_KEY.findall(text)) >= 2)


# A row's cell naming the issuer, its value set apart or glued ('发布机构: 某县政府办公室').
_ISSUER_CELL = re.compile(rf"(?:^|\s)(?:{ISSUER_KEYS})\s*[:：]\s*([^\s:：]{{2,20}})(?=\s|$)")


def row_issuer(text: str) -> str | None:
    """The body a table row's issuer cell names ('信息分类: 通知  发布机构: 某县政府办公室'),
    else None: the row is chrome, but the document's source is in it."""
    m = _ISSUER_CELL.search(text) if is_table_row(text) else None
    return m.group(1) if m is not None else None


def is_table_key(text: str) -> bool:
    """A government table's key standing alone, its value on the next line."""
    return bool(_TABLE_KEY.match(text))


def is_table_value(text: str) -> bool:
    """Short enough, and no sentence, to be the value under a table key."""
    return len(text) <= _VALUE_MAX and not _SENTENCE.search(text)
