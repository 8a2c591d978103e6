"""What opens a news story before its first real words, in one place.

A paper's 本报讯 or 晚报讯, a dateline (新华社北京3月5日电), a bracketed credit
((某某社記者甲台中10日電), 圖片新聞(記者 甲 乙)) and a byline (记者刘辉、通讯员刘芳红报道:,
（记者 张三）). Titles derived from a lead skip them; answers and snippets are shown without them.
"""
from __future__ import annotations

import re

# A dateline's day, in digits or in Chinese numerals: '3月5日', '二月十八日', perhaps with the
# hour it was filed: '华龙网9月2日6时30分讯'.
DAY = r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日(?:\d{1,2}[时時](?:\d{1,2}分)?)?"
# A wire's day, with its month or without it as Taiwan's wires write it ('台北10日電'; not
# '某某社3日电话通知…', a sentence: 电 opening a word, 电话, 电视, 电脑 ...)
_NOT_WIRE = "话話视視脑腦影力池梯子器站价價费費量线線表源动動商信"
WIRE_DAY = rf"(?:{DAY}|[\d一二三四五六七八九十]{{1,3}}日(?=[电電讯訊](?![{_NOT_WIRE}])))"
# A lead's tag dated in full, perhaps after the outlet: '【2022年09月28日訊】', '【某某2020年07月17日訊】',
# '【某某台 2019年08月14日訊】' (a date a page spaced out, closed up but for the space before it).
DATED_TAG = r"【[^】\s\d]{0,10}\s?(\d{4})年(\d{1,2})月(\d{1,2})日(?:讯|訊)】"
# A dateline dated in full ('新华社北京2019年8月14日电'), ending where the lead goes on (not
# '…2019年8月14日电价…', a sentence).
DATED_LINE = (r"[^\s，。,:：（）()\d]{2,16}?(\d{4})年(\d{1,2})月(\d{1,2})日(?:\d{1,2}[时時](?:\d{1,2}分)?)?"
              r"(?:电|讯|電|訊)(?=[\s（(【:：]|$)")

LEADS = (
    # 本报讯 alone, or with its credit up to the colon: 本报讯(记者 某某):, 本报北京讯 …:
    re.compile(r"^(本报讯|本报[^\s，,。]{0,8}讯)[^:：]{0,40}[:：]\s*"),
    re.compile(r"^(本报讯|本刊讯|本台讯|本网讯|讯)[\s:：]*"),
    # Another paper's lead set apart by a space: 晚报讯 , 某某訊 .
    re.compile(r"^[^\s，,。]{0,12}(讯|訊)\s+"),
    # A bracketed credit naming a reporter or a dispatch: (中央社記者甲台中10日電).
    re.compile(r"^[^\s，,。（(]{0,12}\s*[（(][^()（）]{0,20}(記者|记者|电|電|讯|訊)[^()（）]{0,20}[)）]\s*"),
    # An outlet's tag in brackets: 【某某新聞】, [某某新聞], 【某某網報道】.
    re.compile(r"^[【\[][^】\]\s]{2,14}?(新聞|新闻|网|網|社|报|報|台|臺)(報道|报道|報導)?[】\]]\s*"),
    # A dateline: 新华社北京3月5日电, 某某社悉尼二月十八日電.
    re.compile(rf"^[^\s，。,:：（）()]{{2,16}}?{DAY}(电|讯|電|訊)\s*"),
    # A byline up to its colon or closing bracket: 记者刘辉、通讯员刘芳红报道:
    re.compile(r"^[（(]?\s*[^\s，。,:：（）()]{0,12}?(记者|通讯员|实习生|摄影)[^:：，。,（）()]{0,40}?"
               r"(报道)?\s*[:：）)]\s*"),
)


def strip_lead(sentence: str) -> str:
    """*sentence* without the leads it opens with; never stripped to nothing."""
    while True:
        for rx in LEADS:
            m = rx.match(sentence)
            if m and m.end() < len(sentence):
                sentence = sentence[m.end():]
                break
        else:
            return sentence
