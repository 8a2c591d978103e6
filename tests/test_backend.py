"""The Backend protocol (search.backends.base), as every backend must keep it: the same
tests for Whoosh and, when it lands, PostgreSQL (add it to BACKENDS)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from search import documents as docs
from search.backends.base import Backend, Retrieval, Term
from search.backends.whoosh import WhooshBackend
from search.model import Article

BACKENDS: dict[str, Callable[[Path], Backend]] = {"whoosh": WhooshBackend}
T0 = 1_700_000_000.0  # first-seen times, epoch seconds

ARTICLES = [
    Article("a1", "葡萄节开幕", "吐鲁番葡萄节今日开幕，游客络绎不绝。", "one.txt", date="2024-08-20"),
    Article("a2", "民族团结进步", "昌吉市开展民族团结进步宣讲。", "one.txt", date="2024-08-21"),
    Article("a3", "夜市人气旺", "喀什古城夜市吸引游客品尝烤包子。", "two.txt", date="2024-08-19"),
    Article("c1", "", "葡萄丰收的果农（摄）", "two.txt", kind="caption"),
]


def _fill(backend: Backend) -> None:
    with backend.writing() as w:
        for i, a in enumerate(ARTICLES):
            w.add(docs.article_doc(a, T0 + i))
        w.add(docs.file_doc("one.txt", 10, 1, "h1", 2))
        w.add(docs.file_doc("two.txt", 20, 2, "h2", 2))
        w.commit()
        w.finished()


@pytest.fixture(params=sorted(BACKENDS))
def backend(request, tmp_path) -> Backend:
    made = BACKENDS[request.param](tmp_path / "index")
    _fill(made)
    return made


def _ids(found) -> list[str]:
    return [c.doc["id"] for c in found.found]


def test_lookups_after_a_commit(backend):
    r = backend.reader()
    assert backend.exists() and backend.current() and backend.last_ingest()
    assert r.article_count() == 4 and r.df("游客") == 2 and r.df("没有的词") == 0
    assert docs.to_article(r.document("a2")) == ARTICLES[1] and r.document("nope") is None
    assert sorted(f["file"] for f in r.files()) == ["one.txt", "two.txt"]
    assert sorted(d["id"] for d in backend.iter_documents()) == ["a1", "a2", "a3", "c1"]


def test_newest_by_date_and_since(backend):
    r = backend.reader()
    assert [d["id"] for d in r.newest("article", 10)] == ["a2", "a1", "a3"]
    assert [d["id"] for d in r.newest("article", 10, since_ms=docs.to_ms(T0 + 1))] == ["a2", "a3"]
    assert [d["id"] for d in r.earlier_with_any(["游客"], docs.to_ms(T0 + 2), 10)] == ["a1"]


def test_candidates_any_or_every_group_phrases_and_exclusions(backend):
    r = backend.reader()
    tourists, grapes = (Term("游客"),), (Term("葡萄"),)
    assert sorted(_ids(r.candidates(Retrieval((tourists, grapes), require_all=False)))) == ["a1", "a3", "c1"]
    both = r.candidates(Retrieval((tourists, grapes), require_all=True))
    assert _ids(both) == ["a1"] and both.matched >= 1 and both.found[0].score > 0
    assert _ids(r.candidates(Retrieval((), False, phrases=(("古城", "夜市"),)))) == ["a3"]
    assert _ids(r.candidates(Retrieval((), False, phrases=(("夜市", "古城"),)))) == []
    assert _ids(r.candidates(Retrieval((tourists,), False, excluded=(("夜市",),)))) == ["a1"]
    assert r.phrase_df(["古城", "夜市"]) == 1 and r.phrase_df(["夜市", "古城"]) == 0


def test_title_weighs_more_than_body(backend):
    found = backend.reader().candidates(Retrieval(((Term("葡萄"),),), False))
    assert _ids(found)[0] == "a1"  # 葡萄 in its title; c1 holds it in the body only


def test_part_of_word_lookup(backend):
    assert "葡萄节" in backend.reader().words_containing("葡萄", 10)


def test_uncommitted_changes_stay_invisible_and_cancel_drops_them(backend):
    with backend.writing() as w:
        w.delete_file("one.txt")
        assert backend.reader().document("a1") is not None
        w.cancel()
    assert backend.reader().document("a1") is not None


def test_delete_replace_and_first_seen_times(backend):
    with backend.writing() as w:
        assert w.added_times("one.txt") == {"a1": T0, "a2": T0 + 1}
        assert w.file_records()["two.txt"]["fhash"] == "h2"
        w.delete_file("one.txt")
        w.add(docs.gone_doc("one.txt", {"a1": T0}))
        w.replace({**w.file_records()["two.txt"], "fmtime": 5})
        w.commit()
        assert w.gone_records() == {"one.txt": {"a1": T0}}
    r = backend.reader()
    assert r.document("a1") is None and r.article_count() == 2
    assert [f["fmtime"] for f in r.files()] == [5]
