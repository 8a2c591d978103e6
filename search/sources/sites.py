"""Outlets and sites named around a headline: '——中新网' after it, and the site's name a
page title appends ('Headline_新华网', 'Headline - 中央社 CNA', 'Headline|人民网')."""
from __future__ import annotations

import re

# (a part of up to 24 characters: '南洋晨報 Morning Press' is a site's name in two scripts)
_SITE_TAIL = re.compile(r"(\s*[_|｜]\s*[^_|｜]{2,24}|\s+[-–—]\s+[^-–—]{2,16}|\s+·\s+[^·]{2,16})+$")
# ('… | 中國報 China Press': an outlet's English name too; '…_某某新闻客户端': its app)
_SITE_NAME = re.compile(r"(网|網|社|报|報|台|臺|新闻|新聞|频道|頻道|在线|在線|客户端|客戶端|"
                        r"CNA|com|cn|Press|News|Daily|Times|Post)$", re.IGNORECASE)
_OUTLET = re.compile(r"^[^\s，,。:：]{1,8}(网|網|社|报|報|台|臺|新闻中心|新聞中心|融媒体中心|融媒體中心)$")
# 'Source: 某某電台' by the headline: the English key an aggregator's template sets before the outlet
_SOURCE_KEY = re.compile(r"^Source\s*[:：]\s*")


def outlet(text: str) -> str | None:
    """'——中新网' after a headline, 'Source: 某某電台' by it: the outlet named, else None."""
    name = _SOURCE_KEY.sub("", text.lstrip("—- •·|｜")).strip()  # set under a dash, a bullet or a bar
    return name if _OUTLET.match(name) else None


def _site_tail(title: str) -> tuple[int, list[str]] | None:
    """Where the site tail a page title appends starts, and its parts; None without one."""
    m = _SITE_TAIL.search(title)
    if m is None or m.start() < 4:
        return None
    return m.start(), [p.strip() for p in re.split(r"[_|｜]|\s[-–—·]\s", m.group(0)) if p.strip()]


_TAIL_MARK = re.compile(r"[_|｜-]|\s[–—·]\s")  # what a site tail starts with: looked for first
# A tail set with bare hyphens, ending on the site's name: '…-新闻频道-某某网', '…--时政--某某网',
# '…-手机某某网', as several portals' title bars read (a hyphen inside a headline: '中国-东盟…').
_BARE_TAIL = re.compile(r"(-{1,2}[^-\s]{2,12})+$")
# The site's name set before the headline: '某某网 - Headline', '某某新闻网 | Headline'.
_SITE_HEAD = re.compile(r"^([^\s_|｜\-–—]{2,10})\s*([_|｜]|\s[-–—]\s)\s*(?=\S{6})")
_TITLED_MAX = 80  # characters: a longer line is no page title, with or without its tail


def site_stripped(title: str) -> str:
    """A title without the site name a page title appends ('…_新华网', '… - 中央社')."""
    if len(title) > _TITLED_MAX or not _TAIL_MARK.search(title):
        return title
    if (head := _SITE_HEAD.match(title)) is not None and _OUTLET.match(head.group(1)):
        rest = title[head.end():]
        if not _SITE_NAME.search(rest) and _SITE_HEAD.match(rest) is None:
            return rest
    if (bare := _BARE_TAIL.search(title)) is not None and bare.start() >= 4 and _OUTLET.match(
            bare.group(0).split("-")[-1]):
        return title[:bare.start()].strip()
    if (tail := _site_tail(title)) is None:
        return title
    start, parts = tail
    # '… - 某某晚报数字报·某某网|某某晚报今天报纸': any part of the tail names the site
    return title[:start].strip() if any(_SITE_NAME.search(p) for p in parts) else title


def site_name(title: str) -> str | None:
    """The outlet a page title's site tail or head names ('… | 某某早報', '…_某某网', '某某网 - …'),
    else None."""
    if (head := _SITE_HEAD.match(title)) is not None and _OUTLET.match(head.group(1)) and site_stripped(title) != title:
        return head.group(1)
    tail = _site_tail(title)
    names = [w for p in tail[1] for w in (p, *p.split())] if tail else []  # '中國報 China Press'
    return next((w for w in names if _OUTLET.match(w)), None)


def named_site(line: str) -> str | None:
    """The outlet a page's site bar names ('香港政府新聞網 - 新聞速遞'), else None (a bare
    name may be the story's subject: '大公報' over an article on the paper)."""
    parts = [p for p in re.split(r"\s*[-–—_|｜·>＞]\s*|\s+", line) if p]
    return next((p for p in parts if _OUTLET.match(p)), None) if len(parts) > 1 else None
