"""Real site dumps as they come (issue 25): pages of one site glued into one file, cut at
each page's start even where no metadata says so. Texts are written for the tests,
modelled on the forms real dumps take; none is copied from a page."""
from __future__ import annotations

from search.sources.text import split_articles


def articles(text: str):
    return [a for a in split_articles(text, "dump.txt") if a.kind == "article"]


DENSE_PAGE = ("发布时间：2025-03-01 09:00 来源：市政府办公室\n"
              "市政府关于加快建设城乡供水一体化的通知\n"
              "各区县人民政府，市政府各部门：\n"
              "为保障城乡居民饮水安全，市政府决定用三年时间完成城乡供水一体化建设，现将有关事项通知如下。\n"
              "一、工作目标\n"
              "到2026年底，全市农村自来水普及率达到百分之九十九，水质达标率稳步提高，管网漏损明显下降。\n"
              "二、主要任务\n"
              "各区县要摸清现有水厂和管网底数，编制改造清单，优先解决山区村庄季节性缺水问题，并按季度报送进展。\n")


def test_a_page_opening_with_a_jammer_line_after_the_blank_is_a_new_page():
    """The blank line between two pages stands above the next page's anti-copy jammer:
    dropping the jammer does not drop the page break with it."""
    text = (DENSE_PAGE + "\n"
            "k7 a! 3q z. p2 R' @* M( D2 e6 u : H\" J\n"
            "昨天凌晨两点左右，城西高架往机场方向发生一起三车追尾事故，所幸没有人员死亡。\n"
            "事故造成两人轻伤，伤者已被送往附近医院救治，目前生命体征平稳。\n"
            "交警提醒，夜间行车要控制车速，保持安全车距，切勿疲劳驾驶。\n")
    arts = articles(text)
    assert len(arts) == 2, [a.title for a in arts]
    assert "追尾" not in arts[0].text and "追尾" in arts[1].text


def test_a_blank_line_between_two_dense_pages_cuts_them_before_a_spaced_one():
    """A dense page, a blank line, a short dense page (title and three paragraphs), then a
    page that sets its paragraphs apart with blank lines: three pages, not two."""
    spaced = "\n\n".join([
        "古镇老街修缮完工重新开放",
        "历时一年的修缮后，古镇老街昨天重新向游客开放，街面青石板全部按原样铺回。",
        "修缮期间，施工方请来老工匠指导，拆下的旧砖旧瓦尽量回用，保留了老街的原貌。",
        "镇文化站负责人说，老街两侧的二十多家老字号将陆续回迁，恢复往日的烟火气。",
        "不少游客专程赶来，在老街的石桥上拍照留念，感叹老街又回来了。",
        "据介绍，老街开放后实行错峰限流，节假日每天接待游客不超过一万人次。",
    ])
    text = (DENSE_PAGE + "\n"
            "全省天气预报\n"
            "受冷空气影响，今天夜间到明天，全省大部分地区将有一次明显降温过程，最低气温下降六到八度。\n"
            "北部山区有小雪或雨夹雪，部分路段可能结冰，请注意出行安全。\n"
            "气象部门提醒，降温期间要及时添加衣物，做好农作物和设施大棚的防冻工作。\n\n" + spaced + "\n")
    arts = articles(text)
    assert [a.title for a in arts] == ["市政府关于加快建设城乡供水一体化的通知", "全省天气预报",
                                       "古镇老街修缮完工重新开放"]


def test_a_date_over_the_next_e_paper_page_is_that_pages_date():
    """Two e-paper pages of different days, each under its date and page number: the second
    page's date is not the first article's signature, nor does the first page's date stay."""
    text = ("2001-05-10\n第 2 版\n\n"
            "春耕时节农机下田忙\n"
            "本报讯 连日来，平原各县抢抓农时，上万台农机下田作业，春播进度快于去年同期。\n\n"
            "2003-08-15\n第 2 版\n"
            "沿江防汛进入关键期\n"
            "本报讯 受持续降雨影响，沿江水位不断上涨，各地防汛队伍昼夜巡查堤防。\n")
    assert [(a.title, a.date) for a in articles(text)] == [
        ("春耕时节农机下田忙", "2001-05-10"), ("沿江防汛进入关键期", "2003-08-15")]


def test_a_dated_line_after_a_story_on_a_dated_page_dates_the_next_story():
    """A newspaper page's date above its first story; after that story's text, a dated line
    heads the next page of the dump: the next story's date, not the first's."""
    text = ("1999年3月4日晨光日报 第3版\n\n"
            "山区小学用上了新课桌\n"
            "本报讯 县教育局日前为十二所山区小学配齐了新课桌椅，孩子们告别了旧木凳。\n\n"
            "发布日期：2000-01-05\n\n"
            "新年第一列货运班列发车\n"
            "新年第一天，满载机电产品的货运班列从物流园发车，开往边境口岸。\n")
    assert [(a.title, a.date) for a in articles(text)] == [
        ("山区小学用上了新课桌", "1999-03-04"), ("新年第一列货运班列发车", "2000-01-05")]


def test_title_date_text_opens_the_next_page_after_an_undated_page():
    """An undated page, then the next page's headline, its date line and its text: the date
    is the next page's, and its headline opens it."""
    text = ("社区食堂开进老旧小区\n\n"
            "城东街道的第一家社区食堂昨天开业，六十岁以上老人就餐可享八折优惠。\n\n"
            "食堂由街道提供场地，引入专业餐饮企业运营，每天供应早中晚三餐。\n\n"
            "• 城东街道举办邻里节\n• 社区图书室延长开放时间\n\n"
            "跨江大桥主桥合龙\n2022-11-20 16:05\n"
            "跨江大桥主桥今天上午顺利合龙，大桥预计明年五月建成通车。\n")
    arts = articles(text)
    assert [(a.title, a.date) for a in arts] == [("社区食堂开进老旧小区", None), ("跨江大桥主桥合龙", "2022-11-20")]


def test_a_page_opening_with_its_dated_header_bar_is_not_glued_to_the_page_before():
    """The next page opens with the site's bar ('name | place 03-14'), its headline and the
    page's link targets: the bar and the file names belong to neither story."""
    text = (DENSE_PAGE + "\n"
            "山城新闻客户端 | 江北 03-14\n"
            "江北春茶开采 茶农忙着上山\n"
            "index_new2.html\n"
            "../../static/tpl/font_big.html\n\n\n"
            "这几天，江北的春茶陆续开采，茶农们天不亮就上山，赶在露水干之前采下头一茬嫩芽。\n\n"
            "茶厂负责人说，今年气温回升早，开采比往年提前了一周，收购价格也比去年略高。\n")
    arts = articles(text)
    assert [a.title for a in arts][-1] == "江北春茶开采 茶农忙着上山"
    assert not any("03-14" in a.text or "html" in a.text for a in arts)


def test_a_page_whose_last_paragraph_breaks_off_does_not_swallow_the_next_page():
    """A crawler cut a dense page's last paragraph short; after the blank line the next page
    opens with plain paragraphs and no headline. They are not one sentence mended."""
    text = ("山区公路改造工程全线通车\n"
            "记者从省交通运输厅获悉，全长一百二十公里的山区公路改造工程昨天全线通车，沿线六个乡镇结束了绕行的历史。\n"
            "改造后的公路按二级标准建设，设计时速六十公里，沿线新建桥梁十四座、隧道三座，雨季塌方路段全部加固。\n"
            "据介绍，公路通车后从县城到最远的乡镇只需四十分钟，比原来节省一个多小时，沿线的茶叶、板栗和中药材可以更快运出大山，当地还计划依托这条公路发展乡村旅游、民宿和农家乐，吸引城里的游客进山\n"
            "\n"
            "为了让老人吃上热乎饭，街道在五个社区开设了长者食堂，每天中午为辖区老人提供两荤两素的午餐。\n"
            "长者食堂由街道提供场地，引入专业餐饮企业运营，八十岁以上老人每餐只需十元，行动不便的还能送餐上门。\n"
            "开业一个月来，五家食堂累计接待老人一万多人次，不少老人说饭菜软烂可口，价钱也实惠。\n")
    arts = articles(text)
    assert len(arts) == 2, [a.title for a in arts]
    assert "长者食堂" not in arts[0].text and "全线通车" not in arts[1].text


def test_a_line_of_scrambled_codes_inside_a_page_is_dropped_and_starts_nothing():
    """Mirror sites sprinkle lines of short letter-digit codes between paragraphs: they are
    neither a headline nor text."""
    text = ("河道清淤工程提前完工\n"
            "经过两个月的施工，城区主要河道的清淤工程提前十天完工，共清出淤泥三万多立方米。\n"
            "7 q% B4 M1 s8 k& W2 e5 Z c\n"
            "清淤后河道的行洪能力明显提高，汛期内涝的风险随之降低，沿河居民拍手称快。\n"
            "下一步，水务部门将在河道两岸种植花草，建设滨河步道，让河道成为市民休闲的好去处。\n")
    arts = articles(text)
    assert len(arts) == 1, [a.title for a in arts]
    assert "B4" not in arts[0].text and "滨河步道" in arts[0].text


def test_a_short_dense_page_after_a_page_of_spaced_paragraphs_is_its_own():
    """A page setting its paragraphs apart with blank lines, then a page of two long
    paragraphs with no blank between them and no headline: two articles."""
    spaced = "\n\n".join([
        "果农采摘季迎来好收成",
        "发布时间：2024-09-12 08:30 来源：县融媒体中心",
        "金秋九月，县里十万亩苹果陆续成熟，果园里到处是忙着采摘、分拣和装箱的果农，一派丰收景象。",
        "今年县里推广了矮化密植和水肥一体化技术，苹果个头大、着色好，亩产比去年提高了两成左右。",
        "为了帮果农卖上好价钱，县里组织电商企业进村收购，还开通了冷链专线，苹果两天就能运到南方城市。",
    ])
    dense = ("今年前八个月，全市外贸进出口总值同比增长百分之六点五，其中出口增长百分之八，"
             "增速比上半年加快一点二个百分点，机电产品和劳动密集型产品出口增长较快。\n"
             "总的来看，全市外贸保持了稳中向好的态势，但外部需求仍有不确定性，部分企业订单不足的问题依然存在，"
             "有关部门将继续落实稳外贸的各项政策措施。\n")
    arts = articles(spaced + "\n\n" + dense)
    assert len(arts) == 2, [a.title for a in arts]
    assert "外贸" not in arts[0].text and "外贸" in arts[1].text


def test_numbered_e_paper_items_each_opening_with_page_and_column_are_apart():
    """An e-paper archive lists a page's stories as numbered titles, each text opening with
    its page and column ('第1版(要闻)专栏:'): one article a story, however long its title."""
    text = ("2003-04-15\n第 1 版\n"
            "1. 西部干线铁路复线工程开工\n"
            "第1版(要闻)专栏:新闻简报 西部干线铁路复线工程开工 国家重点建设项目西部干线铁路复线工程昨天开工，"
            "工程全长六百公里，建成后运输能力将提高一倍。\n"
            "2. 沿海三省联合整治近海渔业资源禁渔期延长一个月渔民转产转业得到扶持\n"
            "第1版(要闻)专栏: 沿海三省联合整治近海渔业资源 沿海三省决定今年起联合整治近海渔业资源，禁渔期延长一个月，"
            "对转产转业的渔民给予补助。\n")
    arts = articles(text)
    assert len(arts) == 2, [a.title for a in arts]
    assert "禁渔期" not in arts[0].text and "禁渔期" in arts[1].text


def test_a_page_in_the_other_script_starts_a_new_article():
    """A page in traditional characters, then another site's page in simplified that opens
    with a plain paragraph, no headline: no page changes script between two paragraphs."""
    text = ("港口貨櫃吞吐量創新高\n\n"
            "發佈時間：2024-05-02 10:00\n\n"
            "港務局昨日公佈，上月港口貨櫃吞吐量達到一百八十萬個標準箱，按年增長百分之九，創歷史新高。\n\n"
            "港務局表示，吞吐量增長主要來自轉口貨物，東南亞航線的貨量上升最為明顯。\n\n"
            "業界認為，隨著新碼頭下半年投入使用，港口的處理能力還會進一步提高。\n\n"
            "全省今年新建改建农村公路三千公里，完成投资一百二十亿元，一批断头路、瓶颈路被打通。\n\n"
            "交通运输厅表示，明年将继续推进农村公路提档升级，让更多村民走上平坦路。\n")
    arts = articles(text)
    assert len(arts) == 2, [a.title for a in arts]
    assert "农村公路" not in arts[0].text and "农村公路" in arts[1].text


SPACED_PAGE = ("台里组织记者走基层\n\n2014-12-01    作者:    来源:\n\n"
               "11月28日上午，台长率领记者编辑走进社区，开展走基层活动。\n\n"
               "在社区，台长与志愿者及居民深入交流，了解他们对宣传工作的意见和建议。\n\n"
               "据了解，开展走基层活动，旨在发挥广播电视宣传主阵地作用。\n\n")
FOOTER = "某某市融媒体中心 版权所有 2025 苏ICP备05000000号\n\n苏公网安备 32000000000000号\n\n"
UNTITLED_PAGE = ("昨天(22日)下午，县委书记率队到河口镇调研乡村振兴工作，实地察看了茶园和民宿项目。\n"
                 "调研中，县委书记强调，要加快补齐基础设施短板，让群众在家门口增收。\n"
                 "县领导和相关部门负责人参加调研。\n")
CREDITS = "编辑:王小红\n审核:李明\n终审:张强\n\n"
ONE_PARAGRAPH_PAGE = ("9月12日，市委宣传部调研组来到我县融媒体中心，详细了解了新闻生产和平台运营情况。"
                      "调研组对中心今年以来的宣传工作给予充分肯定，希望继续讲好本地故事。\n\n")
TITLED_PAGE = ("县领导看望慰问新闻工作者\n2021-11-08 15:14:10  来源:县融媒体中心\n"
               "11月8日，第22个中国记者节，县委书记来到县融媒体中心看望慰问新闻工作者。\n")


def test_a_sites_footer_and_a_storys_editors_credits_end_their_pages():
    """A county site's dump: a spaced page ends on the site's footer, the next (copied from
    its first words) on its editor, reviewer and final-check credits, and the page after it
    is one paragraph with no headline."""
    arts = articles(SPACED_PAGE + FOOTER + UNTITLED_PAGE + CREDITS + ONE_PARAGRAPH_PAGE + TITLED_PAGE)
    assert len(arts) == 4, [a.title for a in arts]
    assert ["走基层" in arts[0].text, "茶园" in arts[1].text, "调研组" in arts[2].text] == [True] * 3
    assert "调研组" not in arts[1].text


def test_an_editors_credit_under_the_headline_ends_nothing():
    """Credits set above the text (under the headline) do not cut the headline from its story."""
    arts = articles("县委书记率队调研乡村振兴工作\n" + CREDITS + UNTITLED_PAGE)
    assert len(arts) == 1 and arts[0].title == "县委书记率队调研乡村振兴工作", [a.title for a in arts]


def test_a_signed_notice_ends_before_the_next_one_even_with_no_blank_line():
    """A crawler's dump with no blank line anywhere: a notice of numbered sections signed by its
    issuer and date, then the next notice's title and text. The signature closes the first
    notice, so the second's title is a new page's headline, not one more section's line."""
    first = ("关于开展城镇燃气安全隐患排查整治工作的通知\n"
             "各乡镇人民政府，县直有关单位：\n"
             "为切实加强城镇燃气安全管理，有效防范燃气安全事故，经县政府同意，决定在全县开展排查整治工作。\n"
             "一、排查范围。全县所有燃气经营企业、餐饮场所以及老旧小区燃气管道。\n"
             "二、工作要求。各单位要明确专人负责，于12月15日前将排查情况报县住房和城乡建设局。\n"
             "东山县住房和城乡建设局\n"
             "2024年11月2日\n")
    second = ("东山县2024年冬季供暖工作方案\n"
              "为保障全县居民温暖过冬，根据上级部门有关要求，结合我县实际，制定本方案。\n"
              "一、供暖时间。2024年11月15日至2025年3月15日。\n"
              "二、保障措施。供热企业要提前完成设备检修，储备足量燃煤，确保按时供暖。\n"
              "东山县人民政府办公室\n"
              "2024年11月5日\n")
    arts = articles(first + second)
    assert [a.title for a in arts] == ["关于开展城镇燃气安全隐患排查整治工作的通知", "东山县2024年冬季供暖工作方案"]
    assert [a.date for a in arts] == ["2024-11-02", "2024-11-05"]
    assert "供暖" not in arts[0].text


def test_a_spaced_page_after_a_dense_page_and_its_share_bar_is_its_own():
    """A page of paragraphs with no blank line between them, its share bar (cut as chrome), then
    a page with no headline setting its paragraphs apart with blank lines: the spacing turns
    where chrome was cut, so the second page is an article of its own."""
    dense = ("山区公路改造完成 沿线村民出行更方便\n"
             "记者从县交通局获悉，全长四十二公里的山区公路改造工程日前完工并通过验收，沿线八个村庄的村民出行时间缩短了一半。\n"
             "改造后的公路加宽到七米，新建了三座桥梁和十二处错车道，急弯处都装上了防护栏和反光镜。\n"
             "县交通局表示，下一步将把公路养护纳入村规民约，确保道路长期保持良好状态。\n"
             "分享到：微信 微博 QQ空间\n")
    spaced = "\n\n".join([
        "邻县新开通的城乡公交线路本周投入运营，沿线村民坐公交进城只要一块钱，出行时间缩短了一半。",
        "这条线路全长三十五公里，设二十个站点，每天发车十六班，首末班时间兼顾了学生上下学和赶集的需要。",
        "县交通局负责人介绍，今年还将开通四条公交线路，力争年底前实现行政村公交全覆盖。",
    ])
    arts = articles(dense + "\n" + spaced + "\n")
    assert len(arts) == 2, [a.title for a in arts]
    assert "邻县" not in arts[0].text and arts[1].text.startswith("邻县新开通")
