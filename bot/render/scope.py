"""The replies when the time window or the source a query named holds nothing (the line
above results limited to them is results.scope_line)."""
from __future__ import annotations

from bot.render.html import esc, fit, one_line
from bot.render.reply import Reply
from bot.render.results import SAID_WIDTH, days, hit_lines, read_button
from search.model import Hit, Scope

DATE_FORM = "日期:2023-11 或 日期:2023-11-01..2023-11-30"


def empty_window(scope: Scope, newest: list[Hit]) -> Reply:
    """Nothing in the window (or from the source in it): say so, and offer the newest articles."""
    where = f"「{esc(one_line(scope.said or '', SAID_WIDTH))}」（{days(scope)}）"
    source = "、".join(esc(s) for s in scope.sources)
    head = f"{where}没有{source + '的' if source else ''}相关文章。"
    if not newest:
        return Reply(head)
    lines = [head + "以下是最新的文章：", *(hit_lines(i + 1, h) for i, h in enumerate(newest))]
    return Reply(fit("\n\n".join(lines)), (tuple(read_button(i + 1, h) for i, h in enumerate(newest)),))


def source_absent(scope: Scope) -> Reply:
    """A source no article has, and the sources there are."""
    named = esc(one_line(scope.source or "", SAID_WIDTH))
    if not scope.known:
        return Reply(f"资料库里没有来自「{named}」的文章，现有文章也都没有注明来源。")
    known = "、".join(esc(one_line(s, SAID_WIDTH)) for s in scope.known)
    return Reply(f"资料库里没有来自「{named}」的文章。现有的来源有：{known}。\n可以这样问：来源:{esc(scope.known[0])}")


def bad_date() -> Reply:
    """An explicit 日期: form that names no days."""
    return Reply(f"日期格式不对。可以这样写：{DATE_FORM}，也可以直接说“上周”“2023年11月”。")
