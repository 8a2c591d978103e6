"""A site dump whose pages are set apart by a blank line: the last paragraph of a page the
crawler cut mid-clause is not joined to the next page's first line (nor is that line, a
photo's caption, kept in the story above) when the next page is written in the other script:
a sentence cut by a page break goes on in its own script. A paragraph broken by a blank line
in its own script is still mended. Texts are written for the tests, modelled on real pages;
none is copied from one."""
from __future__ import annotations

from search.model import Article
from search.sources import load_articles

# a simplified page cut mid-clause, its paragraphs spaced by blank lines
_CUT = ("城西新区管委会近日召开专题会议,研究部署今年重点项目建设工作。\n\n"
        "会议要求,各部门要紧盯项目节点,加快推进征地拆迁、规划审批等前期工作,确保项目按时开工建设,"
        "对进度滞后的项目要逐一分析原因、制定措施并限期整改,同时要做好项目资金的统筹")
# the next page, in traditional characters, opening on its text
_TRAD = ("本週末市區多處公園舉辦親子園遊會,主辦單位準備了手作攤位與街頭表演,歡迎家長帶孩子參加。\n\n"
         "活動負責人表示,今年特別增設環保主題區,希望讓孩子從小認識資源回收的重要。\n")


def _arts(text: str) -> list[Article]:
    return [a for a in load_articles("dump.txt", text.encode("utf-8")) if a.kind == "article"]


def test_a_cut_page_is_not_joined_to_the_next_page_in_the_other_script() -> None:
    """A user searching the park fair finds it on its own, not glued to the planning meeting."""
    arts = _arts(_CUT + "\n\n" + _TRAD)
    fair = [a for a in arts if "園遊會" in a.text]
    assert len(fair) == 1 and "管委会" not in fair[0].text and "重点项目" not in fair[0].title
    assert any("资金的统筹" in a.text and "園遊會" not in a.text for a in arts)


def test_a_caption_in_the_other_script_under_a_cut_page_opens_the_next_page() -> None:
    """The next page opens on its photo's caption: caption and story are not the meeting's."""
    caption = "園遊會現場的手作攤位吸引許多親子參加。(讀者提供)\n"
    arts = _arts(_CUT + "\n\n" + caption + _TRAD.replace("\n\n", "\n"))
    meeting = next(a for a in arts if "资金的统筹" in a.text)
    assert "手作攤位" not in meeting.text and "園遊會" not in meeting.text


def test_a_paragraph_broken_by_a_blank_line_in_its_own_script_is_mended() -> None:
    """Near form: the line under the cut goes on in simplified characters, so it is the rest
    of the sentence; one story, the sentence whole."""
    rest = "调度和使用监管,保障全年各项重点项目建设顺利推进。\n\n会议还对近期的安全生产工作作了具体安排。\n"
    arts = _arts(_CUT + "\n\n" + rest)
    assert len(arts) == 1 and "资金的统筹调度和使用监管" in arts[0].text
