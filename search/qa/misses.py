"""Articles that share a question's words and still miss what it asks.

An article passing the coverage and support checks (search.qa.coverage) may hold the
question's words and say something else of them:
- its answer sentence says the question's words only negated (在佛教还未传入日本之时 for
  佛教何时传入日本): it tells of the time before the event, not of the event;
- the question asks what a term is (什么是梧桐树协议) and the article lacks a word of it (it
  holds 梧桐 in 梧桐科, never 协议): it defines something else;
- the question names a thing X+S and the article's title is Y+S, the same head with another
  modifier that the article never says (长柄艾纳香 against 狭叶艾纳香): the article is on a
  sibling of what is asked;
- the question names a person no article holds (钟素) and the article names one of the same
  given name under another surname (副使翁素): the question asks about another person;
- the question opens on its subject with a character or two glued before its first word (霜皇后,
  旧文字, 银学说: jieba cuts them off, and a lone character is no query word), and the article
  never writes that word with them: it speaks of another 皇后, 文字 or 学说.
"""
from __future__ import annotations

import re

from search.index.documents import Stored, naming_text
from search.qa import kinds
from search.qa.coverage import Resolved
from search.qa.intents import defined_term
from search.qa.query import MEASURE_POS, strip_question
from search.text.analysis import PERSON_TAGS, is_surname, tagged
from search.text.normalize import normalize, unpunctuated

_NEGATED = re.compile(r"(?:未|没有|不曾)$")  # 还未, 尚未, 从未, 并未 end on 未
_DATED = ("when", "duration")  # the kinds asking when an event happened, or how long it lasted
_NEGATION = re.compile(r"未|没|不曾|不是|并非|无")  # a question asking of what is not
_DISAMBIGUATION = re.compile(r"\s*[(（][^)）]*[)）]\s*$")  # 东关街 (扬州)
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# The tags of a modifier that names a kind (长柄, 狭叶: nouns, adjectives, distinguishing words),
# and those among them that do not (a person's name, an adverbial or nominal adjective).
_KIND_TAGS = ("n", "a", "b")
_NOT_KIND = frozenset(("nr", "ad", "an"))
_AROUND = 12  # characters each side of a name that jieba reads it in
# Lone characters that open a question without naming its subject: particles, pronouns,
# prepositions, conjunctions, negation, adverbs, counters (该书, 若要, 依照, 不慎, 后因), and the
# adverbs of time that open a question on who holds a post now or then (现院长, 原名, 今属).
_NOT_MODIFIER = frozenset("的之了是在和与及或有也都就被把对从向为以等中上下这那其于而并又我你他她它个名哪谁何"
                          "什么几多该此本各每某所将由当让使给令请问吗呢吧啊呀啥一两第首最很更较已曾要会能可"
                          "才便再还另不比后前若依如因自据按经随凡除连即虽但且些种位部项条座场艘份支处年人少现原今")
_MODIFIER = 2  # characters at most: a longer run is a phrase of its own, not a modifier


def denies(question: str, sentence: str, groups: list[list[Resolved]]) -> str | None:
    """For a when- or how-long question that negates nothing (佛教何时传入日本), a word of it
    that *sentence* says only negated (在佛教还未传入日本之时), or None: such a sentence
    tells of the time before the event, and its dates are not the event's."""
    q, said = normalize(question), normalize(sentence)
    if kinds.asked(q) not in _DATED or _NEGATION.search(q):
        return None
    for r in (r for g in groups for r in g if len(r.word) >= 2):
        there = [_NEGATED.search(said[max(0, m.start() - 2):m.start()]) is not None
                 for m in re.finditer(re.escape(r.word), said)]
        if there and all(there):
            return r.word
    return None


def undefined(question: str, fields: Stored, groups: list[list[Resolved]], part_credit: float) -> str | None:
    """For a definition question (什么是X), a word of X the article does not hold, or None."""
    term = defined_term(question)
    if term is None:
        return None
    text = naming_text(fields)
    bare = unpunctuated(text)
    return next((r.word for g in groups for r in g
                 if r.word in term and not r.answer_credit(text, bare, part_credit)), None)


def sibling(question: str, fields: Stored) -> str | None:
    """The thing *question* names (长柄艾纳香) when the article's title names another of the
    same head (狭叶艾纳香) and the article never says the question's modifier (长柄); else None."""
    title = unpunctuated(_DISAMBIGUATION.sub("", normalize(fields.get("title") or "")))
    q = normalize(question)
    asked = unpunctuated(q)
    if title in asked or not any(title[i:] in asked for i in range(1, len(title) - 1)):
        return None  # the question names the title, or no head of it: no need to tag the question
    words = tagged(strip_question(q))  # not its frame: 哪一个人为X的… has no modifier 人为
    text = unpunctuated(naming_text(fields))
    for (mod, tag), (word, _tag) in zip(words, words[1:], strict=False):
        if (len(word) >= 2 and len(title) > len(word) and title.endswith(word) and not title.startswith(mod)
                and _HAN.fullmatch(mod) and tag.startswith(_KIND_TAGS) and tag not in _NOT_KIND
                and mod not in text):
            return mod + word
    return None


def renamed(fields: Stored, groups: list[list[Resolved]]) -> str | None:
    """A word of the question that no article holds (钟素), opening on a surname, when the
    article holds a person's name that differs from it in that first character only (副使翁素,
    jieba tagging it a person where the article says it); else None. The question asks about
    another person of the same given name, a near miss jieba's dictionary cannot tell
    (search.qa.coverage.unheard_name reads the names it tags)."""
    text = naming_text(fields)
    for word in (r.word for g in groups for r in g
                 if not r.known and not r.phrase and r.pos < MEASURE_POS and 2 <= len(r.word) <= 3):
        if not is_surname(word[0]):
            continue
        at = [m.start() - 1 for m in re.finditer(re.escape(word[1:]), text) if m.start()]
        if any(text[a] != word[0] and is_surname(text[a]) and _a_person(text, a, a + len(word)) for a in at):
            return word
    return None


def _a_person(text: str, start: int, end: int) -> bool:
    """True when jieba reads text[start:end] as a person's name where the text says it."""
    around = text[max(0, start - _AROUND):end + _AROUND]
    return any(word == text[start:end] and tag in PERSON_TAGS for word, tag in tagged(around))


def glued_modifier(question: str, fields: Stored, groups: list[list[Resolved]]) -> str | None:
    """The term *question* opens on (霜皇后, 银学说) when lone characters jieba cut off stand
    glued before its first word and the article never writes that word with them; else None.
    The question names a kind of thing (皇后, 学说) by a modifier that says which one, and an
    article writing the word only with other modifiers (冰糖皇后, 环流学说) is on another one.
    Two characters the article holds as they are (北凉 of 北凉地区) are a name jieba split,
    not a modifier; a lead the title holds (梅 for the article 梅) names the article."""
    words = {r.word for g in groups for r in g if r.pos < MEASURE_POS}
    lead = ""
    for word, _tag in tagged(unpunctuated(normalize(question))):
        if len(word) == 1 and _HAN.fullmatch(word) and word not in _NOT_MODIFIER and len(lead) < _MODIFIER:
            lead += word
            continue
        if not lead or len(word) < 2 or word not in words:
            return None
        text = unpunctuated(naming_text(fields))
        title = normalize(fields.get("title") or "")
        if lead + word in text or (len(lead) > 1 and lead in text) or any(c in title for c in lead):
            return None
        return lead + word
    return None
