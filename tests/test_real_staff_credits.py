"""Real pages (issue 25): a story that names no source in its metadata or lead often still says
whose staff wrote it or took its photos: a caption's credit ('某某网记者 甲摄'), a byline
('某某县融媒体中心记者 甲 乙'), a lead opening on the outlet's reporter ('《某某导报》记者甲发自…'),
a short credit line under the text. That outlet is the story's source when nothing else names
one (a photo's credit comes after the page's own paper too); 本报/该台 (no name) and a reporter
who is told something ('对记者说') name none. Texts are written for the tests, modelled on
those forms; none is copied from a page. The guards' own tests: test_real_staff_credit_guards."""
from __future__ import annotations

from search.sources.outlets import staff_outlet
from tests.support.pages import one
from tests.support.pages import stories as articles

HEAD = "河口镇新建的渡口码头投入使用"
TEXT = ("河口镇新建的渡口码头本周投入使用，两岸村民过河不再绕行二十公里，"
        "镇上的果农也能把鲜果当天运到城里。")
MORE = "码头旁还修了候船亭和停车场，节假日增开班次。"


def test_photo_caption_credit_names_the_outlet():
    """Captions between the paragraphs credit the site's reporter: the site is the source."""
    page = (f"{HEAD}\n\n{TEXT}\n\n渡船靠岸，村民推车上岸。北岭网记者王小明摄\n\n{MORE}\n\n"
            "候船亭里的村民。北岭网记者王小明摄\n")
    assert one(page).source == "北岭网"


def test_all_media_reporter_of_a_paper_in_a_caption():
    """'某某日报全媒体记者 甲摄': the paper, not its 全媒体 desk."""
    page = f"{HEAD}\n\n{TEXT}\n\n果农在码头装船。清河日报全媒体记者 李四 摄\n\n{MORE}\n"
    assert one(page).source == "清河日报"


def test_county_media_centre_byline_under_the_headline():
    page = f"{HEAD}\n\n南坪县融媒体中心记者 张 三\n\n{TEXT}\n\n{MORE}\n"
    assert one(page).source == "南坪县融媒体中心"


def test_latin_brand_all_media_reporter_in_the_lead():
    """'本报讯(ABC全媒体记者 甲 通讯员 乙)': the group's brand in Latin letters names it."""
    page = f"{HEAD}\n\n本报讯(QDG全媒体记者 王五 通讯员 赵六){TEXT}\n\n{MORE}\n"
    assert one(page).source == "QDG"


def test_metadata_source_goes_first():
    """A source line wins over the photographer's outlet (a paper runs a wire's photo)."""
    page = (f"{HEAD}\n\n来源：清河日报\n\n{TEXT}\n\n渡船靠岸。北星社记者王小明摄\n\n{MORE}\n")
    assert one(page).source == "清河日报"


def test_no_outlet_in_the_credit():
    """本报记者, 该台记者, a bare 记者 (a photo's credit that names no outlet) and a reporter spoken
    to name no source."""
    for credit in ("本报记者 王小明 摄", "记者 王小明 摄", "该台记者王小明摄"):
        page = f"{HEAD}\n\n{TEXT}\n\n渡船靠岸，村民推车上岸。{credit}\n\n{MORE}\n"
        assert one(page).source is None, credit
    assert staff_outlet("当地电视台记者 王小明") is None
    assert staff_outlet("他对记者说") is None


def test_a_sentence_naming_a_reporter_mid_text_is_no_credit():
    """A paragraph that mentions another outlet's reporter somewhere inside names no source."""
    said = "村支书对前来采访的北岭网记者说，码头明年还要扩建。"
    assert one(f"{HEAD}\n\n{TEXT}\n\n{said}\n\n{MORE}\n").source is None


# Pages written to break the rule: each must read as it did before it.

def test_numbered_points_with_dated_measures():
    page = (f"{HEAD}\n\n{TEXT}\n\n一、3月1日起，渡船每半小时一班。\n\n二、4月1日起，夜间增开两班。\n\n"
            "三、记者站设在码头东侧，咨询电话另行公布。\n")
    assert one(page).source is None


def test_feature_with_short_paragraphs():
    paras = "\n\n".join(["清晨五点。", "雾还没散。", "船工老周解开缆绳。", "记者跟着他上了船。", "“今天人多。”他说。"])
    assert one(f"{HEAD}\n\n{paras}\n\n{TEXT}\n").source is None


def test_list_page_of_headlines_each_with_its_own_credit():
    """Each listed story keeps its own credit's outlet; none lends it to the next."""
    page = (f"{HEAD}\n\n{TEXT}\n\n渡船靠岸。北岭网记者王小明摄\n\n{MORE}\n\n\n"
            "南坪县图书馆新馆开放\n\n南坪县图书馆新馆本周向读者开放，藏书二十万册，周末延长开放时间。\n\n"
            "新馆设有少儿阅览区和自习室，免费办理借书证。\n")
    heads = articles(page)
    assert [a.source for a in heads][0] == "北岭网"
    assert all(a.source != "北岭网" for a in heads[1:])


def test_notice_with_clauses():
    page = ("关于渡口码头试运行的通告\n\n为方便群众出行，现将有关事项通告如下：\n\n第一条 码头试运行期间免收船费。\n\n"
            "第二条 乘船须服从船工指挥。\n\n南坪县交通运输局\n\n2025年3月1日\n")
    assert one(page).source == "南坪县交通运输局"


def test_traditional_script_credit():
    page = ("河口鎮新建的渡口碼頭啟用\n\n河口鎮新建的渡口碼頭本週啟用，兩岸村民過河不再繞行二十公里。\n\n"
            "渡船靠岸。北嶺時報記者王小明攝\n\n碼頭旁還修了候船亭，假日增開班次。\n")
    assert one(page).source == "北嶺時報"


def test_caption_under_the_next_headline_is_the_next_story_s():
    """A list page: the second story opens on its photo, credited; the first story does not take
    that credit (it names no outlet), the second does."""
    page = (f"{HEAD}\n\n{TEXT}\n\n{MORE}\n\n\n南坪县图书馆新馆开放\n\n"
            "读者在新馆阅览区看书。北岭网记者王小明摄\n\n"
            "南坪县图书馆新馆本周向读者开放，藏书二十万册，周末延长开放时间。\n\n"
            "新馆设有少儿阅览区和自习室，免费办理借书证。\n")
    first, second = articles(page)
    assert (first.source, second.source) == (None, "北岭网")
