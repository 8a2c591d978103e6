"""Incremental ingest: add, change, delete, odd files, crashes, laziness."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.engine import Engine
from tests.support.seeds import ROOT

NEW = ("## 吐鲁番葡萄节开幕\n\n日期：2024-08-20\n\n"
       "本报讯 记者王五报道:第三十届吐鲁番葡萄节今日开幕,吸引游客3.6万人次。\n")


def ids(engine: Engine, q: str) -> list[str]:
    return [h.id for h in engine.search(q, per_page=50).hits]


def test_first_ingest_then_unchanged_rescan(fresh):
    r = fresh.ingest()
    assert (r.added, r.articles_added) == (5, fresh.stats().articles) and r.articles_added == 12
    again = fresh.ingest()
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 5)


def test_unchanged_files_are_not_read(fresh, monkeypatch):
    fresh.ingest()
    reads = []
    real = Path.read_bytes
    def read(self):
        reads.append(self)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read)
    fresh.ingest()
    assert reads == []


def test_touched_but_identical_file_is_not_reparsed(fresh, monkeypatch):
    fresh.ingest()
    f = fresh.seeds_dir / "003_99e2a6c886f82a7c.txt"
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    import search.index.ingest as ingest_mod
    monkeypatch.setattr(ingest_mod, "load_articles", lambda *a: pytest.fail("re-parsed"))
    r = fresh.ingest()
    assert r.unchanged == 5 and r.changed == 0


def test_add_change_delete_without_duplicates(fresh):
    fresh.ingest()
    base = fresh.stats().articles
    (fresh.seeds_dir / "new.txt").write_text(NEW, "utf-8")
    r = fresh.ingest()
    assert (r.added, r.articles_added) == (1, 1)
    assert len(ids(fresh, "\"葡萄节\"")) == 1 and fresh.search("\"葡萄节\"").hits[0].date == "2024-08-20"

    (fresh.seeds_dir / "new.txt").write_text(NEW.replace("3.6万", "4.2万"), "utf-8")
    r = fresh.ingest()
    assert (r.changed, r.articles_added, r.articles_removed) == (1, 1, 1)
    assert len(ids(fresh, "\"葡萄节\"")) == 1 and "4.2万" in fresh.search("\"葡萄节\"").hits[0].snippet.text

    (fresh.seeds_dir / "new.txt").unlink()
    r = fresh.ingest()
    assert r.removed == 1 and ids(fresh, "\"葡萄节\"") == [] and fresh.stats().articles == base


def test_gbk_file_is_ingested(fresh):
    (fresh.seeds_dir / "gbk.txt").write_bytes(NEW.encode("gbk"))
    fresh.ingest()
    assert len(ids(fresh, "\"吐鲁番葡萄节\"")) == 1


def test_empty_and_binary_files_are_skipped_with_a_warning(fresh, caplog):
    (fresh.seeds_dir / "empty.txt").write_bytes(b"")
    (fresh.seeds_dir / "photo.jpg").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 100)
    r = fresh.ingest()
    assert set(r.skipped) == {"empty.txt", "photo.jpg"}
    assert "empty.txt" in caplog.text and "photo.jpg" in caplog.text
    assert r.added == 7 and fresh.stats().articles == 12
    assert fresh.ingest().unchanged == 7  # not re-read every time


def test_article_ids_survive_reingest(fresh):
    fresh.ingest()
    before = ids(fresh, "民族团结")
    fresh.ingest(full=True)
    assert ids(fresh, "民族团结") == before


def test_missing_seed_folder_keeps_the_index(fresh):
    fresh.ingest()
    count = fresh.stats().articles
    gone = Engine(fresh.index_dir, fresh.seeds_dir.parent / "nowhere")
    r = gone.ingest()
    assert r.warnings and gone.stats().articles == count


def test_crash_mid_ingest_leaves_previous_index_readable(fresh, monkeypatch):
    fresh.ingest()
    before = fresh.stats().articles
    (fresh.seeds_dir / "new.txt").write_text(NEW, "utf-8")
    import search.index.ingest as ingest_mod

    def boom(self):
        raise RuntimeError("power cut")

    monkeypatch.setattr(ingest_mod._Run, "finish", boom)
    with pytest.raises(RuntimeError):
        fresh.ingest()
    monkeypatch.undo()
    assert fresh.stats().articles == before and fresh.search("民族团结").total > 0
    r = fresh.ingest()
    assert r.added == 1 and len(ids(fresh, "\"葡萄节\"")) == 1


def test_nothing_to_tokenise_does_not_load_jieba(fresh):
    fresh.ingest()
    code = ("import jieba, sys; from pathlib import Path; from search.engine import Engine;"
            f"Engine(Path({str(fresh.index_dir)!r}), Path({str(fresh.seeds_dir)!r})).ingest();"
            "print(jieba.dt.initialized)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_batched_commits_give_the_same_index(fresh, monkeypatch):
    import search.index.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "BATCH_BYTES", 1)  # commit after every file
    r = fresh.ingest()
    assert r.added == 5 and fresh.stats().articles == r.articles_added == 12
    assert len(ids(fresh, "民族团结")) == len(set(ids(fresh, "民族团结"))) > 0
    assert fresh.ingest().unchanged == 5
