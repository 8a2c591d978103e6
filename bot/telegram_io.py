"""Turning Reply objects into Telegram calls, in the user's script."""
from __future__ import annotations

import functools
from dataclasses import replace

import opencc
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, User
from telegram.error import BadRequest

from bot.render import Reply

TOPIC_GONE = ("thread not found", "topic_closed", "topic_deleted", "topic closed", "topic deleted")
TRADITIONAL = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")  # Telegram language_code values


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """Inline keyboard for a reply's buttons, or None."""
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, url=b.url) if b.url
                                  else InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


@functools.lru_cache(maxsize=1)
def _s2twp() -> opencc.OpenCC:
    return opencc.OpenCC("s2twp")


def wants_traditional(user: User | None) -> bool:
    """True for users whose Telegram language is traditional Chinese (zh-hant, zh-tw, zh-hk)."""
    code = ((user.language_code if user else None) or "").lower().replace("_", "-")
    return any(code == t or code.startswith(t + "-") for t in TRADITIONAL)


def traditional(text: str) -> str:
    """Simplified to traditional with Taiwan phrasing (OpenCC s2twp); HTML tags are ASCII and stay."""
    return _s2twp().convert(text)


def localize(reply: Reply, user: User | None) -> Reply:
    """*reply* in *user*'s script: text and button labels (never callback data)."""
    return in_script(reply, wants_traditional(user))


def in_script(reply: Reply, traditional_script: bool) -> Reply:
    """*reply* in traditional characters when asked (text and button labels), else as is."""
    if not traditional_script:
        return reply
    rows = tuple(tuple(replace(b, label=traditional(b.label)) for b in row) for row in reply.buttons)
    return Reply(traditional(reply.text), rows)


async def send(message: Message, reply: Reply, quote: bool = False, user: User | None = None) -> Message:
    """Send *reply* to the chat of *message*, in the script of *user* (default: its sender)."""
    reply = localize(reply, user or message.from_user)
    return await message.reply_text(reply.text, reply_markup=markup(reply), do_quote=quote)


def topic_gone(exc: BadRequest) -> bool:
    """Telegram refused a send because its forum topic was closed or deleted."""
    return any(x in exc.message.lower() for x in TOPIC_GONE)


def topic_of(message: object) -> int | None:
    """The forum topic *message* was written in (replies and pushes go there), or None."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None
