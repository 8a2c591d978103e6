"""The seed folder as files on disk: what each is (size, mtime), hidden and backup files
left out, unreadable subfolders skipped with one warning."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from search.sources.files import skip_reason

log = logging.getLogger("search.index.ingest")  # said by the ingest that scans


@dataclass(frozen=True)
class OnDisk:
    path: Path
    size: int
    mtime: int
    odd_name: bool = False  # the name is not valid UTF-8; indexed under an escaped form


_WARNED: set[tuple[Path, str]] = set()  # (seed folder, subfolder) already reported unreadable


class SeedsUnreadable(OSError):
    """The seed folder itself could not be listed."""


def rel_name(path: Path, seeds_dir: Path) -> tuple[str, bool]:
    """The file's name relative to the seed folder, and whether it had to be escaped: a
    name that is not valid UTF-8 is kept as its bytes, written with backslash escapes."""
    rel = path.relative_to(seeds_dir).as_posix()
    try:
        rel.encode("utf-8")
        return rel, False
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace"), True


def scan(seeds_dir: Path, unreadable: list[str] | None = None) -> dict[str, OnDisk]:
    """Regular, non-hidden files below *seeds_dir*, keyed by path relative to it. If the
    folder itself cannot be listed, raises, so it is never mistaken for an empty one; a
    subfolder that cannot be listed is skipped with one warning and added to *unreadable*."""
    found: dict[str, OnDisk] = {}
    failing: set[tuple[Path, str]] = set()

    def failed(exc: OSError) -> None:
        if exc.filename is None or Path(exc.filename) == seeds_dir:
            raise SeedsUnreadable(str(exc)) from exc
        rel = rel_name(Path(exc.filename), seeds_dir)[0]
        if (seeds_dir, rel) not in _WARNED:  # once while it stays unreadable, not every scan
            log.warning("cannot read folder %s (%s); skipping it, its indexed files are kept",
                        rel, exc.strerror or exc)
        failing.add((seeds_dir, rel))
        if unreadable is not None:
            unreadable.append(rel)

    for root, dirs, files in os.walk(seeds_dir, onerror=failed):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if (reason := skip_reason(name)) is not None:  # hidden, backup, temporary
                log.info("skipping %s: %s", rel_name(Path(root, name), seeds_dir)[0], reason)
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue
            if path.is_file():
                rel, odd = rel_name(path, seeds_dir)
                found[rel] = OnDisk(path, st.st_size, st.st_mtime_ns, odd)
    _WARNED.difference_update({w for w in _WARNED if w[0] == seeds_dir} - failing)
    _WARNED.update(failing)
    return found
