"""The words of the terminal chat: its prompts, what it shows instead of buttons, and
the short words it takes for 下一页/上一页 (besides those every chat takes, bot/smalltalk.py)."""
from __future__ import annotations

from collections.abc import Sequence

YOU, BOT = "你> ", "机器人> "  # the prompt, and what starts each reply
PREPARING = "正在准备索引…"
PROGRESS_MIN_FILES = 20  # a shorter ingest shows no progress lines
PROGRESS_STEPS = 10  # lines a long ingest shows at most


def ingest_progress(done: int, total: int) -> str | None:
    """A progress line for the terminal's first ingest, about every tenth of the files; None
    between them (and for a short ingest)."""
    step = max(1, total // PROGRESS_STEPS)
    if total < PROGRESS_MIN_FILES or (done % step and done != total):
        return None
    return f"正在建立索引：已读 {done}/{total} 个文件"
NEXT_WORDS = frozenset({"n", "next"})
PREVIOUS_WORDS = frozenset({"p", "prev"})
QUIT_WORDS = frozenset({"/quit", "/exit"})


def terminal_intro() -> str:
    """Shown once under the welcome."""
    return "（本地终端聊天：输入问题或命令，/help 查看命令，/quit 退出。）"


def terminal_footer(reads: list[str], back: bool, more: bool, links: Sequence[str] = ()) -> str:
    """What the terminal shows instead of buttons."""
    parts = ["阅读全文：/read " + " | /read ".join(reads)] if reads else []
    parts += [f"原文：{link}" for link in links]
    nav = ([] if not back else ["上一页（p）"]) + ([] if not more else ["下一页（n）"])
    if nav:
        parts.append("翻页：输入 " + " 或 ".join(nav))
    return "（" + "；".join(parts) + "）" if parts else ""
