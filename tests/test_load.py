"""The load test at CI size: every update answered exactly once, the loop never stalls."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_quick_load():
    run = subprocess.run([sys.executable, "-m", "tests.load", "--quick"], cwd=ROOT,
                         capture_output=True, text=True, timeout=240)
    r = json.loads(run.stdout.strip().splitlines()[-1])
    assert (r["lost"], r["doubled"], r["refused"]) == (0, 0, 0), r
    assert r["max_loop_stall_ms"] < 100, r
    assert r["updates_per_s"] >= 30 and r["p95_ms"] <= 500, r
