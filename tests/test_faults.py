"""Faults: crashes mid-ingest, ingest during queries, a seed folder that misbehaves."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.support.seeds import ROOT


@pytest.mark.slow
def test_sigkill_during_ingest_loses_nothing_and_duplicates_nothing():
    run = subprocess.run([sys.executable, "-m", "bench.crash", "--articles", "300", "--kills", "6",
                          "--parallel-bytes", "100000"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 0, result
    assert result["survived"] == 6
    assert result["articles_after"] == result["articles_expected"] == result["distinct_ids"] == result["docs"]


def _version_file(seeds: Path, v: int) -> None:
    body = "\n\n".join(f"## 版本测试{i}号\n\n本报讯 葡萄干版本{v}号第{i}篇，吐鲁番发布。" for i in range(8))
    (seeds / "versioned.txt").write_text(body, "utf-8")


def test_queries_during_reingest_never_fail_or_tear(fresh):
    _version_file(fresh.seeds_dir, 0)
    fresh.ingest()
    errors, seen = [], []
    stop = threading.Event()

    def ask_forever() -> None:
        while not stop.is_set():
            try:
                page = fresh.search('"葡萄干版本"', per_page=20)
                versions = {h.snippet.text.split("版本")[1][0] for h in page.hits}
                seen.append((page.total, versions))
                fresh.ask("吐鲁番市有多少个互嵌式村庄？")
            except Exception as exc:  # any failure is the bug under test
                errors.append(repr(exc))

    readers = [threading.Thread(target=ask_forever) for _ in range(2)]
    for t in readers:
        t.start()
    for v in range(1, 7):
        _version_file(fresh.seeds_dir, v)
        fresh.ingest()
    stop.set()
    for t in readers:
        t.join()
    assert errors == []
    assert seen and all(total == 8 and len(versions) == 1 for total, versions in seen)


def test_unreadable_seed_folder_keeps_the_index(fresh, monkeypatch, caplog):
    fresh.ingest()
    before = fresh.stats().articles
    import search.sources.folder as folder_mod

    def walk(top, onerror=None):
        onerror(PermissionError(13, "Permission denied", str(top)))
        return iter(())

    monkeypatch.setattr(folder_mod.os, "walk", walk)
    report = fresh.ingest()
    assert report.warnings and "unreadable" in caplog.text
    assert fresh.stats().articles == before and fresh.search("民族团结").total > 0


def test_file_changing_while_read_is_left_for_the_next_ingest(fresh, monkeypatch, caplog):
    fresh.ingest()
    target = fresh.seeds_dir / "new.txt"
    target.write_text("## 葡萄节开幕\n\n本报讯 葡萄节开幕。\n", "utf-8")
    real = Path.read_bytes

    def read_and_grow(self):
        data = real(self)
        if self.name == "new.txt":
            with open(self, "a", encoding="utf-8") as f:
                f.write("\n本报讯 又一条。\n")
            os.utime(self, ns=(self.stat().st_atime_ns, self.stat().st_mtime_ns + 10**9))
        return data

    monkeypatch.setattr(Path, "read_bytes", read_and_grow)
    report = fresh.ingest()
    monkeypatch.undo()
    assert "new.txt" in report.skipped and "changed while being read" in caplog.text
    assert fresh.search('"葡萄节"').total == 0
    assert fresh.ingest().added == 1 and fresh.search('"葡萄节"').total == 1
