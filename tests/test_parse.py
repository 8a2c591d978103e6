"""Seed files become the right articles, with metadata and without boilerplate."""
from __future__ import annotations

import pytest

from search.sources.text import split_articles
from search.text.decode import UnreadableFile, decode
from tests.support.seeds import SEEDS

EXPECTED = {
    "000_4ff93c783d788243.txt": {
        "全民参与公益 倡议书": "2023-05-06",
        "昌吉市组织开展煤矿应急救援演练": None,
        "“五个融入”铸牢中华民族共同体意识": None,
    },
    "001_d2d9c939d89c8006.txt": {
        "昌吉州多形式促进各民族广泛交往交流交融": None,
        "昌吉州爱国拥军促进会积极为会员单位办实事": None,
        "州直事业单位“千名硕士进昌吉”引进人才岗前培训班举办": None,
        "昌吉市委统战部开展全民公益日活动": None,
    },
    "002_aeef03941e53131b.txt": {"克拉玛依市克拉玛依区以铸牢中华民族共同体意识为主线": "2024-07-16"},
    "003_99e2a6c886f82a7c.txt": {"新疆吐鲁番市：融心、融情、融亲、融力促创建": "2023-11-21"},
    "004_db46c0e7f461ef45.txt": {"弘扬兵团精神 共建和美家园": "2024-01-29"},
}


def articles(name: str):
    return split_articles(decode((SEEDS / name).read_bytes()), name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_articles_titles_and_dates(name):
    found = {a.title: a.date for a in articles(name) if a.kind == "article"}
    assert found == EXPECTED[name]


def test_captions_are_items_of_their_own():
    caps = [a for a in articles("000_4ff93c783d788243.txt") if a.kind == "caption"]
    assert len(caps) == 1
    assert "直播带货" in caps[0].text and caps[0].byline == "本报记者 达吾列提·沙吾提"
    mushrooms = [a for a in articles("001_d2d9c939d89c8006.txt") if a.kind == "caption"]
    assert len(mushrooms) == 1 and "茶树菇" in mushrooms[0].text
    others = [a for a in articles("001_d2d9c939d89c8006.txt") if a.kind == "article"]
    assert not any("茶树菇" in a.text for a in others)


def test_multi_article_file_keeps_articles_apart():
    by_title = {a.title: a for a in articles("000_4ff93c783d788243.txt")}
    drill = by_title["昌吉市组织开展煤矿应急救援演练"]
    assert "冲击地压" in drill.text and "全民参与公益活动日" not in drill.text
    assert "草根宣讲团" not in drill.text
    assert drill.byline == "记者刘辉、通讯员刘芳红"


@pytest.mark.parametrize("name,source", [
    ("002_aeef03941e53131b.txt", "《新疆日报》"),
    ("003_99e2a6c886f82a7c.txt", "新疆维吾尔自治区民委"),
    ("004_db46c0e7f461ef45.txt", "《中国民族》"),
])
def test_sources(name, source):
    main = [a for a in articles(name) if a.kind == "article"]
    assert [a.source for a in main] == [source]


def test_missing_metadata_is_none_not_guessed():
    a = {x.title: x for x in articles("001_d2d9c939d89c8006.txt")}["昌吉州爱国拥军促进会积极为会员单位办实事"]
    assert a.date is None and a.source is None and a.byline == "通讯员李秀伟"


@pytest.mark.parametrize("junk", [
    "ICP备", "公网安备", "版权所有", "网站地图", "邮政编码", "](#)", "工商银行", "户名", "欢迎订阅",
    ".jpg", "责任编辑", "本期编辑", "责编", "字号", "您现在所在位置", "官方微信",
])
def test_boilerplate_is_gone(junk):
    for f in sorted(EXPECTED):
        for a in articles(f):
            assert junk not in a.text and junk not in a.title, (f, a.title)


def test_ids_are_stable_unique_and_fit_callback_data():
    first = [a.id for f in EXPECTED for a in articles(f)]
    again = [a.id for f in EXPECTED for a in articles(f)]
    assert first == again and len(set(first)) == len(first)
    assert all(len(("read:" + i).encode()) <= 64 for i in first)


def test_encodings(tmp_path):
    text = "## 测试标题\n\n本报讯 记者王五报道:吐鲁番市举办葡萄节。\n"
    for data in (text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("gbk")):
        arts = split_articles(decode(data), "x.txt")
        assert [a.title for a in arts] == ["测试标题"] and "葡萄节" in arts[0].text


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x00\x01\x02PNG\x00" * 50, bytes(range(256)) * 8])
def test_unreadable_files_raise(data):
    with pytest.raises(UnreadableFile):
        decode(data)
