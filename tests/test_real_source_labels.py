"""Real pages (issue 25): the source field never holds a label. A 来源 key whose value only says
the piece is the site's own or reposted ('本站原創', '網絡', '轉載') names no outlet, in either
script; the story's own credit then does. Texts are written for the tests; none is copied
from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one

HEAD = "城東新建的三座口袋公園向市民開放"
LEAD = "青川新聞網訊(通訊員 王明)三座口袋公園分布在城東的老舊小區之間，總面積約一點二公頃。"
TEXT = "園內鋪設了環形步道，還留出了老人下棋的空地。附近居民說，現在有了安全又安靜的去處。"


@pytest.mark.parametrize("label", ["本站原創", "本站原创", "網絡", "網路", "轉載", "原創"])
def test_label_under_a_source_key_gives_way_to_the_lead(label):
    """'來源:本站原創' names nothing: the lead's 某某訊 is the source."""
    a = one(f"{HEAD}\n2024-05-10  來源:{label}\n{LEAD}\n{TEXT}\n")
    assert (a.title, a.date, a.source) == (HEAD, "2024-05-10", "青川新聞網")


def test_label_alone_names_no_source():
    """With no credit in the story, a label leaves the source empty rather than holding it."""
    assert one(f"{HEAD}\n2024-05-10  來源:本站原創\n{TEXT}\n").source is None


def test_outlet_whose_name_holds_a_label_word_stays():
    """An outlet's name that only holds a label's word ('網絡日報') is no label."""
    assert one(f"{HEAD}\n2024-05-10  來源:青川網絡日報\n{TEXT}\n").source == "青川網絡日報"
