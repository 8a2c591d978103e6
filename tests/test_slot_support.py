"""The noun a which-question asks about (哪一个朝代, 哪一个岛屿) counts as held by the support
check where the answer sentence names one of its kind by a word closing on the noun's
character (北宁朝, 青屿岛): Chinese compounds put the kind last, so a word that only holds
one of its characters (作为 for 著作, 种子 for 筷子) names none. The articles and sentences
here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.slots import closes_slot
from search.qa.support import supports

TITLE = "青川话"
BODY = "青川话是南方的一种方言，使用者约有三百万人。公元前二世纪的北宁朝时期，青川话已经随着云国的建立而形成雏形。"
SENTENCE = "公元前二世纪的北宁朝时期，青川话已经随着云国的建立而形成雏形。"
ASKED = "青川话的发展最早可以追溯到哪一个朝代"


def _groups(*words: tuple[str, float]) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), weight, i)] for i, (w, weight) in enumerate(words)]


GROUPS = _groups(("青川话", 4.0), ("发展", 1.2), ("最早", 2.0), ("可以追溯", 3.5), ("朝代", 5.1))


def test_a_sentence_naming_a_member_of_the_kind_closes_the_slot():
    assert closes_slot("朝代", SENTENCE, ASKED)
    assert closes_slot("岛屿", "发源于青屿岛的白石王国刚刚成立。", "白石王国位于哪一个岛屿")
    assert closes_slot("县市", "环岛铁路在石湾市的主要路线有东线。", "环岛铁路是哪一县市的主要路线")


def test_a_word_holding_the_character_elsewhere_or_as_a_suffix_does_not():
    assert not closes_slot("著作", "他以作为学者的身份写下了许多文章。", "哪一本著作记下了当时的饮食")
    assert not closes_slot("筷子", "这种树的种子扁平，故有双翼豆之称。", "扁平的形状是哪一种筷子的特色")
    assert not closes_slot("朝代", "青川话是南方的一种方言。", ASKED)


def test_the_filled_noun_counts_as_held_by_the_support_check():
    assert not supports(BODY, SENTENCE, TITLE, GROUPS, DEFAULT, named_title=False)
    assert supports(BODY, SENTENCE, TITLE, GROUPS, DEFAULT, named_title=False, filled="朝代")


def test_a_member_of_another_country_does_not_close_a_slot_the_question_owns():
    asked = "边城战役后首次夺回失地的中国军队是哪一支军队"
    assert not closes_slot("军队", "1931年，日军攻入边城，扶植了一个傀儡政权。", asked)
    assert not closes_slot("军队", "日本军攻入边城，扶植了一个傀儡政权。", asked)
    assert closes_slot("军队", "守将率领的东北军在江桥一战夺回了失地。", asked)
    assert closes_slot("军队", "红军随后在江桥夺回了失地。", asked)
    assert closes_slot("军队", "美军随后在北岸登陆。", "最先登陆北岸的美国军队是哪一支军队")


def test_an_owner_that_is_no_country_or_a_member_named_by_no_country_still_closes_the_slot():
    assert closes_slot("朝代", "周朝历时约八百年。", "中国朝代中哪一个朝代历时最长")
    assert closes_slot("国家", "法国最先承认了新政府。", "欧洲国家中哪一个国家最先承认新政府")
    assert closes_slot("河流", "黄河全长五千四百多公里。", "中国河流中哪一条河流最长")
