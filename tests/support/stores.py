"""Records the store tests build."""
from __future__ import annotations

from bot.store import Push


def push(chat_id: int, article_id: str, found: float, thread_id: int | None = None) -> Push:
    """A push of *article_id* to *chat_id* (its forum topic *thread_id*), found at *found*."""
    return Push(chat_id, article_id, thread_id, "葡萄", f"<b>{article_id}</b>", article_id, None, found)
