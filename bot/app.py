"""Build the python-telegram-bot Application exactly as `python -m bot` runs it."""
from __future__ import annotations

import asyncio
import logging
import traceback
from typing import Any, cast
from zoneinfo import ZoneInfo

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import NetworkError, TimedOut
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot import alert_jobs, buttons, callbacks, handlers, inbox, jobs, metrics, render, uploads
from bot.commands import COMMANDS, menu
from bot.conversation import Conversation
from bot.logs import handling, install_redaction, name_worker, redact
from bot.ratelimit import SharedRateLimiter
from bot.schedule import repeats
from bot.settings import BotSettings
from bot.state import BotApplication, BotContext, BotData
from bot.store import Store, open_store_patiently
from bot.telegram_faults import ChatRateLimiter, TolerantUpdatesRequest
from bot.telegram_io import localize, topic_of
from bot.web import forget_webhook
from search.engine import open_engine
from search.model import IndexBusy, IndexUnavailable

log = logging.getLogger(__name__)
SEND_RETRIES = 5  # a request answered 429 is retried this many times after its wait
SEND_POOL = 256  # connections for sending (concurrent updates and digest fan-out)
POLL_POOL = 1  # getUpdates: one long poll at a time


class NewsApplication(BotApplication):
    """PTB's Application, telling a running ingest (it checks between files) and digests
    in flight to stop before PTB waits for the jobs and handlers, so a stop takes seconds."""

    async def initialize(self) -> None:
        try:
            await super().initialize()
        except (NetworkError, TimedOut) as exc:  # run_polling retries with back-off; say so
            log.warning("Telegram unreachable (%s); retrying", redact(str(exc)))
            raise

    async def start(self) -> None:
        self.bot_data.conversation.resume()
        self.bot_data.stopping = asyncio.Event()
        await super().start()

    async def stop(self) -> None:
        self.bot_data.conversation.stop()
        self.bot_data.stopping.set()  # digests in flight give up
        await super().stop()

    async def process_update(self, update: object) -> None:
        """PTB's handling, then the update leaves the webhook's inbox (bot/inbox.py). An
        update whose handling was cancelled (the worker stopped) stays for another worker."""
        metrics.count_updates(update_kind(update))
        handling(update.update_id if isinstance(update, Update) else None)  # in this task's log lines
        await super().process_update(update)
        await inbox.finished(self, update)


def update_kind(update: object) -> str:
    """The kind an update is counted under: command, message, callback_query, inline_query..."""
    if not isinstance(update, Update):
        return "other"
    if update.message is not None and (update.message.text or "").startswith("/"):
        return "command"
    for kind in ("message", "callback_query", "inline_query", "edited_message", "my_chat_member"):
        if getattr(update, kind) is not None:
            return kind
    return "other"


def start_metrics(app: BotApplication) -> None:
    """Serve the metrics on NEWSBOT_METRICS_LISTEN (if set). A port that cannot be bound is
    logged; the bot answers anyway."""
    try:
        app.bot_data.metrics = metrics.serve(app.bot_data.settings.metrics_listen, app.bot_data.conversation)
    except OSError as exc:
        log.error("cannot serve metrics on NEWSBOT_METRICS_LISTEN: %s", exc)


def command_menu(language: str) -> list[BotCommand]:
    """The command menu in *language* ("zh" or "en"), from bot/commands.py."""
    return [BotCommand(name, about) for name, about in menu(language)]


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure with its traceback (token redacted), tell the user briefly, and send
    a short report to NEWSBOT_ERROR_CHAT_ID when set (PTB's errorhandlerbot pattern). An
    index that cannot be read (deleted, damaged) is no bug: it is rebuilt at once, the
    user is told to ask again shortly, and one warning line is logged."""
    reply = render.sorry()
    if isinstance(context.error, IndexBusy):  # the database is locked or stalled: nothing to rebuild
        log.warning("%s", context.error)
        metrics.count_database_error()
        reply = render.busy()
    elif isinstance(context.error, IndexUnavailable):
        log.warning("%s", context.error)
        jobs.rebuild_soon(context)
        reply = render.index_unavailable()
    else:
        log.error("update failed: %s", redact(repr(context.error)), exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat and update.effective_message:
        try:
            reply = localize(reply, update.effective_user)
            await context.bot.send_message(update.effective_chat.id, reply.text,
                                           message_thread_id=topic_of(update.effective_message))
        except Exception as exc:  # nothing more to do; already logged
            log.warning("could not report the error: %s", redact(repr(exc)))
    target = context.bot_data.settings.error_chat_id
    if target is not None and context.error is not None:
        try:
            await context.bot.send_message(target, error_report(context.error).text)
        except Exception as exc:
            log.warning("could not send the error report: %s", redact(repr(exc)))


def error_report(error: BaseException) -> render.Reply:
    """The short report for the error chat: kind, message (token redacted), where it was raised."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    where = f"{frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return render.error_report(type(error).__name__, redact(str(error)), where)


async def post_init(app: BotApplication) -> None:
    """Index brought up to date before answering (an incremental ingest: files added while
    the bot was stopped are found); commands registered; jobs scheduled."""
    settings = app.bot_data.settings
    start_metrics(app)
    try:
        await asyncio.to_thread(app.bot_data.conversation.prepare_index)
    except Exception as exc:  # answer anyway: a question that finds no index starts a rebuild
        log.error("could not build the index at start-up: %s; the bot answers once it is rebuilt",
                  redact(repr(exc)))
    await asyncio.to_thread(app.bot_data.conversation.warm_up)
    if not settings.webhook_url:
        await forget_webhook(app.bot_data.conversation)  # run_polling deletes any webhook
    await app.bot.set_my_commands(command_menu("zh"))
    await app.bot.set_my_commands(command_menu("en"), language_code="en")
    schedule(app, settings)
    log.info("bot is up")


def schedule(app: BotApplication, settings: BotSettings) -> None:
    """The repeating jobs of bot/schedule.py (the terminal chat runs the same), on PTB's JobQueue."""
    if app.job_queue is None:  # only without the job-queue extra, which pyproject.toml requires
        raise RuntimeError("python-telegram-bot[job-queue] is not installed")
    work = {"reingest": jobs.reingest, "digests": jobs.digests, "alerts": alert_jobs.send_alerts,
            "flood": jobs.forget_idle_users, "inbox": inbox.take_over}
    for job in repeats(settings):
        app.job_queue.run_repeating(work[job.name], interval=job.interval, first=job.first, name=job.name)


async def post_shutdown(app: BotApplication) -> None:
    """Stop any ingest still running (start-up index build), close the store and the
    search backend's connections."""
    conversation = app.bot_data.conversation
    conversation.stop()
    if app.bot_data.metrics is not None:
        await asyncio.to_thread(app.bot_data.metrics.close)
        app.bot_data.metrics = None
    await asyncio.to_thread(conversation.close_store)
    await asyncio.to_thread(conversation.close_engine)
    log.info("store closed")


def add_handlers(app: BotApplication) -> None:
    """Commands, texts, buttons (by their data's pattern), inline queries, the error handler."""
    private, groups = filters.ChatType.PRIVATE, filters.ChatType.GROUPS
    for command in COMMANDS:  # bot/commands.py: who and where are checked by the handler
        app.add_handler(CommandHandler(command.name, handlers.command_handler(command)))
    app.add_handler(MessageHandler(filters.COMMAND & private, handlers.unknown_command))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, callbacks.migrated))
    talk = (filters.TEXT | filters.Sticker.ALL) & ~filters.COMMAND
    app.add_handler(MessageHandler(talk & private, handlers.private_text))
    app.add_handler(MessageHandler(talk & groups, handlers.group_text))
    app.add_handler(MessageHandler(filters.Document.ALL & private, uploads.document))  # admins add articles
    app.add_handler(CallbackQueryHandler(callbacks.page_button, pattern=buttons.PAGE_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.page_button, pattern=buttons.SUGGESTED_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.read_button, pattern=buttons.READ_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.alert_list_button, pattern=buttons.ALERT_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.summary_button, pattern=buttons.SUMMARY_BUTTON))
    app.add_handler(CallbackQueryHandler(callbacks.stale_button))  # whatever no pattern took
    app.add_handler(InlineQueryHandler(callbacks.inline))
    app.add_error_handler(on_error)


def make_bot(settings: BotSettings, store: Store) -> ExtBot[Any]:
    """The bot: HTML by default, Asia/Shanghai, malformed updates skipped, 429s paused per
    chat (the same connection pools ApplicationBuilder would make). With several workers
    (a PostgreSQL store) the send limits are shared through *store*; one process keeps
    PTB's limits (ChatRateLimiter), which let Telegram's tolerated bursts through unspaced."""
    shared = bool(settings.database_url)
    limiter: ChatRateLimiter = SharedRateLimiter(
        store, max_retries=SEND_RETRIES, wait=settings.db_statement_timeout / 4) if shared else \
        ChatRateLimiter(max_retries=SEND_RETRIES)
    return ExtBot(token=settings.telegram_token, base_url=settings.telegram_base_url,
                  base_file_url=uploads.file_url(settings.telegram_base_url),
                  defaults=Defaults(parse_mode=ParseMode.HTML, tzinfo=ZoneInfo(settings.timezone)),
                  rate_limiter=limiter,
                  request=HTTPXRequest(connection_pool_size=SEND_POOL),
                  get_updates_request=TolerantUpdatesRequest(connection_pool_size=POLL_POOL))


def build_application(settings: BotSettings) -> BotApplication:
    """The configured Application: HTML by default, Asia/Shanghai, rate-limited with retries."""
    install_redaction()
    engine = open_engine(settings)
    store = open_store_patiently(settings.database_url, settings.data_dir, settings)
    builder = (ApplicationBuilder()
               .application_class(NewsApplication)
               .context_types(ContextTypes(bot_data=BotData))
               .bot(make_bot(settings, store))
               .concurrent_updates(True)
               .post_init(post_init)
               .post_shutdown(post_shutdown))
    queue = inbox.InboxQueue()
    # webhook: updates come from bot.web, not from polling; polling: each fetched update is
    # kept in the inbox before Telegram's offset moves past it
    builder = builder.updater(None) if settings.webhook_url else builder.update_queue(queue)
    # ApplicationBuilder's generics do not follow .context_types() to the JobQueue; the
    # Application is built with BotData and BotContext as configured above.
    app = cast(BotApplication, builder.build())
    queue.app = app
    app.bot_data.set_up(Conversation(engine, store), settings)
    name_worker(app.bot_data.worker)
    add_handlers(app)
    return app
