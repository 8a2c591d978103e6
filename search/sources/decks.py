"""Headlines a page sets over several lines: wrapped, set in two halves, or said whole and
then again in pieces, joined back into one."""
from __future__ import annotations

import re

from search.sources.heads import ECHO, echo_share, names_channel, site_only, under_headline
from search.sources.lines import Line, is_title
from search.sources.outlets import BODY_NAME

# A second headline line that opens on a conjunction goes on the first: '习近平抵达金奈' /
# '与印度总理莫迪举行会见'; e-papers set their headlines in short lines.
_GOES_ON = re.compile(r"^(与|與|并|並|及|暨)\S")
# A document title 'X关于Y的意见' wrapped before its genre word: '国务院关于推动…发展' /
# '奋力书写…新篇章的意见'.
_ABOUT = re.compile(r"关于|關於")
_GENRE = re.compile(r"的(意见|意見|通知|决定|決定|办法|辦法|规定|規定|方案|批复|批覆|通告|公告|决议|決議|"
                    r"实施细则|實施細則|指导意见|指導意見|报告|報告)$")
# A line that is only an opening place phrase waits for the rest of its headline:
# '在全国政协新年茶话会上' / 'X的讲话', as printed speeches are titled.
_OPEN_PHRASE = re.compile(r"^(在|于|於)\S{2,}(上|中|时|時|之际|之際|期间|期間)$")
_MAX = 40  # a joined headline longer than this is two things, not one wrapped line
_HAN = re.compile(r"[\u4e00-\u9fff]")


def wraps(first: str, second: str) -> bool:
    """Does *second* continue the headline *first* began on the line above?"""
    if len(first) + len(second) > _MAX:
        return False
    if _GOES_ON.match(second) or _OPEN_PHRASE.match(first):
        return True
    return bool(_ABOUT.search(first)) and not _GENRE.search(first) and bool(_GENRE.search(second))


def unwrapped(pending: list[Line]) -> list[Line]:
    """Title-like lines with wrapped headlines joined (no blank line between the parts)."""
    out: list[Line] = []
    for line in pending:
        if out and line.gap == 0 and wraps(out[-1].text, line.text):
            out[-1] = Line(out[-1].text + " " + line.text, out[-1].gap, out[-1].brk)
        else:
            out.append(line)
    return out


_DECK_HAN = 5  # Han characters each line of a two-line headline holds at least ('两车槟桥猛撞')
# A headline broken over two lines breaks it in near halves; a kicker over a longer main
# headline ('出席区域合作论坛' / '省长抵达东岭 与邻省代表举行会谈') is text, as e-papers set it.
_DECK_SHARE = 0.6


def decked(pending: list[Line], at: int) -> bool:
    """Does the line right above the headline *pending[at]* (no blank line between) begin
    it, as papers set a headline in two short lines ('两车槟桥猛撞' / '轿车坠海搜救无果')?
    Both headline-shaped, of near length and together no longer than a headline; the upper
    one standing alone above (not the last of a list of headlines), neither saying the
    other, the upper one no body's name, and neither a site, a channel, a trail nor a line
    pages set under a headline."""
    if at < 1 or pending[at].gap != 0 or (at > 1 and pending[at - 1].gap == 0):
        return False
    pair = [pending[at - 1].text, pending[at].text]
    bare = ["".join(_HAN.findall(t)) for t in pair]
    return (len(pair[0]) + len(pair[1]) <= _MAX and bare[0] not in bare[1] and bare[1] not in bare[0]
            and len(bare[0]) >= _DECK_SHARE * len(bare[1])
            and not BODY_NAME.match(pair[0])
            and all(is_title(t) and len(_HAN.findall(t)) >= _DECK_HAN and not site_only(t)
                    and not under_headline(t) and not re.search(r"[|｜_]", t) for t in pair)
            and not names_channel(pair[0]))  # '主页 北部新闻': a trail


def subtitled(pending: list[Line], at: int) -> bool:
    """Does a subtitle opening on a dash ('——沿线六个出入口同步开放') stand right under the
    headline *pending[at]*? Then the line right above it is its kicker, as papers set a
    headline block (引题 / 主题 / 副题), not its first half."""
    return at + 1 < len(pending) and pending[at + 1].gap == 0 and pending[at + 1].text.startswith(_SUB_DASH)


_SUB_DASH = ("——", "—", "－－", "--")  # what a paper's subtitle (副题) opens on
_WHOLE_HAN = 10  # Han characters: a line this long says a story on its own, no half of one
_STRAY = 3  # times: the opening echoes the headline this many times more than a line over or under it


def lone_of_deck(pending: list[Line], at: int, opening: str | None) -> int | None:
    """Of a two-line headline ending at *pending[at]*, the line that is the headline alone,
    when both lines are long enough to stand alone and the story's opening restates one
    (ECHO or more) and hardly the other: a kicker over the headline ('装作外婆的狼…' / '某某
    被迫承认…') or a subtitle under it ('某某与某某会谈' / '我国将为和平做出贡献'). Else None."""
    pair = (pending[at - 1].text, pending[at].text)
    if not opening or any(len(_HAN.findall(t)) < _WHOLE_HAN for t in pair):
        return None
    low, high = sorted((echo_share(t, opening), i) for i, t in enumerate(pair))
    return at - 1 + high[1] if high[0] >= ECHO and high[0] >= _STRAY * low[0] else None


_BULLET = re.compile(r"^[•·●◆■▪\-\s]+")


def said_in_pieces(pending: list[Line]) -> list[Line]:
    """Title-like lines where the headline said once whole is said again broken over its last
    lines ('• X Y Z' above 'X' / 'Y' / 'Z', as e-papers set it): the lines up to the whole one,
    without its bullet. Otherwise *pending* as it is. A bullet sets the line apart as a blank
    line does: the line right above it is no kicker of it (the story above's photo caption)."""
    bare = ["".join(_BULLET.sub("", p.text).split()) for p in pending]
    for k in range(2, min(len(pending), 5)):
        joined = "".join(bare[-k:])
        for i in range(len(pending) - k - 1, -1, -1):
            if bare[i] == joined and len(joined) >= 8:
                text = _BULLET.sub("", pending[i].text)
                gap = max(pending[i].gap, int(text != pending[i].text))
                return pending[:i] + [Line(text, gap, pending[i].brk)]
    return pending
