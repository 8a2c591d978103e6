"""The noun a which-question asks about (哪个朝代, 哪一县市) is a slot the answer fills
(search.qa.slots): an article naming a member of the kind (北宁朝, 石湾市) covers the
question without saying the noun, when it holds the question's names and the answer sentence
names one; and the noun joins no compound with its neighbour (哪一个部族建立的), since the
answer stands between them. The articles and sentences here are invented."""
from __future__ import annotations

from search.params import DEFAULT
from search.qa.coverage import Resolved
from search.qa.slots import covers_slot, fills_slot
from search.qa.vocab import Vocabulary

TOWN = {"title": "云岭府", "body": "云岭府是一座古城，城墙用青砖砌成。北宁朝时，改设云岭府。后来又改为云岭州。"}
ASKED = "云岭府是在哪个朝代设立的"


def _groups(*words: tuple[str, float]) -> list[list[Resolved]]:
    return [[Resolved(w, (w,), weight, i)] for i, (w, weight) in enumerate(words)]


def test_an_article_naming_the_asked_kind_covers_the_question_without_the_noun():
    groups = _groups(("云岭府", 5.0), ("朝代", 5.0), ("设立", 2.3))
    assert covers_slot(TOWN, groups, ASKED, "朝代", DEFAULT)


def test_an_article_lacking_a_name_of_the_question_does_not_cover_it():
    island = {"title": "青屿", "body": "青屿旧名鸡心屿，岛上多礁石。"}
    asked = "白沙是哪一个城市的旧名"
    groups = _groups(("白沙", 4.5), ("城市", 1.8), ("旧名", 6.0))
    assert not covers_slot(island, groups, asked, "城市", DEFAULT)  # 旧名 alone is over half the rest
    named = {"title": "青屿", "body": "青屿旧名鸡心屿，与白沙隔海相望。"}
    assert covers_slot(named, groups, asked, "城市", DEFAULT)


def test_the_rest_of_the_question_must_still_be_covered():
    groups = _groups(("云岭府", 5.0), ("朝代", 5.0), ("迁都", 6.0), ("原因", 3.0))
    assert not covers_slot(TOWN, groups, "云岭府在哪个朝代迁都的原因", "朝代", DEFAULT)


def test_the_sentence_must_name_something_of_the_kind_asked():
    assert fills_slot("朝代", "北宁朝时，改设云岭府。", ASKED)
    assert fills_slot("县市", "环岛铁路在石湾市的主要路线有东线。", "环岛铁路是哪一县市的主要路线")
    assert not fills_slot("朝代", "后来又改为云岭州。", ASKED)
    assert not fills_slot("朝代", "云岭府的城墙用青砖砌成。", ASKED)


class _Reader:
    """Document frequencies of an invented index of 500 articles."""

    DF = {"部族": 20, "建立": 150, "兵团": 5, "精神": 60}
    PHRASES: dict[tuple[str, ...], int] = {("部族", "建立"): 3, ("兵团", "精神"): 2}

    def article_count(self) -> int:
        return 500

    def df(self, form: str) -> int:
        return self.DF.get(form, 0)

    def phrase_df(self, words: list[str]) -> int:
        return self.PHRASES.get(tuple(words), 0)


def test_the_asked_noun_joins_no_compound():
    vocab = Vocabulary(_Reader(), DEFAULT)  # type: ignore[arg-type]
    group = [Resolved(w, (w,), vocab.idf(vocab.df(w)), i) for i, w in enumerate(["部族", "建立"])]
    assert [r.word for r in vocab.compounds(group)] == ["部族建立"]
    assert [r.word for r in vocab.compounds(group, "部族")] == ["部族", "建立"]
    names = [Resolved(w, (w,), vocab.idf(vocab.df(w)), i) for i, w in enumerate(["兵团", "精神"])]
    assert [r.word for r in vocab.compounds(names, "部族")] == ["兵团精神"]


def test_the_rest_is_covered_at_a_lower_share_than_a_whole_question():
    # the article holds 云岭府 alone of the rest: 5 of 11, under answer_coverage, over slot_coverage
    groups = _groups(("云岭府", 5.0), ("朝代", 5.0), ("设立", 2.0), ("扩建", 2.0), ("规模", 2.0))
    assert DEFAULT.slot_coverage < 5 / 11 < DEFAULT.answer_coverage
    assert covers_slot(TOWN, groups, "云岭府在哪个朝代设立并扩建了规模", "朝代", DEFAULT)
    groups = _groups(("云岭府", 5.0), ("朝代", 5.0), ("扩建", 4.0), ("规模", 4.0))
    assert not covers_slot(TOWN, groups, "云岭府在哪个朝代扩建了规模", "朝代", DEFAULT)


def test_a_reduplicated_word_is_no_name_the_article_must_hold():
    # the tagger calls 大大的 a name (nz); it is a way of saying, not what the question is about
    asked = "云岭府的面貌有了大大的改变是在哪个朝代"
    groups = _groups(("云岭府", 5.0), ("面貌", 1.0), ("大大的", 1.0), ("改变", 1.0), ("朝代", 5.0))
    assert covers_slot(TOWN, groups, asked, "朝代", DEFAULT)
