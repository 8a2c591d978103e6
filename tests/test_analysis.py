"""The jieba tokenizer keeps Whoosh's contract: positions, offsets, folding, numbers."""
from __future__ import annotations

from search.index.backends.whoosh.analyzer import ChineseAnalyzer
from search.text.analysis import analyze
from search.text.normalize import normalize


def tokens(text, **kw):
    return [(t.text, t.pos, t.startchar, t.endchar)
            for t in ChineseAnalyzer()(text, positions=True, chars=True, **kw)]


def test_positions_are_consecutive_words_not_offsets():
    toks = tokens("民族团结进步创建")
    main: dict[int, str] = {}
    for text, pos, *_ in toks:
        main.setdefault(pos, text)
    assert sorted(main) == list(range(len(main)))
    assert ("民族", 0) in [(t, p) for t, p, *_ in toks]  # sub-word at its parent's position


def test_offsets_point_into_the_original_text():
    text = "新疆吐魯番市，互嵌式村庄１３８個"
    for word, _pos, start, end in tokens(text):
        assert normalize(text[start:end]) == word


def test_traditional_and_full_width_fold():
    words = {t for t, *_ in tokens("鐵門關市民族團結 ＡＢＣ１２３")}
    assert {"铁门关", "民族", "团结", "abc123"} <= words


def test_numbers_with_units_are_tokens():
    words = {t for t, *_ in tokens("累计捐款4316.19万元，2.5万人次，收入44887元")}
    assert {"4316.19", "4316.19万", "2.5万", "44887", "44887元"} <= words


def test_no_stemming_and_single_non_han_kept():
    words = [t for t, *_ in tokens("iPhone running 3号")]
    assert "iphone" in words and "running" in words and "3" in words


def test_punctuation_is_not_a_token():
    assert all(any(c.isalnum() for c in t) for t, *_ in analyze("“你好”，世界！……"))
