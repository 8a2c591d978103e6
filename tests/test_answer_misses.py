"""Articles that share a question's words and still miss what it asks (search.qa.misses):
a sentence saying the event had not yet happened, a term asked about that the article does
not hold, and an article on a sibling of the thing the question names."""
from __future__ import annotations

import pytest

from search.engine import Engine
from search.qa.coverage import Resolved
from search.qa.misses import denies, sibling, undefined
from tests.support.made import engine_from

# Invented articles (names, places and figures are fictional).
ARTICLES = {
    "青岚漆器": "青岚漆器是一种虚构的漆艺。在漆艺还未传入南屿国之时，南屿国人已经使用陶器和木器，"
              "由石器时代的刻纹到铜器时代的铸纹，风格多样。自从公元812年，大量作坊在港口一带开设，其中包括了三层高的工坊。",
    "南屿国": "南屿国是一个虚构的岛国，以渔业和航运为主，首都设在港口城市白沙。",
    "白沙港": "白沙港是南屿国最大的港口，港内停泊着来自各地的商船。",
    "钟楼": "城东的钟楼大约建于十五世纪，楼高四层。",
    "古桥": "古桥大约有六个世纪的历史，桥身由石块砌成。",
    "茶园": "北坡的茶园大约在上个世纪开垦，出产绿茶。",
    "铜镜": "铜镜是古人的日用品，大约流行了十多个世纪。",
    "黑顶山雀": "黑顶山雀是一种虚构的小型鸣禽，栖息在白沙港附近的树林。它的羽毛颜色灰褐，头顶黑色，叫声清脆。",
    "候鸟": "每年秋天，成群的候鸟经过南屿国，羽毛鲜艳的鸟类最受游客喜爱。",
    "染坊": "染坊用植物染出多种颜色，蓝色最为常见。",
    "假椰子": "假椰子是一种虚构的常绿乔木，为椰子科植物，别称山椰。它的果实可以食用。",
    "休渔期": "南屿国与邻国签订渔业公约，约定休渔期为三个月。",
    "红顶商人": "虚构的红顶商人多经营钱庄和茶叶，在白沙港开有分号。",
}


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Engine:
    return engine_from(ARTICLES, tmp_path_factory.mktemp("misses"))


def test_a_sentence_saying_the_event_had_not_happened_does_not_date_it(made):
    assert made.ask("漆艺大约于几世纪时传入南屿国？") is None


def test_an_article_on_a_sibling_of_the_bird_asked_about_does_not_answer(made):
    assert made.ask("红顶山雀的羽毛是什么颜色？") is None


def test_an_article_holding_part_of_the_term_asked_does_not_define_it(made):
    assert made.ask("什么是椰子树公约？") is None


def _words(*words: str) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), 3.0, i)] for i, w in enumerate(words)]


def test_denies_reads_a_negated_event_only_for_a_plain_when_question():
    said = "在漆艺还未传入南屿国之时，当地人已经使用陶器。"
    assert denies("漆艺何时传入南屿国？", said, _words("漆艺", "传入")) == "传入"
    assert denies("漆艺何时没有传入南屿国？", said, _words("漆艺", "传入")) is None  # the question negates
    assert denies("漆艺何时传入南屿国？", "漆艺于812年传入南屿国。", _words("漆艺", "传入")) is None
    assert denies("谁把漆艺传入南屿国？", said, _words("漆艺", "传入")) is None  # not asked when


def test_a_definition_question_needs_every_word_of_its_term():
    plant = {"title": "假椰子", "body": "假椰子为椰子科常绿乔木，别称山椰。"}
    groups = [[Resolved("椰子树", ("椰子",), 5.0, 0)], [Resolved("公约", ("公约",), 3.0, 1)]]
    assert undefined("什么是椰子树公约？", plant, groups, 0.8) == "公约"
    treaty = {"title": "椰子树公约", "body": "椰子树公约是三家林场在一棵椰子树下订立的公约。"}
    assert undefined("什么是椰子树公约？", treaty, groups, 0.8) is None
    assert undefined("椰子树公约的内容是什么？", plant, groups, 0.8) is None  # an attribute, not a term


def test_an_article_on_a_sibling_of_the_thing_named_does_not_answer():
    black = {"title": "黑顶山雀", "body": "黑顶山雀是一种小型鸣禽，羽毛灰褐色，头顶黑色。"}
    assert sibling("红顶山雀的羽毛是什么颜色？", black) == "红顶山雀"
    also = {"title": "黑顶山雀", "body": "黑顶山雀是一种小型鸣禽，与红顶山雀相似，羽毛灰褐色。"}
    assert sibling("红顶山雀的羽毛是什么颜色？", also) is None  # it says the question's modifier
    assert sibling("黑顶山雀的羽毛是什么颜色？", black) is None  # the question names the title
