"""Text noise mended before lines are read: each rule with why. Only the parsed copy
changes; the file on disk is never written."""
from __future__ import annotations

import html
import re

# 衛(wèi)星, 记者(jìzhě): learners' pages annotate characters with pinyin; the brackets break
# every word they sit in, so "衛星" would find nothing.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_SYLLABLES = rf"[a-z{_TONED}]+(?:\s+[a-z{_TONED}]+)*"
_PINYIN = re.compile(rf"(?<=[\u4e00-\u9fff])[(（](?=[a-z{_TONED}\s]*[{_TONED}]){_SYLLABLES}\s*[)）]")  # '會(huì )' too
# 4 月 1 日 5 时 36 分: digits spaced from their units split "5时36分" into tokens no query has.
_DIGIT_UNIT = re.compile(r"(?<=\d)[ \t\u3000]+(?=[年月日时時分秒号號点點])")
_DIGIT = re.compile(r"\d")  # the rules below need one; a scan in C, not a Python loop per character
_UNIT_DIGIT = re.compile(r"(?<=[年月日时時点點])[ \t\u3000]+(?=\d{1,2}\s*[月日时時分点點号號])")
# '2014- 07- 25 11: 20', '2025 - 01 - 07': a year-first numeric date (and its clock) with its
# separators spaced, as government tables and digests on several hosts print it; spaced, no
# date rule reads it. Closed up only when the parts make a month and a day.
_SP = r"[ \t\u3000]*"
_SPACED_DATE = re.compile(rf"(?<![\d.])(\d{{4}}){_SP}([-/.]){_SP}(\d{{1,2}}){_SP}\2{_SP}(\d{{1,2}})(?![\d.])"
                          rf"(?:([ \t\u3000]+)(\d{{1,2}}){_SP}([:：]){_SP}(\d{{2}})(?!\d))?")
# \u003cspan and &lt;br&gt;: escapes from pages' scripts and feeds, then the tags they hide.
# A pair of escaped surrogates is one character (an emoji); a lone half is dropped, since no
# text with one can be encoded.
_U_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")
# '08:27????信息來源': characters a copy lost (no-break spaces written as '?'), between words;
# three or more, since a headline may cry twice ('真的吗??网友热议').
_LOST = re.compile(r"(?<=[\d\u4e00-\u9fff])\?{3,}(?=[\d\u4e00-\u9fff])")
# '當?shù)貧', '光明日?qǐng)?bào': a pinyin-annotated page copied through the wrong encoding lost a
# character and the front of its annotation; the '?' left reads as a question's end, inside a
# sentence or a metadata line. What is left stands as one lost character.
_LOST_PINYIN = re.compile(rf"\?(?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,6}}[)）]?")
# Private-use characters: a page's icon font (a pen before '记者 某某') shows as nothing
# readable, and glued to a word it hides the word from every rule and query.
_PRIVATE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Mojibake: UTF-8 read as Latin-1 (Ã¤Â¸Â) or replacement characters: a line mostly made of them
# carries nothing readable.
_MOJIBAKE = re.compile("[\u00c0-\u00ff\u0080-\u00bf\ufffd]")
# '![](https://…/a.jpg)': a Markdown image a crawler left in a text dump. Its '!' reads as a
# sentence's end, so a header line holding one ('2025-04-14 某某网 | 0条评论 ![]()') was no
# metadata line.
_IMAGE_MARK = re.compile(r"!\[[^\]\n]{0,200}\]\([^()\s]{0,500}\)")
# '政 府 制 訂 措 施': old press releases set every character one space apart. Such a line is
# closed up (a wider gap stays as one space): spaced out, no word of it is found.
# '来 源:某某', '作 者:某某': a justified label's two characters set apart, before its colon.
_SPACED_KEY = re.compile(r"(?<![\u4e00-\u9fff])(来|來|作|编|編|日|时|時|出|责|責|稿)[ \u3000]{1,2}"
                         r"(源|者|辑|輯|期|间|間|处|處|编|編|源)(?=\s*[:：])")
# '大 西 北 網 訊 (記者…) 融媒開新篇，…': a lead whose outlet is set apart before the text
# runs on; four or more single characters one space apart, opening a line that goes on,
# are one word (a line of them alone may be a label: '新 聞 公 佈', left to the label rules).
_SPACED_RUN = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}(?![\u4e00-\u9fff])(?=\s+\S)")
_SPACED_MIN = 8  # characters set apart: fewer may be a label ('新 聞 公 佈'), closed up elsewhere
_SPACED_SHARE = 0.9  # of the line's words that are one character


# 'headline<br/> 本报…电…<br/> …': a dump that kept a page's line breaks as tags holds a whole
# story on one line; the tags are the story's lines.
_BREAK_TAG = re.compile(r"<br\s*/?>|</p\s*>", re.IGNORECASE)


def unbroken(text: str) -> str:
    """*text* with HTML line-break and paragraph-end tags made line breaks."""
    return _BREAK_TAG.sub("\n", text) if "<" in text else text


def normalise(line: str) -> str:
    """One raw line with pinyin annotations dropped, spaced dates joined, escapes decoded,
    tags removed; '' when the line is mojibake."""
    if "\\u" in line:
        line = _U_ESCAPE.sub(_unescape, line)
    if "&" in line:
        line = html.unescape(line)
    if "<" in line:
        line = _TAG.sub("", line)
    if "(" in line or "（" in line:
        line = _PINYIN.sub("", line)
    if _DIGIT.search(line):
        line = _UNIT_DIGIT.sub("", _DIGIT_UNIT.sub("", line))
        if " " in line or "\t" in line or "\u3000" in line:
            line = _SPACED_DATE.sub(_closed_date, line)
    line = _PRIVATE.sub("", line)
    if "![" in line:
        line = _IMAGE_MARK.sub("", line)
    if line[1:2] == " " and line[3:4] == " ":
        line = _closed_up(line)
        line = _SPACED_RUN.sub(lambda m: m.group(0).replace(" ", ""), line)
    if ":" in line or "：" in line:
        line = _SPACED_KEY.sub(r"\1\2", line)
    if "?" in line:
        line = _LOST_PINYIN.sub("□", line)
    if "???" in line:
        line = _LOST.sub(" ", line)
    if len(_MOJIBAKE.findall(line)) >= max(3, 0.3 * len(line.strip())):
        return ""
    return line


def _closed_up(line: str) -> str:
    """*line* with its characters' single spaces removed, when nearly every character of it is
    set one space apart; else *line* unchanged."""
    text = line.strip()
    parts = text.split()
    if len(parts) < _SPACED_MIN or sum(len(p) == 1 for p in parts) < _SPACED_SHARE * len(parts):
        return line
    return re.sub(r" {2,}", " ", re.sub(r"(?<! ) (?! )", "", text))


def _closed_date(m: re.Match[str]) -> str:
    """A spaced numeric date (and clock) closed up, when its parts make a real date; else as it was."""
    y, sep, mo, d, _gap, hour, colon, minute = m.groups()
    if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
        return m.group(0)
    return f"{y}{sep}{mo}{sep}{d}" + (f" {hour}{colon}{minute}" if hour else "")


def _unescape(m: re.Match[str]) -> str:
    """The character a '\\uXXXX' escape (or a surrogate pair of them) stands for; '' for a lone
    surrogate half."""
    if m.group(1):
        high, low = int(m.group(1), 16), int(m.group(2), 16)
        return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
    code = int(m.group(3), 16)
    return "" if 0xD800 <= code <= 0xDFFF else chr(code)
