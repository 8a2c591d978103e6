"""The leases half of the SQL store (bot.store.sql mixes it in): a named duty one worker holds
for a while (the ingest: one elected worker fetches feeds and ingests, bot/service.py). The
holder renews it; a dead holder's lease runs out and the next worker to ask takes it."""
from __future__ import annotations

from bot.store.dialects import Dialect


class LeasesSql:
    """Store methods for leases, over the SQL store's dialect."""

    _d: Dialect

    def _run(self, sql: str, args: tuple = (), short: bool = False) -> list[tuple]:
        raise NotImplementedError  # SqlStore's

    def lease_take(self, name: str, worker: str, seconds: float) -> bool:
        d = self._d
        return bool(self._run(
            f"INSERT INTO leases(name, holder, held_since, held_until) VALUES (?, ?, {d.epoch}, {d.stamp_after}) "
            "ON CONFLICT(name) DO UPDATE SET held_until=excluded.held_until, holder=excluded.holder, "
            "held_since=CASE WHEN leases.holder = excluded.holder THEN leases.held_since ELSE excluded.held_since END "
            f"WHERE leases.holder = excluded.holder OR leases.held_until < {d.stamp_now} RETURNING name",
            (name, worker, seconds)))

    def lease_holder(self, name: str) -> str | None:
        rows = self._run(f"SELECT holder FROM leases WHERE name=? AND held_until >= {self._d.stamp_now}", (name,))
        return str(rows[0][0]) if rows else None

    def lease_release(self, name: str, worker: str) -> None:
        self._run("DELETE FROM leases WHERE name=? AND holder=?", (name, worker))
