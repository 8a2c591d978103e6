"""What a follow-up about the article itself is told (这篇是什么时候发的, 来源是哪里): its
publication day and its source, read from the article, with the article to read in full."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot import buttons
from bot.render.html import esc, fit, link_of, meta, one_line
from bot.render.reply import Button, Reply
from bot.render.results import source_button
from search.model import Article

TITLE_WIDTH = 60
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def day_said(date: str) -> str:
    """An ISO day as a reader says it (2024-10-25 -> 2024年10月25日); any other date as written."""
    day = _ISO_DAY.fullmatch(date)
    return f"{day[1]}年{int(day[2])}月{int(day[3])}日" if day else date


def _what(article: Article) -> str:
    return "这条图片新闻" if article.kind == "caption" else "这篇文章"


def _reply(article: Article, text: str, cited: str) -> Reply:
    """*text*, then the article cited (its title and *cited*), to read in full or at its source."""
    source = source_button(article.url)
    rows = ((Button("阅读全文", buttons.read(article.id)),) + ((source,) if source else ()),)
    said = meta(one_line(article.title, TITLE_WIDTH), cited)
    return Reply(fit(f"{text}\n—— <i>{esc(said)}</i>"), rows, about=article.id)


def published(article: Article) -> Reply:
    """哪年发布的, 这篇是什么时候发的: the article's publication day, or that it names none."""
    if not article.date:
        return _reply(article, f"{_what(article)}没有标注发布日期。", article.source or "")
    return _reply(article, f"💡 {_what(article)}发布于{esc(day_said(article.date))}。", article.source or "")


def source_of(article: Article) -> Reply:
    """来源是哪里, 谁写的: the article's source (and byline), else the site it was taken from,
    or that it names none."""
    byline = f"，署名：{esc(article.byline)}" if article.byline else ""
    if article.source:
        text = f"💡 {_what(article)}来自{esc(article.source)}{byline}。"
    elif link_of(article.url):
        text = f"💡 {_what(article)}没有注明来源，取自 {esc(urlsplit(article.url or '').hostname or '')}{byline}。"
    else:
        text = f"{_what(article)}没有注明来源{byline}。"
    return _reply(article, text, day_said(article.date) if article.date else "")
