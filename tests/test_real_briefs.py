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
    assert [a.title for a in got] == ["本周简讯", "为做好冬季用电保障", "镇中心小学举行校园开放日活动",
                                      "在重阳节来临之际"]  # titled by their words, not '◆ 10月10日'


def test_reporters_credits_open_a_feed_of_reports():
    """A tag page's reports, each opening on a bracketed credit, the second under no headline."""
    reports = [
        "【记者林某某/基隆报导】强降雨今天清晨袭击港区,两条主要道路积水及膝,消防局出动抽水机协助排水。",
        "【记者林某某/基隆报导】受豪雨影响,市区三所小学今天停课一天,市府表示将视雨势决定明天是否复课。",
        "【综合报导】气象署下午解除大雨特报,但提醒山区民众仍须留意落石与坍方,非必要不要前往山区。",
    ]
    got = stories("基隆豪雨 港区道路积水及膝\n" + "\n".join(reports) + "\n")
    assert [a.text for a in got] == reports
    assert [a.title for a in got] == ["基隆豪雨 港区道路积水及膝", "【记者林某某/基隆报导】受豪雨影响",
                                      "【综合报导】气象署下午解除大雨特报"]


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
    assert [a.title for a in got] == ["【国内】", "省气象台20日发布寒潮蓝色预警", "【国际】",
                                      "4、19日晚,市足球队在主场以二比一战胜来访球队,赛季积分升…"]


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


def _one_story(page: str, point: str) -> None:
    """*page* parses into one story under its headline, holding *point*."""
    got = stories(page)
    assert [a.title for a in got] == [page.split("\n")[0]] and point in got[0].text


def test_a_storys_bulleted_points_under_its_headline_and_date_stay_in_it():
    """Review finding: a policy's '◆' points right under its headline and date go on with the
    headline's words ('就业'): the story's own points, not briefs."""
    _one_story("我县出台稳就业八条措施\n2024-05-08 来源:县政府网站\n"
               "◆对新招用高校毕业生的小微企业,按每人一千元标准给予一次性吸纳就业补贴,政策执行至年底。\n"
               "◆对就业困难人员灵活就业的,按规定给予社会保险补贴,补贴期限最长不超过三年,由人社部门受理。\n"
               "◆支持返乡人员创业,对首次创办小微企业并正常经营一年以上的,给予三千元一次性创业补贴。\n",
               "支持返乡人员创业")


def test_a_storys_numbered_measures_with_deadlines_stay_in_it():
    """Review finding: numbered measures carry deadlines ('6月10日前'), no day they report."""
    _one_story("我县出台防汛六项措施\n2024-06-06 来源:县政府网站\n"
               "1、6月5日起,各级防汛指挥机构进入汛期工作状态,实行二十四小时值班制度,确保信息畅通。\n"
               "2、6月10日前,各乡镇完成对辖区内易涝点和在建工地的排查,建立问题清单并逐一落实整改。\n"
               "3、6月15日前,县水务局完成主要排水管网清淤疏浚,对泵站设备进行检修,确保防汛正常运行。\n",
               "县水务局完成主要排水管网")


def test_a_notices_bracketed_points_stay_in_it():
    """Review finding: a notice's '(1)(2)(3)' points, deadlines in them, are one notice."""
    _one_story("某县人民政府关于做好春节期间有关工作的通知\n2024-01-16\n"
               "(1)1月20日前,各部门要全面开展安全生产大检查,重点排查人员密集场所、燃气管道和烟花销售点。\n"
               "(2)春节期间,各级领导干部要坚持值班制度,1月28日至2月5日实行二十四小时值班,确保信息畅通。\n"
               "(3)各乡镇要在节前做好困难群众走访慰问,1月25日前将慰问金发放到位,确保群众温暖过春节。\n",
               "困难群众走访慰问")


def test_a_threads_replies_under_its_topic_stay_in_it():
    """Review finding: '@name:' replies under a thread's topic and date are that thread."""
    _one_story("网友热议:老楼加装电梯费用怎么分\n2024-04-02 来源:城东网\n"
               "@老王:我们楼里住的大多是老人,加装电梯是好事,但费用分摊一直谈不拢,高层低层意见差得远。\n"
               "@小雨:建议按楼层系数分摊,一楼二楼少出或者不出,楼层越高出得越多,这样大家都容易接受。\n"
               "@街坊:政府有补贴就好办了,听说今年每部电梯最多能补二十万元,剩下的再商量着分摊就行。\n",
               "按楼层系数分摊")


def test_a_storys_points_under_a_subheading_stay_in_it():
    """Review finding: bullets under a mid-story subheading ('主要措施'), after the lead."""
    _one_story("我县出台稳就业八条措施 助力企业扩岗\n2024-05-08 来源:县政府网站\n"
               "县政府今天召开新闻发布会,发布稳就业八条措施,从扩岗补助、社保补贴、创业扶持等方面加大支持。\n"
               "主要措施\n"
               "●对新招用高校毕业生的小微企业,按每人一千元标准给予一次性扩岗补助,政策执行至今年年底。\n"
               "●对就业困难人员灵活就业的,按规定给予社会保险补贴,补贴期限最长不超过三年,由人社部门受理。\n"
               "●支持返乡人员创业,对首次创办小微企业并正常经营一年以上的,给予三千元一次性创业补贴。\n"
               "县人社局表示,将确保各项政策尽快落地见效。\n",
               "县人社局表示")
