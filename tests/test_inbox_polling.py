"""Polling mode, SIGKILL: PTB's Updater moves Telegram's offset past a batch as soon as it is
queued, before it is handled (docs/reliability.md); the inbox keeps each update before that,
so a killed bot answers them after its restart, once."""
from __future__ import annotations

import asyncio
import json
import signal

import pytest

from tests.support.cluster import wait_until
from tests.support.seeds import copy_seeds
from tests.test_lifecycle import bot_env, start_bot

CHATS = list(range(3001, 3011))


@pytest.mark.slow
async def test_updates_fetched_but_unhandled_at_a_sigkill_are_answered_after_restart(api, tmp_path, capsys):
    copy_seeds(tmp_path / "seeds")
    env = bot_env(api, tmp_path, NEWSBOT_INBOX_LEASE="2")
    api.hold_sends = True  # replies reach the fake API's door and wait there, unread
    proc = await start_bot(env, tmp_path)
    for chat in CHATS:
        await api.message(chat, "吐鲁番葡萄")
    # Every update fetched and confirmed to Telegram (its offset moved past them), every reply
    # on its way but none delivered: without the inbox they would now be lost.
    await wait_until(lambda: not api.updates and api.held >= len(CHATS), 120, "replies under way")
    confirmed_unanswered = len(CHATS) - len({c.params["chat_id"] for c in api.of("sendMessage", ok=True)})
    proc.send_signal(signal.SIGKILL)
    await proc.wait()
    api.hold_sends = False
    restarted = await start_bot(env, tmp_path)
    try:
        await wait_until(lambda: {int(c.params["chat_id"]) for c in api.of("sendMessage", ok=True)} >= set(CHATS),
                         60, "every question answered after the restart")
        delivered = [int(c.params["chat_id"]) for c in api.of("sendMessage", ok=True)]
    finally:
        restarted.send_signal(signal.SIGTERM)
        await asyncio.wait_for(restarted.communicate(), 30)
    with capsys.disabled():
        print("\n" + json.dumps({"scenario": "polling_sigkill", "updates": len(CHATS),
                                 "confirmed_unanswered_at_kill": confirmed_unanswered,
                                 "answered_after_restart": len(set(delivered) & set(CHATS)),
                                 "delivered_twice": sum(1 for c in CHATS if delivered.count(c) > 1)}), end="")
    assert confirmed_unanswered == len(CHATS)
    assert sorted(c for c in delivered if c in CHATS) == CHATS  # each answered once
