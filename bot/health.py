"""Whether this worker can answer, as /healthz and `newsbot status` report it: the store
answers, the index holds articles, and the last good ingest (by any worker) is recent."""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

log = logging.getLogger(__name__)
OVERDUE_INTERVALS = 3  # an ingest is overdue after this many re-ingest intervals without a good one
OVERDUE_SLACK = 600.0  # seconds added (a long ingest, a restart)


class Checked(Protocol):
    """What the check reads (bot.service.Service gives it)."""

    def store_answers(self) -> bool: ...

    def article_count(self) -> int | None: ...

    def ingest_age(self) -> float | None: ...


@dataclass(frozen=True)
class Health:
    """The verdict and what it rests on; *problems* says in words what is wrong."""

    store: bool
    articles: int | None  # None: the index cannot be read
    ingest_age: float | None  # seconds since the last good ingest; None: none recorded
    overdue_after: float
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Healthy: nothing wrong."""
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        """For JSON: the facts, the problems and ok."""
        return {"ok": self.ok, **asdict(self)}


def overdue_after(reingest_minutes: float) -> float:
    """Seconds without a good ingest after which it is overdue."""
    return OVERDUE_INTERVALS * reingest_minutes * 60 + OVERDUE_SLACK


def check(service: Checked, reingest_minutes: float) -> Health:
    """Ask the store, the index and the ingest record (each failure is a problem, not an error)."""
    problems = []
    store = service.store_answers()
    if not store:
        problems.append("the store does not answer")
    articles = service.article_count()
    if articles is None:
        problems.append("the index cannot be read")
    elif articles == 0:
        problems.append("the index is empty")
    age = None
    if store:
        try:
            age = service.ingest_age()
        except Exception as exc:
            log.debug("health: no ingest record: %s", exc)
    limit = overdue_after(reingest_minutes)
    if age is None:
        problems.append("no good ingest recorded")
    elif age > limit:
        problems.append(f"the last good ingest was {age:.0f} s ago (overdue after {limit:.0f} s)")
    return Health(store, articles, None if age is None else round(age, 1), limit, problems)
