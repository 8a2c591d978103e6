"""The Bot API methods the fake server answers beyond recording them (FakeBotAPI mixes
them in): what Telegram would return, after Telegram's own checks of the request."""
from __future__ import annotations

import asyncio
import contextlib
import itertools
import time

from tests.support.telegram_rules import (
    NOT_FOUND,
    NOT_MODIFIED,
    TelegramError,
    check_callback_answer,
    check_commands,
    check_inline_answer,
    check_markup,
    check_text,
)

BOT_ID = 4242
DOWNLOAD_LIMIT = 20 * 1024 * 1024  # the largest file bots may download (getFile)


class TelegramMethods:
    """`_m_<method>` for each method with an answer of its own; the server's state
    (updates, messages, admins, the send delay) lives on FakeBotAPI."""

    updates: list[dict]
    messages: dict[tuple[int, int], dict]
    files: dict[str, bytes]
    admins: dict[int, set[int]]
    send_delay: float
    webhook_error: str | None
    _ids: itertools.count
    _new: asyncio.Condition

    def user(self, user_id: int, language: str = "zh-hans") -> dict:
        raise NotImplementedError

    def chat(self, chat_id: int, kind: str) -> dict:
        raise NotImplementedError

    async def _m_getWebhookInfo(self, p):
        """Polling (no URL); the updates not yet fetched are pending; *webhook_error* as last error."""
        info = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self.updates)}
        error = self.webhook_error
        return {**info, "last_error_date": 1700000000, "last_error_message": error} if error else info

    async def _m_getMe(self, p):
        return {"id": BOT_ID, "is_bot": True, "first_name": "新闻助手", "username": "newsbot_test_bot",
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

    async def _m_getUpdates(self, p):
        offset, timeout = int(p.get("offset") or 0), float(p.get("timeout") or 0)
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        if not self.updates and timeout:
            async with self._new:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._new.wait_for(lambda: bool(self.updates)), min(timeout, 0.25))
        return self.updates[: int(p.get("limit") or 100)]

    async def _m_sendMessage(self, p):
        if self.send_delay:
            await asyncio.sleep(self.send_delay)
        plain = check_text(p["text"], p.get("parse_mode"))
        check_markup(p.get("reply_markup"))
        chat_id = _int(p["chat_id"])
        if chat_id is None:
            raise TelegramError(400, "Bad Request: chat not found")
        message_id = next(self._ids)
        msg = {"message_id": message_id, "date": int(time.time()),
               "chat": self.chat(chat_id, "private" if chat_id > 0 else "supergroup"),
               "from": {"id": BOT_ID, "is_bot": True, "first_name": "新闻助手", "username": "newsbot_test_bot"},
               "text": plain}
        if p.get("reply_markup"):
            msg["reply_markup"] = p["reply_markup"]
        self.messages[(chat_id, message_id)] = msg
        return msg

    async def _m_editMessageText(self, p):
        chat_id, message_id = _int(p.get("chat_id")), _int(p.get("message_id"))
        if chat_id is None or message_id is None or (chat_id, message_id) not in self.messages:
            raise TelegramError(400, NOT_FOUND)
        plain = check_text(p["text"], p.get("parse_mode"))
        check_markup(p.get("reply_markup"))
        msg = self.messages[(chat_id, message_id)]
        if msg["text"] == plain and msg.get("reply_markup") == p.get("reply_markup"):
            raise TelegramError(400, NOT_MODIFIED)
        msg.update(text=plain, reply_markup=p.get("reply_markup"))
        return msg

    async def _m_getChatMember(self, p):
        chat_id, user_id = _int(p["chat_id"]), _int(p["user_id"])
        if chat_id is None or user_id is None:
            raise TelegramError(400, "Bad Request: invalid user_id specified")
        user = self.user(user_id)
        if user_id not in self.admins.get(chat_id, set()):
            return {"status": "member", "user": user}
        rights = ("can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members",
                  "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories",
                  "can_edit_stories", "can_delete_stories")
        return {"status": "administrator", "user": user, "can_be_edited": False, "is_anonymous": False,
                **{r: True for r in rights}}

    async def _m_setMyCommands(self, p):
        check_commands(p)
        return True

    async def _m_answerCallbackQuery(self, p):
        check_callback_answer(p)
        return True

    async def _m_answerInlineQuery(self, p):
        check_inline_answer(p)
        return True

    async def _m_getFile(self, p: dict) -> dict:
        """A file sent to the bot, to download from /file/bot<token>/<file_path>."""
        data = self.files.get(str(p["file_id"]))
        if data is None:
            raise TelegramError(400, "Bad Request: invalid file_id")
        if len(data) > DOWNLOAD_LIMIT:
            raise TelegramError(400, "Bad Request: file is too big")
        return {"file_id": p["file_id"], "file_unique_id": "u" + str(p["file_id"]), "file_size": len(data),
                "file_path": f"documents/{p['file_id']}"}


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
