"""The load test at CI size: every update answered exactly once, none refused.

Throughput, latency and loop stall are figures printed by `make check-perf`, not asserted here.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support.seeds import ROOT


@pytest.mark.slow
def test_quick_load_answers_every_update_exactly_once():
    run = subprocess.run([sys.executable, "-m", "tests.support.load", "--quick"], cwd=ROOT,
                         capture_output=True, text=True, timeout=240)
    r = json.loads(run.stdout.strip().splitlines()[-1])
    assert (r["lost"], r["doubled"], r["refused"]) == (0, 0, 0), r
