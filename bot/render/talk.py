"""The replies to small talk and to questions about the bot (bot/smalltalk.py tells them
apart), and to page words typed when there is nothing to page."""
from __future__ import annotations

from collections.abc import Sequence

from bot.render.html import esc, one_line
from bot.render.messages import examples_lines
from bot.render.reply import Reply

URL_WIDTH = 200  # characters of a pasted address echoed back


def greeting(examples: Sequence[str]) -> Reply:
    """你好, hi, 早上好…"""
    return Reply("你好！我是新闻助手，可以回答关于资料库中新闻的问题，并给出出处。"
                 + (f"\n{examples_lines(examples, '可以这样问我：')}" if examples else ""))


def thanks() -> Reply:
    """谢谢, thx…"""
    return Reply("不客气！还想了解什么，直接发送问题或关键词就行。")


def goodbye() -> Reply:
    """再见, 拜拜…"""
    return Reply("再见！有问题随时来问我。")


def about(examples: Sequence[str]) -> Reply:
    """你是谁, 你能做什么…"""
    return Reply("我是新闻问答机器人：在资料库的新闻文章里查找答案，给出原句、标题、日期和来源，"
                 "并列出相关文章（可翻页、可阅读全文）。也可以用 /subscribe 订阅每日摘要。"
                 + (f"\n{examples_lines(examples)}" if examples else "")
                 + "\n发送 /help 查看全部用法。")


def no_words(examples: Sequence[str]) -> Reply:
    """Emoji, a sticker, punctuation only."""
    return Reply("🙂 我只能看懂文字。请发送想了解的问题或关键词。"
                 + (f"\n{examples_lines(examples)}" if examples else ""))


def link(url: str, admin: bool) -> Reply:
    """A bare web address; an administrator is offered /addfeed."""
    text = ("我不会打开链接，只在资料库的新闻文章里搜索。请把想了解的内容写成问题或关键词发给我，"
            "例如文章标题中的几个词。")
    if admin:
        text += (f"\n\n如果这是 RSS/Atom 订阅源，作为管理员可以发送：\n"
                 f"<code>/addfeed {esc(one_line(url, URL_WIDTH))}</code>\n把它加入资料库。")
    return Reply(text)


def nothing_to_page() -> Reply:
    """下一页/更多 typed before any results were shown."""
    return Reply("还没有可以翻页的搜索结果。请先发送问题或关键词。")
