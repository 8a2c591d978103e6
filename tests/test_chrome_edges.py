"""Chrome at a story's edges told by its shape (issue 25, point 1): key lines, forms, pagers,
codes and cut widget bars above the first sentence or below the last are the page's; the
story's own short lines (salutation, subheading, quote) stay, and those below its last
sentence (signature, its date, a caption, tags) are read but are not its text. Texts are
written for the tests, modelled on the forms real pages print; none is copied from a page."""
from __future__ import annotations

import pytest

from tests.support.pages import one as one_article

HEAD = "山区小学通上自来水\n2024-06-03 来源:青河晚报\n\n"
FIRST = "青河县东岭小学的饮水工程本周竣工，全校三百多名师生喝上了自来水。\n\n"
LAST = "县水利局表示，年底前还将为五所村小铺设管网。\n"


def one(text: str, chrome: frozenset[str] = frozenset()):
    return one_article(text, chrome, "site/page.txt")


@pytest.mark.parametrize("tail", [
    ["暂无评论:", "我要留言"],  # a comment form: its empty label, then its button
    ["页: [2]", "返回完整版: 山区小学通上自来水"],  # a forum archive's pager and its link back
    ["分页:"],
])
def test_a_form_or_pager_below_the_last_sentence_is_cut_with_all_after_it(tail):
    a = one(HEAD + FIRST + LAST + "\n" + "\n".join(tail) + "\n")
    assert a.text.endswith("铺设管网。"), a.text


def test_a_table_of_keys_above_the_first_sentence_is_the_pages():
    table = "失效日期: 2025-06-03 标题: 关于东岭小学饮水工程的通告\n访问次数: 1024 摘要:\n"
    a = one(HEAD + table + "\n" + FIRST + LAST)
    assert "失效日期" not in a.text and "访问次数" not in a.text
    assert a.text.startswith("青河县东岭小学")


@pytest.mark.parametrize("own", ["全县师生:", "致全县家长:"])
def test_a_salutation_above_the_first_sentence_stays(own):
    a = one(HEAD + own + "\n" + FIRST + LAST)
    assert own in a.text


def test_a_label_followed_by_text_stays():
    # a label that a sentence follows introduces it: the story's
    a = one(HEAD + FIRST + "校长信箱:\n" + LAST)
    assert "校长信箱:" in a.text


@pytest.mark.parametrize("below", [["志愿者 陈小禾"], ["图为新铺设的管网"], ["东岭小学", "2024年6月3日"],
                                   ["标签: 饮水工程 东岭小学"]])
def test_short_lines_below_the_last_sentence_are_not_text(below):
    # a signature, a caption set under the story, tags: the story's text ends at its sentence
    a = one(HEAD + FIRST + LAST + "\n".join(below) + "\n")
    assert a.text.endswith("铺设管网。") and (a.date, a.source) == ("2024-06-03", "青河晚报")


def test_a_last_sentence_without_its_full_stop_stays():
    # a clause below the last full stop is the story's last sentence, its stop left off
    a = one(HEAD + FIRST + LAST + "校长表示，孩子们再也不用提水上学了\n" + "东岭小学\n")
    assert a.text.endswith("孩子们再也不用提水上学了")


@pytest.mark.parametrize("code", ["青河网 qh.example.com.cn ID:88231",
                                  "7 k- Q; T4 Y/ 某某论坛8.21.33.10 ^2 }9 W) s: M& R"])
def test_a_line_mostly_of_codes_at_the_edges_is_dropped(code):
    a = one(HEAD + code + "\n" + FIRST + LAST + code + "\n")
    assert code not in a.text and a.text.startswith("青河县") and a.text.endswith("管网。")


def test_a_forums_jammer_inside_the_text_is_dropped_but_a_figure_row_stays():
    jammer = "3 h- P; K8 Z/ 某某论坛6.12.90.18 ^5 }1 D) q: V& N"
    row = "水价2.1元/吨，起按GB 5749-2022 (ISO 5667) 标准检测。"
    a = one(HEAD + FIRST + jammer + "\n" + row + "\n" + LAST)
    assert jammer not in a.text and row in a.text


def test_a_widget_bar_cut_by_the_copy_is_dropped_and_a_bracketed_tag_is_the_headlines_label():
    a = one("放大字号】【缩小字号 打印本文\n" + HEAD + FIRST + LAST)
    assert "字号" not in a.text
    b = one("【独家】山区小学通上自来水\n2024-06-03 来源:青河晚报\n\n" + FIRST + LAST)
    assert b.title == "山区小学通上自来水"  # the tag is the desk's label, not the headline's words


@pytest.mark.parametrize("line", ["關閉窗口", "掃一掃在手機打開"])
def test_chrome_words_listed_in_one_script_are_found_in_the_other(line):
    a = one(HEAD + FIRST + LAST + "\n" + line + "\n")
    assert line not in a.text


@pytest.mark.parametrize("header", [">>相关新闻<<", "■ 延伸阅读 ■", "▶ 热门推荐"])
def test_a_decorated_related_heading_and_its_list_are_not_the_story(header):
    items = "东岭小学新建食堂启用\n"
    a = one(HEAD + FIRST + LAST + "\n" + header + "\n" + items)
    assert a.text.endswith("铺设管网。") and "食堂" not in a.text


@pytest.mark.parametrize("line", ["会员登录", "用戶登錄"])
def test_a_login_boxs_heading_is_chrome(line):
    a = one(HEAD + FIRST + LAST + "\n" + line + "\n")
    assert line not in a.text


def test_a_subheading_a_quote_and_a_caption_inside_the_text_stay():
    inner = "管网进村\n“终于不用挑水了！”\n工人在校门口铺设水管\n"
    a = one(HEAD + FIRST + inner + LAST)
    for line in inner.split("\n")[:-1]:
        assert line in a.text


def test_a_notices_items_below_its_last_sentence_stay():
    # numbered sections and items with a figure are the notice's text, not its signature
    items = "一、参赛范围：各行政村\n二、比赛地点：镇文化站\n报名截止：3月15日\n"
    a = one(HEAD + FIRST + "现将有关事项通知如下。\n" + items + "青河县文化站\n")
    assert a.text.endswith("报名截止：3月15日") and "二、比赛地点" in a.text
