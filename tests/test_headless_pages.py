"""Pages copied from a story's first words, with no headline line: the lead opens on the
outlet's tag, and the story's own headings follow. The pages here are written for these
tests, modelled on press releases and wire copy as crawlers keep them."""
from __future__ import annotations

from search.sources.text import split_articles

_LEAD = ("[某某新聞] 市住宅中心第三季第一批公營住宅「河口好室」與「北岸安居」，今（19）日辦理公開抽籤，"
         "兩案共釋出三百二十戶，申請件數超過四千件，中籤率約百分之八。市住宅中心表示，抽籤過程全程錄影，"
         "並請會計師到場監督，確保公平公正，申請人也可以在網站上查詢自己的籤號與順位，"
         "未能到場的申請人不會因此喪失資格。")
_HEADED = ("\n\n正取戶依通知時間看屋 月底啟動選屋\n\n"
           "市住宅中心表示，抽籤結果已公布在住宅中心網站，正取戶將依序收到看屋通知，選屋作業預計月底啟動。\n\n"
           "未中籤者可列候租名冊 第四季再招租\n\n"
           "未中籤的申請人將依抽籤序號列入候租名冊，住宅中心第四季還有一批公營住宅開放申請，歡迎民眾把握機會。\n")


def test_a_story_copied_from_its_lead_keeps_its_headings_inside():
    (a,) = split_articles(_LEAD + _HEADED, "page.txt")
    assert a.text.startswith("[某某新聞] 市住宅中心第三季")  # the long lead is text, not a link bar
    assert "正取戶依通知時間看屋 月底啟動選屋" in a.text
    assert "第四季還有一批公營住宅" in a.text


def test_a_lead_opening_on_its_outlets_square_tag_names_it_and_titles_without_it():
    (a,) = split_articles(_LEAD + _HEADED, "page.txt")
    assert a.source == "某某新聞"
    assert a.title.startswith("市住宅中心第三季")


def test_a_headline_over_another_story_still_starts_it():
    other = ("\n\n山區小學畢業典禮 七名畢業生感性道別\n\n"
             "東嶺山區的小學昨天下午舉行畢業典禮，七名應屆畢業生在家長和老師的祝福下領取證書，校長勉勵他們勇敢追夢。\n")
    arts = split_articles(_LEAD + other, "dump.txt")
    assert [a.title for a in arts][1:] == ["山區小學畢業典禮 七名畢業生感性道別"]
