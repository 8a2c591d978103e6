"""What the bot sends, independent of Telegram: a Reply (HTML text and button rows)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Button:
    """An inline button: label and callback_data (bot/buttons.py builds it), or a link to open."""

    label: str
    data: str = ""
    url: str | None = None


@dataclass(frozen=True)
class Reply:
    """A message to send: HTML text and rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = field(default=())
    about: str | None = None  # the article it answers from, sums up or shows (a chat's context keeps it)
