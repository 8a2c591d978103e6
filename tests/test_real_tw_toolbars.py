"""Taiwan sites' page tools ('分享 列印 轉寄', '友善列印 關閉視窗', '回首頁') are a toolbar, as
'收藏 打印 分享' is: set between two paragraphs, they neither stay in the text nor cut the
story in two."""
import pytest

from search.sources import load_articles

_STORY = ("縣府推動長照新制 偏鄉據點增至十處\n\n"
          "縣政府昨日宣布，長照據點將在年底前擴增至十處，照顧偏鄉長者。\n{bar}\n"
          "社會處長表示，新據點將優先設於交通不便的山區部落。\n")


@pytest.mark.parametrize("bar", ["分享 列印 轉寄", "友善列印 關閉視窗", "回首頁 列印本頁", "分享 列印 轉寄 回首頁"])
def test_a_taiwan_toolbar_between_paragraphs_is_dropped(bar: str) -> None:
    arts = load_articles("tools.txt", _STORY.format(bar=bar).encode())
    assert len(arts) == 1
    assert arts[0].title == "縣府推動長照新制 偏鄉據點增至十處"
    assert "列印" not in arts[0].text and "回首頁" not in arts[0].text
    assert arts[0].text.endswith("山區部落。")


def test_a_sentence_about_printing_stays() -> None:
    text = _STORY.format(bar="民眾可至區公所列印申請表，或上網轉寄給家人。")
    arts = load_articles("tools.txt", text.encode())
    assert len(arts) == 1 and "列印申請表" in arts[0].text
