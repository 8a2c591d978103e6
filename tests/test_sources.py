"""Files of every kind and encoding become the right articles; junk files are skipped."""
from __future__ import annotations

import logging

import pytest

from search.sources import load_articles, skip_reason
from search.sources.text import split_articles
from tests.support.seeds import SEEDS

BODY = "哈密市第二十届哈密瓜节开幕，两百多家客商参加订货洽谈。\n\n开幕式现场签约合同三十余项。\n"


@pytest.mark.parametrize("meta,date,source", [
    ("2024年7月20日", "2024-07-20", None),
    ("2024-07-20", "2024-07-20", None),
    ("2024-07-20 10:30", "2024-07-20", None),
    ("2024/7/20", "2024-07-20", None),
    ("2024年07月20日 来源：哈密日报", "2024-07-20", "哈密日报"),
    ("来源：哈密日报 2024-07-20", "2024-07-20", "哈密日报"),
    ("发布时间：2024-07-20 10:30　来源：哈密日报　【字体：大 中 小】【打印】【关闭】", "2024-07-20", "哈密日报"),
    ("发布日期:2024-07-20", "2024-07-20", None),
    ("时间：2024-07-20", "2024-07-20", None),
    ("日期：2024-07-20 来源:哈密日报", "2024-07-20", "哈密日报"),
])
def test_one_title_one_date_line_is_one_article(meta, date, source):
    arts = split_articles(f"哈密瓜节开幕\n{meta}\n{BODY}", "x.txt")
    assert [(a.title, a.date, a.source) for a in arts] == [("哈密瓜节开幕", date, source)]
    assert "两百多家客商" in arts[0].text and "2024" not in arts[0].text


def test_epaper_page_date_applies_to_every_article_on_the_page():
    text = ("第A09版：要闻　2024年5月10日\n\n春播基本结束\n\n本报讯 截至5月8日，垦区春播基本结束。\n\n"
            "社区食堂开门迎客\n\n本报讯 5月6日，社区食堂正式开门营业。\n\n"
            "第A10版：综合　2024年5月11日\n\n瓜农学习滴灌技术\n\n本报讯 5月9日，瓜农参加滴灌技术培训。\n")
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.date) for a in arts] == [("春播基本结束", "2024-05-10"), ("社区食堂开门迎客", "2024-05-10"),
                                                 ("瓜农学习滴灌技术", "2024-05-11")]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "big5"])
def test_encodings(encoding):
    text = "吐魯番舉辦葡萄節\n2024年8月20日\n本報訊 吐魯番市舉辦葡萄節，各族群眾歡聚一堂。\n"
    if encoding not in ("big5", "utf-8", "utf-8-sig", "utf-16"):
        text = "吐鲁番举办葡萄节\n2024年8月20日\n本报讯 吐鲁番市举办葡萄节，各族群众欢聚一堂。\n"
    arts = load_articles("x.txt", text.encode(encoding))
    assert [(a.title, a.date) for a in arts] == [(text.split("\n")[0], "2024-08-20")]
    assert "葡萄節" in arts[0].text or "葡萄节" in arts[0].text


@pytest.mark.parametrize("name", [".draft.txt", "a.txt~", "#a.txt#", "a.txt.swp", ".a.txt.swp", "a.tmp", "x.TMP"])
def test_hidden_backup_and_temp_files_are_skipped(name):
    assert skip_reason(name)


@pytest.mark.parametrize("name", ["a.txt", "新闻.md", "page.html", "feed.xml", "a~b.txt", "2024#1.txt"])
def test_news_files_are_not_skipped(name):
    assert skip_reason(name) is None


def test_skipped_files_are_not_indexed_and_each_logs_one_line(fresh, caplog):
    for name in ("a.txt~", ".hidden.txt", "#b.txt#", "c.txt.swp", "d.tmp"):
        (fresh.seeds_dir / name).write_text("备份标题\n2024-01-01\n这是编辑器留下的备份，不应出现在结果里。\n", "utf-8")
    with caplog.at_level(logging.INFO, logger="search.index.ingest"):
        r = fresh.ingest()
    assert r.added == 5 and fresh.search("编辑器留下的备份").total == 0
    for name in ("a.txt~", ".hidden.txt", "#b.txt#", "c.txt.swp", "d.tmp"):
        assert sum(name in rec.getMessage() for rec in caplog.records) == 1


def test_markdown_is_stripped_and_its_date_line_read():
    md = ("## 喀什古城夜市人气旺\n\n**2024-08-15** | 来源：喀什日报\n\n入夏以来，夜市吸引大批游客品尝**烤包子**。\n\n"
          "> 管理方介绍，今年新增六十个摊位。\n\n![夜市](a.jpg)\n\n详见[官网](https://example.com)。\n")
    [a] = load_articles("x.md", md.encode())
    assert (a.title, a.date, a.source) == ("喀什古城夜市人气旺", "2024-08-15", "喀什日报")
    assert a.text == "入夏以来，夜市吸引大批游客品尝烤包子。\n管理方介绍，今年新增六十个摊位。\n详见官网。"


def test_html_main_text_without_scripts_or_navigation():
    from tests.support.layouts import LAYOUTS

    [a] = load_articles("yili.html", (LAYOUTS / "yili.html").read_bytes())
    assert (a.title, a.date, a.source) == ("伊犁河谷迎来旅游旺季", "2024-07-20", "伊犁日报")
    assert a.url == "https://news.example.cn/yili/2024/0720/12345.html"
    assert "首页" not in a.text and "<" not in a.text and "function" not in a.text and "那拉提" in a.text


def test_feed_detected_by_content_whatever_the_extension():
    from tests.support.layouts import LAYOUTS

    arts = load_articles("news.xml", (LAYOUTS / "bingtuan.rss").read_bytes())
    assert [a.source for a in arts] == ["兵团日报"] * 3 and all((a.url or "").startswith("https://") for a in arts)
    assert "<" not in "".join(a.text for a in arts) and "电工、焊工、汽车维修" in arts[1].text


def _seed(name: str):
    return load_articles(name, (SEEDS / name).read_bytes())


def test_captions_inside_an_article_stay_in_it():
    items = _seed("002_aeef03941e53131b.txt")
    assert [a.kind for a in items] == ["article"]
    assert "克拉玛依市友谊大桥" in items[0].text and "8100余场" in items[0].text


def test_seeds_give_twelve_items_ten_articles_two_photo_items():
    items = [a for f in sorted(SEEDS.iterdir()) for a in _seed(f.name)]
    assert len(items) == 12 and sum(a.kind == "caption" for a in items) == 2


def _titles(text: str) -> list[str]:
    return [a.title for a in split_articles(text, "x.txt")]


def test_hard_wrapped_pages_are_rejoined():
    from tests.support.layouts import EXPECTED, LAYOUTS

    page = (LAYOUTS / "epaper.txt").read_text("utf-8")
    wrapped = "\n".join("\n".join(line[i:i + 28] for i in range(0, len(line), 28)) if len(line) > 40 else line
                        for line in page.split("\n"))
    assert _titles(wrapped) == [e["title"] for e in EXPECTED["epaper.txt"]]


def test_heading_levels_that_open_articles():
    body = "入夏以来，夜市每晚吸引大批游客。\n\n"
    collection = f"# 今日要闻\n\n### 夜市人气旺\n\n{body}### 巴旦木丰收\n\n{body}"
    assert _titles(collection) == ["夜市人气旺", "巴旦木丰收"]
    one_article = f"# 夜市人气旺\n\n2024-08-15 | 来源：喀什日报\n\n{body}## 美食\n\n{body}## 管理\n\n{body}"
    assert _titles(one_article) == ["夜市人气旺"]


def test_a_date_above_each_title():
    text = "".join(f"2024年5月{d}日\n标题第{d}篇新闻\n\n近日，某地举办第{d}场活动，群众踊跃参加。\n\n"
                   for d in (1, 2, 3))
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.date) for a in arts] == [(f"标题第{d}篇新闻", f"2024-05-0{d}") for d in (1, 2, 3)]


def test_a_sentence_starting_with_a_date_is_text_not_metadata():
    text = "夜市开张\n\n2024年5月1日在喀什古城开张的夜市吸引了大批游客，摊主们说生意很好。\n"
    [a] = split_articles(text, "x.txt")
    assert a.title == "夜市开张" and a.text.startswith("2024年5月1日在喀什古城")


def test_footer_words_inside_a_sentence_keep_the_sentence():
    text = ("社区开通便民热线\n2024-03-01\n\n市民可拨打联系电话12345咨询办事流程。\n\n"
            "版权所有 某某社区 联系电话：0991-0000000\n")
    [a] = split_articles(text, "x.txt")
    assert a.text == "市民可拨打联系电话12345咨询办事流程。"


def test_related_list_without_footer_then_the_next_article():
    text = ("新闻一标题\n发布时间：2024-03-05 10:20 来源：新华网\n"
            "第一篇的正文，讲述某地的发展情况。（责任编辑：王五）\n"
            "相关阅读\n· 其他新闻标题甲\n· 其他新闻标题乙\n"
            "新闻二标题在这里\n第二篇的正文，讲述另一件事情的经过。（完）\n")
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.text) for a in arts] == [
        ("新闻一标题", "第一篇的正文，讲述某地的发展情况。"),
        ("新闻二标题在这里", "第二篇的正文，讲述另一件事情的经过。")]


def test_newspaper_page_mixing_leads_and_bare_titles():
    text = ("第A05版：综合　2024年6月1日\n\n夏粮收购全面启动\n\n"
            "本报讯 6月起，各地夏粮收购全面启动，收购价格保持稳定。\n\n"
            "社区图书馆延长开放时间\n\n为方便居民阅读，社区图书馆每天开放到晚上九点，周末照常开放。\n\n"
            "果农喜迎樱桃丰收\n\n本报记者 王五\n\n今年樱桃挂果多、品质好，收购商早早上门订货。\n")
    arts = split_articles(text, "x.txt")
    assert [(a.title, a.date) for a in arts] == [
        ("夏粮收购全面启动", "2024-06-01"), ("社区图书馆延长开放时间", "2024-06-01"),
        ("果农喜迎樱桃丰收", "2024-06-01")]
