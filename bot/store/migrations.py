"""The schema, as numbered steps applied the same way on SQLite and PostgreSQL: the version
reached is kept in the schema_version table, and each start applies the steps after it in
one transaction (concurrent starts wait for each other)."""
from __future__ import annotations

from bot.store.dialects import Dialect

# Step n (1-based) moves the schema from version n-1 to n. Column types are the dialect's
# ({bigint}, {float}, ...). Steps never change once released: add a new one.
STEPS: list[tuple[str, ...]] = [
    (  # 1: subscriptions with their leases, page-button queries, shared values
        """CREATE TABLE IF NOT EXISTS subscriptions (
            chat_id {bigint} PRIMARY KEY,
            at TEXT NOT NULL,               -- HH:MM in the bot's time zone
            query TEXT,                     -- NULL: every new article
            since {float} NOT NULL,         -- articles added after this went out already
            last_period TEXT,               -- date (YYYY-MM-DD) of the last digest run
            claimed_by TEXT,                -- the worker sending the digest now
            claim_until {stamp})""",
        "CREATE TABLE IF NOT EXISTS queries (key TEXT PRIMARY KEY, text TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    (  # 2: the digest's script (traditional characters for a zh-Hant subscriber)
        "ALTER TABLE subscriptions ADD COLUMN traditional {bool} NOT NULL DEFAULT {false}",
    ),
    (  # 3: the flood allowance and send windows, in the database on both (SQLite files before
       # version 3 kept them in the process's memory; PostgreSQL had them from version 1)
        "CREATE INDEX IF NOT EXISTS subscriptions_due ON subscriptions (at, last_period)",
        """CREATE TABLE IF NOT EXISTS flood (user_id {bigint} PRIMARY KEY, times {floats} NOT NULL,
            noticed {bool} NOT NULL, last_at {float} NOT NULL)""",
        "CREATE TABLE IF NOT EXISTS rates (key TEXT PRIMARY KEY, slots {floats} NOT NULL)",
    ),
    (  # 4: instant alerts and their pushes (bot/alerts.py); digests into forum topics, weekly
        "ALTER TABLE subscriptions ADD COLUMN thread_id {bigint}",  # the forum topic, NULL: none
        "ALTER TABLE subscriptions ADD COLUMN weekday INTEGER",  # 0-6 (Monday 0): weekly; NULL: daily
        """CREATE TABLE IF NOT EXISTS alerts (chat_id {bigint} NOT NULL, rule TEXT NOT NULL,
            thread_id {bigint},             -- the forum topic it delivers into
            created {float} NOT NULL,       -- articles added before this are never pushed
            PRIMARY KEY (chat_id, rule))""",
        """CREATE TABLE IF NOT EXISTS alert_chats (chat_id {bigint} PRIMARY KEY,
            quiet TEXT,                     -- HH:MM-HH:MM (Beijing time) pushes wait; NULL: none
            traditional {bool} NOT NULL DEFAULT {false},
            claimed_by TEXT,                -- the worker sending the chat's pushes now
            claim_until {stamp})""",
        """CREATE TABLE IF NOT EXISTS alert_pushes (chat_id {bigint} NOT NULL, article_id TEXT NOT NULL,
            thread_id {bigint}, rules TEXT NOT NULL, text TEXT NOT NULL, entry TEXT NOT NULL, url TEXT,
            found {float} NOT NULL,         -- when the article was matched
            state TEXT NOT NULL,            -- new, sent, listed (past the hourly cap), dropped
            batch TEXT,                     -- the message that carried it with others
            sent_at {float},
            PRIMARY KEY (chat_id, article_id))""",
        "CREATE INDEX IF NOT EXISTS alert_pushes_state ON alert_pushes (state, chat_id)",
    ),
    (  # 5: each chat's short context for follow-ups (bot/dialog.py), so any worker continues it
        """CREATE TABLE IF NOT EXISTS dialogs (chat_id {bigint} PRIMARY KEY,
            context TEXT NOT NULL,          -- JSON: last question, articles shown, the one read, pages
            at {float} NOT NULL)            -- the chat's last message; older than 30 minutes: expired""",
    ),
    (  # 6: webhook updates kept from arrival until handled, held by one worker (bot/inbox.py)
        """CREATE TABLE IF NOT EXISTS inbox (update_id {bigint} PRIMARY KEY,  -- Telegram's retry: one row
            body TEXT NOT NULL,             -- the update's JSON as Telegram sent it
            received {float} NOT NULL,
            attempts INTEGER NOT NULL,      -- workers that took it: 1 on arrival, 2 after a takeover
            claimed_by TEXT,                -- the worker handling it now
            claim_until {stamp},
            done {bool} NOT NULL DEFAULT {false})  -- handled: kept a day so a late retry is ignored""",
        "CREATE INDEX IF NOT EXISTS inbox_claim ON inbox (claim_until)",
        "CREATE INDEX IF NOT EXISTS inbox_done ON inbox (done, received)",
    ),
    (  # 7: when a page-button query was last stored, so the oldest can be pruned (bounded table)
        "CREATE TABLE IF NOT EXISTS queries (key TEXT PRIMARY KEY, text TEXT NOT NULL)",  # old files lack it
        "ALTER TABLE queries ADD COLUMN used {float} NOT NULL DEFAULT 0",
        "CREATE INDEX IF NOT EXISTS queries_used ON queries (used)",
    ),
    (  # 8: duties one worker holds at a time, like the ingest (bot/store/leases.py)
        """CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,           -- the worker holding it
            held_since {float} NOT NULL,    -- when this holder took it
            held_until {stamp} NOT NULL)    -- renewed by the holder; past it, anyone may take it""",
    ),
]
SCHEMA_VERSION = len(STEPS)


def upgrade(dialect: Dialect) -> int:
    """Bring the schema to SCHEMA_VERSION; returns it. StoreError when the database fails."""
    with dialect.connection(transaction=True) as run:
        dialect.lock_schema(run)
        run("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        rows = run("SELECT version FROM schema_version")
        version = rows[0][0] if rows else dialect.legacy_version(run)
        for step in STEPS[version:]:
            for statement in step:
                run(statement.format(**dialect.types))
        if version < SCHEMA_VERSION:  # a newer release's database keeps its number
            run("DELETE FROM schema_version")
            run("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    return SCHEMA_VERSION
