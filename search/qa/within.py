"""Follow-ups answered within given articles (具体是哪天？, 他种了多少树？ about the article
just answered from): which sentence of one article answers a question that leans on the
question before it."""
from __future__ import annotations

import re

from search.index.backends.base import Reader
from search.model import Snippet
from search.params import RankingParams
from search.qa import kinds
from search.qa.answers import best_sentence
from search.qa.query import parse
from search.qa.vocab import Vocabulary
from search.text.normalize import normalize
from search.text.sentences import Weighted, sentences

# Asking which ones (有哪些单位参加了？) wants a list, which Chinese writes with 、.
_WHICH_ONES = re.compile(r"哪些|有谁|都有谁|都有什么|分别是")
_LISTS = 2  # a sentence naming at least three things has at least two 、


def best_within(body: str, title: str, own: list[Weighted], forms: list[Weighted], question: str,
                p: RankingParams) -> Snippet | None:
    """The sentence of an article (*body*, *title*) that best answers the follow-up
    *question*: by the question's *own* words first (他种了多少树？ after a question about a
    ranger: the sentence about planting, not the one naming the ranger) when that sentence
    holds the kind of span asked (of the kinds the answer gate trusts), else by *forms*, the
    question with the one before it. A question asking which ones prefers a sentence listing
    several."""
    if _WHICH_ONES.search(question):
        lists = "".join(body[a:b] for a, b in sentences(body) if body[a:b].count("、") >= _LISTS)
        found = _best(lists, title, own or forms, question, p)
        if found is not None:
            return found
    asked = normalize(question)
    kind = kinds.asked(asked)
    if own:
        found = _best(body, title, own, question, p)
        if found is not None and (not kinds.gated(kind, asked) or kinds.holds(kind, normalize(found.text), asked)):
            return found
    return _best(body, title, forms, question, p)


def own_forms(reader: Reader, question: str, p: RankingParams) -> list[Weighted]:
    """The forms of *question*'s own words, without the question it follows."""
    return Vocabulary(reader, p).resolve(parse(question))[1]


def holds_own(snippet: Snippet, own: list[Weighted]) -> bool:
    """True when *snippet* holds one of the question's *own* words (吸引了多少游客？: 吸引 or
    游客), so a follow-up without a subject is answered from the last article only when it
    speaks of what was asked."""
    text = normalize(snippet.text)
    return any(w.form and w.whole and w.form in text for w in own)


def _best(body: str, title: str, forms: list[Weighted], question: str, p: RankingParams) -> Snippet | None:
    best = best_sentence(body, forms, question, title, p) if body and forms else None
    return best[1] if best else None
