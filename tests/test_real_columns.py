"""Real pages (issue 25): a column's or a blog's name set before the headline with a slash
('某某小調∕Headline', '某某爆報/Headline'), as papers in Taiwan and Hong Kong print it. Texts
are written for the tests, modelled on the form of the tune pages; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one, stories


@pytest.mark.parametrize("slash", ["∕", "/", "／", " / "])
def test_column_name_before_a_slash_is_no_part_of_the_headline(slash):
    a = one(f"山城札記{slash}摘桂圓 做一鍋桂圓米糕\n\n"
            "入秋以後,山坡上的桂圓樹結滿了果實,村裡的老人們三三兩兩上山採收。 桂圓曬乾後可以保存整個冬天。\n\n"
            "老人們說,桂圓米糕是過年時才做的點心,如今一年四季都吃得到。\n")
    assert a.title == "摘桂圓 做一鍋桂圓米糕"


def test_a_headline_with_a_column_and_a_cry_inside_heads_its_story():
    """'某某發展/Headline? 某某:Quote': the column's slash is no list's, so the line is a headline
    (one cry inside and a speaker's colon), not the section label above it."""
    arts = stories("地方新聞\n\n"
                   "尚待規劃/舊碼頭何時重建? 區議員:盡快公布方案\n\n"
                   "「碼頭重建不能再拖了!」區議員陳明表示,舊碼頭停用已超過十年,漁民上落貨物都要繞道,"
                   "十分不便。他指出,政府早前承諾會研究重建方案,但至今仍未有時間表。\n\n"
                   "陳明促請當局盡快諮詢居民,並公布重建的時間表。\n")
    assert [a.title for a in arts] == ["舊碼頭何時重建? 區議員:盡快公布方案"]


def test_a_reporters_credit_with_a_slash_keeps_the_headline_above_it():
    a = one("花蓮舉辦秋季市集 農友帶來在地好物\n\n記者林小明/花蓮報導\n\n"
            "花蓮縣政府今(5)日在文化廣場舉辦秋季農民市集,三十多個攤位販售在地農產。\n\n市集將辦到週日。\n")
    assert a.title == "花蓮舉辦秋季市集 農友帶來在地好物"
