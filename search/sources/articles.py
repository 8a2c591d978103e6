"""Article records: ids, titles for untitled text."""
from __future__ import annotations

import hashlib
import re
from typing import Any

from search.model import Article
from search.sources.marks import unlisted
from search.text.leads import strip_lead
from search.text.sentences import SENTENCE_ENDS

_TIME_LEAD = re.compile(r"^(近年来|近日|日前|今年以来|近期|目前|\d{1,2}月\d{1,2}日"
                        r"(上午|下午|中午|晚上|凌晨|早上|晚)?(\d{1,2}[时時点點](\d{1,2}分)?(许|許)?)?)[,，]\s*")


def derive_title(text: str, limit: int = 30) -> str:
    """A title from the lead sentence, for articles published without one."""
    text = unlisted(text.strip())
    first = re.split(f"[{SENTENCE_ENDS}\n]", text, maxsplit=1)[0]
    first = _TIME_LEAD.sub("", strip_lead(first).strip())
    clause = re.split(r"[,，;；]", first)[0]
    title = clause if len(clause) >= 8 else first
    return title if len(title) <= limit else title[:limit] + "…"


def article_id(file: str, title: str, text: str) -> str:
    """Stable 16-hex-digit id from where the article is and what it says."""
    digest = hashlib.blake2b(f"{file}\n{title}\n{text}".encode(), digest_size=8)
    return digest.hexdigest()


# Photo items were once titled with this label: their ids keep it, so they stay the same
# items (first-seen times, digests). The label is shown, never stored or searched.
CAPTION_LABEL = "(图片新闻) "


def make_article(file: str, title: str, text: str, **fields: Any) -> Article:
    """An Article with its stable id."""
    said = CAPTION_LABEL + title if fields.get("kind") == "caption" else title
    return Article(id=article_id(file, said, text), title=title, text=text, file=file, **fields)


def unique_ids(articles: list[Article]) -> list[Article]:
    """The same articles, re-identified where two would share an id."""
    seen: set[str] = set()
    out = []
    for a in articles:
        aid = a.id
        while aid in seen:
            aid = article_id(a.file, a.title + aid, a.text)
        seen.add(aid)
        out.append(a if aid == a.id else Article(**{**a.__dict__, "id": aid}))
    return out
