"""Turning Reply objects into Telegram calls."""
from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.render import Reply


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    """Inline keyboard for a reply's buttons, or None."""
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(b.label, callback_data=b.data) for b in row]
                                 for row in reply.buttons])


async def send(message: Message, reply: Reply, quote: bool = False) -> Message:
    """Send *reply* to the chat of *message*."""
    return await message.reply_text(reply.text, reply_markup=markup(reply),
                                    do_quote=quote)
