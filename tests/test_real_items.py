"""Real pages (issue 25): the items of a list page that gives them no headline of their own,
each one a story: excerpts cut short with an ellipsis, posts under or over a time stamp, and
the briefs of a Taiwan, Hong Kong or Macau list whose leads give their day in brackets.
Texts are written for the tests, modelled on those forms; none is copied from a page."""
from __future__ import annotations

from tests.support.pages import stories

# Excerpts of five unrelated stories, cut by the list at one length (41 characters) and marked
# with the ellipsis Taiwan and Hong Kong pages write.
CUT = [
    "河口鎮新建的渡口碼頭本週投入使用，兩岸村民過河不再繞行二十公里。鎮上果農表示，鮮⋯",
    "市立圖書館今起延長開放時間至晚上十時，自修室座位可於網上預約了。館方又指，暑假期間⋯",
    "一輛貨車昨晨在山路彎位失控撞向護欄，司機受輕傷送院。警方表示，事故原因仍在調查中⋯",
    "本地中學生在機械人大賽奪得亞軍，隊員用了三個月時間自行設計零件。帶隊老師說，學生們⋯",
    "氣象台預計週末有冷鋒南下，氣溫將下降至十二度左右。天文台提醒市民，出門前宜多添衣⋯",
]


def test_excerpts_cut_at_one_length_are_stories_of_their_own():
    """Five excerpts of the same width each ending on '⋯' are no paragraph hard-wrapped at a
    fixed width (clean.unwrap), and each is a story (items.teaser_items)."""
    got = stories("即時新聞\n" + "\n".join(CUT) + "\n")
    assert [a.text for a in got][-5:] == CUT


def test_excerpts_cut_with_an_ellipsis_open_items():
    """Three excerpts or more ending on '…', one or two lines each, with no headlines: each
    line after an excerpt opens the next item."""
    items = [
        "河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里。",
        "镇上的果农说，鲜果当天就能运进城里。收购价也比往年高了一些…",
        "市图书馆从今天起延长开放时间到晚上十点，自习室座位可以在网上预约。馆方表示…",
        "一辆货车清晨在山路弯道失控撞上护栏，司机受轻伤被送医。交警正在调查事故原因…",
        "本地中学生在机器人比赛中获得亚军。队员们花了三个月自己设计零件…",
    ]
    got = stories("\n".join(items) + "\n")
    assert [a.text.split("\n")[0] for a in got] == [items[0], *items[2:]]


def test_posts_over_a_dated_key_each():
    """Posts with no headline, each under its date on a keyed line ('日期:2024-05-10'), the
    last post's date cut off by the page: three stories, each with its own date."""
    posts = [
        "河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，镇上的果农说鲜果当天就能运进城里。",
        "市图书馆从本月起延长开放时间到晚上十点，自习室座位可以在网上预约，馆方还增设了儿童阅读区。",
        "一辆货车清晨在山路弯道失控撞上护栏，司机受轻伤被送医，交警提醒雨天山路行车注意减速。",
    ]
    got = stories(f"{posts[0]}\n日期:2024-05-10\n{posts[1]}\n日期:2024-04-28\n{posts[2]}\n")
    assert [(a.text, a.date) for a in got] == [
        (posts[0], "2024-05-10"), (posts[1], "2024-04-28"), (posts[2], None)]


def test_two_posts_under_their_time_stamps():
    """A list of two posts, each under its date line: two stories with their own dates (the
    page's label above them is no headline of the first)."""
    posts = [
        "終審法院首席法官表示，法院人手足夠，案件數量穩定，運作並無問題，輪候時間亦較去年縮短。",
        "法律年度開啟典禮今日在大會堂舉行，首席法官致辭時說，司法獨立是法治的基石，不容動搖。",
    ]
    got = stories(f"最新消息\n\n19/01/2026\n{posts[0]}\n18/01/2026\n{posts[1]}\n")
    assert [(a.text, a.date) for a in got] == [(posts[0], "2026-01-19"), (posts[1], "2026-01-18")]


def test_time_stamps_are_no_wrapped_lines():
    """A list's posts under their time stamps, each post cut at one length: the stamps are not
    the tails of hard-wrapped lines, so each post keeps its own date."""
    posts = [
        "河口鎮新建的渡口碼頭本週投入使用，兩岸村民過河不再繞行二十公里。",
        "市立圖書館今起延長開放時間至晚上十時，自修室座位可於網上預約了。",
        "一輛貨車昨晨在山路彎位失控撞向護欄，司機受輕傷送院，警方正調查。",
        "本地中學生在機械人大賽奪得亞軍，隊員用了三個月時間自行設計零件。",
        "氣象台預計週末有冷鋒南下，氣溫將下降至十二度左右，提醒市民保暖。",
    ]
    days = ["2025-10-04 07:40", "2025-10-02 13:17", "2025-10-01 17:09", "2025-10-01 14:46", "2025-09-29 10:04"]
    got = stories("".join(f"{d}\n{p}\n" for d, p in zip(days, posts, strict=True)))
    assert [(a.text, a.date) for a in got] == [(p, d[:10]) for d, p in zip(days, posts, strict=True)]


def test_page_opening_on_its_day_after_the_page_above_and_its_chrome():
    """A dump of a county site's pages, paragraphs set apart by blank lines: one page's
    untitled story ends on a full sentence, its login box is cut as chrome, and the next page
    opens on its day ('7月26日,…') with no headline: two stories, not one."""
    first = ["11月15日,县长带队检查河口镇渡口码头建设进度,副县长一同参加。",
             "县长一行察看了码头引桥、候船亭和停车场,详细了解工程质量和安全措施。",
             "县交通局、河口镇相关负责人陪同。"]
    second = ["7月26日,县委副书记到城关镇调研老旧小区改造工作,实地察看了加装电梯和管网更新情况。",
              "她强调,要把好事办好,多听居民意见,确保年底前完工。"]
    text = "\n\n".join(first) + "\n\n账号+密码登录\n手机+密码登录\n\n" + "\n\n".join(second) + "\n"
    got = stories(text)
    assert [a.text.split("\n")[0] for a in got] == [first[0], second[0]]


def test_excerpts_cut_with_ascii_dots_are_stories_of_their_own():
    """A list's excerpts cut with ASCII dots ('......'), one after another with no blank line:
    no excerpt runs on into the next as a sentence the page cut (clean.join_fragments), and
    each is a story."""
    cut = [f"{x[:-1]}，{y[:-1]}......" for x, y in zip(CUT, CUT[1:] + CUT[:1], strict=True)]
    got = stories("即時新聞\n" + "\n".join(cut) + "\n")
    assert [a.text for a in got][-5:] == cut


def test_excerpts_cut_before_their_more_link_are_stories_of_their_own():
    """Long excerpts ending on dots and the link to the rest ('...更多'), one after another:
    none runs on into the next, and each is a story."""
    cut = [f"{x[:-1]}，{y[:-1]} ...更多" for x, y in zip(CUT[:3], CUT[2:], strict=True)]
    got = stories("\n".join(cut) + "\n")
    assert [a.text for a in got] == cut


# Four reports of a paper's local briefs, one paragraph each; the last three state their day
# in brackets in the lead's first clause or two.
BRIEFS = [
    "一名男子在網上認識一名自稱可代換外幣的人後，交出八萬元現金，對方至今音訊全無。司警表示，已拘捕一名涉案男子，案件移送檢察院。",
    "受颱風影響，本澳葉菜批發價昨(9)日起上調兩成，批發商預計下周回落。",
    "統計局昨(9)日公布最新一期人口統計，截至六月底本澳總人口為六十八萬，按年微升百分之零點五。",
    "颱風過後，消防局今(10)日出動逾百人次清理倒塌樹木，並呼籲市民暫勿前往郊野公園。",
]


def test_briefs_dated_in_brackets_are_stories_of_their_own():
    """A paragraph under a finished one whose lead states its day in brackets opens the next
    report (items.dated_leads): four stories, not one."""
    got = stories("\n".join(BRIEFS) + "\n")
    assert [a.text for a in got] == BRIEFS


def test_a_later_paragraph_leaning_back_stays_with_its_story():
    """'此外,…今(10)日…' and '隨後,…今(10)日…' lean on the paragraph above: one story still."""
    for goes_on in ("此外，民政署今(10)日亦派員巡查各區街市，確保食物供應穩定。",
                    "隨後，民政署今(10)日派員巡查各區街市，確保食物供應穩定。"):
        assert len(stories(BRIEFS[3] + "\n" + goes_on + "\n")) == 1


def test_a_notice_field_above_a_dated_lead_ends_no_story():
    """An event notice's field above the report ('地點:…。') is no story's last sentence."""
    text = "地點:市政府三樓會議室，請媒體於上午九時前報到。\n" + BRIEFS[2] + "\n"
    assert len(stories(text)) == 1
