"""Every command, declared once: its name, what it does, who may use it, where it works,
and its words in the command menu (Chinese and English) and in /help.

Built from COMMANDS: Telegram's command handlers and menu (bot/app.py, bot/handlers.py),
the /help text, and the terminal chat's dispatch (bot/terminal.py). An action takes the
conversation and the command as asked, and returns the replies; each front end checks
who and where before running it.
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot import render
from bot.render import Reply
from bot.settings import BotSettings

if TYPE_CHECKING:
    from bot.conversation import Conversation


class Place(enum.Enum):
    """Where a command is typed."""

    PRIVATE = "private"  # a private chat with the bot
    GROUP = "group"  # a group or supergroup
    TOPIC = "topic"  # a forum topic of a supergroup
    TERMINAL = "terminal"  # the terminal chat (`newsbot chat`)


class Who(enum.Enum):
    """Who may use a command."""

    ANYONE = "anyone"
    GROUP_ADMIN = "group admin"  # anyone in private chat; in a group, its administrators
    ADMIN = "admin"  # NEWSBOT_ADMIN_IDS; the person at the terminal runs the bot: an administrator


ANYWHERE = frozenset(Place)
IN_PRIVATE = frozenset({Place.PRIVATE, Place.TERMINAL})  # the feed list holds URLs not meant for groups


@dataclass(frozen=True)
class Asked:
    """One command as typed: the chat it came from, the text after it, the settings, and
    whether the user reads traditional characters."""

    chat_id: int
    rest: str
    settings: BotSettings
    traditional: bool = False
    thread_id: int | None = None  # the forum topic it was typed in
    progress: Callable[[int, int], None] | None = None  # told files done and total by a long action

    @property
    def args(self) -> list[str]:
        """The words after the command."""
        return self.rest.split()


Action = Callable[["Conversation", Asked], list[Reply]]


@dataclass(frozen=True)
class Command:
    """One command. *zh* and *en* are its menu entries; *help* (default *zh*) its line in
    /help, after the command and *args*."""

    name: str
    action: Action
    zh: str
    en: str
    args: str = ""
    help: str = ""
    who: Who = Who.ANYONE
    where: frozenset[Place] = ANYWHERE
    menu: bool = True  # listed in Telegram's command menu
    question: bool = False  # Telegram: the text after it is a question (flood-checked, quoted in groups)
    slow: bool = False  # Telegram: an ingest, run off the search pool so answers go on

    def help_line(self) -> str:
        """Its line in /help, with who may use it and where."""
        typed = f"/{self.name} {self.args}".strip()
        note = ""
        if self.who is Who.ADMIN:
            note = "（仅限管理员私聊）" if Place.GROUP not in self.where else "（仅限管理员）"
        elif self.who is Who.GROUP_ADMIN:
            note = "（群组中仅限管理员）"
        return f"{typed} — {self.help or self.zh}{note}"


def _reindex(conversation: Conversation, asked: Asked) -> list[Reply]:
    full = [a.lower() for a in asked.args] == ["full"]
    report = conversation.ingest(full, asked.progress)
    return [render.reindexed(report, conversation.feed_states())]


COMMANDS: tuple[Command, ...] = (
    Command("start", lambda c, a: [render.welcome(c.examples())], "开始使用", "Start"),
    Command("help", lambda c, a: [help_text(c.examples())], "帮助", "How to use the bot"),
    Command("search", lambda c, a: [c.answer(a.rest) if a.rest.strip() else render.search_usage()],
            "搜索文章", "Search articles", args="关键词", question=True),
    Command("latest", lambda c, a: [c.latest(1)], "最新文章", "Newest articles", help="最新文章（可翻页）"),
    Command("read", lambda c, a: [Reply(text) for text in c.read_id(a.rest, a.chat_id)], "阅读全文", "Read an article",
            args="文章编号", menu=False),
    Command("summary", lambda c, a: [c.summary_in(a.chat_id, a.rest)], "文章摘要", "An article's summary",
            args="文章编号", help="文章摘要（2-4 句原文）；读完或得到回答后也可以问「这篇讲了什么」", menu=False),
    Command("subscribe", lambda c, a: [c.subscribe(a.chat_id, a.args, a.settings.digest_time, a.traditional,
                                                   a.thread_id)],
            "订阅每日摘要 [HH:MM] [关键词]", "Daily digest [HH:MM] [keywords]", args="[每周一] [HH:MM] [关键词]",
            help="订阅每日摘要，默认 08:00（北京时间）；加「每周一」等则每周一次", who=Who.GROUP_ADMIN),
    Command("unsubscribe", lambda c, a: [c.unsubscribe(a.chat_id)], "取消订阅", "Stop the daily digest",
            who=Who.GROUP_ADMIN),
    Command("alert", lambda c, a: [c.alert(a.chat_id, a.thread_id, a.rest, a.traditional)],
            "添加即时提醒", "Instant alert on keywords", args="关键词",
            help="有匹配的新文章时立即推送（语法同搜索：\"短语\"、-排除、A | B）", who=Who.GROUP_ADMIN),
    Command("alerts", lambda c, a: [c.alerts(a.chat_id)], "查看提醒", "List alerts",
            help="列出本聊天的提醒"),
    Command("unalert", lambda c, a: [c.unalert(a.chat_id, a.args)], "删除提醒", "Remove an alert",
            args="编号", help="删除提醒，编号见 /alerts", who=Who.GROUP_ADMIN),
    Command("quiet", lambda c, a: [c.quiet(a.chat_id, a.args)], "免打扰时段", "Quiet hours",
            args="HH:MM-HH:MM|off", help="这段时间（北京时间）的提醒在结束时合并成一条发送；off 取消",
            who=Who.GROUP_ADMIN),
    Command("stats", lambda c, a: [c.stats(a.chat_id)], "资料库统计", "Collection figures"),
    Command("reindex", _reindex, "立即更新资料库", "Update the collection now", args="[full]",
            help="立即更新资料库，full 重新读取每个文件", who=Who.ADMIN, menu=False, slow=True),
    Command("feeds", lambda c, a: [c.feeds()], "RSS/Atom 订阅源", "RSS/Atom feeds", help="列出 RSS/Atom 订阅源",
            who=Who.ADMIN, where=IN_PRIVATE, menu=False),
    Command("addfeed", lambda c, a: [c.add_feed(a.args, a.settings.reingest_minutes)], "添加订阅源", "Add a feed",
            args="网址", help="添加 RSS/Atom 订阅源", who=Who.ADMIN, where=IN_PRIVATE, menu=False),
    Command("delfeed", lambda c, a: [c.del_feed(a.args)], "删除订阅源", "Remove a feed", args="编号",
            help="删除订阅源，编号见 /feeds", who=Who.ADMIN, where=IN_PRIVATE, menu=False),
    Command("uploads", lambda c, a: [c.upload_list()], "上传的文件", "Uploaded files",
            help="列出上传的文件（私聊中发送 .txt、.md、.html、.xml 文件即可添加文章，最大 2 MB）",
            who=Who.ADMIN, where=IN_PRIVATE, menu=False),
    Command("delupload", lambda c, a: [c.del_upload(a.args)], "删除上传的文件", "Remove an uploaded file",
            args="编号", help="删除上传的文件及其文章，编号见 /uploads", who=Who.ADMIN, where=IN_PRIVATE,
            menu=False, slow=True),
)
BY_NAME = {command.name: command for command in COMMANDS}


def find(name: str) -> Command | None:
    """The command called *name* (without the slash), or None."""
    return BY_NAME.get(name)


def menu(language: str) -> list[tuple[str, str]]:
    """The command menu Telegram shows: Chinese by default, English for "en"."""
    return [(c.name, c.en if language == "en" else c.zh) for c in COMMANDS if c.menu]


def help_text(examples: tuple[str, ...] = ()) -> Reply:
    """/help, and the reply to an empty question: every command, one line each, and
    *examples* (searches drawn from the index)."""
    return render.help_text([c.help_line() for c in COMMANDS], examples)
