"""What administrators read: /reindex reports and the live sources (/feeds, /addfeed, /delfeed)."""
from __future__ import annotations

from collections.abc import Sequence

from bot.render.html import esc, fit, one_line
from bot.render.reply import Reply
from search.model import FeedStatus, IngestReport

FEED_TITLE_WIDTH = 40
LISTED = 5  # failed feeds, unreadable files and warnings listed at most (then counted)
FEED_NUMBER_WIDTH = 10  # characters of a bad /delfeed argument echoed back
_FEED_ERRORS = {"timeout": "超时未响应", "too_large": "内容过大，超过大小限制", "redirects": "重定向过多（循环跳转）",
                "malformed": "不是可读的 RSS/Atom 订阅源", "unreachable": "无法连接",
                "private": "地址是本机或内网地址，不会抓取"}


def admins_only() -> Reply:
    """An administrator's command from someone else."""
    return Reply("此命令仅限管理员使用。")


def private_only() -> Reply:
    """A feed command outside a private chat."""
    return Reply("请在与机器人的私聊中使用此命令。")


def reindexing(done: int, total: int, seconds: float = 0.0) -> Reply:
    """The status message a long /reindex keeps up to date: the files read once it counts
    them (*total* 0: still fetching feeds or scanning the folder), and the *seconds* spent."""
    files = f"已读 {done}/{total} 个文件" if total else "正在抓取订阅源、查看文件夹"
    spent = int(seconds)
    took = "" if spent < 1 else f"，已用 {spent // 60} 分 {spent % 60} 秒" if spent >= 60 else f"，已用 {spent} 秒"
    return Reply(f"正在更新索引…{files}{took}")


def reindexed(report: IngestReport, fetched: Sequence[FeedStatus] = ()) -> Reply:
    """What /reindex did, and anything the admin should act on: feeds whose last fetch failed
    (*fetched*: every feed's state after the ingest), files that could not be read, warnings."""
    if report.error:
        return Reply(f"更新失败，仍使用上次的资料库：{esc(report.error)}")
    down = [f for f in fetched if f.error]
    troubled = bool(down or report.skipped or report.warnings)
    head = "更新完成，但有问题" if troubled else "更新完成"
    lines = [f"{head}：新增文件 {report.added}，修改 {report.changed}，删除 {report.removed}，"
             f"未变 {report.unchanged}；文章 +{report.articles_added} −{report.articles_removed}。"]
    if down:
        lines.append(f"订阅源抓取失败 {len(down)} 个（共 {len(fetched)} 个）：")
        lines += [f"• {esc(fit(f.title or f.url, FEED_TITLE_WIDTH))}：{feed_error(f.error or '')}"
                  for f in down[:LISTED]]
    if report.skipped:
        lines.append(f"无法读取的文件 {len(report.skipped)} 个：" + "、".join(esc(x) for x in report.skipped[:LISTED])
                     + ("等" if len(report.skipped) > LISTED else ""))
    lines += [f"注意：{esc(w)}" for w in report.warnings[:LISTED]]
    if report.kept_missing:
        lines.append(f"注意：资料文件夹一次少了 {report.kept_missing} 个文件，可能未挂载或同步失败，已保留这些文章。"
                     "如确已删除，请发送 /reindex full。")
    return Reply("\n".join(lines))


def feed_error(error: str) -> str:
    """A feed's last error in words (http:503 -> 服务器返回 HTTP 503)."""
    kind, _, detail = error.partition(":")
    if kind == "http":
        return f"服务器返回 HTTP {esc(detail)}"
    return _FEED_ERRORS.get(kind, esc(error))


def _feed_state(feed: FeedStatus) -> str:
    if feed.error:
        return f"⚠️ {feed_error(feed.error)}（连续失败 {feed.failures} 次）"
    return f"✅ {feed.items} 条" if feed.checked else "⏳ 等待下次更新"


def feeds(items: list[FeedStatus]) -> Reply:
    """/feeds: every live source, numbered for /delfeed, with its state."""
    if not items:
        return Reply("还没有订阅源。发送 /addfeed 网址 添加 RSS/Atom 订阅源，或在 NEWSBOT_FEEDS 中设置。")
    lines = ["<b>订阅源</b>"]
    for number, feed in enumerate(items, 1):
        name = esc(one_line(feed.title or "", FEED_TITLE_WIDTH)) or "（尚未抓取）"
        origin = "（来自 NEWSBOT_FEEDS 设置）" if feed.origin == "settings" else ""
        lines.append(f"{number}. {name}{origin}\n<code>{esc(feed.url)}</code>\n{_feed_state(feed)}")
    lines.append("删除：/delfeed 编号")
    return Reply(fit("\n\n".join(lines)))


def addfeed_usage() -> Reply:
    """/addfeed without one http(s) address."""
    return Reply("用法：/addfeed 网址，例如 /addfeed https://example.com/rss.xml（RSS 或 Atom，http/https）。")


def feed_added(url: str, added: bool, minutes: float) -> Reply:
    """/addfeed: added, or already listed."""
    if not added:
        return Reply(f"该订阅源已在列表中：<code>{esc(url)}</code>")
    return Reply(f"已添加订阅源：<code>{esc(url)}</code>\n将在下次定时更新时抓取（每 {minutes:g} 分钟），"
                 "也可发送 /reindex 立即更新。发送 /feeds 查看状态。")


def feed_refused(url: str, why: str) -> Reply:
    """/addfeed of an address the bot never fetches (loopback, private, link-local), and why."""
    return Reply(f"不能添加订阅源：<code>{esc(url)}</code>\n它指向本机或内网地址，机器人不会抓取这类地址"
                 f"（以免泄露内部页面）：{esc(why)}")


def delfeed_usage() -> Reply:
    """/delfeed without a number."""
    return Reply("用法：/delfeed 编号（编号见 /feeds）。")


def feed_removed(feed: FeedStatus | None, number: str) -> Reply:
    """/delfeed N: removed, not found, or set in NEWSBOT_FEEDS (removed there)."""
    if feed is None:
        return Reply(f"没有编号为 {esc(one_line(number, FEED_NUMBER_WIDTH))} 的订阅源。发送 /feeds 查看列表。")
    if feed.origin == "settings":
        return Reply(f"该订阅源来自 NEWSBOT_FEEDS 设置，请在设置中删除：<code>{esc(feed.url)}</code>")
    return Reply(f"已删除订阅源：{esc(feed.title or feed.url)}。它的文章将在下次更新时移出资料库。")
