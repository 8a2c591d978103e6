"""What a question asks for (its kind, the event it asks about, what it defines, the head
noun it asks which one of), and what a sentence offers of it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from search.params import DEFAULT, RankingParams
from search.qa import kinds
from search.qa.heads import asked_head, gives_alias, names_head
from search.qa.query import QUESTION_WORDS, strip_question
from search.text.normalize import normalize

_HAN = re.compile(r"[\u4e00-\u9fff]")
_ORG = r"(公司|大学|学院|委员会|协会|联合会|政府|集团|银行|组织|中心|基金会|研究所|研究院|办公室|部|局|厅|社|会)"
_NUM = r"(\d[\d,.]*|[一二三四五六七八九十两百千万]+)\s*"
# For a how-much question, the unit its answer is in (a how-long one is a duration: search.qa.kinds).
_UNITS = ((re.compile(r"多高|多长|多宽|多深|多远|身高|体长|长度|高度|海拔|距离|射程"),
           re.compile(_NUM + r"(公里|千米|米|公尺|厘米|公分|毫米|英尺|英里|哩|km|m\b|cm)")),
          (re.compile(r"多重|体重|重量"), re.compile(_NUM + r"(公斤|千克|克|吨|磅|kg)")),
          (re.compile(r"面积|多大"), re.compile(_NUM + r"(平方|亩|公顷|km²)")),
          (re.compile(r"多少人|人口"), re.compile(_NUM + r"[万亿]?人")),
          (re.compile(r"多少钱|价格|金额|多少元"), re.compile(_NUM + r"[万亿]?(元|美元|港元|英镑|欧元)")))
_SIGNED = re.compile(r"^[\u4e00-\u9fff]{2,24}" + _ORG + r"\s*$")  # a line that is only a name
# Events a when-question may ask about, and the words that say them. A sentence saying a
# different event of the same family (birth for a death) is not the answer.
_EVENTS = (
    ("过世 去世 逝世 病逝 病死 死于 卒 殁 身故 遇害 被杀 驾崩 崩 薨 死", "出生 生于 诞生 出世"),
    ("出生 生于 诞生 出世", "过世 去世 逝世 病逝 病死 死于 卒 殁 身故 遇害 被杀 驾崩 崩 薨"),
    ("成立 创立 创办 建立 设立 创建 始建 建于 开办 开业 落成", "解散 撤销 关闭 停办 结束"),
    ("开始 开幕 开放 启用 开通 首播 上映 举行 举办 发生 爆发", "结束 闭幕 关闭 停用 完结"),
    ("退休 离任 卸任 辞去 辞职 离开 退出", "加入 上任 出任 就任 担任"),
    ("加入 上任 出任 就任 担任 进入", "退休 离任 卸任 辞去 辞职 离开 退出"),
)
_ASPECT = re.compile(r"的?(内涵|含义|定义|意思|意义|实质|本质|核心内容)$")  # 什么是X的内涵 asks about X
_DEFINE = (re.compile(r"^(?:什么是|何谓|何为)(.{2,20}?)[?？]?$"),
           re.compile(r"^(.{2,20}?)(?:是什么|指的是什么|是指什么|指什么|是什么意思)[?？]?$"))
_LINKED = re.compile(r"[的之在与和]")  # X的Y, X在Y中的: a relation, not one term
_BY_WHOM = re.compile(r"由(谁|哪)")
_HEADED = (None, "what", "where")  # kinds whose answer may be a thing named by a head noun
_NOT_ASKED = re.compile("|".join(("是", "的", "了", *QUESTION_WORDS, "有", "在")))  # what says nothing


@dataclass(frozen=True)
class Intent:
    """What a question asks for."""

    kind: str | None  # when | duration | count | who | where | why (search.qa.kinds) | what | None
    events: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())  # words of the event, of its opposites
    residue: frozenset[str] = frozenset()  # the question's other Han bigrams and characters
    defines: re.Pattern | None = None  # for "什么是X": a sentence saying "X是/为/指…"
    head: str | None = None  # for "哪个王朝": the noun asked which one of (search.qa.heads)


def intent_of(question: str, title: str = "") -> Intent:
    """Read what *question* asks for (its residue leaves out the article's title)."""
    q = normalize(question)
    kind = kinds.asked(q)
    defines = None
    for rx in _DEFINE:
        m = rx.match(q)
        if m and kind is None:
            kind = "what"
            subject = re.escape(_ASPECT.sub("", m.group(1).strip('"“”「」')))
            # "X是/为/指…", or X named after its quoted content: 弘扬“热爱祖国、…”的X
            defines = re.compile(subject + r"[^，。；]{0,12}?(是|为|指|即)|[“「][^”」]{2,40}[”」]的" + subject)
    events: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    for said, opposite in _EVENTS if kind == "when" else ():
        words = said.split()
        if any(w in q for w in words):
            events = (tuple(words), tuple(opposite.split()))
            break
    told = set(normalize(title))  # the article's subject says nothing about which sentence
    rest = "".join(" " if c in told else c for c in _said(q))
    chars = {c for c in rest if _HAN.match(c)}
    head = asked_head(q) if kind in _HEADED else None
    return Intent(kind, events, frozenset(chars | _pairs(rest)), defines, head)


def defined_term(question: str) -> str | None:
    """The term a definition question asks about (什么是梧桐树协议, 梧桐树协议是什么: 梧桐树协议;
    什么是X的含义: X), or None; X的Y是什么 asks about an attribute of X, not a term."""
    q = normalize(question)
    if kinds.asked(q) is not None:
        return None
    for rx in _DEFINE:
        m = rx.match(q)
        if m:
            term = _ASPECT.sub("", m.group(1).strip('"“”「」'))
            return None if _LINKED.search(term) else term
    return None


def _said(question: str) -> str:
    """The (normalised) question with its question words and particles blanked out."""
    return _NOT_ASKED.sub(" ", strip_question(question))


def _pairs(text: str) -> frozenset[str]:
    """The pairs of adjacent Han characters in *text*."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1) if all(_HAN.match(c) for c in text[i:i + 2]))


def asked_pairs(question: str) -> frozenset[str]:
    """The Han character pairs of what *question* says, its question words and particles
    left out (什么是梧桐树协议: 梧桐, 桐树, 树协, 协议)."""
    return _pairs(_said(normalize(question)))


def intent_bonus(intent: Intent, question: str, sentence: str, p: RankingParams = DEFAULT) -> float:
    """What the sentence offers of what the question asks for."""
    bonus = 0.0
    kind = intent.kind
    if kind in ("when", "duration", "count", "why") and kinds.said(kind, sentence, question):
        bonus += p.kind
        if kind == "count":
            bonus += next((p.unit for asks, unit in _UNITS if asks.search(question) and unit.search(sentence)), 0.0)
    elif kind in ("who", "where") and kinds.said(kind, sentence, question):
        bonus += p.signed if kind == "who" and _SIGNED.match(sentence.strip()) else p.named
    elif kind == "what" and intent.defines is not None and intent.defines.search(sentence):
        bonus += p.defines
    said, opposite = intent.events
    if said:
        if any(w in sentence for w in said):
            bonus += p.event
        elif any(w in sentence for w in opposite):
            bonus -= p.event
    if "哪些" in question and "、" in sentence:
        bonus += p.listing
    if _BY_WHOM.search(question) and "由" in sentence:
        bonus += p.by_whom
    if intent.head is not None and names_head(intent.head, sentence, question):
        bonus += p.head
    if gives_alias(question, sentence):
        bonus += p.alias
    bonus += sum(p.shared_bigram if len(x) == 2 else p.shared_char for x in intent.residue if x in sentence)
    return bonus
