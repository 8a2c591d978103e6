"""The thing a which/what question names as asked (哪个王朝, 什么系统, 哪一部电影), and
whether a sentence names one of that thing that the question does not already name.

"东罗马哪个王朝时期" is answered by a sentence saying "马其顿王朝": the head noun 王朝 with
words before it that the question lacks. A sentence that only restates the question
(被称为黄金时期的…) does not name one.
"""
from __future__ import annotations

import re

from search.text.analysis import tagged

_ASKING = re.compile(r"^(什么|哪(?![里儿怕]))")
# What may stand between the question word and its noun: 哪一个, 哪种, 哪一部.
_COUNTERS = frozenset("个座条种位本部所家项颗支只届类间场首件张篇样些")
# Heads that name no kind of thing (什么东西, 什么时候: other rules or none).
_GENERIC = frozenset(["是", "的", "了", "在", "有", "东西", "事情", "事", "地方", "时候", "时间", "样",
                      "样子", "意思", "人", "原因", "情况", "方式", "方法", "内容", "问题", "作用", "关系"])
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_LINKS = frozenset("的之了是在有和与及或等为被把将从向个种")  # a name does not end on these
_QUOTES = frozenset("《“「\"")  # the name may follow the head: 电影《…》
_BEFORE = 2  # the Han characters just before the head that must not be the question's own


def asked_head(question: str) -> str | None:
    """The noun a normalised *question* asks which one of (哪个王朝 -> 王朝, 哪一国 -> 国), or None."""
    pairs = tagged(question)
    words = [w for w, _tag in pairs]
    nouns = {w for w, tag in pairs if tag.startswith("n")}
    for i, word in enumerate(words):
        m = _ASKING.match(word)
        if m is None:
            continue
        for w in [word[m.end():], *words[i + 1:i + 3]]:
            w = w.removeprefix("一")
            if w and w not in _COUNTERS:  # 哪个, 哪一种: the noun is the next word
                return w if w in nouns and _HAN.match(w) and w not in _GENERIC else None
        return None
    return None


def names_head(head: str, sentence: str, question: str) -> bool:
    """True when normalised *sentence* names a *head* (王朝) by words the question lacks
    (马其顿王朝, 电影《苏丝黄的世界》), not in passing (众多的电影院)."""
    for m in re.finditer(re.escape(head), sentence):
        before, after = sentence[max(0, m.start() - _BEFORE):m.start()], sentence[m.end():m.end() + 1]
        if after[:1] in _QUOTES:
            return True
        if (len(before) == _BEFORE and _HAN.match(before) and before not in question
                and before[-1] not in _LINKS and (after in _LINKS or not _HAN.match(after))):
            return True
    return False


# Another name asked (别名是什么, 也叫什么) is answered where a sentence gives one (又名, 俗称).
_ALIAS_ASKED = re.compile(r"别名|别称|又名|又称|又叫|也叫|也称|亦称|简称|原名|本名|俗称|全称|旧称|古称|昵称|绰号|外号")
_ALIAS_SAID = re.compile(_ALIAS_ASKED.pattern + r"|或称|通称|亦作|亦名|称为|称作")


def gives_alias(question: str, sentence: str) -> bool:
    """True when *question* asks another name of something and *sentence* gives one."""
    return bool(_ALIAS_ASKED.search(question) and _ALIAS_SAID.search(sentence))
