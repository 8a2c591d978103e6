"""The support check (search.qa.support.supports) reads an answer sentence dated by month or
day alone (3月9日，…) with the year its paragraph last stated before it, as a reader does: a
question asking about 1938年 is answered there. The article and sentences are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.query import MEASURE_POS
from search.qa.support import supports

ANSWER = "3月9日，县长周文山下令修筑河堤，又从邻县借来了三千石粮食，分给两岸受灾的村民。"
FLOOD = "1938年3月2日，一场大水冲毁了白河两岸的农田，几个村子的房屋也被冲走。" + ANSWER


def _asked(year: str) -> list[list[Resolved]]:
    """{year}的时候，当时白河的县长是谁？ (the article's title 河堤旧事 is not named)."""
    return [[Resolved(year, (year,), 3.0, MEASURE_POS), Resolved("时候", ("时候",), 2.0, 1),
             Resolved("县长", ("县长",), 3.0, 2)]]


def test_a_sentence_dated_by_month_takes_the_year_stated_before_it():
    assert supports(FLOOD, ANSWER, "河堤旧事", _asked("1938年"), DEFAULT, named_title=False)


def test_another_year_is_not_stated():
    assert not supports(FLOOD, ANSWER, "河堤旧事", _asked("1936年"), DEFAULT, named_title=False)


def test_a_year_of_another_paragraph_does_not_date_it():
    body = "1938年3月2日，一场大水冲毁了白河两岸的农田，几个村子的房屋也被冲走。\n" + ANSWER
    assert not supports(body, ANSWER, "河堤旧事", _asked("1938年"), DEFAULT, named_title=False)
