"""Real pages (parser round on fragments and chrome): a site's rights notice said as a
sentence, under the story or in the footer, is chrome: the owner's rights then the ban on
reprints ('某某公司版權所有，不得轉載。'), the ban after '非經授權', and a disclaimer under its
heading's key ('版权声明：凡本网注明…'). Texts are written for the tests; none is copied from
a page."""
from __future__ import annotations

from search.sources import load_articles

HEAD = "北岭港今晨挂起强风信号 渡轮暂停开航"
TEXT = ("北岭港气象站今晨六时挂起强风信号，预计风力在中午前后达到最强，"
        "往来离岛的渡轮全部暂停开航，何时恢复视天气而定。")
MORE = "气象站提醒市民远离海边，留意随时更新的天气消息。"


def _parse(page: str) -> list:
    return load_articles("page.txt", page.encode())


def _assert_one_story_without(page: str, notice: str) -> None:
    arts = _parse(page)
    assert [a.title for a in arts] == [HEAD], [(a.title, a.text) for a in arts]
    assert notice not in arts[0].text
    assert arts[0].text.startswith("北岭港气象站") and arts[0].text.endswith("天气消息。")


def test_owner_rights_then_the_ban_is_a_footer():
    """'某某电台版權所有，不得轉載。' under the page's links: no fragment of its own."""
    notice = "南洋之声电台有限公司版權所有，不得轉載。"
    page = f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n\n\n首頁 關於我們 聯絡我們\n\n{notice}\n"
    _assert_one_story_without(page, notice)


def test_the_ban_after_fei_jing_shouquan_is_chrome():
    """'※本文版權所有，非經授權，不得轉載。' right under the last sentence leaves the text."""
    notice = "※本文版權所有，非經授權，不得轉載。"
    page = f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n{notice}\n"
    _assert_one_story_without(page, notice)


def test_a_disclaimer_under_its_key_is_chrome():
    """'版权声明：凡本网注明来源为…': the site's disclaimer, however long, is no story."""
    notice = ("版权声明：凡本网注明来源为“北岭新闻网”的各类新闻、图片和原创专题资料，其版权均为"
              "北岭日报社及作者所有。任何媒体、网站或个人未经本网书面授权不得转载、链接或以其他方式使用；"
              "已经授权的，使用时必须注明来源。")
    page = f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n编辑：李四\n\n{notice}\n"
    _assert_one_story_without(page, notice)


def test_a_story_quoting_such_a_notice_keeps_its_paragraph():
    """A paragraph that tells of a notice (longer than a notice runs) is the story's text."""
    quoted = ("记者走访发现，这家书店在每本影印教材的扉页都印着“版权所有，不得转载”，"
              "却从未取得出版社的许可，店主承认这些教材全部翻印自正版图书，"
              "执法人员当场查扣三百余册，并责令书店停业整顿。")
    page = f"{HEAD}\n\n{TEXT}\n\n{quoted}\n\n{MORE}\n"
    arts = _parse(page)
    assert [a.title for a in arts] == [HEAD]
    assert quoted in arts[0].text


def test_a_copyright_owner_in_a_story_is_no_notice():
    """'版权所有人' with no ban after it: a story's words about rights, kept."""
    line = "法院审理认为，涉案画作的版权所有人从未授权，被告应停止销售。"
    page = f"{HEAD}\n\n{TEXT}\n\n{line}\n\n{MORE}\n"
    assert line in _parse(page)[0].text


def test_a_short_sentence_quoting_the_notice_is_the_story_s():
    """A short paragraph that quotes the notice ('…印着“版权所有，不得翻印”…') is text."""
    line = "店主坦言，书上印的“版权所有，不得翻印”从没人当回事。"
    page = f"{HEAD}\n\n{TEXT}\n\n{line}\n\n{MORE}\n"
    assert line in _parse(page)[0].text


# a Taiwan page, for the lines in traditional script
HEAD_T = "颱風逼近 南港區明起停班停課"
TEXT_T = ("南港區公所今天下午宣布，受颱風外圍環流影響，明天全區停止上班上課，"
          "區內各級學校、幼兒園及補習班一律停課，民眾宜減少外出。")
MORE_T = "區公所提醒，山區道路易有落石，前往時務必注意安全。"


def _page(line: str) -> str:
    if "書" in line or "轉" in line:
        return f"{HEAD_T}\n\n{TEXT_T}\n\n{line}\n\n{MORE_T}\n"
    return f"{HEAD}\n\n{TEXT}\n\n{line}\n\n{MORE}\n"


def test_a_notice_quoted_mid_way_is_the_story_s():
    """The quote opens before the notice's owner ('扉页印着“本书版权所有，不得翻印”'), in
    either script's marks: the paragraph is text."""
    for line in ("店主坦言，扉页印着“本书版权所有，不得翻印”，从没人当回事。",
                 "店家坦言，書上印著「本書版權所有，不得翻印」，卻從沒人在意。",
                 "他说，网页底部那句‘版权所有，禁止转载’形同虚设。"):
        assert line in _parse(_page(line))[0].text, line


def test_a_notice_reported_by_a_speaker_is_the_story_s():
    """A speaker's verb and a comma before the ban ('律師提醒，…非經授權不得轉載…', '声明称，其节目
    版权所有，不得转载'): a story's short paragraph reporting it, kept."""
    for line in ("律師提醒，依著作權法規定，非經授權不得轉載他人文章，違者最高可處三年徒刑。",
                 "该台昨晚发表声明称，其节目版权所有，不得转载，将追究侵权者责任。"):
        assert line in _parse(_page(line))[0].text, line


def test_a_site_s_own_reminder_under_its_key_is_still_a_notice():
    """'特别提醒：未经授权，不得转载。' is the site speaking (a colon, not a speaker's comma)."""
    notice = "特别提醒：未经授权，不得转载。"
    page = f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n{notice}\n"
    _assert_one_story_without(page, notice)
