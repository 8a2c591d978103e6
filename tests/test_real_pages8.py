"""Real pages (issue 25), round twelve: where one page of a crawler's dump ends when the
crawler cut it short mid-sentence, and when two dense pages meet. Texts are written for the
tests, modelled on forms seen on real pages; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import stories

# a spaced page: paragraphs set apart by blank lines; its last paragraph stops mid-clause
SPACED_CUT = ("本市今年新建的十二座口袋公园已全部向市民开放，园内设有健身步道和儿童游乐设施。\n\n"
              "市园林局负责人介绍，口袋公园选址充分听取了周边居民的意见，优先利用闲置边角地块，"
              "今后还将结合老旧小区改造和背街小巷整治，在人口密集的老城街区陆续建设一批小型绿地，让居民出门")

# a dense page: paragraphs one under the other, with no blank line between them
DENSE_CUT = ("本市今年新建的十二座口袋公园已全部向市民开放，园内设有健身步道和儿童游乐设施。\n"
             "市园林局负责人介绍，口袋公园选址充分听取了周边居民的意见，优先利用闲置边角地块。\n"
             "今后还将结合老旧小区改造，在人口密集的街区陆续建设一批小型绿地，方便居民就近休闲，"
             "同时完善公园的照明、座椅、饮水点和公共厕所等配套设施，并安排专人负责日常养护，让居民出门")

# a spaced page before them, so the dump is not dense as a whole
SPACED = ("图书馆延长开放时间\n\n市图书馆从下月起延长周末开放时间，每天闭馆时间推迟到晚上九点。\n\n"
          "图书馆负责人表示，此举是为了方便上班族和学生利用周末时间阅读和自习。\n\n"
          "延长开放期间，自习室和少儿阅览室照常开放，借还书服务不受影响。\n\n")


def _opening(arts: list, words: str) -> int:
    """The index of the article whose text opens with *words*."""
    return next(i for i, a in enumerate(arts) if a.text.startswith(words))


def test_a_spaced_page_cut_short_is_not_mended_with_the_next_pages_report() -> None:
    """The next page opens '9月3日，…': it is not the rest of the cut sentence, so the two
    pages stay apart and the cut paragraph is not joined to the next page's lead."""
    arts = stories(SPACED_CUT + "\n\n9月3日，县消防救援大队走进第二中学开展消防安全演练，"
                   "全校一千二百余名师生参加。\n\n演练结束后，消防员向学生讲解了灭火器的使用方法。\n")
    assert len(arts) == 2
    first, second = arts[0], arts[_opening(arts, "9月3日")]
    assert first.text.endswith("让居民出门")
    assert "口袋公园" not in second.text


def test_a_dense_page_cut_short_ends_where_the_next_page_starts() -> None:
    """A dense page whose last line stops mid-clause, a blank line, then another page's
    paragraphs: two articles, each with its own text only."""
    arts = stories(SPACED + DENSE_CUT + "\n\n省气象台预计，受冷空气影响，本周后期全省将有一次明显降温过程，"
                   "最低气温将降至零度以下。\n气象专家提醒，市民要及时添衣保暖，农户要做好大棚蔬菜的防冻工作。\n")
    assert len(arts) == 3
    assert "降温" not in arts[1].text
    assert "口袋公园" not in arts[2].text


def test_a_dense_page_then_a_short_dense_page_are_two() -> None:
    """A dense page that ends its last sentence, a blank line, then a page of just two
    dense paragraphs: the blank line is a page's end, as it is before a longer page."""
    first = ("县委副书记、县长某某深入县农机厂调研技改项目，详细了解生产线升级和订单情况。\n"
             "某某强调，各项目主抓部门要锚定目标任务，倒排工期，确保项目早日投产见效。\n"
             "县政府办、县工信局负责人一同调研。\n")
    second = ("12月14日，记者从市气象局了解到，受北方冷空气南下影响，明天起我市境内有一次明显的降温降水天气过程。\n"
              "具体预报如下：明天阴天有小雨，东北风二级，气温三到六度；后天起转为多云天气，早晚气温在零度上下，请注意防寒。\n")
    arts = stories(SPACED + first + "\n" + second)
    assert len(arts) == 3
    assert arts[2].text.startswith("12月14日")
    assert "降温" not in arts[1].text


def test_a_paragraph_broken_by_a_blank_line_is_still_mended() -> None:
    """A paragraph that a crawler broke mid-word across a blank line, in a spaced page, is
    one paragraph again: the second piece opens on no report or date."""
    arts = stories("口袋公园全部开放\n\n来源：某某日报\n\n" + SPACED_CUT
                   + "\n\n就能走进绿地，在家门口享受休闲时光，附近的老人和孩子也多了一个活动的好去处。"
                   "\n\n市民对此纷纷点赞。\n")
    assert len(arts) == 1
    assert "让居民出门就能走进绿地" in arts[0].text


def test_a_page_written_without_stops_is_not_cut_at_each_paragraph() -> None:
    """A page whose long paragraphs carry no punctuation mark at all is written that way:
    its paragraphs stay one story."""
    plain = ("某某科技大学今天迎来建校六十周年校庆学校在校庆大会上展示了师生近年来在国内外"
             "各类竞赛中获得的上百个奖项市教育局局长特地出席大会致辞肯定学校多年来扎根地方培养人才的办学成绩")
    arts = stories("某某科大欢庆六十周年\n\n发布日期：2023-10-27\n\n" + plain
                   + "\n\n\n学校表示将继续培养优秀人才，为地方产业发展输送更多技术骨干。\n")
    assert len(arts) == 1
    assert arts[0].text.endswith("技术骨干。")



def test_a_line_ending_on_a_link_is_no_cut_sentence() -> None:
    """A listed item's header ending on its link ('…|https://example.mo/?p=118120') does
    not stop mid-clause: its summary under it stays with it, the header its headline and
    date."""
    arts = stories(SPACED + "增设轻食及文创摊位 氹仔街市将活化改造 预计今年第四季度竣工 2025年03月21日|文:某某采访组|https://news.example.mo/?p=118907\n\n\n"
                   "街市将迎来活化及整治计划，预计今年第四季度竣工并投入使用，当局计划加入美食和文创元素。\n")
    holding = next(a for a in arts if "整治计划" in a.text)
    assert (holding.title, holding.date) == ("增设轻食及文创摊位 氹仔街市将活化改造 预计今年第四季度竣工", "2025-03-21")
    assert "延长开放期间" not in holding.text


def test_a_spam_word_glued_before_the_date_does_not_hide_it() -> None:
    """A spam word a hacked page glued before its header's date ('快3app2023-01-31 16:05')
    leaves the date readable."""
    arts = stories("海外华人欢度春节\n快3app2023-01-31 16:05\n\n"
                   "某某网2月1日电 春节假期虽已结束，海外华人的庆祝活动仍在继续，多地举办了舞龙舞狮表演。\n")
    assert len(arts) == 1
    assert arts[0].date == "2023-01-31"


def test_a_posters_handle_beside_the_date_is_a_byline_line() -> None:
    """A poster's user name, the date, the comment count and the font control under the
    headline ('someuser2017 2018-11-07 0" 字体') date the story and are not its headline."""
    arts = stories("华人俱乐部在巴黎成立\n\nsomeuser2017 2018-11-07 0\" 字体\n某某社 巴黎记者:某某\n\n"
                   "经过一年筹备，来自欧洲多国的华人代表日前在巴黎聚首，宣告俱乐部正式成立。\n")
    assert len(arts) == 1
    assert arts[0].title == "华人俱乐部在巴黎成立"
    assert arts[0].date == "2018-11-07"


def test_an_english_key_beside_the_date_is_no_handle() -> None:
    """'Published on: … UTC' over a headline is not taken for a poster's byline line: the
    headline under it stays the story's headline."""
    arts = stories("Source: 某某电台\nPublished on: 2025-10-24 13:56 UTC\n\n专题网站今日上线\n\n"
                   "房屋局局长表示，随着条例明年生效，专题网站今日正式上线，提供一站式资讯。\n")
    assert arts[0].title == "专题网站今日上线"


LEAD_BODY = "市府职员被要求参照其他城市的经验，为华埠制定紧急行动计划。\n市议员表示将在下月提交报告。\n"


@pytest.mark.parametrize(("lead", "outlet"), [
    ("【某某論壇訊】", "某某論壇"),  # a bracketed lead with no date and no word for the outlet's kind
    ("【某某周刊讯】", "某某周刊"),
    ("据《某某新闻》(Some News)报道指，", "某某新闻"),  # the report it retells, named in both languages
])
def test_more_leads_name_their_outlet(lead: str, outlet: str) -> None:
    """Each lead form names the story's source."""
    assert stories("华埠紧急行动计划出炉\n\n" + lead + LEAD_BODY)[0].source == outlet


@pytest.mark.parametrize("lead", ["【本报讯】", "【本報訊】", "【视频快讯】", "【快讯】"])
def test_a_bracketed_lead_for_this_paper_names_no_label(lead: str) -> None:
    """【本报讯】 names this paper, not an outlet called '【本报'; a kind of news names none."""
    assert stories("华埠紧急行动计划出炉\n\n" + lead + LEAD_BODY)[0].source is None


def test_a_header_clock_above_the_next_pages_headline_gives_way_to_its_own_date() -> None:
    """In a dump, the next page's header clock (today's date beside '设为首页') stands between
    the page before and the next headline; the date in that story's own metadata is its date."""
    page = ("2011年11月14日 星期一 设为首页 | 加入收藏\n\n森林城市建设走进第十六年\n\n"
            "发布时间:2019-07-12 来源:某某林草局\n\n"
            "让森林走进城市，让城市拥抱森林，是保护城市生态环境、提升城市形象的重要举措。\n\n"
            "记者走访了多个森林城市，看到森林城市建设给各地带来的变化。\n")
    arts = stories(SPACED + page)
    forest = next(a for a in arts if "森林" in a.text)
    assert forest.title == "森林城市建设走进第十六年"
    assert forest.date == "2019-07-12"


def test_a_bar_of_the_groups_sites_is_navigation() -> None:
    """A bar naming the group's sites, set apart by spaces, one of them seven characters long
    ('某州网  某南早报  某州商报  今日某某投资区  旧版入口'), is navigation: it does not end the
    story above it, in a dump, as its text."""
    bar = "某州网  某南早报  某州商报  今日某某投资区  旧版入口"
    arts = stories(SPACED + bar + "\n\n\n\n\n\n2024年07月22日\n\n消防夜查守护平安\n\n"
                   "本报讯 (记者某某)日前，某某县组织开展消防夜查集中统一行动，守护群众生命财产安全。\n")
    assert not any("旧版入口" in a.text for a in arts)
    assert arts[0].date is None  # nor is the next page's date its signature
