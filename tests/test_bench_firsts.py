"""bench.firsts builds the query of the "right article first" figure from a sentence a
reader could search by: never a photo credit or a line of file names."""
from __future__ import annotations

import re

from bench.firsts import middle_sentence, query_of


def norm(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def test_the_query_sentence_is_never_a_photo_credit_or_a_file_name():
    lines = ["城西两所新建小学秋季如期招生",
             "9月1日，全区中小学统一开学。",
             "某某社发(王明 摄)",
             "某某社发(赵强 摄)",
             "photo_0012.png",
             "两所学校共新增学位二千四百个，缓解了城西片区就近入学的压力。",
             "某某社发(李华 摄)"]
    art = {"start": "9月1日，全区中小学统一开学", "end": "某某社发(李华 摄)", "headline": lines[0]}
    said = middle_sentence(lines, art, norm)
    assert "新增学位" in said
    assert "学位" in query_of(said).split()
