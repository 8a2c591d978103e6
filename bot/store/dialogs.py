"""The dialog half of the SQL store (bot.store.sql mixes it in): each chat's short context
for follow-ups, as bot/dialog.py writes it. An answer never waits long on it or fails with
it: a failure is logged and the chat simply has no context."""
from __future__ import annotations

import logging

from bot.store import outage
from bot.store.base import StoreError

log = logging.getLogger(__name__)


class DialogsSql:
    """Store methods for chat contexts, over the SQL store's dialect."""

    def _run(self, sql: str, args: tuple = (), short: bool = False) -> list[tuple]:
        raise NotImplementedError  # SqlStore's

    def save_dialog(self, chat_id: int, context: str, at: float) -> None:
        try:
            self._run("INSERT INTO dialogs(chat_id, context, at) VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE "
                      "SET context=excluded.context, at=excluded.at", (chat_id, context, at), short=True)
        except StoreError as exc:
            log.log(outage.quiet_level(), "could not store a chat's context: %s", exc)

    def dialog(self, chat_id: int, since: float) -> str | None:
        try:
            rows = self._run("SELECT context FROM dialogs WHERE chat_id=? AND at >= ?", (chat_id, since), short=True)
        except StoreError as exc:
            log.log(outage.quiet_level(), "could not read a chat's context: %s", exc)
            return None
        return rows[0][0] if rows else None

    def forget_dialogs(self, before: float) -> None:
        self._run("DELETE FROM dialogs WHERE at < ?", (before,))
