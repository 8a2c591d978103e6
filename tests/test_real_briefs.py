"""Real pages (issue 25): briefs of a Taiwan, Hong Kong or Macau list with no headline of their
own, one paragraph a report, each lead giving the report's day in brackets ('昨(27)日').
Texts are written for the tests, modelled on that form; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

# Four reports of a paper's local briefs, one paragraph each; the last three state their day
# in brackets in the lead's first clause or two.
BRIEFS = [
    "一名男子在網上認識一名自稱可代換外幣的人後，交出八萬元現金，對方至今音訊全無。司警表示，已拘捕一名涉案男子，案件移送檢察院。",
    "受颱風影響，本澳葉菜批發價昨(9)日起上調兩成，批發商預計下周回落。",
    "統計局昨(9)日公布最新一期人口統計，截至六月底本澳總人口為六十八萬，按年微升百分之零點五。",
    "颱風過後，消防局今(10)日出動逾百人次清理倒塌樹木，並呼籲市民暫勿前往郊野公園。",
]


def test_briefs_dated_in_brackets_are_stories_of_their_own():
    """A paragraph under a finished one whose lead states its day in brackets opens the next
    report (items.dated_leads): four stories, not one."""
    got = stories("\n".join(BRIEFS) + "\n")
    assert [a.text for a in got] == BRIEFS


def test_a_later_paragraph_leaning_back_stays_with_its_story():
    """'此外,…今(10)日…' and '隨後,…今(10)日…' lean on the paragraph above: one story still."""
    for goes_on in ("此外，民政署今(10)日亦派員巡查各區街市，確保食物供應穩定。",
                    "隨後，民政署今(10)日派員巡查各區街市，確保食物供應穩定。"):
        assert len(stories(BRIEFS[3] + "\n" + goes_on + "\n")) == 1


def test_a_notice_field_above_a_dated_lead_ends_no_story():
    """An event notice's field above the report ('地點:…。') is no story's last sentence."""
    text = "地點:市政府三樓會議室，請媒體於上午九時前報到。\n" + BRIEFS[2] + "\n"
    assert len(stories(text)) == 1
