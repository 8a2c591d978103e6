"""Paragraphs whose commas are ASCII (pages copied as plain text) are prose, not SEO keyword
strings. Texts are written for the tests, modelled on real pages; none is copied from one."""
from __future__ import annotations

from tests.support.pages import stories


def test_a_paragraph_running_on_to_an_ascii_stop_is_text() -> None:
    """A paragraph whose clauses are short but which ends on an ASCII stop is a sentence."""
    page = ("河濱公園聖誕燈飾點亮\n2024-12-01\n"
            "河濱公園的聖誕燈飾今晚點亮,吸引不少市民前往拍照。\n"
            "今年共有十個團體參加,燈飾須在月底前完成,週五傍晚前交件,評審將於下週公布結果.\n")
    arts = stories(page)
    assert len(arts) == 1 and "評審將於下週公布結果" in arts[0].text
