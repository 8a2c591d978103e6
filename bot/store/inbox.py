"""The inbox half of the SQL store (bot.store.sql mixes it in): webhook updates kept from
the moment they arrive until a worker has handled them, each held by one worker under a
lease (like digests' claims), so a dead worker's updates are taken over (bot/inbox.py).
A handled update keeps its row (without its body) for a day: Telegram's late retry of it
is ignored by the primary key."""
from __future__ import annotations

from bot.store.dialects import Dialect


class InboxSql:
    """Store methods for the update inbox, over the SQL store's dialect. Each waits briefly for
    a locked SQLite file (dialects.ANSWER_WAIT_MS), so answers never queue behind the inbox."""

    _d: Dialect

    def _run(self, sql: str, args: tuple = (), short: bool = False) -> list[tuple]:
        raise NotImplementedError  # SqlStore's

    def inbox_put(self, update_id: int, body: str, received: float, worker: str, lease: float) -> bool:
        d = self._d
        return bool(self._run("INSERT INTO inbox(update_id, body, received, attempts, claimed_by, claim_until) "
                              f"VALUES (?, ?, ?, 1, ?, {d.stamp_after}) ON CONFLICT DO NOTHING RETURNING update_id",
                              (update_id, body, received, worker, lease), short=True))

    def inbox_done(self, update_id: int) -> None:
        self._run("UPDATE inbox SET done=?, body='', claimed_by=NULL, claim_until=NULL WHERE update_id=?",
                  (True, update_id), short=True)

    def inbox_forget(self, before: float) -> None:
        self._run("DELETE FROM inbox WHERE done=? AND received < ?", (True, before), short=True)

    def inbox_renew(self, update_ids: list[int], worker: str, lease: float) -> None:
        if not update_ids:
            return
        marks = ", ".join("?" for _ in update_ids)
        self._run(f"UPDATE inbox SET claim_until={self._d.stamp_after} WHERE claimed_by=? AND update_id IN ({marks})",
                  (lease, worker, *update_ids), short=True)

    def inbox_claim(self, worker: str, lease: float, limit: int, most: int) -> list[tuple[int, str]]:
        d = self._d
        rows = self._run(f"UPDATE inbox SET claimed_by=?, claim_until={d.stamp_after}, attempts=attempts + 1 "
                         "WHERE update_id IN (SELECT update_id FROM inbox WHERE NOT done "
                         f"AND claim_until < {d.stamp_now} AND attempts < ? ORDER BY update_id "
                         f"LIMIT ?{d.skip_locked}) RETURNING update_id, body",
                         (worker, lease, most, limit), short=True)
        return sorted((int(update_id), body) for update_id, body in rows)

    def inbox_give_up(self, most: int) -> list[int]:
        rows = self._run(f"DELETE FROM inbox WHERE NOT done AND claim_until < {self._d.stamp_now} AND attempts >= ? "
                         "RETURNING update_id", (most,), short=True)
        return sorted(int(r[0]) for r in rows)

    def inbox_release(self, worker: str) -> int:
        d = self._d
        return len(self._run(f"UPDATE inbox SET claimed_by=NULL, claim_until={d.stamp_after} WHERE claimed_by=? "
                             "AND NOT done RETURNING update_id", (-1.0, worker), short=True))

    def inbox_depth(self) -> int:
        return int(self._run("SELECT COUNT(*) FROM inbox WHERE NOT done")[0][0])
