"""The repository's seed folder and copies of it for a test."""
from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"


def copy_seeds(dest: Path) -> Path:
    """Copy the seed files into *dest* (made if missing); returns *dest*."""
    dest.mkdir(parents=True, exist_ok=True)
    for f in SEEDS.iterdir():
        if f.is_file():
            shutil.copy2(f, dest / f.name)
    return dest
