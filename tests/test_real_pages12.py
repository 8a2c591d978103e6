"""Real pages (issue 25), round eleven continued: leads dated in full, a paper's credit over
the next headline, counters, a channel under its headline, dates glued to mastheads. Texts are
written for the tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import one, stories


def test_a_lead_dated_in_full_dates_the_story() -> None:
    """'【2022年09月28日訊】(某某記者甲乙山景城報導)' opens an overseas paper's report."""
    a = one("重拾美國夢 某某競選市議員\n\n【2022年09月28日訊】(某某時報記者甲乙山景城報導)某某移民美國,"
            "在山景城生活了二十年。\n她擁有化學博士學位,現任一家能源公司的高級經理。\n")
    assert (a.date, a.source) == ("2022-09-28", "某某時報")


def test_a_papers_credit_then_the_next_dated_headline() -> None:
    """'《某某晚报》' credits the story above it; the date set apart under it belongs to the
    next story, not to the text above."""
    arts = stories("Tuesday, 20 December 2016\n\n圣诞人潮料涌市区\n\n今年圣诞,市区主要街道料将人山人海。\n"
                   "警方呼吁公众保持警惕。\n\n《某某晚报》\n\nSunday, 18 December 2016\n\n两国提升跨境通勤便利\n\n"
                   "两国领导人探讨多项加强互联互通的合作项目,为人民提供更多便利。\n")
    assert [(a.title, a.date, a.source) for a in arts] == [
        ("圣诞人潮料涌市区", "2016-12-20", "某某晚报"), ("两国提升跨境通勤便利", "2016-12-18", None)]


def test_a_listed_headline_with_its_view_count_and_date() -> None:
    """'连夜除雪保畅通 44,541 2024年01月17日': a headline, how often it was read, its date."""
    a = one("02\n\n连夜除雪保畅通 44,541 2024年01月17日\n\n"
            "1月16日凌晨2点,城区开始降雪,环卫中心随即组织联合作业,清扫主干道积雪。\n")
    assert (a.title, a.date) == ("连夜除雪保畅通", "2024-01-17")


def test_an_elder_mode_switch_is_chrome() -> None:
    """Government sites offer an elder-friendly mode: '退出长者模式' above the headline."""
    a = one("退出长者模式\n省政府部署二季度安全生产工作\n发布日期:2017-04-07  来源:某某日报\n"
            "  6日,省政府召开安委会工作会议,部署二季度全省安全生产工作。\n")
    assert a.title == "省政府部署二季度安全生产工作"
    assert (a.date, a.source) == ("2017-04-07", "某某日报")
    assert "长者模式" not in a.text


def test_a_bracketed_lead_with_the_place_it_was_filed_from() -> None:
    """'【某某网白银电】(记者 甲乙)' names the site and where the report was filed."""
    a = one("赛场挥洒激情\n\n【某某天水网白银电】(记者 甲乙)赛场挥洒激情,汗水记忆青春。8月21日下午,"
            "省运会田径比赛在白银举行。\n")
    assert a.source == "某某天水网"


def test_a_date_beside_the_paper_and_its_section() -> None:
    """'2024-02-21  某某日报/国内': the date and the paper, with the paper's section."""
    a = one("华堂造访两所华小\n\n2024-02-21  某某日报/国内\n\n整理:甲乙\n\n"
            "会馆代表日前造访两所华小,派发红包并与师生交流。\n")
    assert (a.date, a.source) == ("2024-02-21", "某某日报")


def test_photo_captions_credited_in_brackets_stay_with_the_story() -> None:
    """'示威者(摄影:某某)' under a photo, and '(同上)' (ditto) under the next: captions of
    the story's photos, never a story of their own."""
    arts = stories("港人集会反对改建旧铸币厂\n\n英国时间2月8日下午,数千名示威者在伦敦集会,反对改建旧铸币厂。\n"
                   "近四千人出席集会(摄影:某某)\n(同上)\n示威者(摄影:某某)\n\n"
                   "示威者举起标语,呼吁市政府否决改建计划。\n")
    assert len(arts) == 1
    assert "(同上)" not in arts[0].text and "摄影" not in arts[0].text


def test_the_channel_under_the_headline_is_neither_headline_nor_text() -> None:
    """'在某国某国新闻' under the headline names the channel the story is filed under."""
    a = one("某州州长:新年快乐\n\n在某国某国新闻\n\n\n值此农历新年之际,我向大家致以佳节的美好祝愿。\n"
            "今年的新年庆祝方式将与往年有所不同。\n")
    assert a.title == "某州州长:新年快乐"
    assert "某国新闻" not in a.text


def test_a_headline_over_its_channel_opens_the_next_page_of_a_dump() -> None:
    """After a dated story, a headline, the channel it is filed under and its text start the
    next page of a dump: the channel line does not hide the headline."""
    arts = stories("医生等了三年仍拿不到移民身份\n\n某某网 2026-02-12\n\n"
                   "一名从外国搬来的医生三年来照顾了两千多名病人,移民申请却两次被拒。\n"
                   "他说,当初来这里行医是因为这里急缺医护人员,没想到身份问题一拖就是三年。\n"
                   "移民部门表示,每一份申请都会依照规定审查,但拒绝透露个案细节。\n"
                   "医生协会呼吁政府简化外国医生的移民程序,让他们能安心留下来工作。\n\n"
                   "某州州长:辛丑年新年快乐\n\n在某国某国新闻\n\n"
                   "值此农历新年之际,我向大家致以佳节的美好祝愿。金鼠辞岁,福牛拱门。\n")
    assert [a.title for a in arts] == ["医生等了三年仍拿不到移民身份", "某州州长:辛丑年新年快乐"]


def test_a_date_glued_before_the_papers_name() -> None:
    """'2023年4月4日某某手机报': a mobile paper's masthead, its day then its name."""
    a = one("2023年4月4日某某手机报\n\n清明祭英烈\n\n4月4日上午,烈士陵园哀乐回荡,各界群众前来祭扫。\n")
    assert (a.title, a.date, a.source) == ("清明祭英烈", "2023-04-04", "某某手机报")


def test_a_date_glued_before_a_headline_is_no_masthead() -> None:
    """'2024年3月5日全市召开安全生产会议' opens on a date but is a headline, not a masthead."""
    a = one("2024年3月5日全市召开安全生产会议\n\n会议部署了二季度全市安全生产工作,要求各地各部门压实责任。\n")
    assert (a.title, a.source) == ("2024年3月5日全市召开安全生产会议", None)


def test_a_blogs_chinese_date_header_dates_the_post() -> None:
    """Blogger's Chinese locale writes '星期一, 8月 17, 2009' above a post."""
    a = one("網頁\n\n星期一, 8月 17, 2009\n\n賑濟水災災民 僑團動起來\n\n"
            "大波士頓地區熱心人士為濟助水災受害者,這兩天已陸續動起來,多個僑團發起募款。\n")
    assert (a.title, a.date) == ("賑濟水災災民 僑團動起來", "2009-08-17")


def test_a_bulleted_news_date_key_is_metadata() -> None:
    """'- 新聞日期:…' under the headline is metadata, never the headline."""
    a = one("形象圖\n議會總質詢道具出籠\n- 新聞日期:2009-06-11\n"
            "縣議會定期會於昨日繼續縣政總質詢,由議長主持,縣長率相關局室首長列席備詢。\n")
    assert (a.title, a.date) == ("議會總質詢道具出籠", "2009-06-11")


def test_a_wire_and_where_its_reporter_filed_from() -> None:
    """'某某社   巴黎记者:某某' under the headline: a byline naming the wire."""
    a = one("欧华俱乐部巴黎成立\n\n某某社   巴黎记者:甲乙丙\n\n"
            "经过一年的筹备,一批来自欧洲多国的华裔社会精英3日聚首巴黎,宣告成立俱乐部。\n")
    assert (a.title, a.source) == ("欧华俱乐部巴黎成立", "某某社")
    assert "记者" not in a.text


def test_a_print_toolbar_and_a_bracketed_credit_line_end_a_page() -> None:
    """In a dump, a story ends on its credits in brackets ('(图文:某某 审核:某某)'); the next
    page opens on a print toolbar, then its headline, its date and photo captions. The
    credits and the toolbar are chrome, and the dated headline opens the next story."""
    arts = stories("县里召开第52次周交办会议\n来源: 某某网    信息时间:2022-08-22\n\n"
                   "8月22日,县长主持召开县委县政府重点工作第52次周交办会议,听取各部门工作汇报。\n\n\n"
                   "(图文:甲乙丙 审核:丁戊)\n\n"
                   "打印纸张 字号选择:超大 行高 带图打印 返回原文\n\n"
                   "跨年夜 他们坚守岗位!\n\n2020年01月01日 21:58\n\n"
                   "民警甲乙即将退休,这个跨年夜,他主动要求值班。新华社记者 丙丁 摄\n\n"
                   "跨年夜,交管支队增派警力,保障活动地点周边道路畅通。新华社记者 丙丁 摄\n")
    assert [(a.title, a.date) for a in arts] == [("县里召开第52次周交办会议", "2022-08-22"),
                                                  ("跨年夜 他们坚守岗位!", "2020-01-01")]
    assert "审核" not in arts[0].text and "打印" not in arts[1].text


def test_a_dateline_with_its_day_in_chinese_numerals_opens_a_page() -> None:
    """'某某社悉尼二月十八日電 …' opens a wire report written with Chinese numerals; in a dump
    it starts the next page even with no headline over it."""
    arts = stories("僑委會處長升任大使\n\n2019-02-15\n\n原任處長某某升任駐外大使,將於下月赴任。\n"
                   "僑委會表示,新任處長人選將儘快公布,並感謝某某多年來對僑務工作的付出。\n"
                   "某某曾任多地僑務秘書,熟悉當地僑社事務。\n\n"
                   "某某社悉尼二月十八日電 今天是農歷大年初一,悉尼市長上午親臨唐人街向華僑華人拜年。\n"
                   "市長說,謹代表市議會向華僑華人拜年,祝大家新年快樂。\n")
    assert len(arts) == 2
    assert arts[1].text.startswith("某某社悉尼二月十八日電") and arts[1].source == "某某社"
