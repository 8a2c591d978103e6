"""A dump whose pages are joined with no blank line: a story signed off by its reporter, or a
turn from one script to the other, starts the next page even right under the text, when the
line under it opens a page; a story's quotes in the other script and its parts after a credit
stay in it. Texts are written for the tests, modelled on real pages; none is copied from one."""
from __future__ import annotations

from tests.support.pages import stories

_TRAD = ("市政府昨日舉行防災演練,多個部門派員參與,模擬颱風來襲時的疏散與安置。\n"
         "負責官員表示,演練結果將用作修訂應變計劃的參考,並會在年底前公布檢討報告。\n")
_SIMP = ("近日,城东街道组织志愿者走进社区,为独居老人检查燃气管道和电线线路。\n"
         "街道负责人介绍,今年以来已上门服务三百多户,发现并排除隐患四十余处。\n")
_HEAD = ("港口新航线开通\n2024-05-08 来源:某某日报\n本报讯 昨日,我市港口开通一条新的集装箱航线,首班货轮满载出港。\n"
         "这条航线连接东南亚多个港口,每周往返两班,由三家航运公司共同运营。\n")
_TAIL = "港口负责人表示,新航线将大幅缩短货物运输时间,降低企业物流成本。\n"


def test_a_simplified_page_right_under_a_traditional_one_is_its_own() -> None:
    """A user searching the second page's story finds it alone, not inside the first."""
    arts = stories(_TRAD + _SIMP)
    assert len(arts) == 2 and "志愿者" in arts[1].text and "志愿者" not in arts[0].text


def test_a_turn_under_a_headline_neither_script_tells_cuts_once() -> None:
    """The next page's short headline ('城东新闻' holds too few characters to judge) opens it
    and stays with its story: one cut, not a headline alone as an article."""
    arts = stories(_TRAD + "城东新闻\n" + _SIMP)
    assert len(arts) == 2 and arts[1].title == "城东新闻" and "志愿者" in arts[1].text


def test_a_story_signed_by_its_reporter_ends_before_the_next_headline() -> None:
    """The credit closes the story; the next page's headline under it starts a new one."""
    first = ("全市春耕生产全面展开,各地抢抓晴好天气翻耕土地、育秧备种。\n"
             "农业部门派出技术人员深入田间,指导农户科学施肥。(记者 陈某某)\n")
    arts = stories(first + "城东街道志愿者上门查隐患\n" + _SIMP)
    assert len(arts) == 2 and arts[1].title == "城东街道志愿者上门查隐患"


def test_a_story_quoting_two_traditional_lines_stays_whole() -> None:
    """A speaker quoted in the other script after a colon: one story, its date on all of it."""
    quote = ("来访的台湾青年代表在座谈会上说:\n「這條航線讓兩岸往來更方便,我們很期待。」\n"
             "「希望以後有更多年輕人來這裡創業。」\n")
    arts = stories(_HEAD + quote + _TAIL)
    assert len(arts) == 1 and arts[0].date == "2024-05-08"
    assert "座谈会上说" in arts[0].text and "物流成本" in arts[0].text


def test_a_traditional_story_quoting_a_simplified_document_stays_whole() -> None:
    """The line announcing the quote is neither cut off nor made an article of its own."""
    page = ("港府回應新政策\n2024-05-08 來源:某某報\n本報訊 特區政府發言人昨日回應記者提問,表示歡迎有關政策。\n"
            "發言人強調,特區政府會全力配合國家的發展規劃。\n發言人引述文件指出:\n支持香港更好融入国家发展大局,发挥自身优势。\n"
            "推动两地规则衔接,促进人员货物往来便利。\n發言人表示,政府將盡快公布具體落實措施。\n")
    arts = stories(page)
    assert len(arts) == 1 and "引述文件指出" in arts[0].text and "具體落實措施" in arts[0].text


def test_a_dated_quote_in_the_other_script_stays_in_its_story() -> None:
    """Two traditional lines opening on a date, then the story goes on in simplified: the
    script turned back, so they were a quote, not the next page."""
    quote = ("台灣某協會於5月3日發表聲明,歡迎新航線開通,認為對兩岸貿易有幫助。\n"
             "該協會表示,會組織會員企業前來參訪,尋找合作機會。\n")
    assert len(stories(_HEAD + quote + _TAIL)) == 1


def test_a_story_ending_on_a_quote_in_the_other_script_keeps_it() -> None:
    """Two traditional lines that end the story, announced by a colon or set in quote
    marks, are its quote even when they open on a date as a page might."""
    said = "该协会在声明中说:\n"
    lines = "5月3日,本會理事會一致通過,歡迎新航線開通。\n會員企業將前來參訪,尋找合作機會。\n"
    quoted = "「本會於5月3日發表聲明,歡迎新航線開通。」\n「會員企業將前來參訪,尋找合作機會。」\n"
    for page in (_HEAD + said + lines, _HEAD + quoted):
        arts = stories(page)
        assert len(arts) == 1 and "合作機會" in arts[0].text, page


def test_a_story_turning_script_in_plain_paragraphs_stays_whole() -> None:
    """A page converted in part: its last two paragraphs traditional, neither opening as a
    page does (no headline, lead or date). One story."""
    rest = "碼頭工人表示,新航線開通後工作量明顯增加,收入也跟著提高。\n不少市民特地到港口參觀,見證首班貨輪出港。\n"
    assert len(stories(_HEAD + rest)) == 1


def test_a_credit_mid_story_does_not_end_it() -> None:
    """'(记者 某某)' after a paragraph, then a plain or a dated paragraph, a 又讯 part, or the
    same in traditional: one story, each part under its date."""
    credit = "港口将同步建设冷链仓库,预计年底投入使用。(记者 王某某)\n"
    trad = ("港口新航線開通\n2024-05-08 來源:某某報\n本報訊 昨日,本市港口開通一條新的貨櫃航線。\n"
            "首班貨輪滿載出港,預計下週抵達目的地。(記者 張某某)\n在碼頭現場,工人們正忙著裝卸貨物,場面熱鬧。\n")
    later = "昨天下午,首批出口货物已在码头完成装箱,等待下一班货轮。\n"
    for page in (_HEAD + credit + _TAIL, _HEAD + credit + "又讯\n" + _TAIL, _HEAD + credit + later, trad):
        arts = stories(page)
        assert len(arts) == 1 and arts[0].date == "2024-05-08", page


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
