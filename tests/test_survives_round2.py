"""Issue 29: hostile files, addresses and folders (the search side of the second round of
fault probes). Each test fails on the code before the fix."""
from __future__ import annotations

import os
import subprocess

from tests.support.cli import NEWSBOT
from tests.support.seeds import copy_seeds

QUESTION = "吐鲁番市有多少个互嵌式村庄？"


def _ask(tmp_path, data, **extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSBOT_SEEDS_DIR": str(copy_seeds(tmp_path / "seeds")),
           "NEWSBOT_INDEX_DIR": str(tmp_path / "index"), "NEWSBOT_DATA_DIR": str(data), **extra}
    return subprocess.run([NEWSBOT, "ask", QUESTION], env=env, capture_output=True, text=True, timeout=120)


def test_jieba_cache_in_the_data_folder_never_the_shared_temp_folder(tmp_path):
    shared = tmp_path / "tmp"
    shared.mkdir()
    out = _ask(tmp_path, tmp_path / "data", TMPDIR=str(shared))
    assert out.returncode == 0 and "138个" in out.stdout, out.stderr
    assert list(shared.iterdir()) == []  # another user's jieba.cache there can no longer break a start
    assert (tmp_path / "data" / "cache" / "jieba.cache").stat().st_size > 1_000_000


def test_unwritable_jieba_cache_folder_loads_in_memory_quietly(tmp_path):
    shared = tmp_path / "tmp"
    (shared / "jieba.cache").mkdir(parents=True)  # as another user's cache file: it cannot be replaced
    data = tmp_path / "data"
    data.mkdir()
    (data / "cache").write_text("not a folder")  # nothing can be written there, even by root
    out = _ask(tmp_path, data, TMPDIR=str(shared))
    assert out.returncode == 0 and "138个" in out.stdout
    assert out.stderr == ""


def _minified_feed(items: int, pad: int) -> bytes:
    """One line of RSS, as minifiers and some CMSs write it: each item has a short story and
    a long guid (not indexed) so the file is big without being slow to index."""
    body = "".join(f"<item><title>第{i}号快讯：葡萄节</title><link>https://news.example/{i}</link>"
                   f"<guid isPermaLink=\"false\">{i}-{'葡' * pad}</guid>"
                   f"<description>吐鲁番第{i}号快讯，游客{i}人次参观葡萄节。</description></item>"
                   for i in range(items))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>快讯</title>'
            f"<link>https://news.example/</link>{body}</channel></rss>").encode()


def _article_count(engine, file: str) -> int:
    return sum(1 for h in engine.latest(10_000) if h.file == file)


def test_minified_feed_over_4mb_gives_every_item(fresh):
    from search.sources.chunks import CHUNK_BYTES

    data = _minified_feed(600, 2_500)
    assert len(data) > CHUNK_BYTES and data.count(b"\n") == 0
    (fresh.seeds_dir / "feed.xml").write_bytes(data)
    report = fresh.ingest()
    assert report.error is None and not report.skipped
    assert _article_count(fresh, "feed.xml") == 600
    assert fresh.search("第599号快讯").hits[0].title == "第599号快讯：葡萄节"


def test_one_line_page_over_the_piece_size_is_one_whole_article(fresh, monkeypatch):
    import search.index.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "CHUNK_BYTES", 20_000)  # "big" without a slow test
    story = "".join(f"<p>第三十届吐鲁番葡萄节今日开幕，第{i}批游客{i * 7}人次到场参观，葡萄销量创新高。</p>"
                    for i in range(40))
    script = "var data=[" + ",".join(f'{{"id":{i},"name":"葡萄{i}"}}' for i in range(3000)) + "];"
    page = (f"<!DOCTYPE html><html><head><title>吐鲁番葡萄节开幕</title><script>{script}</script></head>"
            f"<body><article><h1>吐鲁番葡萄节开幕</h1>{story}</article></body></html>")
    assert len(page.encode()) > 3 * 20_000 and "\n" not in page
    (fresh.seeds_dir / "page.html").write_text(page, "utf-8")
    assert fresh.ingest().error is None
    titles = [h.title for h in fresh.latest(10_000) if h.file == "page.html"]
    assert titles == ["吐鲁番葡萄节开幕"]
    assert "第39批游客273人次" in fresh.show(fresh.search("第39批游客").hits[0].id).text
