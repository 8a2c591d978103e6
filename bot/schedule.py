"""The repeating jobs, set up once for both front ends: the Telegram bot runs them on PTB's
JobQueue (bot/app.py, the jobs in bot/jobs.py), the terminal chat on APScheduler's
BackgroundScheduler (bot/terminal.py). APScheduler is the scheduler under PTB's JobQueue,
so both run the same jobs at the same times; the terminal's runs on a thread because its
chat waits for input on the main one."""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler

from bot.service import Service
from bot.settings import BotSettings

log = logging.getLogger(__name__)
SECONDS_PER_MINUTE = 60
REINGEST_FIRST = 1  # seconds after start-up: the first re-ingest (start-up already ingested)
DIGESTS_FIRST = 5  # seconds after start-up: the first look for due digests
DIGEST_TICK_SECONDS = 60
ALERTS_FIRST = 3  # seconds after start-up: the first look for waiting alerts
ALERT_TICK_SECONDS = 60  # waiting alerts (after quiet hours, past the hourly cap) are looked at this often
FLOOD_SWEEP_SECONDS = 600  # how often idle users' flood records are dropped
INBOX_FIRST = 1  # seconds after start-up: the first look for updates a dead worker left
LEASE_RUNS = 2.5  # re-ingest intervals the ingest lease lasts: a missed run or two keeps it
INBOX_TICKS_PER_LEASE = 3  # leases are renewed (and dead workers' updates looked for) this often


@dataclass(frozen=True)
class Repeat:
    """A repeating job: its name, the seconds between runs, and to the first run."""

    name: str
    interval: float
    first: float
    telegram_only: bool = False  # the terminal chat has no update inbox


def repeats(settings: BotSettings) -> tuple[Repeat, ...]:
    """The repeating jobs: re-ingest (NEWSBOT_REINGEST_MINUTES; the alerts it finds go out
    right after), digests, waiting alerts, forgetting idle users' flood records, and on
    Telegram the update inbox (leases renewed, dead workers' updates taken over)."""
    tick = min(DIGEST_TICK_SECONDS, settings.digest_lease)  # a dead worker's digests: lease + tick
    return (Repeat("reingest", settings.reingest_minutes * SECONDS_PER_MINUTE, REINGEST_FIRST),
            Repeat("digests", tick, DIGESTS_FIRST),
            Repeat("alerts", min(ALERT_TICK_SECONDS, settings.digest_lease), ALERTS_FIRST),  # likewise
            Repeat("flood", FLOOD_SWEEP_SECONDS, FLOOD_SWEEP_SECONDS),
            Repeat("inbox", settings.inbox_lease / INBOX_TICKS_PER_LEASE, INBOX_FIRST, telegram_only=True))


def in_background(settings: BotSettings, work: Mapping[str, Callable[[], None]]) -> BackgroundScheduler:
    """Start *work* (a function for each of repeats()' names) on a background thread; runs
    of one job never overlap, and runs missed while one was running are not made up."""
    zone = ZoneInfo(settings.timezone)
    scheduler = BackgroundScheduler(timezone=zone)
    start = dt.datetime.now(zone)
    for job in (j for j in repeats(settings) if not j.telegram_only):
        scheduler.add_job(work[job.name], "interval", seconds=job.interval, id=job.name, name=job.name,
                          next_run_time=start + dt.timedelta(seconds=job.first), max_instances=1, coalesce=True)
    scheduler.start()
    return scheduler


def local_now(settings: BotSettings) -> dt.datetime:
    """Now, in the bot's time zone (digest times are in it)."""
    return dt.datetime.now(ZoneInfo(settings.timezone))


def reingest(service: Service, settings: BotSettings) -> None:
    """Incremental ingest by the worker elected to ingest (it holds the lease for
    LEASE_RUNS re-ingest intervals and renews it on each run; a dead one's runs out), unless
    another ingest is running. A failure is logged; the next run tries again, and the index
    keeps its last good state."""
    try:
        report = service.ingest_alone(settings.reingest_minutes * SECONDS_PER_MINUTE * LEASE_RUNS)
    except Exception:
        log.exception("re-ingest failed")
        return
    if report is None:
        log.debug("re-ingest skipped: another worker ingests")
        return
    if report.added or report.changed or report.removed:
        log.info("re-ingest: +%d files, ~%d, -%d", report.added, report.changed, report.removed)
