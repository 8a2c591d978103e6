"""From a user's query string to concepts.

The syntax is deliberately small and never raises: "quoted phrases", -exclusions and
whitespace-separated keywords (all must match); anything else is a natural question
whose question words and particles are dropped. Each remaining word is a *concept*
matched by any of its forms (the word, the dictionary words inside it, number+unit).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from search.qa.names import (
    ASKED_NAMES,
    GLUE,
    LONE_FREQ,
    NAME_PART_FREQ,
    RARE_FREQ,
    dotted,
    is_name,
    joined,
    name_runs,
    rare_name,
    reduplicated,
)
from search.qa.scope import FILLERS, scope_of
from search.qa.when import Window
from search.text.analysis import analyze, general_freq, is_surname, is_word
from search.text.normalize import normalize, unpunctuated

MAX_QUERY_CHARS = 256  # Telegram's inline query limit
NATURAL_CHARS = 6  # an unspaced run this long is a phrase or question, not one keyword
QUESTION_CHARS = 4  # shorter text is keywords even with a question word (谁, 哪里)

# The frame of a question, not what it asks about: the person a who-question asks for (…的人为谁,
# 哪一个人: 人为 is a cut across 人 / 为谁), and the text it is asked of (文中提及，…), which no
# article names itself by. Realtext halves (seed 26), fresh capture, tune / check: right 3208 ->
# 3214 / 3043 -> 3047, wrong, negatives declined and our hard negatives unchanged.
_FRAME = (r"(?<=的)人(?=[为是]谁)|哪一?[个位]人(?![口类物民员士数气力群])|"
          r"(?<![\u4e00-\u9fff])(?:本文|文中)(?:所)?(?:提及|提到|指出)?")
_QUESTION = re.compile(  # 什么意思 asks what a word means: 意思 is not what the question is about
    _FRAME + r"|(是)?(什么|啥)意思|的意思|意思是|(是)?指的是|是指|"
    r"(有)?多少[个名场部次位家项件元万亿人户所条座岁年天]?|(是)?几[个名场部次位家项件]?|"
    r"哪一?[些个里儿家位部所张国种类首本项次届条座天年月]?|(什么|啥)时候|什么|怎么样|怎么|怎样|如何|为什么|为何|是否|有没有|"
    r"多[大远快长高久重深宽厚]|因何|为何|何[时处地人年种职]|(?P<a>[\u4e00-\u9fff])不(?P=a)[\u4e00-\u9fff]?|"
    r"请问|告诉我|谁|吗|呢|吧|啊|呀|么|啥"
)
# The words that ask (what the answer's sentence need not hold).
QUESTION_WORDS = ("什么", "哪", "谁", "多少", "几", "怎么", "如何", "为什么", "吗", "呢", "请问", "何")
_STOPWORDS = frozenset([
    "的", "了", "是", "在", "和", "与", "及", "或", "有", "也", "都", "就", "被", "把", "对", "从", "向", "为",
    "以", "等", "中", "上", "下", "这", "那", "其", "之", "于", "而", "并", "又", "我", "你", "他", "她", "它",
    "我们", "你们", "他们", "一个", "一些", "这个", "那个", "累计", "共", "总共", "一共", "目前", "现在",
    "今天", "情况", "内容", "问题", "方面", "主要", "进行", "开展", "举行", "举办", "参加", "哪", "谁", "何",
    "个", "名", "具体", "详细", "详情", "分别", "一下", "介绍", "简要", "简单", "请", "指", "叫", "称为",
    "有关", "关于", "相关", "到底", "究竟",
    *FILLERS
])
_ASKS = re.compile(r"[?？]$|啥|多少|几[个名场部次位家项件年天岁]|哪|什么|怎么|怎样|如何|为什么|为何|是否|谁|"
                   r"何[时处地人年种]|吗$")
_SYNTAX = re.compile(r"[\\*?:()\[\]{}^~+!<>=|&/,，。！？、;；]")
_OPERATORS = frozenset({"and", "or", "not", "to"})
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_YEAR = re.compile(r"\d{3,4}年")  # 643年 as well as 1643年
_TITLE = re.compile(r"《[^《》]{2,30}》")  # a book, law or work named in the question: required whole
_QUOTES = str.maketrans({c: '"' for c in "“”„‟「」『』＂〝〞"})


# A date, or a number with its unit or measure word: matched as one whole (2022年7月,
# 2024-07-20, 4.88万, 23.7公分, 420年), never as scattered digits.
_MEASURE = re.compile(
    r"(?<![a-z0-9.])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,4}年\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}月\d{1,2}[日号]|"
    r"\d+(?:\.\d+)?(?:[万亿千百]?(?:%|[a-z]{1,3}\b|公[里分斤顷尺]|平方[米公千]\w?|立方米|[年月日号万亿元米克吨岁人个名次场部户件期届批所家项条座张本首只头辆架艘台层分秒倍天周度])|(?=[^\d.]|$)))")
MEASURE_POS = 10_000  # measures sit apart from the word positions of a chunk


@dataclass(frozen=True)
class Concept:
    """A query word and the index terms that count as matching it."""

    word: str
    forms: tuple[str, ...]
    pos: int = 0
    name: bool = False  # a surname put back onto the name jieba cut it from (兰+比尔)

    @property
    def measure(self) -> bool:
        """A date or number with its unit, matched only as a whole."""
        return self.pos >= MEASURE_POS


@dataclass
class ParsedQuery:
    """The parts of a query string."""

    text: str
    groups: list[list[Concept]] = field(default_factory=list)  # one per keyword chunk
    phrases: list[str] = field(default_factory=list)
    excluded: list[str] = field(default_factory=list)
    natural: bool = False
    quoted: list[str] = field(default_factory=list)  # quoted words of a question
    window: Window | None = None  # only articles of these days (search.qa.scope)
    source: str | None = None  # only articles of this source, as the query names it
    bad_date: str | None = None  # an explicit 日期: form naming no days
    fillers: bool = False  # the text held words that ask for news (新闻, 有什么...)

    @property
    def concepts(self) -> list[Concept]:
        return [c for g in self.groups for c in g]

    @property
    def empty(self) -> bool:
        return not self.groups and not self.phrases

    @property
    def listing(self) -> bool:
        """Nothing to match, but a time, a source or a word asking for news: a list of articles."""
        return self.empty and (self.window is not None or self.source is not None or self.fillers)

    def distinctive(self, indexed: Callable[[str], bool] = lambda word: True,
                    tags: Sequence[tuple[str, str]] = ()) -> tuple[str, ...]:
        """The words an article must hold to answer this query: its names, species,
        titles (words rare in general Chinese), and its quoted phrases. A two-character
        word the index lacks is more often a mis-cut (剧里, 艾所) than a name, and is left out.
        With *tags* (the question's tagged words), the dictionary's places, people,
        organisations and other names (南京长江大桥, 世运会) that the index lacks count too, and
        so does a year: a near miss the index holds (武汉长江大桥, 大运会, another year) is
        another thing. (The tagger also tags 长度, 武功 or 私人企业 as names: only unindexed
        ones count, a rare one only when it is a place or organisation or not two common
        words; names it guesses, not in its dictionary, count when they could not be a mis-cut.)"""
        words = [c.word for c in self.concepts
                 if c.name or is_name(c.word) and (len(c.word) >= 3 or indexed(c.word) and not joined(c.word))]
        words += [w for w, flag in tags if flag in ASKED_NAMES and len(w) >= 2 and _HAN.fullmatch(w)
                  and not reduplicated(w)
                  and (not indexed(w) and (general_freq(w) >= RARE_FREQ or rare_name(w)) if general_freq(w)
                       else len(w) >= 3 or indexed(w))]
        words += [c.word for c in self.concepts if c.measure and _YEAR.fullmatch(c.word)]
        words += dotted(tags) + name_runs(tags) + _TITLE.findall(self.text)
        quoted = [unpunctuated(q) for q in self.quoted + [p.replace(" ", "") for p in self.phrases]]
        return tuple(dict.fromkeys(words + [q for q in quoted if q]))


def holds(text: str, word: str) -> bool:
    """True when *text* holds *word*; a name jieba glued a character onto (杨昊现 from
    杨昊现效力) counts when the text holds it without its last character."""
    return word in text or (len(word) >= 3 and not general_freq(word) and word[:-1] in text)


def clean(text: str) -> str:
    """Drop control and format characters, fold, and cap the length of a query."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text[:MAX_QUERY_CHARS * 4])
    return normalize(kept.translate(_QUOTES))[:MAX_QUERY_CHARS].strip()


def strip_question(text: str) -> str:
    """*text* with its question words and particles blanked out."""
    return _QUESTION.sub(" ", text)


def blank_questions(text: str) -> str:
    """*text* with its question words and particles blanked out, each character by a space
    (offsets into it are offsets into *text*)."""
    return _QUESTION.sub(lambda m: " " * len(m.group()), text)


def is_stopword(word: str) -> bool:
    """True for the particles and filler words no query matches on (的, 新闻, 情况)."""
    return word in _STOPWORDS


def concepts_of(text: str, natural: bool) -> list[Concept]:
    """Concepts of a chunk of text: accurate-mode words with their extra forms."""
    if natural:
        text = _QUESTION.sub(" ", text)
    out: list[Concept] = []
    for m in _MEASURE.finditer(text):
        if len(m.group()) > 1:
            out.append(Concept(m.group(), (m.group(),), MEASURE_POS + len(out)))
            text = text[:m.start()] + " " * len(m.group()) + text[m.end():]
    by_pos: dict[int, list[str]] = {}
    spans: dict[int, tuple[int, int]] = {}
    for tok, pos, start, end in analyze(text):
        by_pos.setdefault(pos, []).append(tok)
        spans.setdefault(pos, (start, end))
    words = []
    for pos, forms in by_pos.items():
        word = forms[0]
        if not general_freq(word) and word.strip(GLUE) != word:  # 慧是 -> 慧
            word = word.strip(GLUE)
            forms = [word]
        if not word or word in _STOPWORDS or not is_word(word):
            continue
        words.append((Concept(word, tuple(dict.fromkeys(forms)), pos), spans[pos]))
    return out + (_join_names(words) if natural else [w for w, _s in words])


def _join_names(words: list[tuple[Concept, tuple[int, int]]]) -> list[Concept]:
    """A lone character jieba cut off a name goes back onto it (庞 + 维勒 -> 庞维勒,
    蒋家 + 旻 -> 蒋家旻): the name, not its better-known part, is what the question is about."""
    out: list[tuple[Concept, tuple[int, int]]] = []
    joined = False
    for c, span in words:
        if out:
            prev, pspan = out[-1]
            lone = [x for x in (prev, c) if len(x.word) == 1 and "\u4e00" <= x.word <= "\u9fff"]
            other = c if lone == [prev] else prev
            can = pspan[1] == span[0] and len(lone) == 1 and len(other.word) >= 2 and not joined
            surname = (can and lone == [prev] and not other.word.isascii()  # cheap tests first:
                       and general_freq(other.word) < NAME_PART_FREQ and is_surname(prev.word))  # tags load once
            if can and (surname or general_freq(lone[0].word) < LONE_FREQ and is_name(other.word)):
                word = prev.word + c.word
                out[-1] = (Concept(word, (word,) + other.forms, prev.pos, surname), (pspan[0], span[1]))
                joined = True
                continue
        joined = False
        out.append((c, span))
    return [c for c, _s in out]


def has_words(text: str) -> bool:
    """True when *text* holds a word to match once question words and fillers are gone."""
    return bool(concepts_of(_SYNTAX.sub(" ", text.replace('"', " ")), True))


def parse(raw: str, today: date | None = None, literal_dates: bool = True) -> ParsedQuery:
    """Split a query string into keyword groups, phrases and exclusions; with *today*, take
    out the time window and the source it names (search.qa.scope; *literal_dates* False
    keeps dates as written among the keywords)."""
    text = clean(raw or "")
    question = is_question(text)
    parsed = ParsedQuery(text, fillers=any(w in text for w in FILLERS))
    if today is not None:
        scope = scope_of(text, today, question, has_words, literal_dates)
        text = parsed.text = scope.rest
        parsed.window, parsed.source, parsed.bad_date = scope.window, scope.source, scope.bad_date
    if question:  # quotes in a question only mark words it must find; commas split nothing
        parsed.natural = True
        parsed.quoted = [q for q in re.findall(r'"([^"]+)"', text) if is_word(q)]
        group = concepts_of(_SYNTAX.sub(" ", text.replace('"', "")), True)
        parsed.groups = [group] if group else []
        return parsed
    if text.count('"') % 2:
        text = _without_last_quote(text)  # an unbalanced quote is dropped
    for neg, phrase in re.findall(r'(-?)"([^"]*)"', text):
        words = [tok for tok, _p, _s, _e in analyze(phrase, expand=False)]
        if words:
            (parsed.excluded if neg else parsed.phrases).append(" ".join(words))
    rest = re.sub(r'-?"[^"]*"', " ", text)
    chunks = [c for c in _SYNTAX.sub(" ", rest).split() if c.lower() not in _OPERATORS]
    parsed.natural = len(chunks) == 1 and not parsed.phrases and len(chunks[0]) >= NATURAL_CHARS
    for chunk in chunks:
        if chunk.startswith("-") and len(chunk) > 1:
            parsed.excluded.extend(c.word for c in concepts_of(chunk[1:], False))
            continue
        group = concepts_of(chunk.strip("-"), parsed.natural or len(chunk) >= NATURAL_CHARS)
        if group:
            parsed.groups.append(group)
    return parsed


def _without_last_quote(text: str) -> str:
    """*text* with its last double quote blanked out."""
    at = text.rindex('"')
    return text[:at] + " " + text[at + 1:]


def is_question(text: str) -> bool:
    """A natural question (ends with a question mark or holds a question word), not keywords."""
    bare = _SYNTAX.sub("", text.replace('"', "")).replace(" ", "")
    return len(bare) >= QUESTION_CHARS and _ASKS.search(text.strip()) is not None
