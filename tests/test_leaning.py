"""An answer sentence that leans on the one before it comes with that sentence: one without a
subject (是…的第一个大学生: who is, the sentence before says) and one pointing back within its
first words (就在它靠岸的当天: which ship, the sentence before says)."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.answers import leans
from tests.support.made import engine_from

# Invented articles (places, people and ships are fictional), one per file: title line, blank
# line, paragraphs. In each, the sentence holding the question's words leans on the one before,
# which holds what is asked.
ARTICLES = {
    "青禾村的第一个大学生": (
        "青禾村位于青州省东部的山区，全村共有三百多户人家，村民世代以种植水稻和茶叶为生。"
        "1998年夏天，李秋生收到了省城农业大学的录取通知书。"
        "是青禾村有史以来第一个大学生，村里为此放了一整天的鞭炮。"
        "毕业以后，他回到家乡办起了茶叶合作社。"),
    "北欧科考船到访青州港": (
        "青州港是青州省最大的港口，每年有上千艘货轮在这里停靠。"
        "去年五月，一艘来自北欧的科考船“海燕号”驶入青州港。"
        "就在它靠岸的当天，码头举行了简短的欢迎仪式，港务局的工作人员到场迎接。"
        "科考船在港口停留了一周，补充了淡水和食品。"),
    "白石镇": (
        "白石镇位于青州省北部的丘陵地带，镇上以出产青石板闻名。"
        "南溪城曾经是青州北部最繁华的商埠。"
        "1821年，它成为了白石镇的盐运中心，往来的盐船终年不断。"
        "如今镇上还保留着一座旧盐仓。"),
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("leaning"))


def test_a_sentence_without_a_subject_comes_with_the_one_naming_it(made):
    found = made.ask("青禾村有史以来第一个大学生是谁？")
    assert found is not None
    assert "第一个大学生" in found.sentence.text and "李秋生" in found.sentence.text


def test_a_sentence_pointing_back_comes_with_the_one_it_points_to(made):
    found = made.ask("哪艘船靠岸的当天码头举行了欢迎仪式？")
    assert found is not None
    assert "欢迎仪式" in found.sentence.text and "海燕号" in found.sentence.text


def test_a_sentence_pointing_back_after_its_date_comes_with_the_one_before(made):
    # The date opening the sentence (1821年，它…) does not hide the word pointing back.
    found = made.ask("白石镇的盐运中心在哪里？")
    assert found is not None
    assert "盐运中心" in found.sentence.text and "南溪城" in found.sentence.text


@pytest.mark.parametrize("sentence, leaning", [
    ("1821年，它成为了盐运中心。", True),
    ("1821年3月5日，其弟回到家乡。", True),
    ("是青禾村有史以来第一个大学生。", True),
    ("就在它靠岸的当天，码头举行了欢迎仪式。", True),
    ("次年李秋生回到家乡。", True),
    ("青州港是青州省最大的港口。", False),
    ("1998年夏天，李秋生收到了录取通知书。", False),
])
def test_which_sentences_lean_on_the_one_before(sentence, leaning):
    assert leans(sentence) is leaning


def test_a_sentence_closing_on_the_question_words_comes_with_the_next(tmp_path):
    # Invented: the sentence holding the question's words ends on them; the list follows.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(
        "青州茶叶节开幕\n\n青州茶叶节昨日在青州港开幕，来自各地的茶商齐聚一堂。"
        "为了吸引更多年轻游客走进茶园，主办方在往届的基础上做了不少调整，今年茶叶节新设的三项活动是。\n采茶比赛、制茶展示和茶艺表演。\n活动将持续到本月底。\n",
        encoding="utf-8")
    engine = Engine(tmp_path / "index", seeds)
    engine.ingest()
    found = engine.ask("今年茶叶节新设的三项活动是什么？")
    assert found is not None
    assert "新设的三项活动" in found.sentence.text and "采茶比赛" in found.sentence.text
