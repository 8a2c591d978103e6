"""The name an article calls its subject by, when that is not its title.

An encyclopaedia passage opens on its subject: "杜林，中國大陸稱為都靈…" under the title 都灵,
"詹森以其專橫粗暴性格聞名…" under 林登·约翰逊, "韓國政治體系…" under 南韓. A question asking
about 杜林, 詹森 or 韓國 names that article's subject as surely as one naming its title, and
the article's sentences say it by a pronoun or not at all (他多年來…一直有嚴重的心臟病).
"""
from __future__ import annotations

from search.index.documents import Stored
from search.text.analysis import NAME_TAGS, tagged
from search.text.leads import strip_lead
from search.text.normalize import normalize

OPENING = 24  # characters of the body read for the name it opens on: its first clause, where a
# passage names its subject ("杜林，中國大陸稱為都靈"), and not the names later clauses bring in


def called(fields: Stored, asked: str) -> str | None:
    """The name (jieba tags it a place, person, organisation or other name) the article's
    body opens on, when the (normalised) question *asked* holds it and it is not the title;
    else None."""
    body = (fields.get("body") or "").lstrip()
    if not body:
        return None
    first = tagged(strip_lead(normalize(body[:OPENING])))[:1]
    if not first:
        return None
    word, tag = first[0]
    title = normalize(fields.get("title") or "")
    if tag not in NAME_TAGS or len(word) < 2 or word not in asked or word in title:
        return None
    return word
