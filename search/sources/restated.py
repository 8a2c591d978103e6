"""A story's record: under its text, a line saying its headline again with the day it ran, as
e-paper systems print an article's properties at its foot ('某某日报 要闻 00004 Headline
2018-11-21 2 2018年11月21日 星期三'). The line is no text of the story; its date is the story's."""
from __future__ import annotations

import re

from search.sources.credit_lines import outlet_word
from search.sources.dates import DATE, find_date, gregorian
from search.text.sentences import CLAUSE_ENDS, SENTENCE_ENDS

_HEAD_MIN = 6  # characters of the headline said again: a shorter one is found in other lines by chance
_LINE_MAX = 160  # characters: a record is a line of fields, never a paragraph
_WS = re.compile(r"\s+")
_SENTENCE = re.compile(f"[{SENTENCE_ENDS}{CLAUSE_ENDS}]")  # a mark ending a sentence: a record has none


def record_of(text: str, title: str | None) -> dict[str, str] | None:
    """The date of *text*, and the paper it names first, when it is the record of the story
    headlined *title*: the headline said again, the date right after it, and no sentence
    (another story's headline holding this one's runs on before its date); else None."""
    head = _WS.sub("", title or "")
    line = gregorian(text)
    if len(head) < _HEAD_MIN or len(text) > _LINE_MAX or not DATE.search(line):
        return None
    # the headline, however spaced, as a field of its own after the record's first fields (the
    # paper, its section and page): one glued to a label ('视频｜Headline', '追踪：Headline') is
    # another item's, and one opening the line is a headline with its day (a page reposting it)
    said = re.search(r"(?<=\S\s)" + r"\s*".join(map(re.escape, head)) + r"\s*", line)
    if said is None or _SENTENCE.search(line[:said.start()] + line[said.end():]):  # the headline may
        return None  # hold a ？ or ！
    date = DATE.match(line, said.end())
    if date is None or (day := find_date(date.group(0))) is None:
        return None
    first = text.split()[0]
    # 'record' makes it a trailer: a date alone is weighed by the date rules (a signature, the next page's)
    return {"date": day, "record": "1"} | ({"paper": first} if outlet_word(first) else {})
