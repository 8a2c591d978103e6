"""The layout corpus (tests/layouts/): files laid out as common Chinese sites, papers and
feeds lay them out, and the articles expected of each (expected.json)."""
from __future__ import annotations

import json
from pathlib import Path

LAYOUTS = Path(__file__).resolve().parent.parent / "layouts"
EXPECTED: dict[str, list[dict]] = json.loads((LAYOUTS / "expected.json").read_text("utf-8"))
