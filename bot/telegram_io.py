"""Turning Reply objects into Telegram calls, in the user's script."""
from __future__ import annotations

import functools
from dataclasses import replace

import opencc
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, User
from telegram.error import BadRequest

from bot import metrics
from bot.render import Reply

# OpenCC configurations that convert characters, never words: s2twp would turn 创建 into
# 建立 and so change titles, names and quotes. Hong Kong and Macau get their own forms.
TAIWAN, HONG_KONG = "s2tw", "s2hk"
TOPIC_GONE = ("thread not found", "topic_closed", "topic_deleted", "topic closed", "topic deleted")


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """Inline keyboard for a reply's buttons, or None."""
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, url=b.url) if b.url
                                  else InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


@functools.lru_cache(maxsize=2)
def _converter(script: str) -> opencc.OpenCC:
    return opencc.OpenCC(script)


def script_of(user: User | None) -> str | None:
    """The OpenCC configuration for *user*'s Telegram language: HONG_KONG for zh-hk and
    zh-mo, TAIWAN for the other traditional codes (zh-hant, zh-tw), None for simplified."""
    tags = ((user.language_code if user else None) or "").lower().replace("_", "-").split("-")
    if tags[0] != "zh" or "hans" in tags:
        return None
    if "hk" in tags or "mo" in tags:
        return HONG_KONG
    return TAIWAN if "hant" in tags or "tw" in tags else None


def wants_traditional(user: User | None) -> bool:
    """True for users whose Telegram language is traditional Chinese (zh-hant, zh-tw, zh-hk)."""
    return script_of(user) is not None


def traditional(text: str, script: str = TAIWAN) -> str:
    """Simplified to traditional characters, word for word (OpenCC *script*); HTML tags are ASCII and stay."""
    return _converter(script).convert(text)


def localize(reply: Reply, user: User | None) -> Reply:
    """*reply* in *user*'s script: text and button labels (never callback data)."""
    return in_script(reply, script_of(user))


def in_script(reply: Reply, script: str | None) -> Reply:
    """*reply* in traditional characters by OpenCC *script* (text and button labels), or
    as is when *script* is None."""
    if script is None:
        return reply
    rows = tuple(tuple(replace(b, label=traditional(b.label, script)) for b in row) for row in reply.buttons)
    return Reply(traditional(reply.text, script), rows)


async def send(message: Message, reply: Reply, quote: bool = False, user: User | None = None) -> Message:
    """Send *reply* to the chat of *message*, in the script of *user* (default: its sender)."""
    reply = localize(reply, user or message.from_user)
    sent = await message.reply_text(reply.text, reply_markup=markup(reply), do_quote=quote)
    metrics.REPLIES.inc()
    return sent


def topic_gone(exc: BadRequest) -> bool:
    """Telegram refused a send because its forum topic was closed or deleted."""
    return any(x in exc.message.lower() for x in TOPIC_GONE)


def topic_of(message: object) -> int | None:
    """The forum topic *message* was written in (replies and pushes go there), or None."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None
