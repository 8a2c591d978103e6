"""The bot's short replies: greetings, help, usage lines, confirmations, refusals and
errors, and the words of the terminal chat."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from bot.render.html import esc, one_line
from bot.render.reply import Reply
from search.model import Stats

TIMEZONE = "Asia/Shanghai"
ECHO_WIDTH = 40  # characters of the user's own text echoed back
ERROR_WIDTH = 300  # characters of an error message in the error chat's report


def examples_lines(examples: Sequence[str], lead: str = "例如：") -> str:
    """Example searches as bullet lines after *lead* (nothing when there are none: an empty index)."""
    return f"{lead}\n" + "\n".join(f"• {esc(q)}" for q in examples) if examples else ""


def no_match(query: str, examples: Sequence[str] = ()) -> Reply:
    """A friendly reply when nothing in the collection matches."""
    return Reply(f"没有找到与「{esc(one_line(query, ECHO_WIDTH))}」相关的文章。\n"
                 + (examples_lines(examples, "可以换个说法，或试试这些：") or "可以换个说法再试试。"))


INPUT_NOTE = "输入不是有效的 UTF-8，无效的字节已替换为 U+FFFD"  # search/cli.py NOTE, in Chinese


def input_replaced(reply: Reply) -> Reply:
    """*reply* under the note that the user's text was not valid UTF-8 (what the command
    line notes too): it was read with U+FFFD in place of the broken bytes."""
    return Reply(f"（{INPUT_NOTE}）\n{reply.text}", reply.buttons)


def welcome(examples: Sequence[str] = ()) -> Reply:
    """/start, with example searches drawn from the newest articles."""
    return Reply("你好！我可以回答关于新闻文章的问题，并给出出处。\n"
                 "直接发送问题或关键词即可。" + (f"\n{examples_lines(examples)}" if examples else "")
                 + "\n\n发送 /help 查看全部命令。")


def help_text(commands: Sequence[str], examples: Sequence[str] = ()) -> Reply:
    """/help, and the reply to an empty question, with one line for each of *commands*
    (bot/commands.py builds them) and example searches drawn from the newest articles."""
    lines = "\n".join(esc(line) for line in commands)
    tried = f"\n{examples_lines(examples, '试试：')}" if examples else ""
    return Reply(
        "<b>用法</b>\n"
        "直接发送问题或关键词，我会给出答案和相关文章。\n"
        "关键词之间用空格表示都要包含；用引号 \"民族团结\" 搜索完整短语；用 -词 排除。\n"
        f"结果有多页时，发送「下一页」「更多」或「上一页」翻页。{tried}\n\n"
        f"{lines}\n"
        "群组中：使用 /search@机器人 或 @机器人 提问。\n"
        "任意聊天中：输入 @机器人 关键词 使用内联搜索。")


def local_time(stamp: str | None, tz: str = TIMEZONE) -> str | None:
    """An ISO time stamp (any offset) as Beijing time, e.g. 2026-11-23 03:34（北京时间）."""
    if not stamp:
        return None
    try:
        when = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return stamp
    return when.astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M") + "（北京时间）"


def stats(figures: Stats, subscribed: bool) -> Reply:
    """Collection figures; times in Beijing time like every other time the bot shows."""
    last = local_time(figures.last_ingest) or "尚未更新"
    subscription = "本聊天已订阅每日摘要。" if subscribed else "本聊天未订阅每日摘要。"
    return Reply(f"文章：{figures.articles} 篇\n文件：{figures.files} 个\n最近更新：{esc(last)}\n{subscription}")


def stale_button() -> Reply:
    """A button that no longer leads anywhere (or data nobody built)."""
    return Reply("这个按钮已失效，请重新提问。")


def sorry() -> Reply:
    """An unexpected failure, told to the user."""
    return Reply("抱歉，出了点问题，请稍后再试。")


def busy() -> Reply:
    """The database did not answer within its bounds (locked, stalled, no free connection)."""
    return Reply("资料库正忙，请稍后再试。")


def ingest_pending() -> Reply:
    """/reindex or /delupload outwaited its bound on a stalled database; it goes on."""
    return Reply("更新仍在后台进行：资料库暂时没有回应。完成后新文章会自动可搜，无需重发命令。")


def index_unavailable() -> Reply:
    """The index is missing or damaged and is being rebuilt."""
    return Reply("资料库正在重建，请稍后再试。")


def error_report(kind: str, message: str, where: str) -> Reply:
    """The short report sent to NEWSBOT_ERROR_CHAT_ID."""
    return Reply(f"⚠️ newsbot 出错：<code>{esc(kind)}</code> {esc(one_line(message, ERROR_WIDTH))}"
                 + (f"\n位置：<code>{esc(where)}</code>" if where else "") + "\n详情见日志。")


def unknown_command(command: str) -> Reply:
    """A command the bot does not have."""
    return Reply(f"没有 {esc(one_line(command, ECHO_WIDTH))} 这个命令。发送 /help 查看可用的命令。")


def not_in_terminal(command: str) -> Reply:
    """A command that works only in Telegram, typed in the terminal chat."""
    return Reply(f"{esc(one_line(command, ECHO_WIDTH))} 只能在 Telegram 中使用，终端聊天里不可用。"
                 "发送 /help 查看命令。")


def too_fast() -> Reply:
    """The one notice a user asking too fast gets."""
    return Reply("您发送得太快了，请稍等几秒再提问。")


def search_usage() -> Reply:
    """/search without keywords."""
    return Reply("用法：/search 关键词，例如 /search 民族团结")


def read_usage() -> Reply:
    """/read without an id."""
    return Reply("用法：/read 文章编号，例如 /read 0123456789abcdef（编号见搜索结果的「阅读全文」）。")


def no_article(article_id: str) -> Reply:
    """/read with an id nothing has."""
    return Reply(f"没有编号为 {esc(one_line(article_id, ECHO_WIDTH))} 的文章。")


def no_page(forward: bool) -> Reply:
    """下一页/上一页 typed when there is no such page."""
    return Reply("已经是最后一页了。" if forward else "已经是第一页了。")


def subscribe_usage(default_at: str = "08:00") -> Reply:
    """/subscribe with a time that is not one."""
    return Reply("用法：/subscribe [每周一] [HH:MM] [关键词]\n时间为北京时间 00:00–23:59，例如 /subscribe 08:00、"
                 "/subscribe 7:30 葡萄、/subscribe 每周一 08:00 葡萄（每周一次）。"
                 f"不写时间则每天 {esc(default_at)} 推送。")


WEEKDAY_NAMES = "一二三四五六日"  # Monday first


def subscribed(at: str, query: str | None, weekday: int | None = None) -> Reply:
    """The subscription is stored (*weekday*: weekly, 0 for Monday)."""
    what = f"包含「{esc(query)}」的新文章" if query else "所有新文章"
    when = f"每周{WEEKDAY_NAMES[weekday]}" if weekday is not None else "每天"
    return Reply(f"已订阅：{when} {at}（北京时间）推送{what}的摘要。发送 /unsubscribe 可取消。")


def unsubscribed(had: bool) -> Reply:
    """/unsubscribe, with or without a subscription to cancel."""
    return Reply("已取消订阅。" if had else "本聊天没有订阅。发送 /subscribe 订阅每日摘要。")


def group_admins_only() -> Reply:
    """A group member who is not an administrator tried to change the subscription."""
    return Reply("抱歉，只有本群的管理员可以更改或取消本群的订阅。")
