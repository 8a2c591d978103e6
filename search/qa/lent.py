"""A name the sentence before the answer's says, lent to the answer's sentence where that
sentence says 他, 她, 它 or 其 for it.

A sentence "他又与某国国王签订条约" speaks of the person the sentence before it named ("某王即
位。"). The support check (search.qa.support.supports) gives such a name part of its weight:
the sentence does not say it, the reader still reads it there. On the cached realtext
retrievals (bench.answer_step, seed-26 halves), tune / check: right 3297 -> 3299 / 3088 ->
3090, wrong answers and negatives declined unchanged. A name lent without a pronoun in the
sentence answered 2 check negatives; any word the sentence before holds, 3 more negatives and
4 and 5 more wrong answers. Shares in words read as percentages (四分之一 / 25%) and a
question word holding the title (珍珠港事件爆发) gained on the tune half alone: not kept.
"""
from __future__ import annotations

import re

from search.text.analysis import NAME_TAGS, dict_tag
from search.text.normalize import normalize
from search.text.sentences import sentences

# The pronouns that stand for a person or thing named before (他, 她, 它, 其): a sentence
# holding one leans on the sentence before it for whom it speaks of. Words holding those
# characters that stand for no one named (其他村民, 其中, 尤其, 他人) do not.
_PRONOUN = re.compile("[他她它其]")
_NO_PRONOUN = re.compile("其他|其它|其中|其实|其實|其余|其餘|其次|其间|其間|尤其|极其|極其|与其|與其|他人|吉他")


def speaks_of_before(said: str) -> bool:
    """Does *said* hold a pronoun standing for someone or something named before it?"""
    return bool(_PRONOUN.search(_NO_PRONOUN.sub("", said)))


def sentence_before(body: str, at: int) -> str:
    """The (normalised) sentence of *body* just before offset *at*, within its paragraph."""
    if at <= 0:
        return ""
    start = body.rfind("\n", 0, at) + 1  # only the paragraph's text is read, not the article's
    before = [a for a, b in sentences(body[start:at]) if b <= at - start]
    return normalize(body[start + before[-1]:at]) if before else ""


def lends(word: str, before: str) -> bool:
    """True when *word* is a name (jieba tags it a place, person, organisation or other name)
    that the sentence *before* holds."""
    return bool(before) and dict_tag(word) in NAME_TAGS and word in before

