"""Instant alerts on two webhook workers sharing one PostgreSQL (issue 27, point 7): 300 new
articles match the overlapping alerts of 100 chats, and one more chat's alert matches all
of them; the worker sending the most is SIGKILLed once a quarter of the pushes went out.

Every chat must get each story it asked for once: pushed, or (past the hourly cap) counted
in the one overflow message. A push goes out twice only in the window the README documents
for digests: Telegram had accepted the dead worker's send before it could mark it.
"""
from __future__ import annotations

import asyncio
import re
import signal
import time

import aiohttp
import psycopg

from bot.store import Alert, PostgresStore
from tests.support.cluster import Cluster, max_per_second, message, wait_until
from tests.support.stories import story

TOPICS = ("熊猫", "火箭", "芯片", "足球", "钢琴", "咖啡", "航母", "机器人", "冰川", "高铁")
EVERYWHERE = "新疆"  # in every new article, and in seed articles before them
PER_HOUR = 60  # NEWSBOT_ALERTS_PER_HOUR for the run (its highest)
ADMIN = 4242  # sends /reindex
_TITLE = re.compile(r"第(\d+)号测试新闻")
_MORE = re.compile(r"另有 (\d+) 篇新文章")


def words_of(a: int) -> set[str]:
    """The topic words article *a* holds (one or two) and the word every article holds."""
    return {TOPICS[a % 10], TOPICS[a // 10 % 10], EVERYWHERE}


def rules_of(c: int) -> list[str]:
    """Chat *c*'s two alerts: the second includes the first (an article answering both is
    pushed once), and chats share topics (c and the chat with its topics swapped ask alike)."""
    x, y = c % 10, c // 10 % 10
    y = y if y != x else (x + 5) % 10
    z = next(t for t in ((y + 1) % 10, (y + 2) % 10) if t != x)
    return [f"{TOPICS[x]} {TOPICS[y]}", f"{TOPICS[x]} {TOPICS[y]} | {TOPICS[y]} {TOPICS[z]}"]


def answers(rule: str, words: set[str]) -> bool:
    """The rule's meaning for these made-up articles: every word of either side."""
    return any(set(side.split()) <= words for side in rule.split("|"))


def expected(articles: int, chats: int) -> dict[int, set[int]]:
    """Chat index -> the articles its alerts answer."""
    return {c: {a for a in range(articles) if any(answers(r, words_of(a)) for r in rules_of(c))}
            for c in range(chats)}


def add_alerts(cluster: Cluster, first_chat: int, chats: int) -> None:
    store = PostgresStore(cluster.db_url)
    now = time.time()
    for c in range(chats):
        for rule in rules_of(c):
            assert store.add_alert(Alert(first_chat + c, rule, None, now), 20) == "added"
    assert store.add_alert(Alert(first_chat + chats, EVERYWHERE, None, now), 20) == "added"
    store.close()


def waiting(cluster: Cluster) -> int:
    """Pushes in the store not yet accepted by Telegram (nor given up)."""
    with psycopg.connect(cluster.db_url) as conn:
        row = conn.execute("SELECT COUNT(*) FROM alert_pushes WHERE state = 'new'").fetchone()
    return int(row[0]) if row else 0


def states(cluster: Cluster, chat_id: int) -> dict[str, int]:
    """How many of the chat's pushes are in each state."""
    with psycopg.connect(cluster.db_url) as conn:
        rows = conn.execute("SELECT state, COUNT(*) FROM alert_pushes WHERE chat_id = %s GROUP BY state",
                            (chat_id,)).fetchall()
    return {state: int(n) for state, n in rows}


def delivered(cluster: Cluster, first_chat: int) -> dict[tuple[int, int], list[str]]:
    """(chat index, article) -> the workers whose push of it Telegram accepted, in order."""
    out: dict[tuple[int, int], list[str]] = {}
    for call in cluster.sent("🔔"):
        found = _TITLE.search(call.params["text"])
        if found and not _MORE.search(call.params["text"]):
            out.setdefault((int(call.params["chat_id"]) - first_chat, int(found.group(1))), []).append(call.worker)
    return out


async def sigkill_mid_alerts(cluster: Cluster, first_chat: int, articles: int = 300, chats: int = 100) -> dict:
    """Alerts for *chats* chats (and one that matches everything), *articles* new articles,
    a /reindex through one worker; SIGKILL the busier sender after a quarter went out."""
    want = expected(articles, chats)
    flood = chats  # the chat whose alert answers every article
    total = sum(len(v) for v in want.values()) + PER_HOUR
    await asyncio.to_thread(add_alerts, cluster, first_chat, chats)
    (cluster.base / "seeds" / "alerts").mkdir()
    for k in range(0, articles, 50):  # a few files: first-seen times differ
        text = "".join(story(a, sorted(words_of(a) - {EVERYWHERE}) + [EVERYWHERE]) for a in range(k, k + 50))
        (cluster.base / "seeds" / "alerts" / f"batch{k}.txt").write_text(text, "utf-8")
    start = time.monotonic()
    async with aiohttp.ClientSession() as session:
        await cluster.push(session, message(ADMIN, "/reindex"), port=cluster.ports[cluster.names[0]])
    try:  # ingesting and matching take ~20 s alone, minutes on a machine loaded tenfold
        await wait_until(lambda: len(delivered(cluster, first_chat)) > 0, 600, "the first push")
    except AssertionError as exc:
        first = cluster.names[0]
        raise AssertionError(f"{exc}; worker {first}'s log:\n{cluster.log(first)[-3000:]}") from None
    first_push = time.monotonic() - start  # the ingest of the new files and the matching
    await wait_until(lambda: len(delivered(cluster, first_chat)) >= total // 4, 300, "a quarter of the pushes")
    senders: dict[str, int] = {}
    for workers in delivered(cluster, first_chat).values():
        for w in workers:
            senders[w] = senders.get(w, 0) + 1
    victim = max(cluster.names, key=lambda n: senders.get(n, 0))
    await cluster.stop_worker(victim, signal.SIGKILL)
    killed_at, at_kill = time.monotonic(), len(delivered(cluster, first_chat))

    def complete() -> bool:
        got = delivered(cluster, first_chat)
        return all((c, a) in got for c, arts in want.items() for a in arts) and waiting(cluster) == 0

    await wait_until(complete, 300 + 4 * cluster.lease, "every push after the kill")
    finished = time.monotonic()
    return {**figures(cluster, first_chat, want, flood, victim, at_kill, finished - killed_at, finished - start),
            "seconds_reindex_to_first_push": round(first_push, 1)}


def figures(cluster: Cluster, first_chat: int, want: dict[int, set[int]], flood: int, victim: str,
            at_kill: int, after_kill: float, seconds: float) -> dict:
    got = delivered(cluster, first_chat)
    asked = {(c, a) for c, arts in want.items() for a in arts}
    flood_singles = sorted(a for c, a in got if c == flood)
    overflow = [int(m.group(1)) for c in cluster.sent("🔔") if int(c.params["chat_id"]) == first_chat + flood
                for m in [_MORE.search(c.params["text"])] if m]
    calls = [c for c in cluster.sent("🔔") if first_chat <= int(c.params["chat_id"]) <= first_chat + flood]
    by_worker: dict[str, int] = {}
    for c in calls:
        by_worker[c.worker] = by_worker.get(c.worker, 0) + 1
    doubled = [w for k, w in got.items() if len(w) > 1]
    return {"chats": len(want) + 1, "pushes_asked": len(asked), "pushed": len(asked & set(got)),
            "lost": len(asked - set(got)), "unasked": len({k for k in got if k[0] != flood} - asked),
            "flood_chat_singles": len(flood_singles), "flood_chat_distinct": len(set(flood_singles)),
            "flood_chat_overflow_counts": overflow, "flood_chat_states": states(cluster, first_chat + flood),
            "victim": victim, "pushed_at_kill": at_kill,
            "doubled": len(doubled), "doubled_after_victim_send": sum(1 for w in doubled if len(w) == 2 and
                                                                       w[0] == victim != w[1]),
            "most_to_one": max(len(w) for w in got.values()), "sends_by_worker": by_worker,
            "max_sends_per_second": max_per_second(calls), "seconds_kill_to_last": round(after_kill, 1),
            "seconds_total": round(seconds, 1)}
