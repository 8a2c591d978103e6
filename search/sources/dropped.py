"""Which lines are a page's chrome rather than its story: navigation, footers, widgets and
tables (boilerplate), fillers that mark no page break (image names, photo credits, rows of
symbols), and the first line of an ad or of a list of related stories. The patterns are
data in search.sources.chrome and its neighbours; these are the tests over them."""
from __future__ import annotations

import re

from search.sources.chrome import (
    AD_START,
    BOILERPLATE,
    FOOTER_WORDS,
    RELATED,
    WIDGET,
)
from search.sources.line_forms import in_other_script, undecorated
from search.sources.meta import _CONTROLS, _SENTENCE
from search.sources.navs import is_keyword_string, is_nav
from search.sources.tables import is_table_key, is_table_row
from search.sources.widgets import (
    is_dated_bar,
    is_footer_row,
    is_link_target,
    is_notice,
    is_stray,
    is_ticker,
    is_widget,
)

_SYMBOLS_ONLY = re.compile(r"^[\W_]+$")
_IMAGE = re.compile(r"^\S+\.(jpe?g|png|gif|webp|bmp)$", re.IGNORECASE)
# A photo's credit on a line of its own ('圖片來源: AP', '图片提供：某某局', '(同上)'): it sits between a
# story's paragraphs, under its photo.
_PHOTO_CREDIT = re.compile(r"^(图片|圖片|照片)(来源|來源|提供)\s*[:：]\s*\S{1,30}$|^[(（]同上[)）]$"  # '(同上)': ditto
                           # '▲摄影:某某', '圖/某某', '照片由某某提供': a photo's credit set apart
                           r"|^[▲△]?\s*(摄影|攝影|图|圖|照片|图片|圖片)\s*[:：/／]\s*\S{1,12}$"
                           r"|^(照片|图片|圖片|相片)由\S{1,12}(提供|拍摄|拍攝)$"
                           # '某某分局/提供': Taiwan's papers credit a photo with its giver before a slash
                           r"|^[^\s/／]{2,12}\s*[/／]\s*提供$"
                           # a broadcaster's photo labels: 'Image caption 某某', '某某 Image copyright 某社',
                           # '图像来源，某社', '图像加注文字，某某'
                           r"|^Image caption\b|^.{0,80}\bImage copyright\b"
                           r"|^(图像|圖像)(来源|來源|加注文字|加註文字)\s*[，,:：]")

_TAGGED_LEAD = re.compile(r"^\[[^\[\]]{2,16}\]\s*[^\[\]]*[。！？]")


def is_boilerplate(text: str) -> bool:
    """Navigation, footers, contact and bank details, image names, editor credits (named in
    either script)."""
    return _boilerplate(text) or in_other_script(text, _boilerplate)


def _boilerplate(text: str) -> bool:
    if len(text) > 150:  # a paragraph; only link-bar navigation and a ticker run this long (not
        # a story's paragraph opening with its outlet's tag: '[某某新聞] 某某中心今日…。')
        return ("](" in text or (text.startswith("[") and not _TAGGED_LEAD.match(text)) or is_ticker(text)
                or is_notice(text))  # the notices it caps by length itself
    return bool(BOILERPLATE.search(text) or is_notice(text) or is_dated_bar(text) or is_widget(text)
                or is_footer_row(text)
                or _SYMBOLS_ONLY.match(text)
                or is_nav(text) or is_keyword_string(text) or is_table_row(text) or is_table_key(text)
                or ("。" not in text and FOOTER_WORDS.search(text))
                or (len(text) <= 40 and not _SENTENCE.search(text) and WIDGET.search(text))
                or (len(text) <= 40 and not _CONTROLS.sub("", text).strip(" |｜·"))
                or (len(text) <= _DECORATED_MAX and (bare := undecorated(text)) != text
                    and BOILERPLATE.search(bare) is not None))  # '—分享—'


_DECORATED_MAX = 12  # characters of a control set between dashes or arrows ('—分享—', '>>返回<<')


def is_filler(text: str) -> bool:
    """An image or page file name, a link's address, a photo's credit or a line of symbols:
    dropped, but no sign of a page break (a copied page leaves them between its headline and
    its text, and between its paragraphs)."""
    return bool(_SYMBOLS_ONLY.match(text) or _IMAGE.match(text) or is_link_target(text) or is_stray(text)
                or _PHOTO_CREDIT.match(text))


def starts_ad(text: str) -> bool:
    """A subscription or advertising block begins here."""
    return bool(AD_START.search(text)) or in_other_script(text, AD_START.search)


def is_related(text: str) -> bool:
    """A '相关阅读' / '相关新闻' list begins here, its heading decorated or not ('>>推荐阅读<<')."""
    return bool(RELATED.match(undecorated(text))) or in_other_script(undecorated(text), RELATED.match)
