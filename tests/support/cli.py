"""The command line in a test: the installed console script, and keeping what a command
opens so a test can see whether it was closed."""
from __future__ import annotations

import sys
from pathlib import Path

NEWSBOT = Path(sys.executable).with_name("newsbot")  # the installed console script


def keep_opened(monkeypatch, module, *names: str) -> list:
    """Make the openers *names* of *module* keep what they open in the returned list. Kept
    alive there, a pool the command did not close keeps its sessions on the server (instead
    of the garbage collector closing it), so a test can see that it was not closed."""
    opened: list = []

    def keeping(real):
        def open_and_keep(*args):
            opened.append(real(*args))
            return opened[-1]
        return open_and_keep

    for name in names:
        monkeypatch.setattr(module, name, keeping(getattr(module, name)))
    return opened
