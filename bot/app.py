"""Build the python-telegram-bot Application exactly as `python -m bot` runs it."""
from __future__ import annotations

import asyncio
import logging
from zoneinfo import ZoneInfo

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (AIORateLimiter, Application, ApplicationBuilder, CallbackQueryHandler,
                          CommandHandler, ContextTypes, Defaults, InlineQueryHandler,
                          MessageHandler, filters)

from bot import handlers, jobs
from bot.chat import Chat
from bot.flood import FloodGuard
from bot.store import Store
from search.engine import Engine
from search.logs import install_redaction, redact
from search.settings import Settings

log = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("start", "开始使用"), BotCommand("help", "帮助"), BotCommand("search", "搜索文章"),
    BotCommand("latest", "最新文章"), BotCommand("subscribe", "订阅每日摘要"),
    BotCommand("unsubscribe", "取消订阅"), BotCommand("stats", "资料库统计"),
]


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (token redacted) and tell the user briefly."""
    log.error("update failed: %s", redact(repr(context.error)), exc_info=False)
    if isinstance(update, Update) and update.effective_chat and update.effective_message:
        try:
            await context.bot.send_message(update.effective_chat.id, "抱歉，出了点问题，请稍后再试。")
        except Exception as exc:  # nothing more to do; already logged
            log.warning("could not report the error: %s", redact(repr(exc)))


async def post_init(app: Application) -> None:
    """Index ready before answering; commands registered; jobs scheduled."""
    settings: Settings = app.bot_data["settings"]
    engine: Engine = app.bot_data["chat"].engine
    await asyncio.to_thread(engine.ensure_index)
    await app.bot.set_my_commands(COMMANDS)
    interval = settings.reingest_minutes * 60
    app.job_queue.run_repeating(jobs.reingest, interval=interval, first=1, name="reingest")
    app.job_queue.run_repeating(jobs.digests, interval=jobs.DIGEST_TICK_SECONDS, first=5, name="digests")
    app.job_queue.run_repeating(jobs.forget_idle_users, interval=600, first=600, name="flood")


def add_handlers(app: Application) -> None:
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    app.add_handler(CommandHandler("start", handlers.start))
    app.add_handler(CommandHandler("help", handlers.help_command))
    app.add_handler(CommandHandler("search", handlers.search_command))
    app.add_handler(CommandHandler("latest", handlers.latest))
    app.add_handler(CommandHandler("subscribe", handlers.subscribe))
    app.add_handler(CommandHandler("unsubscribe", handlers.unsubscribe))
    app.add_handler(CommandHandler("stats", handlers.stats))
    app.add_handler(CommandHandler("reindex", handlers.reindex))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & private, handlers.private_text))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND & groups, handlers.group_text))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(InlineQueryHandler(handlers.inline))
    app.add_error_handler(on_error)


def build_application(settings: Settings) -> Application:
    """The configured Application: HTML by default, Asia/Shanghai, rate-limited with retries."""
    install_redaction()
    engine = Engine(settings.index_dir, settings.seeds_dir)
    store = Store(settings.data_dir / "newsbot.sqlite3")
    app = (ApplicationBuilder()
           .token(settings.telegram_token)
           .base_url(settings.telegram_base_url)
           .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=ZoneInfo(settings.timezone)))
           .rate_limiter(AIORateLimiter(max_retries=5))
           .concurrent_updates(True)
           .post_init(post_init)
           .post_shutdown(lambda a: asyncio.to_thread(store.close))
           .build())
    app.bot_data["settings"] = settings
    app.bot_data["chat"] = Chat(engine, store)
    app.bot_data["flood"] = FloodGuard()
    add_handlers(app)
    return app
