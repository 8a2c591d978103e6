"""A dump whose pages are joined with no blank line: a story signed off by its reporter, or a
turn from one script to the other, starts the next page even right under the text. Texts
are written for the tests, modelled on real pages; none is copied from one."""
from __future__ import annotations

from tests.support.pages import stories

_TRAD = ("市政府昨日舉行防災演練,多個部門派員參與,模擬颱風來襲時的疏散與安置。\n"
         "負責官員表示,演練結果將用作修訂應變計劃的參考,並會在年底前公布檢討報告。\n")
_SIMP = ("近日,城东街道组织志愿者走进社区,为独居老人检查燃气管道和电线线路。\n"
         "街道负责人介绍,今年以来已上门服务三百多户,发现并排除隐患四十余处。\n")


def test_a_simplified_page_right_under_a_traditional_one_is_its_own() -> None:
    """A user searching the second page's story finds it alone, not inside the first."""
    arts = stories(_TRAD + _SIMP)
    assert len(arts) == 2 and "志愿者" in arts[1].text and "志愿者" not in arts[0].text


def test_a_story_signed_by_its_reporter_ends_before_the_next_page() -> None:
    """The credit closes the story; the next page's plain lead under it starts a new one."""
    first = ("全市春耕生产全面展开,各地抢抓晴好天气翻耕土地、育秧备种。\n"
             "农业部门派出技术人员深入田间,指导农户科学施肥。(记者 陈某某)\n")
    arts = stories(first + _SIMP)
    assert len(arts) == 2 and arts[1].text.startswith("近日,城东街道")


def test_one_script_pages_with_dense_lines_stay_whole() -> None:
    """Break-it pages set with no blank line: dated measures, numbered points, many short
    paragraphs, a notice's clauses, a quoted traditional name in simplified text."""
    pages = [
        "3月1日起,全市公交实行新票价。\n3月15日起,地铁延长运营一小时。\n4月1日起,共享单车新增停放点。\n",
        "一、会议时间\n2024年5月8日上午9时。\n二、会议地点\n市行政中心三楼会议室。\n三、参会人员\n各部门负责人。\n",
        "雨停了。\n村口的老槐树下,孩子们又跑了出来。\n奶奶搬出竹椅。\n她说,这棵树比她的年纪还大。\n",
        "台胞林先生在店门口挂起写着「歡迎光臨」的牌子,他说大陆游客越来越多,生意比去年好了不少。\n"
        "他打算明年再开一家分店,专门卖家乡的凤梨酥和茶叶。\n",
        "第一条 为规范本市停车管理,制定本办法。\n第二条 本办法适用于本市行政区域内的停车场。\n"
        "第三条 市交通主管部门负责本办法的组织实施。\n",
    ]
    for page in pages:
        assert len(stories("市里发布通知\n" + page)) == 1, page


def test_traditional_story_with_a_credit_mid_text_stays_whole() -> None:
    """A quoted reader's line signed with a name but no reporter's title is not a sign-off."""
    page = ("讀者來信選登\n"
            "社區的路燈壞了半個月,晚上出門很不方便,希望有關部門盡快修理。(讀者 黃先生)\n"
            "記者昨日致電路政署,職員表示已安排維修,預計本週內完成。\n")
    assert len(stories(page)) == 1
