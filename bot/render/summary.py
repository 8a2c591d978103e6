"""Summaries as the user reads them (/summary, the 摘要 button, 这篇讲了什么), and what a
follow-up says when there is nothing to lean on."""
from __future__ import annotations

from bot import buttons
from bot.render.html import esc, fit, meta, one_line
from bot.render.reply import Button, Reply
from search.model import Summary

TITLE_WIDTH = 60
UNTITLED = "（无标题）"
SUMMARY_LABEL = "摘要"


def summary_lines(told: Summary) -> str:
    """The summary as HTML lines: 摘要：… (empty when the article has no sentences)."""
    return f"<b>{SUMMARY_LABEL}</b>：{esc(told.text)}" if told.sentences else ""


def summary(told: Summary) -> Reply:
    """An article's summary, with its title, date and source, and a 阅读全文 button."""
    about = meta(told.date, told.source)
    head = f"<b>{esc(one_line(told.title, TITLE_WIDTH)) or UNTITLED}</b>" + (f"\n<i>{esc(about)}</i>" if about else "")
    body = summary_lines(told) or "这篇文章没有可以摘录的句子。"
    return Reply(fit(f"{head}\n{body}"), ((Button("阅读全文", buttons.read(told.id)),),))


def summary_button(number: int, article_id: str) -> Button:
    """摘要 N under a result."""
    return Button(f"{SUMMARY_LABEL} {number}", buttons.summary(article_id))


def summary_usage() -> Reply:
    """/summary without an id, or 这篇讲了什么 with no article in the conversation."""
    return Reply("请先搜索或阅读一篇文章，再问「这篇讲了什么」；也可以发送 /summary 文章编号。")


def nothing_to_follow() -> Reply:
    """A follow-up (具体是哪天？) with no earlier question in the last 30 minutes."""
    return Reply("请先提一个完整的问题，例如「昌吉市煤矿应急救援演练是哪天举行的？」，之后可以接着追问。")
