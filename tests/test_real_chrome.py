"""Page chrome that no list names (issue 25, point 1): widgets, footers and tables told by
their shape and place, and lines a site repeats. Texts are written for the tests, modelled on
the forms real pages print; none is copied from a page."""
from __future__ import annotations

import pytest

from search.sources.recurring import line_key
from tests.support.pages import one as one_article

HEAD = "渡口码头改造完工\n2023-04-12 来源:江城日报\n\n"
FIRST = "江城渡口码头改造昨天完工，新码头可同时停靠四艘渡船。\n\n"
LAST = "码头管理处表示，夜班渡船下周起恢复运营。\n"


def one(text: str, chrome: frozenset[str] = frozenset()):
    return one_article(text, chrome, "site/page.txt")


@pytest.mark.parametrize("chrome", [
    # login boxes: two of their fields, or one button
    "手机+密码登录", "还没有账号?", "立即注册", "檢索: 帳戶 密碼",
    # share bars naming their targets, English controls, skip links and view switches
    "分享工具 facebook", "分享到: 微信 | 微博 | QQ", "Previous Next", "Back to top", "跳过导航",
    "显示模式: 网格 列表",
    # counters and players left by widgets, script
    "财经正文 512 3", "0", "00:00 / 02:48", "var _hmt = _hmt || [];",
    # a government page's metadata table, a company's contact block
    "索引号: 11330000/2023-00418", "发文机关", "聯系人:陳先生", "Email:desk@example.com",
    # footers in traditional script, a licence, a site banner and greeting
    "閩ICP備00000000號", "版權所有 江城日報社", "《信息網絡傳播視聽節目許可證》號:0000000",
    "江城新聞網由江城日報社主辦!", "歡迎訪問江城新聞網!",
    # an age gate and a player's warning
    "本頁內容限制級,未滿18歲請離開", "您的浏览器不支持video标签",
    # a folded story's link to the rest
    "展开全文", "阅读剩余全文(", "點擊查看全文 >>",
    # a footer's row of links, two of them only a footer's
    "關於江城台 RSS 隱私權政策 內容防護機構 人才招募", "关于本站 | 广告服务 | 使用条款 | 意见反馈",
    # a telecom licence whose number opens on its province, an old CMS's article toolbar
    "增值电信业务经营许可证:赣B2-20090000", "打印文章 发送给好友 分享按钮",
])
@pytest.mark.parametrize("where", ["top", "middle", "bottom"])
def test_widgets_and_footers_stay_out_of_the_text(chrome, where):
    text = {"top": HEAD + chrome + "\n\n" + FIRST + LAST, "middle": HEAD + FIRST + chrome + "\n\n" + LAST,
            "bottom": HEAD + FIRST + LAST + "\n" + chrome + "\n"}[where]
    a = one(text)
    assert chrome not in a.text
    assert a.title == "渡口码头改造完工" and a.text.startswith("江城渡口") and a.text.endswith("恢复运营。")


@pytest.mark.parametrize("title", ["破解长寿村的健康密码", "新注册企业数量同比增长两成", "微信缴费接入全市公交",
                                   "渡口码头改造完工 夜班渡船恢复", "港口集团启动人才招募计划"])
def test_headlines_using_widget_words_stay_headlines(title):
    a = one(title + "\n2023-04-12 来源:江城日报\n\n" + FIRST + LAST)
    assert a.title == title


@pytest.mark.parametrize("line", ["未满18岁的学生须由家长陪同乘船。", "新码头共设泊位 4 个，候船座椅 120 个。",
                                  "码头新开设的网站由江城日报社主办的新媒体中心维护。",
                                  "通告可在候船厅的公告栏阅读全文。"])
def test_sentences_sharing_words_with_chrome_stay_in_the_text(line):
    a = one(HEAD + FIRST + line + "\n\n" + LAST)
    assert line in a.text


def test_a_menu_item_between_two_learned_lines_is_chrome_but_a_headline_is_not():
    """A site's menu learned from its other pages: the one item only this page carries (its
    own section) goes with it; a headline standing between two learned lines stays."""
    learned = frozenset(k for x in ("江城新闻网首页", "客户端下载") if (k := line_key(x)) is not None)
    text = HEAD + FIRST + "江城新闻网首页\n港口航运\n客户端下载\n\n" + LAST
    a = one(text, learned)
    assert "港口航运" not in a.text and a.title == "渡口码头改造完工"
    b = one("江城新闻网首页\n渡口码头改造完工\n客户端下载\n\n" + FIRST + LAST, learned)
    assert b.title == "渡口码头改造完工"


def test_a_translation_and_english_controls_at_the_edges_are_not_the_story():
    """Lines with no Chinese at a Chinese story's edges are the page's (a translation appended,
    a credit, controls); an English quote inside the text stays."""
    a = one(HEAD + "Photo credit: River City Daily\n\n" + FIRST
            + "管理处负责人说：“We are ready.”\n\n" + LAST + "2023-04-12\n\n"
            + "The ferry pier renovation in River City was completed yesterday.\n\nEmail desk\n")
    assert "Photo credit" not in a.text and "The ferry pier" not in a.text and "Email desk" not in a.text
    assert "We are ready." in a.text and a.text.endswith("恢复运营。")


@pytest.mark.parametrize("header", ["新闻推荐", "為你推薦", "最新資訊", "其他新闻"])
def test_a_list_under_any_recommending_header_is_not_the_story(header):
    """Other stories under a list header, one with its teaser cut short by an ellipsis (a
    teaser opening like a wire report is still an item of the list)."""
    a = one(HEAD + FIRST + LAST + "\n" + header + "\n港区夜间施工暂停\n"
            + "新华社江城4月11日电 江城港区自本周起暂停夜间施工，以减少对周边居民的影响……\n"
            + "老街改造征求意见\n")
    assert a.text.endswith("恢复运营。") and "港区" not in a.text


def test_a_back_link_under_the_story_is_not_its_text():
    a = one(HEAD + FIRST + LAST + "\n返回首页\n")
    assert a.text.endswith("恢复运营。")


def test_a_table_keeps_its_cells_without_the_pipes():
    a = one(HEAD + FIRST + "| 泊位 | 4个 |\n| 候船座椅 | 120个 |\n\n" + LAST)
    assert "泊位 4个" in a.text and "候船座椅 120个" in a.text and "|" not in a.text


@pytest.mark.parametrize("statement", [
    "江城网建设声明:\n1、本网站所登载之内容，不论原创或转载，皆以传播信息为主，不代表本网观点。\n"
    "2、本网原创之作品，欢迎转载分享，并请注明出处。\n",
    "本網站使用相關技術提供更好的閱讀體驗，同時尊重使用者隱私，點這裡瞭解隱私聲明。\n",
    # a disclaimer over the site's own and reprinted works, and a rights line naming 著作權
    "凡本网注明来源:江城网的所有作品,版权均属于江城网络传媒有限公司、江城网,未经本网授权,"
    "任何单位及个人不得转载、摘编或以其它方式使用上述作品。已经本网授权使用作品的,应在授权范围内使用,"
    "并注明来源。违反上述声明者,本网将追究其相关法律责任。\n",
    "以下內容之著作權均屬本網或原著作權人所有,除合理使用外,應取得同意後方得利用。\n",
])
def test_a_sites_statement_about_itself_is_chrome(statement):
    a = one(HEAD + FIRST + LAST + "\n" + statement)
    assert "本网" not in a.text and "本網" not in a.text and "声明" not in a.text
    assert "夜班渡船" in a.text


def test_a_dispatch_from_the_sites_own_newsroom_is_kept():
    a = one(HEAD + "本网讯 江城渡口码头改造昨天完工，新码头可同时停靠四艘渡船。\n\n" + LAST)
    assert a.text.startswith("本网讯") or "新码头" in a.text
