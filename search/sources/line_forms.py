"""The forms a short line is asked of the chrome lists (search.sources.chrome) in: folded to
simplified characters, without the decoration set around a heading, and with a label set one
character apart closed up, so a word a list names is found however the page set it."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from search.text.normalize import converter

# Decoration around a heading ('>>推荐阅读<<', '■ 相关新闻 ■'): taken off before the
# related-list and chrome lists are asked.
DECORATION = re.compile(r"^[\s>＞»›<＜«‹■□●○◆◇★☆▶►▼▲↓↑⬇—\-=*#]+|[\s>＞»›<＜«‹■□●○◆◇★☆◀◄▼▲↓↑⬇—\-=*#]+$")


_FOLD_MAX = 150  # characters: the longest line the chrome lists are asked of


@lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """*text* in simplified characters: the chrome lists are asked of a traditional line in
    this form too, so a word a list names in one script is found in the other ('掃一掃')."""
    return converter("t2s").convert(text)


def in_other_script(text: str, test: Callable[[str], object]) -> bool:
    """Does *test* hold for a short traditional line once simplified? (A paragraph is never
    page chrome by its words alone: not folded.)"""
    if len(text) > _FOLD_MAX:
        return False
    folded = simplified(text)
    return folded != text and bool(test(folded))


# '推 荐', '相 关 新 闻', '通 讯 员 某某': a word set one character apart, as pages justify a label
_SPACED_OUT = re.compile(r"^(?:\S\s+){1,5}\S(?=\s|$)")


def closed_up(text: str) -> str:
    """*text* with a word set one character apart at its start closed up ('推 荐' -> '推荐',
    '通 讯 员 某某' -> '通讯员 某某')."""
    m = _SPACED_OUT.match(text)
    return "".join(m.group(0).split()) + text[m.end():] if m else text


def undecorated(text: str) -> str:
    """*text* without the arrows, blocks and stars set around a heading, and with a label set
    one character apart closed up."""
    return closed_up(DECORATION.sub("", text) or text)
