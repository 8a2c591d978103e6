"""The noun a which-question asks about is a slot the answer fills, not a word the article
must say.

"嘉定府是在哪个朝代所设立的" is answered by "宋朝时，改设嘉定府": the article names a dynasty
and never says 朝代. The coverage check counted 朝代 missing like any word of the question, so
the article that answers was declined. A question whose article lacks only such a noun is
covered when:
- the article holds every name of the question (what it is about: 嘉定), so an article that
  only shares the asked noun's topic (旧名 without 燕京) still does not cover it,
- it covers the rest of the question (search.qa.coverage) at `RankingParams.slot_coverage`,
  a lower share than other articles need, since the last condition has the answer sentence
  itself confirm the question, and
- the answer sentence names something of the kind asked, by a word the question lacks that
  shares a character with the noun (宋朝 for 朝代, 新北市 for 县市, 政治制度 for 政治体制):
  Chinese names a member of a kind with the kind's morpheme.

The support check (search.qa.support.supports) likewise counts the noun as held by an answer
sentence that names one of its kind (粤语…公元前2世纪的中国汉朝时期 for 哪一个朝代): by a word
that closes on a character of the noun (closes_slot), since Chinese compounds put the kind last
(汉朝, 俄国, 苏门答腊岛), not a word that only holds one (作为 for 著作, 种子 for 筷子).
"""
from __future__ import annotations

import re

from search.index.documents import Stored, naming_text
from search.params import RankingParams
from search.qa.coverage import Resolved, answer_coverage
from search.qa.names import reduplicated
from search.text.analysis import NAME_TAGS, segment, tagged
from search.text.normalize import normalize, unpunctuated

_HAN = re.compile(r"[\u4e00-\u9fff]+$")


def covers_slot(fields: Stored, groups: list[list[Resolved]], asked: str, head: str, params: RankingParams) -> bool:
    """True when an article (its stored fields) holds every name of the question *asked*
    (normalised, punctuation removed) and matches `params.slot_coverage` of the question's
    weight with the asked noun *head* left out. A reduplicated way of saying the tagger calls
    a name (大大的) names nothing."""
    text = naming_text(fields)
    bare = unpunctuated(text)
    names = {w for w, tag in tagged(asked) if tag in NAME_TAGS and not reduplicated(w)} - {head}
    rest = [[r for r in g if r.word != head] for g in groups]
    if any(r.answer_credit(text, bare, params.part_credit) < 1 for g in rest for r in g if r.word in names):
        return False
    return answer_coverage(text, [g for g in rest if g], params) >= params.slot_coverage


def fills_slot(head: str, sentence: str, question: str) -> bool:
    """True when *sentence* names something of the kind *head* (朝代) by a word that shares a
    character with it and that *question* (normalised) does not hold: a word of two or more
    characters (宋朝 in 宋朝时，改设嘉定府), or one character of the head closing the word
    before it (石湾 + 市)."""
    words = [w for w, _at in segment(normalize(sentence))]
    for i, word in enumerate(words):
        if len(word) > 1:
            if word not in question and any(c in word for c in head):
                return True
        elif word in head and i and _HAN.match(words[i - 1]) and words[i - 1] + word not in question:
            return True
    return False


# Noun suffixes: a word closing on one (种子, 石头) names no member of a kind that closes on it (筷子).
_SUFFIXES = frozenset("子儿头们")


def closes_slot(head: str, sentence: str, question: str) -> bool:
    """True when *sentence* names something of the kind *head* (朝代) by a word that the
    question lacks and that closes on a character of the head: a Chinese compound names a
    member of a kind with the kind's morpheme last (宋朝, 俄国, 苏门答腊岛; 石湾 + 市), so 作为
    names no 著作 and 种子 no 筷子. Where the question says which country's kind it asks
    (中国军队), a member named by another country (日军, 日本 + 军) is of another kind."""
    words = [w for w, _at in segment(normalize(sentence))]
    owner = _owner(head, question)
    for i, word in enumerate(words):
        closes = len(word) > 1 and word not in question and word[-1] in head and word[-1] not in _SUFFIXES
        if closes and not _foreign(word[:-1], owner):
            return True
        if (len(word) == 1 and word in head and i and _HAN.match(words[i - 1])
                and words[i - 1] + word not in question and not _foreign(words[i - 1], owner)):
            return True
    return False


# Countries and the short forms their members are named by (日军, 美舰, 苏方): a question
# asking which of one country's things (中国军队) is not answered by another country's.
_COUNTRIES = {"中国": "中华", "日本": "日", "美国": "美", "英国": "英", "法国": "法", "德国": "德",
              "俄罗斯": "俄", "俄国": "俄", "苏联": "苏", "韩国": "韩"}
_NAMED = frozenset(_COUNTRIES) | frozenset("".join(_COUNTRIES.values()))


def _foreign(stem: str, owner: str | None) -> bool:
    """True when the question asks about the country *owner*'s kind and *stem* (日 of 日军,
    日本 before 军) names another country."""
    if owner not in _COUNTRIES:
        return False
    return stem in _NAMED and stem != owner and stem not in _COUNTRIES[owner]


def _owner(head: str, question: str) -> str | None:
    """The name *question* puts right before the asked noun *head* elsewhere in it (中国 in
    "…的中国军队是哪一个军队"), saying whose member is asked; None when it names none."""
    pairs = tagged(question)
    for (word, tag), (after, _tag) in zip(pairs, pairs[1:], strict=False):
        if after == head and tag in NAME_TAGS:
            return word
    return None
