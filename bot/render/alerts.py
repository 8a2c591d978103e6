"""The words of instant alerts: the commands' replies, the push of one article, and the
lists that quiet hours and the hourly cap gather pushes into."""
from __future__ import annotations

from collections.abc import Sequence

from bot import buttons
from bot.render.html import esc, fit, linked, marked, one_line
from bot.render.reply import Button, Reply
from bot.render.results import SOURCE_WIDTH, TITLE_WIDTH, UNTITLED, source_button, source_line
from search.model import Hit

RULE_SHOWN = 40  # characters of a rule echoed in a message
LIST_SHOWN = 20  # articles a list message shows (and gives a 阅读全文 button each)
LIST_ROW = 4  # 阅读全文 buttons per row
SYNTAX = ("关键词之间用空格表示都要包含；\"短语\" 匹配完整短语；-词 排除；A | B 表示任一即可；"
          "来源:天山网 限定来源。")


def _rules(rules: Sequence[str]) -> str:
    return "、".join(f"「{esc(one_line(r, RULE_SHOWN))}」" for r in rules)


def alert_usage(most: int) -> Reply:
    """/alert without a rule."""
    return Reply("用法：/alert 关键词，例如 /alert 葡萄节 -广告、/alert 哈密瓜 | 葡萄\n"
                 f"{esc(SYNTAX)}\n有匹配的新文章时立即推送到本聊天。每个聊天最多 {most} 个提醒；"
                 "/alerts 查看，/unalert 编号 删除，/quiet 23:00-07:00 设置免打扰时段。")


def alert_added(rule: str, outcome: str, number: int, most: int) -> Reply:
    """/alert: added, already there, or the chat holds *most* already."""
    if outcome == "exists":
        return Reply(f"本聊天已有提醒「{esc(one_line(rule, RULE_SHOWN))}」。发送 /alerts 查看全部。")
    if outcome == "full":
        return Reply(f"每个聊天最多 {most} 个提醒。请先用 /unalert 编号 删除一个（/alerts 查看编号）。")
    return Reply(f"已添加提醒 {number}：「{esc(one_line(rule, RULE_SHOWN))}」。"
                 "有匹配的新文章时会立即推送（资料库里已有的文章不推送）。/alerts 查看全部。")


def alerts_list(rules: Sequence[str], quiet: str | None) -> Reply:
    """/alerts: the chat's alerts, numbered, and its quiet hours."""
    if not rules:
        return Reply("本聊天还没有提醒。发送 /alert 关键词 添加一个。")
    lines = [f"{n}. {esc(rule)}" for n, rule in enumerate(rules, 1)]
    quiet_line = f"免打扰：{esc(quiet)}（北京时间）" if quiet else "免打扰：未设置（/quiet 23:00-07:00）"
    return Reply("<b>本聊天的提醒</b>\n" + "\n".join(lines) + f"\n\n{quiet_line}\n删除：/unalert 编号")


def unalert_usage() -> Reply:
    """/unalert without a number that is one."""
    return Reply("用法：/unalert 编号，例如 /unalert 2（编号见 /alerts）。")


def unalerted(rule: str | None, number: str) -> Reply:
    """/unalert N: removed, or no such number."""
    if rule is None:
        return Reply(f"没有编号为 {esc(one_line(number, RULE_SHOWN))} 的提醒。发送 /alerts 查看编号。")
    return Reply(f"已删除提醒「{esc(one_line(rule, RULE_SHOWN))}」。")


def quiet_usage() -> Reply:
    """/quiet with something that is not a window."""
    return Reply("用法：/quiet 23:00-07:00（北京时间），这段时间的提醒会在结束时合并成一条发送；"
                 "/quiet off 取消免打扰。")


def quiet_set(window: str | None) -> Reply:
    """/quiet: set or ended."""
    if window is None:
        return Reply("已取消免打扰，提醒会立即推送。")
    return Reply(f"已设置免打扰：{esc(window)}（北京时间）。这段时间的提醒会在结束时合并成一条发送。")


def alert_push(hit: Hit, rules: Sequence[str]) -> tuple[str, str]:
    """One article for a chat's alerts: the message (title, date, source, the sentence that
    matched with its keywords bold, 原文, the alerts it answers), and its line in a list."""
    title = esc(one_line(hit.title, TITLE_WIDTH)) or UNTITLED
    about = " · ".join(x for x in (esc(hit.date) if hit.date else "", esc(one_line(hit.source or "", SOURCE_WIDTH)))
                       if x)
    also = ""
    if hit.reprints:
        also = "\n另见：" + "、".join(linked(one_line(r.source or r.title, SOURCE_WIDTH), r.url) for r in hit.reprints)
    text = (f"🔔 <b>{title}</b>" + (f"\n<i>{about}</i>" if about else "") + f"\n{marked(hit.snippet)}{also}"
            + source_line(hit.url) + f"\n—— 提醒：{_rules(rules)}")
    entry = f"<b>{title}</b>" + (f"  <i>{about}</i>" if about else "") + f"\n提醒：{_rules(rules)}"
    return fit(text), entry


def alert_reply(text: str, article_id: str, url: str | None) -> Reply:
    """A push as sent: its message, 阅读全文 and 原文."""
    source = source_button(url)
    return Reply(text, ((Button("阅读全文", buttons.read(article_id)),) + ((source,) if source else ()),))


def _numbered(entries: Sequence[tuple[str, str]], head: str) -> Reply:
    """A list of (article id, entry line) with a 阅读全文 button for every entry shown."""
    shown = entries[:LIST_SHOWN]
    lines = [head] + [f"{n}. {entry}" for n, (_id, entry) in enumerate(shown, 1)]
    if len(entries) > len(shown):
        lines.append(f"……另有 {len(entries) - len(shown)} 篇，可直接搜索关键词查看。")
    reads = [Button(f"阅读全文 {n}", buttons.read(i)) for n, (i, _entry) in enumerate(shown, 1)]
    return Reply(fit("\n\n".join(lines)), tuple(tuple(reads[i:i + LIST_ROW]) for i in range(0, len(reads), LIST_ROW)))


def quiet_digest(entries: Sequence[tuple[str, str]]) -> Reply:
    """The pushes held during quiet hours, as one message once they end."""
    return _numbered(entries, f"🔔 <b>免打扰期间的提醒</b> — {len(entries)} 篇新文章")


def alert_overflow(count: int, per_hour: int, batch: str) -> Reply:
    """Past the hourly cap: how many more matched, and a button that lists them."""
    return Reply(f"🔔 本小时的提醒已达 {per_hour} 条上限，另有 {count} 篇新文章匹配您的提醒。",
                 ((Button(f"查看这 {count} 篇", buttons.alert_list(batch)),),))


def alert_list(entries: Sequence[tuple[str, str]]) -> Reply:
    """The articles behind an overflow message's button."""
    return _numbered(entries, f"🔔 <b>超出上限的提醒</b> — {len(entries)} 篇")
