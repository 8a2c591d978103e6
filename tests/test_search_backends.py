"""The Backend contract (search/index/backends/base.py), run on every backend: what one ingest
writes, readers see after its commit and not before; retrieval, frequencies and lookups
answer alike. PostgreSQL runs for real (tests/support/pgserver.py)."""
from __future__ import annotations

import pytest

from search.index import documents as docs
from search.index.backends.base import Only, Retrieval, Term
from search.index.backends.postgres.backend import PostgresBackend
from search.index.backends.whoosh.backend import WhooshBackend
from search.model import Article
from tests.support.backends import ARTICLES, fill, ids


@pytest.fixture(params=["whoosh", "postgres"])
def backend(request, tmp_path):
    """An empty backend of each kind."""
    if request.param == "whoosh":
        yield WhooshBackend(tmp_path / "index")
        return
    b = PostgresBackend(request.getfixturevalue("pg_url"))
    yield b
    b.close()


def test_committed_articles_are_found_and_looked_up(backend):
    fill(backend)
    assert backend.exists() and backend.current() and backend.last_ingest()
    r = backend.reader()
    assert r.article_count() == 4
    assert r.df("昌吉市") == 2 and r.df("油田") == 1 and r.df("没有的词") == 0
    assert r.document("a3")["title"] == "克拉玛依油田" and r.document("nope") is None
    assert [f["file"] for f in sorted(r.files(), key=lambda f: f["file"])] == ["one.txt", "two.txt"]
    assert [d["id"] for d in r.newest("article", 2)] == ["a2", "a1"]
    assert {d["id"] for d in backend.iter_documents()} == {"a1", "a2", "a3", "p1"}


def test_closing_gives_back_what_is_open_and_a_later_read_reopens(backend):
    fill(backend)
    assert backend.reader().document("a1") is not None
    backend.close()
    assert backend.reader().document("a1")["title"] == "昌吉市巡回宣讲"


def test_newest_since(backend):
    fill(backend)
    r = backend.reader()
    assert [d["id"] for d in r.newest("article", 5, since_ms=docs.to_ms(1_001.0))] == ["a2", "a3"]
    assert [d["id"] for d in r.newest("caption", 5)] == ["p1"]


def test_any_and_all_groups(backend):
    fill(backend)
    r = backend.reader()
    both = Retrieval(groups=((Term("昌吉市"),), (Term("宣讲"),)), require_all=True)
    assert sorted(ids(r.candidates(both))) == ["a1", "p1"]
    oil_or_turpan = Retrieval(groups=((Term("油田"),), (Term("吐鲁番"),)), require_all=False)
    assert sorted(ids(r.candidates(oil_or_turpan))) == ["a2", "a3"]
    assert r.candidates(Retrieval(groups=((Term("油田"),), (Term("吐鲁番"),)), require_all=True)).found == ()


def test_title_words_weigh_more_and_boosts_count(backend):
    fill(backend)
    r = backend.reader()
    found = r.candidates(Retrieval(groups=((Term("昌吉市"),),), require_all=False))
    assert ids(found)[0] == "a1"  # in its title and body; the caption has it in the body only
    plain = {c.doc["id"]: c.score for c in found.found}
    light = r.candidates(Retrieval(groups=((Term("昌吉市", 0.5),),), require_all=False))
    assert {c.doc["id"]: round(c.score * 2, 6) for c in light.found} == {k: round(v, 6) for k, v in plain.items()}


def test_phrases_and_exclusions(backend):
    fill(backend)
    r = backend.reader()
    assert r.phrase_df(["民族团结", "进步"]) == 1 and r.phrase_df(["进步", "民族团结"]) == 0
    assert r.phrase_df(["团结", "进步"]) == 1  # a dictionary word inside 民族团结 stands where it does
    phrase = Retrieval(groups=(), require_all=False, phrases=(("团结", "进步"),))
    assert ids(r.candidates(phrase)) == ["a1"]
    minus = Retrieval(groups=((Term("民族"),),), require_all=False, excluded=(("巡回", "宣讲"),))
    assert ids(r.candidates(minus)) == ["a2"]


def test_examine_caps_the_scored_matches(backend):
    fill(backend, [Article(id=f"n{i}", title=f"新闻{i}", text="新疆的新闻。" * (1 + i % 3), file="many.txt")
                   for i in range(30)])
    r = backend.reader()
    found = r.candidates(Retrieval(groups=((Term("新疆"),),), require_all=False, limit=5, examine=10))
    assert len(found.found) == 5 and found.scored <= 10 and found.matched >= found.scored
    every = r.candidates(Retrieval(groups=((Term("新疆"),),), require_all=False, limit=50))
    assert len(every.found) == 30 and every.matched == 30


def test_the_lexicon_holds_title_and_body_words_and_changes_with_each_commit(backend):
    fill(backend)
    gen, words = backend.reader().lexicon()
    assert {"昌吉市", "吐鲁番", "克拉玛依油田", "油田", "宣讲"} <= set(words) and "没有的词" not in words
    fill(backend, [Article(id="b1", title="哈密瓜", text="哈密的瓜甜。", file="three.txt")], added=2_000.0)
    later, more = backend.reader().lexicon()
    assert later != gen and "哈密瓜" in more and "吐鲁番" in more


def test_newest_follows_each_commit(backend):
    fill(backend)
    march = Only(first="2024-03-01", last="2024-03-31")
    assert [d["id"] for d in backend.reader().newest("article", 5)] == ["a2", "a1", "a3"]
    assert [d["id"] for d in backend.reader().newest("article", 5, only=march)] == ["a2", "a1"]
    fill(backend, [Article(id="b1", title="哈密瓜", text="哈密的瓜甜。", file="three.txt", date="2024-03-09")],
         added=2_000.0)
    r = backend.reader()
    assert [d["id"] for d in r.newest("article", 2)] == ["b1", "a2"]
    assert [d["id"] for d in r.newest("article", 5, only=march)] == ["b1", "a2", "a1"]
    with backend.writing() as w:
        w.delete_file("one.txt")
        w.commit()
    r = backend.reader()
    assert [d["id"] for d in r.newest("article", 5)] == ["b1", "a3"]
    assert [d["id"] for d in r.newest("article", 5, only=march)] == ["b1"]


def test_words_containing_a_part(backend):
    fill(backend)
    r = backend.reader()
    assert r.words_containing("玛依", 10) == ("克拉玛依油田",)
    assert "油田" not in r.words_containing("油田", 10)


def test_delete_file_and_times(backend):
    fill(backend)
    with backend.writing() as w:
        assert set(w.file_records()) == {"one.txt", "two.txt"}
        assert w.added_times("one.txt") == {"a1": 1000.0, "a2": 1001.0}
        w.delete_file("one.txt")
        w.add(docs.gone_doc("one.txt", {"a1": 1000.0}))
        w.commit()
        assert w.gone_records() == {"one.txt": {"a1": 1000.0}}
    r = backend.reader()
    assert r.document("a1") is None and r.article_count() == 2  # (Whoosh's df counts deleted
    # documents until a merge; PostgreSQL's drops at once: tests/test_pg_search.py)
    assert r.candidates(Retrieval(groups=((Term("吐鲁番"),),), require_all=False)).found == ()


def test_readers_see_nothing_before_commit(backend):
    fill(backend)
    with backend.writing() as w:
        w.add(docs.article_doc(Article(id="new", title="喀什古城", text="喀什古城游客多。", file="three.txt"), 5.0))
        w.delete_file("two.txt")
        r = backend.reader()
        assert r.document("new") is None and r.document("a3") is not None and r.df("喀什") == 0
        w.cancel()
    r = backend.reader()
    assert r.document("new") is None and r.document("a3") is not None


def test_one_query_sees_one_commit(backend):
    """A commit landing while a query runs is not half seen: the reader's frequencies,
    matches and documents all stay those of the commit it started on."""
    fill(backend, ARTICLES[:2])
    r = backend.reader()
    assert r.df("油田") == 0
    fill(backend, ARTICLES[2:3], added=2_000.0)  # an ingest commits mid-query
    assert r.document("a3") is None and r.df("油田") == 0
    assert r.candidates(Retrieval(groups=((Term("油田"),),), require_all=False)).found == ()
    assert backend.reader().document("a3") is not None  # the next query sees it


def test_an_error_inside_the_writer_keeps_the_last_commit(backend):
    fill(backend)
    with pytest.raises(RuntimeError), backend.writing() as w:
        w.delete_file("one.txt")
        w.add(docs.article_doc(Article(id="x", title="半截", text="没写完的文章。", file="one.txt"), 5.0))
        raise RuntimeError("crash mid-ingest")
    r = backend.reader()
    assert r.document("a1") is not None and r.document("x") is None and r.df("吐鲁番") == 1


def test_replace_updates_a_record(backend):
    fill(backend)
    with backend.writing() as w:
        rec = dict(w.file_records()["one.txt"])
        w.replace({**rec, "fmtime": 99})
        w.commit()
    with backend.writing() as w:
        assert w.file_records()["one.txt"]["fmtime"] == 99 and len(w.file_records()) == 2


def test_a_word_too_long_for_an_index_term_is_searched_without_error(backend):
    long_word = "x" * 3000  # PostgreSQL's tsvector holds words up to 2 KB
    fill(backend, [*ARTICLES, Article(id="long", title="长词", text=f"{long_word} 新疆", file="three.txt")])
    r = backend.reader()
    assert r.phrase_df([long_word, "新疆"]) in (0, 1)  # answered (PostgreSQL cannot place the word: 0)
    found = r.candidates(Retrieval(groups=((Term(long_word),), (Term("新疆"),)), require_all=False))
    assert "long" in ids(found)


SOURCED = [*ARTICLES[:3],
           Article(id="s1", title="哈密瓜丰收", text="哈密瓜丰收，瓜农增收。", file="three.txt", source="哈密日报",
                   date="2024-03-06"),
           Article(id="s2", title="新华社：昌吉市宣讲", text="昌吉市宣讲活动。", file="three.txt", source="新华社"),
           Article(id="s3", title="天山网：吐鲁番", text="吐鲁番葡萄。昌吉市。", file="three.txt", source="天山网",
                   date="2023-12-02")]


def test_only_limits_by_date_or_first_seen_time_and_keeps_scores(backend):
    """Dated documents count by their date; s2 has none and counts by when it was added
    (1_004 s after the epoch, in the window below)."""
    fill(backend, SOURCED)
    r = backend.reader()
    march = Only(first="2024-03-01", last="2024-03-31", first_ms=docs.to_ms(1_004), last_ms=docs.to_ms(1_004))
    assert [d["id"] for d in r.newest("article", 10, only=march)] == ["a2", "s1", "a1", "s2"]
    everything = r.candidates(Retrieval(groups=((Term("昌吉市"),),), require_all=False))
    limited = r.candidates(Retrieval(groups=((Term("昌吉市"),),), require_all=False, only=march))
    assert sorted(ids(limited)) == ["a1", "s2"]  # s3 (December) and a3 (no 昌吉市) are out
    scores = {c.doc["id"]: c.score for c in everything.found}
    assert all(abs(c.score - scores[c.doc["id"]]) < 1e-9 for c in limited.found)
    december = Only(first="2023-12-01", last="2023-12-31", first_ms=0, last_ms=1)
    assert sorted(d["id"] for d in r.newest("article", 10, only=december)) == ["a3", "s3"]


def test_only_limits_by_source_and_sources_are_listed(backend):
    fill(backend, SOURCED)
    r = backend.reader()
    assert r.sources() == {"哈密日报": 1, "新华社": 1, "天山网": 1}
    assert [d["id"] for d in r.newest("article", 10, only=Only(sources=("哈密日报", "新华社")))] == ["s1", "s2"]
    found = r.candidates(Retrieval(groups=((Term("昌吉市"),),), require_all=False, only=Only(sources=("天山网",))))
    assert ids(found) == ["s3"]


def test_a_file_records_learned_line_keys_come_back(backend):
    """What an ingest learned of a file's lines (search.sources.recurring) is kept with its
    record, so the next ingest need not read the file again to count them."""
    fill(backend)
    with backend.writing() as w:
        w.add(docs.file_doc("three.txt", 10, 20, "hash-three", 0, ["0a1b2c3d4e5f6071", "ffeeddccbbaa9988"]))
        w.commit()
    with backend.writing() as w:
        assert list(w.file_records()["three.txt"]["lines"]) == ["0a1b2c3d4e5f6071", "ffeeddccbbaa9988"]
        assert list(w.file_records()["one.txt"]["lines"]) == []


def test_the_size_an_operator_sees_counts_what_is_stored(backend):
    assert backend.size_bytes() is None  # no index yet
    fill(backend)
    small = backend.size_bytes()
    assert small and small > 0
    many = [Article(id=f"m{i}", title=f"第{i}篇长文", text="昌吉市累计开展了巡回宣讲。" * 200 + str(i), file="big.txt")
            for i in range(200)]
    fill(backend, ARTICLES + many, added=2_000.0)
    assert backend.size_bytes() > small
