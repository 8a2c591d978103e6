"""Headlines a page says twice, a page title's site and outlet, and an untitled article's
first line standing as its headline."""
from __future__ import annotations

import re
from typing import Any

from search.sources.lines import COLUMN_SLASH, Line, is_title
from search.sources.marks import unmarked
from search.sources.sites import outlet, site_stripped

# 'main——subtitle' on one line: a short one is one headline in two parts ('聚焦中国 瞩目盛会——
# 来自新闻中心的观察'); past this length the part after the dash describes the story (a dek)
# and goes to the text.
_DASHED_MAX = 32
# Lines under a headline that are not it: a '——subtitle', a bracketed date or note
# ('(一九九六年一月一日)'), an e-paper's reporter name on a line of its own ('叶子青'), the
# headline the story first ran under ('原标题：…'), which reprints set under their own, a
# column's label ('实况报道').
# A page title that only names the site and its channel ('某某网-本地频道', '新聞網 | 要聞'):
# every part ends as a site or channel name does.
_SITE_PART = re.compile(r"^\S{1,10}(网|網|社|报|報|台|臺|新闻|新聞|频道|頻道|在线|在線|首页|首頁|主页|主頁|"
                        r"要闻|要聞|门户|門戶|"
                        r"速递|速遞|快讯|快訊|"  # a channel: '香港政府新聞網 - 新聞速遞'
                        r"新闻中心|新聞中心|融媒体中心|融媒體中心|传媒中心|傳媒中心)$|"
                        r"^(数字报纸|數字報紙|数字报|數字報|电子报|電子報|电子版|電子版)$|"  # '某某日报 数字报纸'
                        r"^\S{2,14}(网站|網站)$")  # '澳門特別行政區政府入口網站'
_LATIN = re.compile(r"^[A-Za-z][A-Za-z.&']*$")  # a word of a site's English name
_READ_COUNT = re.compile(r"\s*[-—]*\s*(閱讀|阅读|瀏覽|浏览|點閱|点阅)(人次|次數|次数|數|数)?\s*[:：]\s*\d+\s*$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRAND_MAX = 6  # characters of a brand standing before what its site is
_PARTS = re.compile(r"\s*[-–—_|｜·>＞]\s*|\s+")
# what sets a brand apart from what its site is: a mark, never a space alone ('保障冬季用水
# 更换老旧管网' is a headline in two parts)
_BRAND_MARK = re.compile(r"[-–—_|｜·>＞]")
_UNDER = re.compile(r"^(—|[(（])|^[\u4e00-\u9fff]{2,3}$|^(原标题|原標題)\s*[:：]|"
                    # a column's label: '实况报道', '图片新闻', '独家快讯'
                    r"^[\u4e00-\u9fff]{2}(报道|報導|新闻|新聞|快讯|快訊|速递|速遞)$|"
                    r"^[\u4e00-\u9fff]{1,6}([·•][\u4e00-\u9fff]{1,8}){1,3}$|"  # a foreign name: a photo's
                    # a field of the story's record: '族群: 泰雅族', '地點: 新竹縣 五峰鄉' (short items)
                    r"^[\u4e00-\u9fff]{2}\s*[:：]\s*[^\s、,，:：]{1,6}([\s、,，]+[^\s、,，:：]{1,6})*\s*$|"
                    # the leaders a paper names under its headline: '某某等出席', '某某某某出席活动',
                    # those who went along or toured with them ('某某某某陪同', '某某某某参观')
                    r"^[^，,。:：]{2,16}(出席|参加|參加|陪同|参观|參觀)(活动|活動|会议|會議|仪式|儀式|并讲话|並講話|并致辞|並致辭)?$")


def names_channel(text: str) -> bool:
    """Does any part of *text* name a site or a channel ('主页 北部新闻', a trail)?"""
    return any(_SITE_PART.match(p) for p in _PARTS.split(text))


def said_twice(title: str, pending: list[Line]) -> bool:
    """Is *title* among the title-like lines *pending* two times or more? Pages show their
    headline two or more times above the text (page title, then the story's heading); a
    subheading inside a story is said once, so a headline said twice opens a new story."""
    bare = "".join(title.split())
    return sum("".join(p.text.split()) == bare for p in pending) >= 2


def under_headline(text: str) -> bool:
    """Is *text* a line pages set under their headline (subtitle, note, reporter's name)?"""
    return bool(_UNDER.match(text))


_LABEL_MAX = 5  # characters: a line this short above the metadata names a section ('全国综合')
_SLUG = re.compile(r"_\d{1,3}$")  # '採訪通知_0': a tag a blog numbered as a duplicate, no headline
_STARRED = re.compile(r"[*＊]{3,}$")  # 'Headline******': mirror sites mark the story's headline so


def fuller(title: str, line: str, lead: bool) -> bool:
    """Is *line*, between a page's metadata and the story's text, the story's headline
    rather than the line above the metadata? Above a lead any headline-shaped line is; above
    plain text one that holds the title and says more ('X' / 'Y——X'), or any when the line
    above the metadata only names a site or a section ('全国综合') or holds no Han words."""
    bare, other = "".join(line.split()), "".join(title.split())
    if bare == other or not is_title(line):
        return False
    return (lead or (other in bare and len(bare) > len(other)) or site_only(title) or len(other) <= _LABEL_MAX
            or not _pairs(other))  # 'Most important stories from …': a site's English tagline


def starred(text: str) -> bool:
    """Is *text* a headline a mirror site marked as the story's ('Headline******')?"""
    return bool(_STARRED.search(text.strip()))


def site_only(title: str) -> bool:
    """Does *title* only name a site and its channels, as a page's title bar may?"""
    parts = [p for p in _PARTS.split(title) if p]
    named = [p for p in parts if not _LATIN.match(p)]  # '無綫新聞 TVB News': its name in two scripts
    if 0 < len(named) < len(parts) and parts[:len(named)] == named:
        parts = named
    if (len(parts) == 2 and len(parts[0]) <= _BRAND_MAX and _SITE_PART.match(parts[1])
            and _BRAND_MARK.search(title)):
        return True  # '某某全景—某某资讯门户': a brand, then what the site is
    return bool(parts) and all(_SITE_PART.match(p) for p in parts)


# A paper's section or region set before a headline in angle brackets, perhaps with the county
# ('〈中部〉(某縣)Headline', '〈社論〉Headline'), or a kicker in black brackets: a label, not
# the headline's words.
_LABEL_BEFORE = re.compile(r"^〈[^〈〉\s]{1,4}〉\s*([(（][^()（）\s]{1,4}[)）])?\s*(?=\S{4})|"
                     # a kicker in black brackets ('【重磅消息】Headline', '【某某活动】Headline')
                     r"^【[^【】]{2,24}】\s*(?=[^【】\s]{6})|"
                     r"^\[[\u4e00-\u9fff]{2,6}\]\s*(?=\S{4})|"  # a forum thread's type ('[时事点评] Headline')
                     # a key naming the title: a table's cell ('| 标题:Headline |'), a diary's '篇名: Headline'
                     # (its two characters often spaced apart: '标　　题:'), or a short one ('篇名: 雨夜')
                     r"^(标\s*题|標\s*題|篇名)\s*[:：]\s*(?=\S{2})|"
                     # a column's name and an unopened '》' ('早安世界》Headline', '名家分享～某某》Headline')
                     r"^[^《》\s]{2,10}》\s*(?=[^《》\s]{4})")


def dashed(title: str) -> tuple[str, str | None, str | None]:
    """A title line as (headline, outlet named after '——' or None, subtitle moved to the
    text or None); otherwise the line without the site name a page title appends."""
    title = _READ_COUNT.sub("", title).rstrip("*＊_|｜ ").lstrip("|｜ ")  # 'Headline******', 'Headline_',
    # 'Headline |', '| Headline' (a mirror's decoration, a table cell's pipes: a row's other cell, its
    # date, cut off), 'Headline --閱讀人次 : 858' (a view counter)
    title = COLUMN_SLASH.sub("", _LABEL_BEFORE.sub("", unmarked(title)))  # (media marks: marks.py)
    main, dash, sub = title.partition("——")
    if not dash or len(main.strip()) < 4:
        return unmarked(site_stripped(title)), None, None
    if (name := outlet(sub)) is not None:
        return main.strip(), name, None
    if len("".join(title.split())) > _DASHED_MAX and _whole(main):
        return main.strip(), None, "——" + sub
    return title.strip(), None, None


_PAIRS = (("“", "”"), ("「", "」"), ("《", "》"), ("（", "）"), ("(", ")"), ("‘", "’"), ("『", "』"))
_MAIN_LEAST = 6  # characters: a shorter part before the dash is a lead-in, not a headline alone ('愛是答案——…')


def _whole(main: str) -> bool:
    """The part before a '——' can stand as the headline: long enough, and no quote or
    bracket left open in it ('开展“红领巾相约中国梦——关注少代会”主题活动' is one title)."""
    return (len("".join(main.split())) >= _MAIN_LEAST
            and all(main.count(a) == main.count(b) for a, b in _PAIRS))


# A post's headline in brackets before its text, perhaps after its topic ('#某某新闻# 【守湖就是
# 守家!大学生变身河湖长】起点为…'), as social posts reposted to news sites set it; not a
# dispatch's tag ('【某某网白银电】').
_POST_HEAD = re.compile(r"^(#[^#\s][^#]{0,30}#\s*){0,3}【([^【】]{8,40})】\s*(?=\S{20})")
_DISPATCH = re.compile(r"(讯|訊|电|電|报道|報導|报导)$")


def post_headline(text: str) -> str | None:
    """The bracketed headline a reposted social post opens with ('#话题# 【headline】text…'), else None."""
    post = _POST_HEAD.match(text)
    return post.group(2) if post is not None and not _DISPATCH.search(post.group(2)) else None


def first_line_headline(body: str) -> str | None:
    """An untitled article's first line when it is its headline: short, not a sentence ('快讯|
    启动！带您走进百村，看乡村振兴'), standing over longer text; or a post's bracketed headline
    opening it."""
    first, _, rest = body.partition("\n")
    first = first.strip()
    if (post := post_headline(first)) is not None:
        return post
    if not rest or not 8 <= len(first) <= 50 or re.search("[。；;:：]", first) or first[-1] in "，,、":
        return None
    return first if len(rest.split("\n", 1)[0]) > len(first) else None


ECHO = 0.3  # share of a headline's character pairs its story's opening repeats
OPENING = 200  # characters of the story read for that
_ECHO_PAIRS = 4  # character pairs: a line with fewer is a name or a label, too short to be echoed


def _pairs(text: str) -> set[str]:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(han, han[1:], strict=False)}


def bulleted(pending: list[Line]) -> int | None:
    """The one title-like line of *pending* that an e-paper marks with a bullet as a story's
    headline ('  • Headline' over its deck and photo captions), when it is not the last; else
    None. Two or more bulleted lines are a list of other stories; a bulleted word or two
    ('• 水处理') is a menu's item."""
    marked = [i for i, p in enumerate(pending) if p.text.startswith("•")]
    if len(marked) != 1 or marked[0] == len(pending) - 1:
        return None
    text = pending[marked[0]].text[1:].strip()  # (an ad's bulleted English job title is no headline)
    return marked[0] if (is_title(text) and len(text) > _LABEL_MAX and not _SLUG.search(text)
                         and _HAN.search(text)) else None


def echo_share(line: str, opening: str) -> float:
    """The share of *line*'s character pairs that *opening* (a story's first words) repeats;
    0 for a line of fewer than _ECHO_PAIRS pairs (a name, a label)."""
    pairs = _pairs(line)
    return len(pairs & _pairs(opening[:OPENING])) / len(pairs) if len(pairs) >= _ECHO_PAIRS else 0.0


def headline_shaped(line: Line) -> bool:
    """May *line* head a story by its shape: a title long enough to be echoed, no site's
    name (which shares a pair with its city's story by chance: '杭州网'), no line set under
    a headline."""
    return (len(_pairs(line.text)) >= _ECHO_PAIRS and is_title(line.text) and not site_only(line.text)
            and not under_headline(line.text))


def echoed(pending: list[Line], at: int, opening: str | None) -> int:
    """Which of the title-like lines *pending* heads the story whose text opens with
    *opening*: the one at *at*, unless its story repeats none of its words while it repeats
    ECHO or more of another's (a story's lead restates its headline; a widget, a label or
    another story's headline shares nothing with it). A line that only names a site or a
    channel gives way to the headline above it."""
    eligible = headline_shaped
    if site_only(pending[at].text):  # headline, then the channel it is filed under ('在某国某国新闻')
        at = next((i for i in range(at - 1, -1, -1) if eligible(pending[i])), at)
    if not opening:
        return at

    def echo(line: Line) -> float:
        return echo_share(line.text, opening)
    twice = [i for i in range(at) if eligible(pending[i]) and said_twice(pending[i].text, pending)]
    if twice and not said_twice(pending[at].text, pending) and echo(pending[twice[-1]]) > echo(pending[at]):
        return twice[-1]  # the headline said twice, then a widget's label ('觀看新聞片段')
    if echo(pending[at]) > 0 and eligible(pending[at]):
        return at
    best = max(range(len(pending)), key=lambda i: echo(pending[i]) if eligible(pending[i]) else -1.0)
    floor = ECHO if eligible(pending[at]) else 1e-9  # a line that cannot be a headline ('□ 某某', '• 按此
    return best if eligible(pending[best]) and echo(pending[best]) >= floor else at  # 投稿') gives way


_STRANGER = 0.1  # share of a new story's pairs the story above it may hold by chance
_HEADLINE_MIN = 10  # characters: a subheading is shorter, a headline over a story of its own longer
_STORY_MIN = 80  # characters of the story above: less says too little about its words
_QUOTES = "“「『\"‘"  # a quote standing alone inside a story is its own, not a headline


def another_story(title: str, opening: str, story: str) -> bool:
    """Is *title* over *opening* the headline of another story rather than a subheading of
    *story* (the text above it)? A headline-long line, not a quote, over text that shares
    almost none of the character pairs of a story of some length: a section goes on with
    its story's words."""
    if len("".join(title.split())) < _HEADLINE_MIN or title[:1] in _QUOTES or len(story) < _STORY_MIN:
        return False
    new, old = _pairs(title + opening[:OPENING]), _pairs(story)
    return bool(new) and len(new & old) / len(new) < _STRANGER


def shared_pairs(text: str, story: str) -> int:
    """How many of *text*'s character pairs *story* holds too."""
    return len(_pairs(text) & _pairs(story))


_SECTION_SHARE = 0.5  # of a line's character pairs that the story above it already holds


def restates_story(title: str, story: str) -> bool:
    """Does *title* mostly restate the story above it (a section's heading: '某某曾審國安案'
    under a story that told what 某某 tried)? A next page's headline seldom does."""
    new = _pairs(title)
    return len(new) >= _ECHO_PAIRS and len(new & _pairs(story)) / len(new) >= _SECTION_SHARE


def opening_at(lines: list[Line], kinds: list[tuple[str, Any]], at: int) -> str | None:
    """The text at or after line *at*, to OPENING characters: the story's opening (a photo
    story's captions when it has no other text)."""
    opening, captions = "", ""
    for x, k in zip(lines[at:], kinds[at:], strict=True):
        if k[0] in ("body", "lead"):
            opening += x.text
        elif k[0] == "caption" and not opening:
            captions += x.text
        elif opening and k[0] not in ("caption", "title"):
            break
        if len(opening) >= OPENING:
            break
    return opening or captions[:OPENING] or None


# '扎根基层:小法庭展现大作为', '创新领航:心服务打造新品牌': a feature's subheadings put a
# four-character label and a colon before a short phrase, one over each of its sections.
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{4}[:：][^:：，,。；;]{3,24}$")
_SERIES_REACH = 24  # lines either side where the story's other labelled subheadings stand


def labelled_series(title: str, at: int, lines: list[Line], kinds: list[tuple[str, Any]]) -> bool:
    """Is *title*, standing near line *at*, one of a series of labelled subheadings (another
    stands near it)? Then it heads a section of the story, not a story of its own."""
    if _LABELLED.match(title) is None:
        return False
    near = range(max(0, at - _SERIES_REACH), min(len(lines), at + _SERIES_REACH + 1))
    return any(kinds[i][0] == "title" and lines[i].text != title and _LABELLED.match(lines[i].text) is not None
               for i in near)


# A label over a headline that ends on a colon: a series or column it runs in ('第八屆校運會系列
# 報道之一:', '专题:'), a page's, not the story's text.
_LABEL_COLON = re.compile(r"^[^。！？!?；;，,]{2,30}[:：]$")


def over_label(text: str) -> bool:
    """Is *text* a label ending on a colon, such as a page sets over a headline?"""
    return bool(_LABEL_COLON.match(text.strip()))

