"""Which words of a question are names it asks about: rare words that are not common words
put together, foreign names written with a middle dot, a surname and the given name jieba
cut apart. An article must hold such a name whole to answer (ParsedQuery.distinctive)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from search.text.analysis import NAME_TAGS, dict_tag, general_freq

_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Function characters jieba's HMM glues onto an unknown name (王法慧是 -> 王法/慧是).
GLUE = "是的了在和与及或有也都就被把对从向为以等之于而并又其这那此该谁"
NAME_PART_FREQ = 300  # ... before a word this rare (比尔 of 兰比尔; not 分布 of 艾分布)
LONE_FREQ = 1000  # a lone character rarer than this is likely part of a name (庞, 旻)
RARE_FREQ = 100  # a word rarer than this in jieba's dictionary is a name, species, title...
# ... unless the dictionary says it is a verb, adverb, conjunction, time word, numeral or
# set phrase (迁往, 相较, 因其, 西元, 百分之三, 座落在): a rare way of saying, not a thing named
NOT_NAME_TAGS = frozenset({"v", "d", "c", "t", "m", "i", "l", "p", "r", "u", "ad"})
# A foreign name written with a middle dot (亨利·卢斯): required whole, not 卢斯 alone
_DOTTED = re.compile(r"(?<=\|)[\u4e00-\u9fff]+(?:\|[·•‧・]\|[\u4e00-\u9fff]+)+(?=\|)")
# A reduplicated way of saying (陆陆续续, 大大的, 商量商量): never a name, whatever its tag
_REDUPLICATED = re.compile(r"(.)\1(.)\2|(..)\3|(.)\4[的地]")
_PERSON = ("nr", "nrt")  # jieba's tags of people's names
ASKED_NAMES = ("ns", "nr", "nrt", "nt", "nz", "j")  # jieba's tags of places, people, organisations,
# other names and abbreviations (世运会): a question naming one asks about that one


def reduplicated(word: str) -> bool:
    """True for a word that only repeats its characters (AABB, ABAB, AA的)."""
    return _REDUPLICATED.fullmatch(word) is not None


def dotted(tags: Sequence[tuple[str, str]]) -> list[str]:
    """The question's foreign names written with a middle dot (亨利·卢斯), each whole: 卢斯
    alone is also inside 狄奥斐卢斯. (Whole tagged words only: 是 of 卢斯是 is not in it.)"""
    cut = "|" + "|".join(w for w, _f in tags) + "|"
    return [m.replace("|", "") for m in _DOTTED.findall(cut)]


def name_runs(tags: Sequence[tuple[str, str]]) -> list[str]:
    """A rare name and the person's name jieba cut off right after it, joined (耶律 + 金山
    -> 耶律金山): the whole name is what the question asks about, not its first part."""
    return [w + nxt for (w, flag), (nxt, nflag) in zip(tags, tags[1:], strict=False)
            if flag in _PERSON and nflag in _PERSON and is_name(w) and _HAN.fullmatch(nxt)]


def is_name(word: str) -> bool:
    """A word rare in general Chinese that is not just common words put together
    (罗保铭, 黄蝉 and 半线 are; 本科毕业, 藏书量 and 原生地 are not)."""
    if len(word) < 2 or word[0].isdigit() or general_freq(word) >= RARE_FREQ:
        return False
    if word[0] in GLUE and general_freq(word[1:]):
        return False  # 被选为, 被判: a function character on a word
    if dict_tag(word) in NOT_NAME_TAGS or reduplicated(word):
        return False
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        common = [general_freq(x) >= RARE_FREQ for x in (left, right)]
        if all(common) and max(len(left), len(right)) >= 2:
            return False
    return True


def joined(word: str) -> bool:
    """Two characters neither of which is rare enough to be part of a name (LONE_FREQ), that
    the dictionary does not call a name: more often a mis-cut across two words (比赛后会有:
    后会, 倒酒时要) or a plain noun (军阶, 外患) than a name the question is about."""
    return len(word) == 2 and dict_tag(word) not in NAME_TAGS and all(general_freq(c) >= LONE_FREQ for c in word)


def rare_name(word: str) -> bool:
    """A rare dictionary name: a place or organisation of two characters, or a name of three
    or more that is not two common words of two or more characters each (中山市 and 察哈尔省
    are; 私人企业 and 韩国公司 are not)."""
    if len(word) < 3:
        return dict_tag(word) in ("ns", "nt")  # a place or organisation: 菏泽, not 环比 or 史称
    return not any(len(word[:i]) >= 2 and len(word[i:]) >= 2 and general_freq(word[:i]) >= RARE_FREQ
                   and general_freq(word[i:]) >= RARE_FREQ for i in range(2, len(word) - 1))
