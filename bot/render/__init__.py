"""Every word the user reads, and the layout of every message, as Telegram HTML (the
terminal chat turns it into plain text). Nothing here talks to Telegram.

    reply.py     Reply and Button: what a handler sends
    html.py      escaping, bold, links, cutting to Telegram's limits (no words)
    results.py   results with the answer, /latest, digests, inline results, full articles
    about.py     an article's publication day and source, asked after an answer
    scope.py     the time window and source a query named, and when they hold nothing
    messages.py  greetings, help, usage lines, confirmations, refusals, errors
    talk.py      replies to small talk and questions about the bot (import the module)
    admin.py     /reindex and the live sources
    uploads.py   files admins send (/uploads, /delupload)
    console.py   the terminal chat's prompts and footers
"""
from bot.render import talk
from bot.render.about import published, source_of
from bot.render.admin import (
    addfeed_usage,
    admins_only,
    delfeed_usage,
    feed_added,
    feed_error,
    feed_refused,
    feed_removed,
    feeds,
    private_only,
    reindexed,
    reindexing,
)
from bot.render.console import terminal_footer, terminal_intro
from bot.render.html import BOLD_OFF, BOLD_ON, LIMIT, esc, fit, link_of, linked, marked, meta, one_line, plain, terminal
from bot.render.messages import (
    INPUT_NOTE,
    TIMEZONE,
    busy,
    error_report,
    examples_lines,
    group_admins_only,
    help_text,
    index_unavailable,
    ingest_pending,
    input_replaced,
    local_time,
    no_article,
    no_match,
    no_page,
    not_in_terminal,
    read_usage,
    search_usage,
    sorry,
    stale_button,
    stats,
    subscribe_usage,
    subscribed,
    too_fast,
    unknown_command,
    unsubscribed,
    welcome,
)
from bot.render.reply import Button, Reply
from bot.render.results import (
    LATEST_PAGE,
    NEXT_LABEL,
    PER_PAGE,
    PREVIOUS_LABEL,
    InlineResult,
    answer_only,
    article,
    correction_line,
    did_you_mean,
    digest,
    hit_lines,
    inline_result,
    inline_text,
    latest,
    results,
    scope_line,
    source_button,
    source_line,
)
from bot.render.scope import bad_date, empty_window, source_absent
from bot.render.summary import nothing_to_follow, summary, summary_usage
from bot.render.uploads import (
    delupload_usage,
    upload_refused,
    upload_removed,
    uploaded,
    uploads,
    uploads_admins_only,
)

__all__ = [
    "BOLD_OFF", "BOLD_ON", "LATEST_PAGE", "LIMIT", "NEXT_LABEL", "PER_PAGE", "PREVIOUS_LABEL", "TIMEZONE",
    "INPUT_NOTE",
    "Button", "InlineResult", "Reply", "answer_only",
    "addfeed_usage", "admins_only", "article", "delfeed_usage", "digest", "error_report", "esc", "examples_lines",
    "feed_added", "feed_error", "feed_refused", "feed_removed", "feeds", "fit", "group_admins_only", "help_text",
    "hit_lines",
    "busy",
    "index_unavailable", "ingest_pending",
    "inline_result", "inline_text", "latest", "link_of", "linked", "local_time", "marked", "meta",
    "input_replaced",
    "no_article", "no_match", "no_page", "not_in_terminal", "one_line", "plain", "private_only", "read_usage",
    "reindexed", "reindexing", "results",
    "search_usage", "sorry", "source_button", "source_line", "stale_button", "stats", "subscribe_usage", "subscribed",
    "talk", "terminal", "terminal_footer", "terminal_intro", "too_fast", "unknown_command", "unsubscribed", "welcome",
    "bad_date", "empty_window", "scope_line", "source_absent", "nothing_to_follow", "summary", "summary_usage",
    "correction_line", "did_you_mean", "published", "source_of",
    "delupload_usage", "upload_refused", "upload_removed", "uploaded", "uploads", "uploads_admins_only",
]
