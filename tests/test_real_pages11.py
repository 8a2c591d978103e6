"""Real pages (issue 25), round fifteen: Taiwan, Hong Kong and overseas community pages.
Texts are written for the tests, modelled on forms seen on real pages; none is copied from a
page."""
from __future__ import annotations

from tests.support.pages import one, stories


def test_a_press_release_names_its_issuing_office_as_the_source() -> None:
    """A city government's release: '發稿單位:' names the office that issued it (the source),
    '發稿人:' the clerk who posted it. Neither is a headline or a line of the text."""
    art = one("市府舉辦元旦升旗典禮\n\n"
              "發稿單位: 新聞處\n"
              "發稿時間: 113年1月1日 08:45\n"
              "發稿人: 林小雲\n\n"
              "市政府今日一早在市政中心廣場舉行元旦升旗典禮，市長率領各局處首長與市民一同迎接新年。\n\n"
              "市長表示，新的一年市府將持續推動交通與住宅建設，讓城市更宜居。\n")
    assert art.title == "市府舉辦元旦升旗典禮"
    assert art.source == "新聞處"
    assert "發稿人" not in art.text and "林小雲" not in art.text


def test_a_line_that_announces_what_follows_does_not_open_a_page() -> None:
    """'以下是記者的特寫:' after a blank line, in a page whose paragraphs stand dense: it
    introduces the text under it, so the story goes on; no second, untitled one starts."""
    arts = stories("小記者訪問消防局長\n"
                   "刊出日期 2025.01.23\n"
                   "這次小記者的採訪任務籌劃了很久，消防局也派出公關人員協助，讓同學們能直接提問。\n"
                   "採訪當天，同學們準備了十多個問題，從救災裝備問到消防員的日常訓練。\n\n"
                   "以下是記者陳大文的特寫:\n"
                   "局長從事消防工作三十年，曾參與多次大型救災，近年推動社區防災教育。\n"
                   "他說，最難忘的是第一次進入火場救出受困的老人，那次經驗讓他決定一直做下去。\n")
    assert len(arts) == 1
    assert "一直做下去" in arts[0].text


def test_an_overseas_papers_own_lead_names_it_as_the_source() -> None:
    """'意大利《某某報》消息:' opens a report the way 本报讯 does, with the paper named in
    book-title marks: that paper is the source."""
    art = one("僑界代表與市府官員座談\n\n"
              "意大利《僑聲報》消息:9月5日上午，米蘭僑界代表一行五人來到市府大樓，與市府官員座談交流。\n\n"
              "雙方就社區治安、衛生及春節活動等事項交換了意見。\n")
    assert art.source == "僑聲報"


def test_a_bracketed_date_opening_the_report_is_its_date() -> None:
    """A community paper dates its report in brackets before the first words
    ('(2014年10月7日)某某公會…'), under a photo's caption: that is the story's date."""
    art = one("福建公會出席全國代表大會\n\n"
              "公會一行人出席代表大會時合影。\n\n"
              "(2014年10月7日)福建公會一行四十餘人，在會長率領下出席了本月5日及6日召開的全國代表大會。\n\n"
              "大會期間，一行人也參觀了當地的華族歷史文物館。\n")
    assert art.date == "2014-10-07"


def test_a_date_in_brackets_inside_the_story_is_not_its_date() -> None:
    """The guard: a bracketed date far into the story (a history it recalls) dates nothing."""
    art = one("福建公會慶祝成立八十週年\n\n"
              "福建公會昨晚舉行慶典，逾千人出席。\n\n"
              "會長致詞時回顧了公會的歷史，感謝歷屆理事的付出。\n\n"
              "公會的首任會長曾在戰後主持重建會所。\n\n"
              "(1946年3月1日)會所重建完成，當年即恢復辦學。\n")
    assert art.date is None


def test_an_opinion_disclaimer_is_left_out_of_the_story() -> None:
    """'本評論觀點只代表網友個人觀點,不代表某某網立場' under a story is the site's notice."""
    art = one("華小獲撥款修繕校舍\n\n"
              "州政府日前公布華小撥款分配，金星小學獲得一萬令吉，先處理白蟻問題。\n\n"
              "校方表示，明年將再提出申請，希望翻新舊校舍。\n\n"
              "本評論觀點只代表網友個人觀點，不代表僑鄉網立場。\n")
    assert "不代表" not in art.text and "再提出申請" in art.text


def test_an_editors_tag_with_a_trailing_bar_is_cut_from_the_last_paragraph() -> None:
    """'…。 【编辑:某某】 |': the editor's tag ends the story's one long line, and the table
    cell's bar after it does not keep it in the text."""
    art = one("马来西亚东海岸多地遭遇洪水\n\n"
              "据报道，近日洪水侵袭马来西亚东海岸多个州属，数千人被安置在临时疏散中心。"
              "当局表示，主要河流仍处于危险水位之上。 【编辑:甘小文】 |\n")
    assert "甘小文" not in art.text and "危险水位之上" in art.text
