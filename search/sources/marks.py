"""Marks pages set on a headline that are not its words: a media column's tag, a brief's
bullet, a list's marker before an untitled item."""
from __future__ import annotations

import re

# A media column's tag before the headline ('视频｜…', '图文：…', '(图文)…', '（视频）…'), as
# portals and papers' apps set it; '[视频]…' is a bracketed kicker (heads._LABEL_BEFORE).
# (a lone '图' before a colon opens a photo's caption; '图集 | …' stays, as tests/test_real_pages.py
# has it; a mark after the headline, '…(附图)', is the headline as its page prints it)
_MEDIA = r"(图文|圖文|组图|組圖|多图|多圖|视频|視頻|直播|音频|音頻)"
_MEDIA_HEAD = re.compile(rf"^([(（]{_MEDIA}[)）]\s*|{_MEDIA}\s*[|｜:：]\s*)(?=\S{{6}})")
# A bullet a list of briefs sets before each headline ('■ …', '◆…'); '•' is read by the
# splitter (heads.bulleted), '·' may open a foreign name's part.
_BULLET = re.compile(r"^[■□◆◇●○▲△▶►★☆▪]\s*(?=\S{4})")


def unmarked(title: str) -> str:
    """*title* without the media column's tag and the bullet a page sets before a headline."""
    bare = _MEDIA_HEAD.sub("", _BULLET.sub("", title.strip())).strip()
    return bare if len(bare) >= 4 else title.strip()


# A list's marker before an item's first words ('◆', '(2)', '3、', '4.'), not a title's: a
# brief cut from a list of briefs is titled by its words ('(5) 1月5日,…' said only its day).
# Not a number the words go on with ('3、4月份', '(1)班', '2. 3亿元', '5号线'; a day may follow,
# '(5) 1月5日'), nor a repeated mark ('★★★★★级'); '○' is also a zero ('○八年').
_MARKER = re.compile(r"^\s*(?:([◆◇●■□▲△★☆◎※►▶➤•])(?!\1)|(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*(?:、|[.．]))"
                     r"(?:(?=\s*\d{1,2}月\d{1,2}日)|(?!\s*[\d、.．号號线線班级級年月日届屆期]))|)\s*")


def unlisted(text: str) -> str:
    """*text* without the list's marker before its first words (_MARKER); *text* itself when
    nothing else is left."""
    return _MARKER.sub("", text, count=1) or text
