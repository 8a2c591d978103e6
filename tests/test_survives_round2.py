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
