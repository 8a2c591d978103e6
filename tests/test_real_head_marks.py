"""Headline forms from an audit of how Chinese news pages (mainland, Taiwan, Hong Kong,
overseas) set a story's headline: the tags a portal sets before it, the site names a page
title carries, a paper's headline block. The pages are written for these tests from general knowledge of the forms."""
from __future__ import annotations

from tests.support.pages import one, stories

HEAD = "城东快速路下月全线通车"
META = "2024-05-10 09:30  来源：东岭日报\n\n"
TEXT = ("市交通运输局今天宣布，城东快速路下月一日起全线通车，全长十二公里，设六个出入口。\n\n"
        "据介绍，快速路建成后，城东到机场的车程将由五十分钟缩短到二十分钟。\n")
TRAD = "東區快速道路下月全線通車"
TRAD_TEXT = ("交通局今天宣布，東區快速道路下月一日起全線通車，全長十二公里，設六個出入口。\n\n"
             "交通局表示，道路通車後，東區往機場的車程將由五十分鐘縮短至二十分鐘。\n")


def test_a_media_columns_tag_before_the_headline_is_no_part_of_it():
    for tagged in (f"视频｜{HEAD}", f"图文：{HEAD}", f"(图文){HEAD}", f"（视频）{HEAD}", f"视频｜{HEAD}_东岭网"):
        a = one(f"{tagged}\n\n{META}{TEXT}")
        assert (a.title, a.date) == (HEAD, "2024-05-10"), tagged


def test_a_photo_credit_on_a_line_of_its_own_is_still_no_headline():
    for credit in ("图｜东岭日报", "图文：王小明", "图｜东岭日报记者王明摄"):
        a = one(f"{HEAD}\n\n{META}{TEXT}\n{credit}\n")
        assert a.title == HEAD and credit not in a.text, credit


def test_a_site_name_set_with_bare_hyphens_after_the_headline_is_dropped():
    for bar in (f"{HEAD}-新闻频道-东岭网", f"{HEAD}--社会--东岭网", f"{HEAD}-手机东岭网", f"{HEAD}--东岭日报",
                f"{HEAD} · 东岭新闻", f"{HEAD}_东岭新闻客户端"):
        assert one(f"{bar}\n\n{META}{TEXT}").title == HEAD, bar


def test_a_hyphen_inside_a_headline_stays():
    for head in ("中国-东岭博览会明天开幕", "城东快速路通车-城西快速路开工"):
        assert one(f"{head}\n\n{META}{TEXT}").title == head


def test_a_site_name_set_before_the_headline_is_dropped_and_names_the_site():
    for bar, site in ((f"东岭网 - {HEAD}", "东岭网"), (f"东岭新闻网 | {HEAD}", "东岭新闻网")):
        a = one(f"{bar}\n2024年5月10日 09:30\n\n{TEXT}")
        assert (a.title, a.source) == (HEAD, site), bar
    assert one(f"東嶺新聞網 - {TRAD}\n\n2024/05/10 09:30\n\n{TRAD_TEXT}").title == TRAD


def test_a_bullet_before_each_briefs_headline_is_no_part_of_it():
    other = "西区新建两所小学秋季招生"
    other_text = "区教育局表示，西区新建的两所小学今年秋季开始招生，共提供一千二百个学位。\n"
    for bullet in ("■ ", "◆", "▶"):
        got = stories(f"{bullet}{HEAD}\n{TEXT}\n{bullet}{other}\n{other_text}")
        assert [a.title for a in got] == [HEAD, other], bullet


def test_a_kicker_over_a_headline_and_its_dashed_subtitle_is_no_half_of_the_headline():
    # a paper's headline block: kicker (引题), headline (主题), subtitle on a dash (副题)
    a = one(f"耗資八十億 歷時三年\n{TRAD}\n——沿線六個出入口同步開放\n\n【本報訊】{TRAD_TEXT}")
    assert a.title == TRAD
    b = one(f"三年建设迎来收官\n{HEAD}\n——城东到机场只需二十分钟\n\n本报讯（记者 王明）{TEXT}")
    assert b.title == HEAD
