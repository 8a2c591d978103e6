"""Files an admin sends: kept in the live store, ingested like the seed folder's files, and
removed again (the engine's side; the bot's is in tests/test_bot_uploads.py)."""
from __future__ import annotations

from search.engine import Engine
from search.sources.live import LiveSources
from tests.support.seeds import copy_seeds
from tests.support.uploads import QUESTION, TITLE, UPLOADED


def engine(tmp_path) -> Engine:
    return Engine(tmp_path / "index", copy_seeds(tmp_path / "seeds"), LiveSources(tmp_path / "data"))


def test_an_uploaded_file_is_ingested_found_and_removed(tmp_path):
    e = engine(tmp_path)
    try:
        e.ingest()
        before = e.stats().articles
        assert e.ask(QUESTION) is None
        outcome = e.add_upload("阿勒泰.txt", UPLOADED)
        assert outcome.new and outcome.upload is not None and outcome.upload.titles == (TITLE,)
        assert e.ingest().articles_added == 1
        found = e.ask(QUESTION)
        assert found is not None and found.article.title == TITLE and "三千名" in found.sentence.text
        assert not e.add_upload("again.txt", UPLOADED).new  # the same text twice is one upload
        assert [u.name for u in e.uploads()] == ["阿勒泰.txt"]
        assert e.remove_upload(2) is None
        removed = e.remove_upload(1)
        assert removed is not None and removed.titles == (TITLE,)
        assert e.ingest().articles_removed == 1
        assert e.ask(QUESTION) is None and e.stats().articles == before and e.uploads() == []
    finally:
        e.close()


def test_files_that_are_not_news_are_refused_and_nothing_is_kept(tmp_path):
    e = engine(tmp_path)
    try:
        assert e.add_upload("report.pdf", b"%PDF-1.7 ...").refused == "type"
        assert e.add_upload("big.txt", UPLOADED * 100_000).refused == "size"
        assert e.add_upload("blob.txt", bytes(range(256)) * 4).refused == "unreadable"
        assert e.add_upload("empty.html", b"<html><body></body></html>").refused == "no_articles"
        assert e.upload_refusal("a.PDF", 10) == "type" and e.upload_refusal("a.MD", 10) is None
        assert e.uploads() == []
    finally:
        e.close()
