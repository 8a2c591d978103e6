"""Real pages (issue 25), round fourteen. Texts are written for the tests, modelled on forms
seen on real pages; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

# A dense page: its paragraphs follow each other with no blank line between them.
DENSE = ("江北新区图书馆今天开馆\n"
         "江北新区图书馆今天上午正式开馆，首批开放的阅览座位有八百个，藏书四十万册。\n"
         "图书馆共有五层，一层是少儿阅读区，二层和三层是综合阅览区，四层设有地方文献馆。\n"
         "{picture}\n"
         "开馆当天，不少市民一早就在门口排队，上午共接待读者三千多人次。\n"
         "馆方介绍，今年内还将开通自助借还和夜间阅读服务，方便附近上班族。\n")


def test_a_picture_in_a_dense_page_does_not_cut_the_story() -> None:
    """A crawler's image line ('![](…/a.jpg)') between two paragraphs of a dense page is
    dropped, and is no blank line either: in a dense page a blank line marks where the next
    page starts, so the story went on as a second, untitled one."""
    arts = stories(DENSE.format(picture="![](https://img.example.cn/2025/0301/a1.jpg)"))
    assert len(arts) == 1
    assert "上午共接待读者三千多人次" in arts[0].text and "jpg" not in arts[0].text


def test_a_blank_line_in_a_dense_dump_still_starts_the_next_page() -> None:
    """The guard: a real blank line where the image stood still ends one page and starts
    the next, as a dump of dense pages sets them."""
    text = DENSE.format(picture="").replace("四层设有地方文献馆。\n\n", "四层设有地方文献馆。\n\n"
                                            "市民文化节下周开幕\n")
    arts = stories(text)
    assert len(arts) == 2
    assert arts[1].title == "市民文化节下周开幕"


def test_text_that_points_back_does_not_open_a_page() -> None:
    """A dense page, a blank line, then a paragraph opening '他又提到…': it goes on with the
    story above (a page does not open on a word pointing back), not a page of its own."""
    text = ("局长出席电台节目谈医院改革\n"
            "卫生局局长今天出席电台节目，谈到公立医院的改革方向。\n"
            "他说，政府希望把医疗安全网织得更宽，让更多低收入病人得到补贴。\n"
            "局长表示，补贴会做得更精准，适当时候会公布细节。\n\n"
            "他又提到，很快会公布医院联网的重组方案，但现有医院的服务不会减少。\n")
    arts = stories(text)
    assert len(arts) == 1
    assert "重组方案" in arts[0].text


def test_a_photo_credit_set_apart_leaves_the_story_whole() -> None:
    """'▲摄影:某某', '圖/某某', '照片由某某提供' or '某某分局/提供' on a line of its own, between
    two paragraphs, is a photo's credit: dropped, and no headline of a second story."""
    for credit in ("▲摄影:吴小秋", "圖/王大明", "照片由陳小林提供", "城東分局/提供"):
        arts = stories("华人社团欢度春节\n\n"
                       "2月18日，市中心的中国城再一次吸引了众人的目光，数万人前来观看新春游行。\n\n"
                       f"{credit}\n\n"
                       "今年参加春节庆典的总人数超过七万，游行队伍中有舞龙、舞狮和花车。\n")
        assert len(arts) == 1, credit
        assert "游行队伍中有舞龙" in arts[0].text and credit not in arts[0].text


FIRE = ("7月4日17时20分，城东消防大队接到报警，一栋居民楼的楼梯间着火，楼上有人员被困。\n\n"
        "消防员五分钟后到达现场，从楼上救出被困居民八人，无人受伤，起火原因正在调查中。\n")


def test_a_metadata_key_set_with_a_space_is_read() -> None:
    """'来 源:某某' (a justified label's two characters set apart) names the source."""
    art = one("小区楼道起火 消防救出8人\n\n" + FIRE + "来 源:城东消防 责任编辑:李明\n")
    assert art.source == "城东消防"
    assert "责任编辑" not in art.text


def test_a_menu_item_and_a_contribute_button_are_no_headline() -> None:
    """A bulleted menu item ('• 水处理') above the headline and its metadata, and '投稿' /
    '我要投稿' buttons under them: the headline is the line above the metadata."""
    art = one("某某电力网\n\n  • 水处理\n您的位置:电力>农电>正文\n\n"
              "城东供电公司:开展迎峰度夏走访活动\n\n2016-07-30 16:08来源:城东供电公司作者:王五\n\n"
              "投稿\n\n我要投稿\n\n"
              "7月28日，城东供电公司邀请媒体记者走进变电站和营业厅，了解迎峰度夏的准备工作。\n\n"
              "记者们参观了电力调度中心，听取了公司有关负责人的介绍。\n\n"
              "投稿与新闻线索:陈女士 微信/手机:13800000000\n")
    assert art.title == "城东供电公司:开展迎峰度夏走访活动"
    assert "投稿" not in art.text and "水处理" not in art.text


def test_a_reprint_disclaimer_is_chrome() -> None:
    """'特别声明:某某网转载其他网站内容，…不代表赞成其观点' under a story is the site's
    disclaimer, not the story's last paragraph."""
    art = one("小区楼道起火 消防救出8人\n\n" + FIRE
              + "\n特别声明:某某网转载其他网站内容，出于传递更多信息而非盈利之目的，同时并不代表赞成其观点。\n")
    assert "特别声明" not in art.text


def test_a_headline_after_a_closed_story_and_chrome_opens_the_next_page() -> None:
    """In a dump: a story closed by its trailer ('作者: 某某'), chrome, then the next page's
    headline over its dense text: the headline is that page's, not the last line of the
    story above."""
    first = ("城东供电公司开展走访活动\n\n2016-07-30 来源:城东供电公司\n\n"
             "7月28日，城东供电公司邀请媒体记者走进变电站和营业厅，了解迎峰度夏的准备工作。\n\n"
             "记者们参观了电力调度中心，听取了公司有关负责人的介绍。\n\n作者: 王五\n"
             "投稿与新闻线索:陈女士 微信/手机:13800000000\n\n")
    second = ("小区楼道起火 消防救出8人\n\n\n"
              "7月4日17时20分，城东消防大队接到报警，一栋居民楼的楼梯间着火，楼上有人员被困。\n"
              "消防员五分钟后到达现场，从楼上救出被困居民八人，无人受伤。\n"
              "目前，起火原因正在进一步调查中。\n")
    arts = stories(first + second)
    assert [a.title for a in arts] == ["城东供电公司开展走访活动", "小区楼道起火 消防救出8人"]
    assert "小区楼道起火" not in arts[0].text


def test_a_breadcrumb_after_a_story_opens_the_next_page_of_a_dump():
    """'当前位置：首页 > 栏目' stands at the top of a page, never under a story: in a dump it
    opens the next page, even one whose text starts with a plain sentence."""
    page1 = ("江城渡口码头改造完工\n2023-04-12 来源:江城日报\n\n"
             "江城渡口码头改造昨天完工，新码头可同时停靠四艘渡船。\n\n"
             "码头管理处表示，夜班渡船下周起恢复运营。\n\n")
    page2 = ("当前位置：首页 > 工作动态\n"
             "今年以来，江城市持续推进老旧小区改造，已有十二个小区完成外墙和管网更新。\n\n"
             "市住建局表示，下半年还将启动第二批改造项目。\n")
    first, second = stories(page1 + page2)
    assert "夜班渡船" in first.text and "老旧小区" not in first.text
    assert second.text.startswith("今年以来") and "当前位置" not in second.text


def test_an_outlets_bracketed_credit_opens_each_report_of_a_page():
    """'【某某綜合報道】' opening a paragraph is a report's lead, as '【本報消息】' is: the line
    above it heads a new story, even a headline ending on a question mark."""
    page = ("江城清晨發生車禍 一名男子受傷\n\n"
            "【星島綜合報道】周六清晨,江城大道發生車禍,一名男子受傷送院。\n\n"
            "警方表示,事故原因仍在調查中,呼籲目擊者提供資料。\n\n"
            "(圖:某某電視)\n\n"
            "【有片】河畔步道入夜一片漆黑 你敢在這裡散步嗎?\n\n"
            "【星島綜合報道】一段在網上流傳的視頻顯示,河畔步道入夜後一片漆黑。\n\n"
            "市政府表示,將在年底前加裝路燈。\n")
    first, second = stories(page)
    assert "河畔" not in first.text
    assert second.title.endswith("你敢在這裡散步嗎?") and "加裝路燈" in second.text
