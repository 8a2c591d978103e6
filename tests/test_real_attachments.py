"""Real pages (issue 25): a government notice that issues a document ('现将《…》印发给你们')
prints it under its signature: the document's title, then its parts. A reader asking about
what the document says must get the notice, with its date and issuer, not a headless part
of it. Texts are written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories

NOTICE = """某某市人民政府办公室关于印发《某某市社区食堂建设管理办法》的通知

发布日期:2023-04-12  来源:某某市人民政府办公室

各区县人民政府,市政府各部门:

经市政府同意,现将《某某市社区食堂建设管理办法》印发给你们,请结合实际认真贯彻执行。

某某市人民政府办公室
2023年4月10日

某某市社区食堂建设管理办法

为方便老年人就近用餐,规范社区食堂的建设和运营,根据有关规定,结合本市实际,制定本办法。

第一章 总则

第一条 本办法所称社区食堂,是指在社区内为居民特别是老年人提供平价餐食的服务场所。

第二条 社区食堂按照政府引导、社会参与、自愿就餐的原则建设,每个街道至少设置一处。
"""


def test_a_notice_keeps_the_document_it_issues():
    """The document's title and its first chapter stay under the notice: one article, titled,
    dated and sourced by the notice, that holds the document's articles."""
    got = one(NOTICE)
    assert got.title == "某某市人民政府办公室关于印发《某某市社区食堂建设管理办法》的通知"
    assert got.date == "2023-04-12" and got.source == "某某市人民政府办公室"
    assert "每个街道至少设置一处" in got.text and "为方便老年人就近用餐" in got.text


def test_a_traditional_notice_keeps_its_attachment():
    """The same form in traditional script ('印發給你們'), the document titled without its city."""
    page = ("某某縣人民政府關於印發某某縣山林防火巡查實施細則的通知\n\n發佈日期:2021-11-03\n\n"
            "各鄉鎮人民政府,縣政府各部門:\n\n現將《某某縣山林防火巡查實施細則》印發給你們,請認真遵照執行。\n\n"
            "某某縣人民政府\n2021年11月1日\n\n山林防火巡查實施細則\n\n"
            "為落實森林防火責任,及早發現火情,根據上級有關要求,結合本縣山區實際,制定本細則。\n\n"
            "各鄉鎮每天安排護林員巡山兩次,在防火期內遇大風天氣須增加巡查頻次並如實登記。\n")
    got = one(page)
    assert got.title.startswith("某某縣人民政府關於印發") and got.date == "2021-11-03"
    assert "護林員巡山兩次" in got.text


def test_the_next_page_under_a_notice_is_no_attachment():
    """Negative: a notice that hands a document on but prints only a link to it, then in a site's
    dump the next page, undated, under a headline of its own words: two articles, the story not
    glued to the notice (only the document's title or its first part goes back under it)."""
    page = ("某某区教育局关于印发《校园午餐配送规范》的通知\n\n发布日期:2024-03-05\n\n各中小学:\n\n"
            "现将《校园午餐配送规范》印发给你们,请遵照执行。\n\n附件:校园午餐配送规范.doc\n\n某某区教育局\n2024年3月4日\n\n"
            "城西小学塑胶操场启用 学生举行接力赛\n\n"
            "城西小学新建的塑胶操场昨天正式启用,学生们在新操场上举行了一场班级接力赛,家长们在场边加油。\n\n"
            "校长表示,操场面积比原来扩大了一倍,下学期还将增设篮球场和器械区。\n")
    got = stories(page)
    assert len(got) == 2 and "塑胶操场" not in got[0].text and got[1].title.startswith("城西小学")


def test_a_notice_then_the_next_page_with_its_own_date_stays_apart():
    """Negative: in a site's dump, a notice, its document, then the next page's dated story
    opening on a numbered headline ('一、…' is how a document's first part opens, not a dated page)."""
    page = NOTICE + ("\n一、城区公交线路调整 新增两条夜班线\n\n发布日期:2023-04-13\n\n"
                     "市交通局今天宣布,从下周一起调整城区五条公交线路,并新增两条夜班线路,方便夜间出行的市民。\n\n"
                     "新线路每晚十点至次日凌晨一点运营,发车间隔二十分钟。\n")
    got = stories(page)
    assert len(got) == 2
    assert got[1].date == "2023-04-13" and "夜班线路" in got[1].text and "夜班线路" not in got[0].text


def test_a_feature_with_numbered_parts_quoting_a_notice_keeps_the_next_page_apart():
    """Break-it: a story in numbered parts that quotes a notice handing a plan on (so the rule
    reads it), then in a site's dump the next page, undated, headed by a few words of the plan's
    name: the story keeps its parts and date, the next page stays its own."""
    feature = ("老街改造这一年\n\n2024-06-01 来源:某某日报\n\n"
               "一年前,这条老街还是电线乱拉、路面坑洼的样子,如今青石板路铺到了每家门口。\n\n"
               "区政府办公室当时的通知写道:现将《某某区老街改造实施方案》印发给你们,请认真组织实施。\n\n"
               "一、先听居民怎么说\n\n改造前,街道办挨家挨户发放问卷,收回意见三百多条,最多的是停车和排水。\n\n"
               "二、老房子修旧如旧\n\n施工队保留了临街的木门窗,只把朽坏的构件换成同样式样的新料。\n\n责任编辑:王小明\n\n"
               "老街改造\n\n住在老街口的李阿姨说,改造后她家的小卖部生意比以前好了,周末游客特别多。\n\n"
               "她打算明年把二楼收拾出来,开一间能喝茶看街景的小茶室。\n")
    got = stories(feature)
    assert len(got) == 2 and "修旧如旧" in got[0].text and got[0].date == "2024-06-01"
    assert got[1].title == "老街改造" and "李阿姨" not in got[0].text


def test_a_page_headed_by_part_of_the_document_s_name_stays_apart():
    """Negative: a notice hands on 《某某市老旧小区改造实施方案》 as a link only; the next page of
    the dump, undated, is headed '老旧小区改造' (a part of the name, no tail of it) or '实施方案'
    (too short a tail): two articles."""
    page = ("某某市人民政府办公室关于印发《某某市老旧小区改造实施方案》的通知\n\n发布日期:2023-04-12\n\n"
            "各区县人民政府:\n\n现将《某某市老旧小区改造实施方案》印发给你们,请认真贯彻执行。\n\n"
            "附件:某某市老旧小区改造实施方案.pdf\n\n某某市人民政府办公室\n2023年4月10日\n\n老旧小区改造\n\n"
            "城南一位居民说,家门口的老旧小区改造让楼道亮了,电梯也装上了,生活方便了许多。\n\n"
            "社区书记介绍,今年全区还将有二十个小区开工改造,涉及居民八千余户。\n")
    for head in ("老旧小区改造", "实施方案"):  # a tail of four Han ('实施方案') names no document either
        got = stories(page.replace("\n\n老旧小区改造\n\n", f"\n\n{head}\n\n"))
        assert len(got) == 2 and got[1].title == head and "城南一位居民" not in got[0].text


def test_a_notice_s_own_title_names_no_document_without_its_issuing_word():
    """Negative: '关于做好防汛工作的通知' issues 《某某区防汛应急预案》; the next page, titled '防汛工作',
    is no part of the notice (its title names a document only when it holds 印发)."""
    page = ("某某区应急管理局关于做好防汛工作的通知\n\n发布日期:2023-05-12\n\n各街道办事处:\n\n"
            "现将《某某区防汛应急预案》印发给你们,请认真执行。\n\n某某区应急管理局\n2023年5月10日\n\n防汛工作\n\n"
            "沿河社区的张大爷说,往年一下大雨家门口就积水,今年排水管道改造后再没淹过。\n\n"
            "社区干部介绍,汛期前已组织居民开展了两次转移演练。\n")
    for head in ("防汛工作", "做好防汛工作"):  # the second a tail of the title's words
        got = stories(page.replace("\n\n防汛工作\n\n", f"\n\n{head}\n\n"))
        assert len(got) == 2 and got[1].title == head and "张大爷" not in got[0].text


def test_a_sourced_page_under_the_document_s_name_stays_apart():
    """Negative: the next page is headed by the document's full name but names its own source (a
    paper's report on it): it is not the attachment."""
    page = ("某某区教育局关于印发《校园午餐配送规范》的通知\n\n发布日期:2024-03-05\n\n各中小学:\n\n"
            "现将《校园午餐配送规范》印发给你们,请遵照执行。\n\n某某区教育局\n2024年3月4日\n\n"
            "校园午餐配送规范\n\n来源:某某晚报\n\n"
            "记者从区教育局获悉,全区中小学午餐配送将统一执行新规范,配送车辆须每日消毒并全程冷链。\n\n"
            "家长代表表示,新规范让孩子在学校吃得更放心。\n")
    got = stories(page)
    assert len(got) == 2 and got[1].source == "某某晚报" and "家长代表" not in got[0].text


def test_a_document_printed_without_its_title_stays_under_the_notice():
    """A notice prints its document with no title, from its first chapter (or its first numbered
    part) on: that part goes back under the notice."""
    head = ("某某县人民政府办公室关于印发《某某县农村公路养护办法》的通知\n\n发布日期:2022-08-16\n\n"
            "各乡镇人民政府:\n\n现将《某某县农村公路养护办法》印发给你们,请认真贯彻执行。\n\n"
            "某某县人民政府办公室\n2022年8月15日\n\n")
    for first, last in (("第一章 总则\n第一条 为加强农村公路养护管理,保障农村公路完好畅通,结合本县实际,制定本办法。",
                         "第二条 本办法适用于本县行政区域内县道、乡道和村道的养护管理。"),
                        ("一、养护责任\n各乡镇负责本辖区乡道和村道的日常养护,县交通运输局负责县道的技术指导。",
                         "二、资金保障\n县财政每年安排农村公路养护专项资金,列入年度预算。")):
        got = one(f"{head}{first}\n{last}\n")
        assert got.date == "2022-08-16" and last.split("\n")[-1] in got.text
