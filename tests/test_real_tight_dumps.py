"""Real pages (issue 25): site dumps whose pages follow each other with no blank line
between them. Texts are written for the tests, modelled on forms seen on real pages; none
is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

# a dense page whose last paragraph the crawler cut short, mid-clause
CUT_PAGE = ("河道清淤工程完工\n"
            "2024-06-03 09:12  来源:县水利局\n"
            "县城东河清淤疏浚工程日前全面完工，共清理河道淤泥三万余立方米。\n"
            "据介绍，工程自今年三月开工，施工单位采取分段围堰、机械清淤的方式推进，同时对沿岸"
            "破损护坡进行了修复，并在重点河段新建亲水步道两处，今后水利部门还将建立河道日常巡查机制，"
            "定期对河")


def test_a_page_cut_short_ends_where_the_next_page_runs_on_with_no_blank_line() -> None:
    """The next page's first paragraph, set right under the cut one, is not mended into it:
    it opens the next page's story."""
    text = (CUT_PAGE + "\n社区卫生服务中心开展义诊活动，为六十岁以上老人免费测量血压和血糖。\n"
            "活动当天共接待居民两百余人次，发放健康宣传资料五百余份。\n")
    arts = stories(text)
    assert len(arts) == 2, [(a.title, a.text[:30]) for a in arts]
    assert arts[0].text.endswith("定期对河")
    assert arts[1].text.startswith("社区卫生服务中心开展义诊活动")
    assert "清淤" not in arts[1].text


def test_the_next_pages_headline_right_under_a_page_cut_short_heads_its_story() -> None:
    """A headline set right under the cut paragraph, over its metadata and text, is the
    next page's, not a subheading of the cut story."""
    text = (CUT_PAGE + "\n东河沿岸绿道建成开放\n"
            "东河沿岸绿道全长六公里，沿河道两侧设有步道、骑行道和休息驿站，清淤后的河道水质明显改善。\n"
            "水利部门表示，今后将定期对河道和绿道进行巡查养护。\n")
    arts = stories(text)
    assert [a.title for a in arts] == ["河道清淤工程完工", "东河沿岸绿道建成开放"]
    assert arts[1].text.startswith("东河沿岸绿道全长六公里")


def test_a_photos_dated_credit_is_no_page_cut_short() -> None:
    """A caption ending on its photographer and the day the photo was taken stops on a
    date, not mid-clause: the story under it stays the caption's."""
    text = ("寒潮来袭 多地气温骤降\n"
            "2024年12月14日，市民在公园里冒着寒风晨练，不少人戴上了帽子和手套，"
            "气象部门提醒公众注意防寒保暖。本报记者王某某摄 2024年12月14日\n"
            "受冷空气影响，本市今明两天最低气温将降至零下五摄氏度，部分地区有小雪。\n"
            "气象台已发布寒潮蓝色预警，提醒市民减少户外活动。\n")
    arts = stories(text)
    assert len(arts) == 1, [(a.title, a.text[:30]) for a in arts]


# a dense page whose excerpt was cut a few words into its last paragraph: too short to read
# as text, the cut line has a title's shape
SHORT_CUT_PAGE = ("夜市摊位统一更换新招牌\n"
                  "2024-05-20 18:30  来源:区融媒体中心\n"
                  "老街夜市近日完成改造，一百二十个摊位统一更换了新招牌和照明灯具。\n"
                  "市场管理方表示，改造后的夜市营业时间延长到凌晨一点。\n"
                  "不少摊主反映生意比改造前好了，周末晚上的客流明显增加")


def test_a_page_cut_a_few_words_into_its_last_paragraph_ends_there() -> None:
    """The cut line, short and without a full stop, is no headline over the next page's
    text: it goes on with its own story, and the next page is a story of its own."""
    text = (SHORT_CUT_PAGE + "\n省运会游泳比赛在市体育中心开赛，来自十四个代表队的三百多名运动员参赛。\n"
            "本次比赛共设男女四十个小项，赛程持续五天。\n")
    arts = stories(text)
    assert len(arts) == 2, [(a.title, a.text[:30]) for a in arts]
    assert arts[0].text.endswith("周末晚上的客流明显增加")
    assert arts[1].text.startswith("省运会游泳比赛") and "夜市" not in arts[1].title + arts[1].text


def test_a_headline_with_a_comma_right_under_the_page_above_heads_its_story() -> None:
    """A headline holding a comma, set right under the page above with no blank line, is
    restated by its own story's opening: it stays that story's headline."""
    text = ("夜市摊位统一更换新招牌\n老街夜市近日完成改造，一百二十个摊位统一更换了新招牌和照明灯具。\n"
            "市场管理方表示，改造后的夜市营业时间延长到凌晨一点。\n"
            "省运会游泳比赛开赛,三百多名运动员同场竞技\n"
            "省运会游泳比赛在市体育中心开赛，来自十四个代表队的三百多名运动员参赛。\n"
            "本次比赛共设男女四十个小项，赛程持续五天。\n")
    arts = stories(text)
    assert [a.title for a in arts][-1] == "省运会游泳比赛开赛,三百多名运动员同场竞技"


def test_a_page_cut_mid_clause_in_a_paragraph_of_middling_length_ends_there() -> None:
    """A last paragraph cut under eighty characters, read as text, that holds a finished
    clause before the cut one: the next page's first line under it opens that page."""
    text = ("夜市摊位统一更换新招牌\n"
            "2024-05-20 18:30  来源:区融媒体中心\n"
            "老街夜市近日完成改造，一百二十个摊位统一更换了新招牌和照明灯具。\n"
            "市场管理方表示，改造后的夜市营业时间延长到凌晨一点，同时增加了公共座椅、垃圾分类投放点"
            "和免费充电设施，方便市民夜间出行和消费，也让摊主\n"
            "省运会游泳比赛在市体育中心开赛，来自十四个代表队的三百多名运动员参赛。\n"
            "本次比赛共设男女四十个小项，赛程持续五天。\n")
    arts = stories(text)
    assert len(arts) == 2, [(a.title, a.text[:30]) for a in arts]
    assert arts[0].text.endswith("也让摊主")
    assert arts[1].text.startswith("省运会游泳比赛")
