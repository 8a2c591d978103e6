"""What the bot says, independent of Telegram: input text in, Reply objects out.

These functions block (they search the index); Telegram handlers run them in a
worker thread, the terminal chat calls them directly.
"""
from __future__ import annotations

import re
import time

from bot import render
from bot.render import Reply
from bot.store import Store
from search.engine import Engine

_READ = re.compile(r"^rd:([0-9a-f]{16})$")
_PAGE = re.compile(r"^pg:([0-9a-f]{12}):([1-9][0-9]{0,3})$")


class Chat:
    """The conversation logic over one engine and one store."""

    def __init__(self, engine: Engine, store: Store) -> None:
        self.engine, self.store = engine, store

    def answer(self, text: str) -> Reply:
        """Reply to a question or keywords: the answer, then matching articles."""
        text = (text or "").strip()
        if not text:
            return render.help_text()
        return self.results(text, 1) or render.no_match(text)

    def results(self, text: str, page: int) -> Reply | None:
        """One page of results for *text*, or None when nothing matches."""
        found, answer = self.engine.query(text, page, render.PER_PAGE, answer=page == 1)
        if not found.total:
            return None
        if not found.hits and page > 1:
            found, _ = self.engine.query(text, found.pages, render.PER_PAGE, answer=False)
        return render.results(self.store.remember_query(text), found, answer)

    def page(self, data: str) -> Reply | None:
        """The page a 上一页/下一页 button asks for; None when the button is stale or forged."""
        m = _PAGE.match(data or "")
        text = self.store.query(m.group(1)) if m else None
        return self.results(text, int(m.group(2))) if text else None

    def read(self, data: str) -> list[str] | None:
        """The full article a 阅读全文 button asks for, as HTML messages."""
        m = _READ.match(data or "")
        article = self.engine.show(m.group(1)) if m else None
        return render.article(article) if article else None

    def latest(self, limit: int = 5) -> Reply:
        return render.latest(self.engine.latest(limit))

    def stats(self, chat_id: int) -> Reply:
        return render.stats(self.engine.stats(), self.store.subscription(chat_id) is not None)

    def digest(self, since: float, query: str | None, limit: int = 20) -> tuple[Reply | None, float]:
        """The digest of articles added after *since*, and the new watermark."""
        hits = self.engine.latest(limit, since=since, query=query)
        if not hits:
            return None, since
        newest = max(h.added or since for h in hits)
        return render.digest(hits, query), newest

    def subscribe(self, chat_id: int, args: list[str], default_at: str) -> Reply:
        """Parse `/subscribe [HH:MM] [关键词]` and store the subscription."""
        at = default_at
        if args and re.fullmatch(r"([01]?\d|2[0-3])[:：][0-5]\d", args[0]):
            hh, mm = re.split(r"[:：]", args.pop(0))
            at = f"{int(hh):02d}:{mm}"
        query = " ".join(args).strip()[:100] or None
        self.store.subscribe(chat_id, at, query, since=time.time())
        what = f"包含「{render.esc(query)}」的新文章" if query else "所有新文章"
        return Reply(f"已订阅：每天 {at}（北京时间）推送{what}的摘要。发送 /unsubscribe 可取消。")

    def unsubscribe(self, chat_id: int) -> Reply:
        if self.store.unsubscribe(chat_id):
            return Reply("已取消订阅。")
        return Reply("本聊天没有订阅。发送 /subscribe 订阅每日摘要。")
