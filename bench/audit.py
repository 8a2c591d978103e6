"""`python -m bench.audit [requirements.lock]`: known vulnerabilities of the pinned packages.

pip-audit asks PyPI's per-version JSON endpoint (or OSV), which this build machine cannot
reach; PyPI's per-project JSON is reachable and lists the vulnerabilities of the latest
release. A pin equal to the latest release is therefore checked exactly; any other pin is
reported as unchecked rather than clean.
"""
from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path


def pins(lock: Path) -> list[tuple[str, str]]:
    out = []
    for line in lock.read_text("utf-8").splitlines():
        if line and not line.startswith("#") and "==" in line:
            name, version = line.split("==", 1)
            out.append((name.strip(), version.strip()))
    return out


def check(name: str, version: str) -> dict:
    with urllib.request.urlopen(f"https://pypi.org/pypi/{name}/json", timeout=30) as resp:
        data = json.load(resp)
    latest = data["info"]["version"]
    if latest != version:
        return {"package": name, "pinned": version, "latest": latest, "status": "unchecked"}
    vulns = [v.get("id") for v in data.get("vulnerabilities") or []]
    return {"package": name, "pinned": version, "status": "vulnerable" if vulns else "clean", "ids": vulns}


def main(argv: list[str] | None = None) -> int:
    lock = Path((argv or sys.argv[1:] or ["requirements.lock"])[0])
    rows = [check(n, v) for n, v in pins(lock)]
    for r in rows:
        print(json.dumps(r))
    counts = {s: sum(r["status"] == s for r in rows) for s in ("clean", "vulnerable", "unchecked")}
    print(json.dumps(counts))
    return 1 if counts["vulnerable"] else 0


if __name__ == "__main__":
    sys.exit(main())
