"""Telegram's rules for what a bot sends, as the fake Bot API checks them: the HTML parse
mode, message and callback-answer lengths, button data, commands and inline answers, each
refused with Telegram's own wording (TelegramError)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

# A copy of the Bot API description (MIT, see tests/data/telegram-bot-api/LICENSE).
API = json.loads((Path(__file__).resolve().parent.parent / "data/telegram-bot-api/api.json").read_text("utf-8"))
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
                "tg-emoji", "code", "pre", "blockquote"}
_HTML = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s[^<>]*)?)>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);|[<>&]")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
# Telegram's own wording of the errors users meet every day.
TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED = ("Bad Request: message is not modified: specified new message content and reply markup "
                "are exactly the same as a current content and reply markup of the message")
NOT_FOUND = "Bad Request: message to edit not found"
UPGRADED = "Bad Request: group chat was upgraded to a supergroup chat"
CANT_PARSE = "Bad Request: can't parse entities: "


class TelegramError(Exception):
    def __init__(self, code: int, description: str, parameters: dict | None = None) -> None:
        super().__init__(description)
        self.code, self.description, self.parameters = code, description, parameters


def parse_html(text: str) -> str:
    """Telegram's HTML parse mode: the plain text, or TelegramError 400 as Telegram words it."""
    out: list[str] = []
    stack: list[str] = []  # the tags open at this point
    at = 0
    for m in _HTML.finditer(text):
        out.append(text[at:m.start()])
        at = m.end()
        closing, tag, entity = m.group(1), m.group(2), m.group(4)
        if tag:
            tag = tag.lower()
            if tag not in ALLOWED_TAGS:
                raise TelegramError(400, f"{CANT_PARSE}Unsupported start tag \"{tag}\" at byte offset {m.start()}")
            if closing:
                if not stack or stack.pop() != tag:
                    expected = stack[-1] if stack else ""
                    raise TelegramError(400, f"{CANT_PARSE}Unmatched end tag at byte offset {m.start()}, "
                                        f"expected \"</{expected}>\", found \"</{tag}>\"")
            else:
                stack.append(tag)
        elif entity:
            if entity.startswith("#"):
                out.append(chr(int(entity[2:], 16) if entity[1] in "xX" else int(entity[1:])))
            elif entity in _NAMED:
                out.append(_NAMED[entity])
            else:
                raise TelegramError(400, f"{CANT_PARSE}Unsupported HTML entity at byte offset {m.start()}")
        else:
            raise TelegramError(400, f"{CANT_PARSE}Unexpected \"{m.group(0)}\" at byte offset {m.start()}")
    if stack:
        raise TelegramError(400, f"{CANT_PARSE}Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    out.append(text[at:])
    return "".join(out)


MESSAGE_LIMIT = 4096  # characters of a message after entity parsing
DATA_LIMIT = 64  # bytes of callback_data, an inline result id, next_offset
CALLBACK_TEXT_LIMIT = 200
INLINE_RESULTS_LIMIT = 50


def check_text(text: str, mode: Any) -> str:
    """The plain text of a message in parse mode *mode*; TelegramError as Telegram refuses it."""
    plain = parse_html(text) if str(mode).upper() == "HTML" else text
    if not plain.strip():
        raise TelegramError(400, "Bad Request: message text is empty")
    if len(plain) > MESSAGE_LIMIT:
        raise TelegramError(400, "Bad Request: message is too long")
    return plain


def check_markup(markup: dict | None) -> None:
    """Every button's callback_data is 1-64 bytes."""
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode("utf-8")) <= DATA_LIMIT:
                raise TelegramError(400, "Bad Request: BUTTON_DATA_INVALID")


def check_commands(p: dict) -> None:
    """setMyCommands: 1-100 commands, names and descriptions as Telegram allows."""
    commands = p["commands"]
    if not 1 <= len(commands) <= 100:
        raise TelegramError(400, "Bad Request: commands must be non-empty")
    for c in commands:
        if not re.fullmatch(r"[a-z0-9_]{1,32}", c.get("command", "")):
            raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
        if not 1 <= len(c.get("description", "")) <= 256:
            raise TelegramError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
    if p.get("language_code") and not re.fullmatch(r"[a-z]{2}", p["language_code"]):
        raise TelegramError(400, "Bad Request: LANG_CODE_INVALID")


def check_callback_answer(p: dict) -> None:
    """answerCallbackQuery: at most 200 characters of text."""
    if len(p.get("text") or "") > CALLBACK_TEXT_LIMIT:
        raise TelegramError(400, "Bad Request: MESSAGE_TOO_LONG")


def check_inline_answer(p: dict) -> None:
    """answerInlineQuery: at most 50 results with unique 1-64 byte ids, a short next_offset,
    and valid message texts."""
    results = p["results"]
    if len(results) > INLINE_RESULTS_LIMIT:
        raise TelegramError(400, "Bad Request: RESULTS_TOO_MUCH")
    ids = [r.get("id", "") for r in results]
    if any(not 1 <= len(i.encode("utf-8")) <= DATA_LIMIT for i in ids):
        raise TelegramError(400, "Bad Request: RESULT_ID_INVALID")
    if len(set(ids)) != len(ids):
        raise TelegramError(400, "Bad Request: RESULT_ID_DUPLICATE")
    if len((p.get("next_offset") or "").encode("utf-8")) > DATA_LIMIT:
        raise TelegramError(400, "Bad Request: NEXT_OFFSET_INVALID")
    for r in results:
        content = r.get("input_message_content") or {}
        check_text(content.get("message_text", ""), content.get("parse_mode"))
