"""Per-user flood control: a few questions per window, one polite notice, then silence.
The state lives in the store, so the allowance holds across workers."""
from __future__ import annotations

OK, NOTICE, DROP = "ok", "notice", "drop"
BURST = 6  # questions per user ...
WINDOW = 10.0  # ... in any this many seconds


def decide(times: list[float], noticed: bool, now: float, burst: int = BURST,
           window: float = WINDOW) -> tuple[str, list[float], bool]:
    """One more question at *now* from a user who asked at *times* (and was *noticed*):
    the verdict, then the new times and notice flag to store. The first question over the
    limit gets a NOTICE; later ones are DROPped until the window frees up."""
    times = [t for t in times if now - t <= window]
    if len(times) < burst:
        return OK, times + [now], False
    if noticed:
        return DROP, times, True
    return NOTICE, times, True
