"""The alert half of the SQL store (bot.store.sql mixes it in): alerts, the chats that
have them, and the pushes waiting for Telegram, claimed a chat at a time like digests."""
from __future__ import annotations

from bot.store.base import Alert, AlertChat, Push
from bot.store.dialects import Dialect, Run

_PUSH = "chat_id, article_id, thread_id, rules, text, entry, url, found, state, batch"
_NEW_PUSHES = "EXISTS (SELECT 1 FROM alert_pushes p WHERE p.chat_id = alert_chats.chat_id AND p.state = 'new')"


def _alert(row: tuple) -> Alert:
    chat_id, rule, thread_id, created = row
    return Alert(int(chat_id), rule, None if thread_id is None else int(thread_id), float(created))


def _chat(row: tuple) -> AlertChat:
    chat_id, quiet, traditional = row
    return AlertChat(int(chat_id), quiet, bool(traditional))


def _push(row: tuple) -> Push:
    chat_id, article_id, thread_id, rules, text, entry, url, found, state, batch = row
    return Push(int(chat_id), article_id, None if thread_id is None else int(thread_id), rules, text, entry, url,
                float(found), state, batch)


class AlertsSql:
    """Store methods for alerts, over the SQL store's dialect."""

    _d: Dialect

    def _run(self, sql: str, args: tuple = (), short: bool = False) -> list[tuple]:
        raise NotImplementedError  # SqlStore's

    def add_alert(self, alert: Alert, most: int, traditional: bool = False) -> str:
        """The chat's row is locked while counting, so two admins never pass *most* together."""
        d = self._d
        with d.connection(transaction=True) as run:
            _touch_chat(run, alert.chat_id, traditional)
            run(f"SELECT chat_id FROM alert_chats WHERE chat_id=?{d.for_update}", (alert.chat_id,))
            rules = [r[0] for r in run("SELECT rule FROM alerts WHERE chat_id=?", (alert.chat_id,))]
            if alert.rule in rules:
                return "exists"
            if len(rules) >= most:
                return "full"
            run("INSERT INTO alerts(chat_id, rule, thread_id, created) VALUES (?, ?, ?, ?)",
                (alert.chat_id, alert.rule, alert.thread_id, alert.created))
        return "added"

    def alerts(self, chat_id: int | None = None) -> list[Alert]:
        where, args = ("WHERE chat_id=? ", (chat_id,)) if chat_id is not None else ("", ())
        rows = self._run(f"SELECT chat_id, rule, thread_id, created FROM alerts {where}"
                         "ORDER BY chat_id, created, rule", args)
        return [_alert(r) for r in rows]

    def remove_alert(self, chat_id: int, number: int) -> Alert | None:
        mine = self.alerts(chat_id)
        if not 1 <= number <= len(mine):
            return None
        gone = mine[number - 1]
        self._run("DELETE FROM alerts WHERE chat_id=? AND rule=?", (chat_id, gone.rule))
        return gone

    def set_quiet(self, chat_id: int, quiet: str | None) -> None:
        self._run("INSERT INTO alert_chats(chat_id, quiet) VALUES (?, ?) "
                  "ON CONFLICT(chat_id) DO UPDATE SET quiet=excluded.quiet", (chat_id, quiet))

    def alert_chat(self, chat_id: int) -> AlertChat | None:
        rows = self._run("SELECT chat_id, quiet, traditional FROM alert_chats WHERE chat_id=?", (chat_id,))
        return _chat(rows[0]) if rows else None

    def queue_pushes(self, pushes: list[Push]) -> int:
        queued = 0
        with self._d.connection(transaction=True) as run:
            for p in pushes:
                queued += len(run(f"INSERT INTO alert_pushes({_PUSH}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                  "ON CONFLICT DO NOTHING RETURNING chat_id",
                                  (p.chat_id, p.article_id, p.thread_id, p.rules, p.text, p.entry, p.url, p.found,
                                   p.state, p.batch)))
        return queued

    def claim_alert_chats(self, worker: str, lease: float, limit: int) -> list[AlertChat]:
        d = self._d
        rows = self._run(f"UPDATE alert_chats SET claimed_by=?, claim_until={d.stamp_after} WHERE chat_id IN "
                         f"(SELECT chat_id FROM alert_chats WHERE {_NEW_PUSHES} AND (claim_until IS NULL OR "
                         f"claim_until < {d.stamp_now}) ORDER BY chat_id LIMIT ?{d.skip_locked}) "
                         "RETURNING chat_id, quiet, traditional", (worker, lease, limit))
        return sorted((_chat(r) for r in rows), key=lambda c: c.chat_id)

    def renew_alert_chat(self, chat_id: int, worker: str, lease: float) -> bool:
        d = self._d
        return bool(self._run(f"UPDATE alert_chats SET claim_until={d.stamp_after} WHERE chat_id=? AND "
                              f"claimed_by=? AND claim_until >= {d.stamp_now} RETURNING chat_id",
                              (lease, chat_id, worker)))

    def release_alert_chat(self, chat_id: int, worker: str) -> None:
        self._run("UPDATE alert_chats SET claimed_by=NULL, claim_until=NULL WHERE chat_id=? AND claimed_by=?",
                  (chat_id, worker))

    def pushes(self, chat_id: int, state: str = "new", batch: str | None = None) -> list[Push]:
        extra, args = (" AND batch=?", (chat_id, state, batch)) if batch is not None else ("", (chat_id, state))
        rows = self._run(f"SELECT {_PUSH} FROM alert_pushes WHERE chat_id=? AND state=?{extra} "
                         "ORDER BY found, article_id", args)
        return [_push(r) for r in rows]

    def mark_pushes(self, chat_id: int, article_ids: list[str], state: str, at: float,
                    batch: str | None = None) -> None:
        with self._d.connection(transaction=True) as run:
            for article_id in article_ids:
                run("UPDATE alert_pushes SET state=?, sent_at=?, batch=? WHERE chat_id=? AND article_id=?",
                    (state, at, batch, chat_id, article_id))

    def sent_since(self, chat_id: int, since: float) -> tuple[int, int]:
        one = self._run("SELECT COUNT(*) FROM alert_pushes WHERE chat_id=? AND state='sent' AND batch IS NULL "
                        "AND sent_at >= ?", (chat_id, since))[0][0]
        lists = self._run("SELECT COUNT(DISTINCT batch) FROM alert_pushes WHERE chat_id=? AND state='listed' "
                          "AND sent_at >= ?", (chat_id, since))[0][0]
        return int(one), int(lists)

    def forget_alerts(self, chat_id: int, thread_id: int | None = None) -> int:
        topic, args = (" AND thread_id=?", (chat_id, thread_id)) if thread_id is not None else ("", (chat_id,))
        with self._d.connection(transaction=True) as run:
            gone = run(f"DELETE FROM alerts WHERE chat_id=?{topic} RETURNING rule", args)
            run(f"UPDATE alert_pushes SET state='dropped' WHERE chat_id=?{topic} AND state='new'", args)
            if thread_id is not None:
                run("DELETE FROM subscriptions WHERE chat_id=? AND thread_id=?", args)
        return len(gone)

    def forget_pushes(self, before: float) -> None:
        self._run("DELETE FROM alert_pushes WHERE found < ? AND state <> 'new'", (before,))


def _touch_chat(run: Run, chat_id: int, traditional: bool) -> None:
    """The chat's row (its pushes in *traditional* script from now on)."""
    run("INSERT INTO alert_chats(chat_id, traditional) VALUES (?, ?) "
        "ON CONFLICT(chat_id) DO UPDATE SET traditional=excluded.traditional", (chat_id, traditional))
