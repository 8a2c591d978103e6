"""Real pages (issue 25): a briefs page whose items have no headline, each opening in the same
shape (a bullet, a bracketed reporter's credit, '@name:', a running number), is one story an
item; a story's own points keep together. Texts are written for the tests, modelled on those
forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

BULLETED = [
    "◆10月8日,我镇在文化站召开秋收秋种工作推进会,各村负责人汇报了收割进度和农机调配情况。",
    "◆为做好冬季用电保障,10月9日,供电所组织人员对全镇十二条线路开展巡查,更换老化电杆六根。",
    "◆ 10月10日,镇中心小学举行校园开放日活动,两百多名家长走进课堂,观摩了科学课和书法课。",
    "◆在重阳节来临之际,镇敬老院组织志愿者为老人包饺子、理发,并送去棉被和保暖内衣等慰问品。",
]


def test_bulleted_briefs_under_their_heading_are_stories_each():
    """A county paper's 'news in brief': four items each opening on '◆', under the column's
    heading. A reader asking about the school's open day got the whole column before."""
    got = stories("本周简讯\n" + "\n".join(BULLETED) + "\n")
    assert [a.text for a in got] == BULLETED


def test_reporters_credits_open_a_feed_of_reports():
    """A tag page's reports, each opening on a bracketed credit, the second under no headline."""
    reports = [
        "【记者林某某/基隆报导】强降雨今天清晨袭击港区,两条主要道路积水及膝,消防局出动抽水机协助排水。",
        "【记者林某某/基隆报导】受豪雨影响,市区三所小学今天停课一天,市府表示将视雨势决定明天是否复课。",
        "【综合报导】气象署下午解除大雨特报,但提醒山区民众仍须留意落石与坍方,非必要不要前往山区。",
    ]
    got = stories("基隆豪雨 港区道路积水及膝\n" + "\n".join(reports) + "\n")
    assert [a.text for a in got] == reports


def test_numbered_briefs_that_each_report_a_day_are_stories():
    """A morning digest's numbered items, under section labels: each reports what happened on a
    day ('20日', '当地时间19日'), so each is a story of its own."""
    items = [
        "1、20日上午,新建的跨江大桥正式通车,两岸居民往来时间由四十分钟缩短到十分钟左右。",
        "2、省气象台20日发布寒潮蓝色预警,预计未来三天全省气温将下降八到十度,请注意防寒。",
        "3、当地时间19日,南美某国首都发生五点八级地震,目前尚无人员伤亡报告,部分建筑受损。",
        "4、19日晚,市足球队在主场以二比一战胜来访球队,赛季积分升至联赛第三位,球迷欢呼。",
    ]
    page = "新闻早餐\n【国内】\n" + "\n".join(items[:2]) + "\n【国际】\n" + "\n".join(items[2:]) + "\n"
    got = stories(page)
    assert len(got) == 4 and all(any(t in a.text for a in got) for t in items)


def test_a_storys_bulleted_points_under_its_lead_stay_in_it():
    """A story whose lead is followed by points each opening on '●', as long as briefs: the
    points are the story's, set under its own text, not under a list's heading."""
    page = ("全市推出惠民措施 市民出行更便利\n2024年5月6日\n"
            "市政府今天公布一批惠民措施,涉及交通、医疗和教育,将从下月起陆续实施,主要内容如下。\n"
            "●公交线路全面调整,新开十条社区接驳线,早晚高峰加密班次,并在地铁站口增设站点,方便市民换乘地铁出行。\n"
            "●社区医院延长门诊时间至晚上八时,并增设周末门诊和网上预约,居民就近看病不用再一早排长队挂号了。\n"
            "●中小学课后服务覆盖全市所有学校,家长可在网上报名选择项目,费用由财政补贴一半,减轻家庭负担。\n"
            "市政府表示,措施实施后将听取市民意见,适时调整。\n")
    got = stories(page)
    assert len(got) == 1 and "社区医院延长门诊时间" in got[0].text


def test_a_documents_numbered_clauses_stay_in_it():
    """A government rule's numbered clauses under its title state no day: one document."""
    page = ("某县人民政府议事规则\n2024-04-06\n"
            "1、县政府全体会议由县长、副县长和各部门主要负责人组成,由县长召集和主持会议,一般每季度召开一次。\n"
            "2、县政府常务会议讨论决定县政府工作中的重要事项,一般每月召开一次,必要时可由县长决定临时召开。\n"
            "3、提请会议讨论的议题,由分管副县长协调或审核后提出,报县长确定后列入会议议程并提前印发。\n")
    got = stories(page)
    assert len(got) == 1 and "提请会议讨论的议题" in got[0].text


def test_a_storys_short_summary_points_under_its_headline_stay_in_it():
    """Short points over a story's text ('■…' under the headline) are its summary, not briefs."""
    page = ("新区三年建设规划出台\n2024-03-02\n"
            "■三年新建学校十二所,新增学位一万五千个以上。\n"
            "■新建公园二十个,绿道总长度达到一百公里。\n"
            "■地铁两条线路开工建设,二〇二七年通车。\n"
            "新区管委会昨天发布未来三年建设规划,提出以教育、生态和交通为重点,补齐公共服务短板。\n")
    got = stories(page)
    assert len(got) == 1 and "地铁两条线路开工建设" in got[0].text
