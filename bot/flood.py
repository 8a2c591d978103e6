"""Per-user flood control: a few questions per window, one polite notice, then silence."""
from __future__ import annotations

import time
from collections import deque
from typing import Callable

OK, NOTICE, DROP = "ok", "notice", "drop"


class FloodGuard:
    """At most *burst* questions per user in any *window* seconds. The first question over
    the limit gets a notice; later ones are dropped until the window frees up."""

    def __init__(self, burst: int = 6, window: float = 10.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.burst, self.window, self.clock = burst, window, clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}

    def check(self, user_id: int) -> str:
        """OK to answer, NOTICE to send the notice instead, or DROP to ignore."""
        now = self.clock()
        times = self._seen.setdefault(user_id, deque())
        while times and now - times[0] > self.window:
            times.popleft()
        if len(times) < self.burst:
            times.append(now)
            self._noticed.pop(user_id, None)
            return OK
        if user_id in self._noticed:
            return DROP
        self._noticed[user_id] = now
        return NOTICE

    def forget_idle(self) -> None:
        """Drop users with nothing in the window (keeps memory flat over months)."""
        now = self.clock()
        for uid in [u for u, t in self._seen.items() if not t or now - t[-1] > self.window]:
            self._seen.pop(uid, None)
            self._noticed.pop(uid, None)
