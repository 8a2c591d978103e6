"""Real pages (issue 25): a paper's own report ('本报讯', '【本報訊】', '本报记者 某某') names
no outlet in its credit: 'this paper' is the one the page's masthead, title bar or menu names
above it, or, failing that, the paper its text names in book-title marks. Texts are written
for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

HEAD = "青石桥改建工程全面完工"
TEXT = ("历时八个月的青石桥改建工程昨天全面完工，桥面由原来的两车道拓宽为四车道，"
        "两侧新增了人行道和观景平台，附近居民出行更加方便。")
MORE = "工程负责人介绍，改建中保留了老桥的三孔石拱，作为历史遗存加以保护。"


def test_own_report_takes_the_paper_its_masthead_names():
    """The paper's name in English alone over the story ('Some Daily'); it opens on 【本報訊】."""
    page = f"Linchuan Daily\n\n{HEAD}\n\n【本報訊】{TEXT}\n\n{MORE}\n"
    assert one(page).source == "Linchuan Daily"


def test_own_report_takes_the_paper_its_menu_names():
    """An e-paper's menu bar ('返回主页 | 某某日报 | 版面导航') above a 本报记者 byline."""
    page = (f"第A03版:城市新闻\n返回主页 | 临川日报 | 版面导航 | 临川晚报\n\n{HEAD}\n\n"
            f"本报记者 张小明\n\n{TEXT}\n\n{MORE}\n")
    assert one(page).source == "临川日报"


def test_own_report_takes_the_paper_its_text_names():
    """No masthead on the page: the paper the story names in book-title marks."""
    page = (f"{HEAD}\n\n〔本报消息〕{TEXT}\n\n《临川日报》记者当天随车采访，{MORE}\n")
    assert one(page).source == "临川日报"


def test_a_report_credited_elsewhere_keeps_its_credit():
    """A story with no 本报 credit does not take the paper its text names: it may be another's."""
    page = f"{HEAD}\n\n{TEXT}\n\n《临川日报》记者当天随车采访，{MORE}\n"
    assert one(page).source is None



def test_stories_of_a_dump_opening_alike_take_each_their_own_papers_masthead():
    """Two papers' pages in one dump, every story opening on the same long 本报讯 credit."""
    lead = "本报讯（记者 张小明 通讯员 李华）近日，"
    pages = [(paper, head, f"{lead}{text}") for paper, head, text in (
        ("临川日报", "青石桥改建工程全面完工", TEXT),
        ("东海晚报", "东海湾新建码头投入使用", "东海湾新建的客运码头正式投入使用，每天可停靠客船二十余艘。"),
        ("临川日报", "城南公园新增健身步道", "城南公园新修的健身步道全线贯通，全长三公里，沿途设置了十多处休息座椅。"),
        ("东海晚报", "东海湾渔港完成清淤", "东海湾渔港的清淤工程顺利完成，大型渔船可以直接进港。"),
    )]
    dump = "\n\n".join(f"首页 | {paper} | 版面导航\n\n{head}\n\n{text}\n\n{MORE}" for paper, head, text in pages)
    assert [a.source for a in stories(dump)] == [paper for paper, _h, _t in pages]


def test_a_paper_or_document_the_story_quotes_is_not_its_own():
    page = f"{HEAD}\n\n本报讯 {TEXT}\n\n纪念《临川联合公报》发表十周年的展览同日开幕，《东海晚报》也刊登了专版。\n"
    assert one(page).source is None
