"""A local chat in the terminal over the same reply code as the Telegram bot."""
from __future__ import annotations

import sys

from bot import render
from bot.chat import Chat
from bot.store import Store
from search.engine import Engine
from search.settings import Settings, load_settings

LOCAL_CHAT = 0


def respond(chat: Chat, line: str, settings: Settings) -> list[str]:
    """Plain-text replies to one line typed by the user (commands work as in Telegram)."""
    cmd, _, rest = line.strip().partition(" ")
    args = rest.split()
    if cmd == "/start":
        replies = [render.welcome()]
    elif cmd == "/help":
        replies = [render.help_text()]
    elif cmd == "/latest":
        replies = [chat.latest()]
    elif cmd == "/stats":
        replies = [chat.stats(LOCAL_CHAT)]
    elif cmd == "/subscribe":
        replies = [chat.subscribe(LOCAL_CHAT, args, settings.digest_time)]
    elif cmd == "/unsubscribe":
        replies = [chat.unsubscribe(LOCAL_CHAT)]
    elif cmd == "/read":
        return [render.plain(m) for m in (chat.read(f"rd:{rest.strip()}") or ["没有这篇文章。"])]
    else:
        replies = [chat.answer(rest if cmd == "/search" else line)]
    out = []
    for r in replies:
        text = render.plain(r.text)
        reads = [b.data[3:] for row in r.buttons for b in row if b.data.startswith("rd:")]
        if reads:
            text += "\n\n（阅读全文：/read " + " | /read ".join(reads) + "）"
        out.append(text)
    return out


def main() -> int:
    """Run the terminal chat until EOF or /quit."""
    settings = load_settings()
    engine = Engine(settings.index_dir, settings.seeds_dir)
    print("正在准备索引…", file=sys.stderr)
    engine.ensure_index()
    chat = Chat(engine, Store(settings.data_dir / "newsbot.sqlite3"))
    print(render.plain(render.welcome().text))
    print("（本地终端聊天：没有设置 TELEGRAM_BOT_TOKEN。输入 /quit 退出。）")
    while True:
        try:
            line = input("\n你> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if line.strip() in ("/quit", "/exit"):
            return 0
        if line.strip():
            for text in respond(chat, line, settings):
                print(f"\n机器人> {text}")
