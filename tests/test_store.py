"""The Store protocol: the same tests on SQLite (the default) and on PostgreSQL (a real
server on 127.0.0.1, started by the tests)."""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from bot import flood
from bot.store import Alert, PostgresStore, SqliteStore, StoreError
from bot.store.migrations import SCHEMA_VERSION
from tests.support.stores import push


def test_subscription_round_trip_keeps_the_watermark_on_resubscribe(store):
    store.subscribe(7, "08:00", "葡萄", since=100.0)
    store.mark_sent(7, "2024-09-01", 150.0)
    store.subscribe(7, "09:30", None, since=999.0)  # a changed time keeps what went out already
    sub = store.subscription(7)
    assert (sub.at, sub.query, sub.since, sub.last_period) == ("09:30", None, 150.0, "2024-09-01")
    assert store.count() == 1
    assert store.unsubscribe(7) is True and store.unsubscribe(7) is False
    assert store.subscription(7) is None and store.count() == 0


def test_the_digest_script_is_kept_and_follows_the_last_subscriber(store):
    store.subscribe(8, "08:00", None, since=0.0, traditional=True)
    assert store.subscription(8).traditional and store.due("2024-09-01", "09:00")[0].traditional
    store.subscribe(8, "08:00", None, since=0.0)  # another admin, simplified, subscribed again
    assert not store.subscription(8).traditional


def test_an_older_sqlite_file_gains_the_script_column(tmp_path):
    import sqlite3

    db = sqlite3.connect(tmp_path / "old.sqlite3")  # as version 1 left it
    db.executescript("CREATE TABLE subscriptions (chat_id INTEGER PRIMARY KEY, at TEXT NOT NULL, query TEXT, "
                     "since REAL NOT NULL, last_period TEXT, claimed_by TEXT, claim_until REAL); "
                     "INSERT INTO subscriptions VALUES (5, '08:00', NULL, 1.0, NULL, NULL, NULL); "
                     "PRAGMA user_version=1;")
    db.close()
    store = SqliteStore(tmp_path / "old.sqlite3")
    sub = store.subscription(5)
    assert sub is not None and sub.at == "08:00" and not sub.traditional
    store.close()


def test_due_is_once_per_day_and_the_watermark_never_goes_back(store):
    store.subscribe(1, "08:00", None, since=0.0)
    store.subscribe(2, "20:00", None, since=0.0)
    assert [s.chat_id for s in store.due("2024-09-01", "09:00")] == [1]
    store.mark_sent(1, "2024-09-01", 50.0)
    store.mark_sent(1, "2024-09-01", 20.0)
    assert store.due("2024-09-01", "23:59")[0].chat_id == 2
    assert store.subscription(1).since == 50.0
    assert [s.chat_id for s in store.due("2024-09-02", "09:00")] == [1]


def test_large_chat_ids_of_supergroups_fit(store):
    store.subscribe(-1001234567890, "08:00", None, since=0.0)
    assert store.subscription(-1001234567890) is not None


def test_page_button_queries_are_pruned_to_a_bound(store):
    keys = [store.remember_query(f"问题{i}") for i in range(6)]
    assert store.counts()["queries"] == 6
    assert store.forget_queries(4) == 2
    assert store.counts()["queries"] == 4
    kept = [k for k in keys if store.query(k) is not None]
    assert len(kept) == 4 and all(store.query(k).startswith("问题") for k in kept)
    assert store.forget_queries(4) == 0  # within the bound: nothing goes


def test_page_button_queries(store):
    key = store.remember_query("吐鲁番 葡萄")
    assert store.remember_query("吐鲁番 葡萄") == key and len(key) == 12
    assert store.query(key) == "吐鲁番 葡萄" and store.query("000000000000") is None


def test_claims_are_exclusive_until_sent_or_the_lease_ends(store):
    for chat in range(1, 6):
        store.subscribe(chat, "08:00", None, since=0.0)
    a = store.claim_due("2024-09-01", "09:00", "A", lease=60, limit=3)
    b = store.claim_due("2024-09-01", "09:00", "B", lease=60, limit=10)
    assert [s.chat_id for s in a] == [1, 2, 3] and [s.chat_id for s in b] == [4, 5]
    assert store.claim_due("2024-09-01", "09:00", "C", lease=60, limit=10) == []
    store.mark_sent(1, "2024-09-01", 1.0)
    store.release(2, "A")
    store.release(3, "B")  # not B's: nothing changes
    assert [s.chat_id for s in store.claim_due("2024-09-01", "09:00", "C", lease=1.0, limit=10)] == [2]
    time.sleep(1.2)  # C dies: its claim on chat 2 runs out
    assert [s.chat_id for s in store.claim_due("2024-09-01", "09:00", "D", lease=60, limit=10)] == [2]
    assert store.renew(2, "D", lease=60) is True and store.renew(2, "C", lease=60) is False
    tomorrow = store.claim_due("2024-09-02", "09:00", "E", lease=60, limit=10)
    assert [s.chat_id for s in tomorrow] == [1]  # the sent one is due again; the others are held


def test_claimed_digests_keep_the_subscribers_script_and_topic(store):
    """claim_due (what the digest job sends from) returns every column, on both stores:
    a zh-Hant subscriber's digest stays traditional, a topic's goes into the topic."""
    store.subscribe(-1009, "08:00", None, since=0.0, traditional=True, thread_id=42)
    store.subscribe(10, "08:00", None, since=0.0)
    claimed = store.claim_due("2024-09-01", "09:00", "A", lease=60, limit=10)
    assert [(s.chat_id, s.traditional, s.thread_id) for s in claimed] == [(-1009, True, 42), (10, False, None)]


def test_weekly_digests_are_due_on_their_day_only(store):
    store.subscribe(11, "08:00", "葡萄", since=0.0, weekday=0)  # Mondays
    assert store.due("2024-09-01", "09:00") == []  # a Sunday
    assert [s.weekday for s in store.due("2024-09-02", "09:00")] == [0]
    store.mark_sent(11, "2024-09-02", 1.0)
    assert store.due("2024-09-02", "23:00") == [] and store.due("2024-09-03", "09:00") == []


def test_alerts_are_numbered_capped_and_removed(store):
    for n in range(3):
        assert store.add_alert(Alert(5, f"词{n}", None, float(n)), most=3) == "added"
    assert store.add_alert(Alert(5, "词1", None, 9.0), most=3) == "exists"
    assert store.add_alert(Alert(5, "词9", None, 9.0), most=3) == "full"
    assert store.add_alert(Alert(6, "词9", 4, 9.0), most=3, traditional=True) == "added"
    assert [a.rule for a in store.alerts(5)] == ["词0", "词1", "词2"]
    assert store.remove_alert(5, 2).rule == "词1" and store.remove_alert(5, 3) is None
    assert [a.rule for a in store.alerts(5)] == ["词0", "词2"]
    assert [(a.chat_id, a.rule) for a in store.alerts()] == [(5, "词0"), (5, "词2"), (6, "词9")]
    assert store.alert_chat(6).traditional and not store.alert_chat(5).traditional


def test_pushes_are_queued_once_and_claimed_a_chat_at_a_time(store):
    store.add_alert(Alert(1, "葡萄", None, 0.0), most=20)
    store.add_alert(Alert(2, "葡萄", 9, 0.0), most=20)
    assert store.queue_pushes([push(1, "a", 1.0), push(1, "b", 2.0), push(2, "a", 1.0, 9)]) == 3
    assert store.queue_pushes([push(1, "a", 3.0)]) == 0  # an article goes to a chat once
    a = store.claim_alert_chats("A", lease=60, limit=1)
    b = store.claim_alert_chats("B", lease=60, limit=10)
    assert [c.chat_id for c in a] == [1] and [c.chat_id for c in b] == [2]
    assert store.claim_alert_chats("C", lease=60, limit=10) == []
    assert [p.article_id for p in store.pushes(1)] == ["a", "b"]
    store.mark_pushes(1, ["a"], "sent", at=100.0)
    store.mark_pushes(1, ["b"], "listed", at=100.0, batch="k1")
    assert store.sent_since(1, 50.0) == (1, 1) and store.sent_since(1, 150.0) == (0, 0)
    assert [p.article_id for p in store.pushes(1, "listed", "k1")] == ["b"]
    store.release_alert_chat(1, "A")
    assert store.claim_alert_chats("C", lease=60, limit=10) == []  # nothing new left for chat 1
    assert store.renew_alert_chat(2, "B", 60) and not store.renew_alert_chat(2, "A", 60)


def test_a_gone_topic_takes_its_alerts_subscription_and_waiting_pushes(store):
    store.add_alert(Alert(-3, "葡萄", 7, 0.0), most=20)
    store.add_alert(Alert(-3, "哈密瓜", None, 0.0), most=20)
    store.subscribe(-3, "08:00", None, since=0.0, thread_id=7)
    store.queue_pushes([push(-3, "a", 1.0, 7), push(-3, "b", 1.0)])
    assert store.forget_alerts(-3, 7) == 1
    assert [a.rule for a in store.alerts(-3)] == ["哈密瓜"] and store.subscription(-3) is None
    assert [p.article_id for p in store.pushes(-3)] == ["b"]
    assert store.forget_alerts(-3) == 1 and store.pushes(-3) == []


def test_a_chats_context_is_kept_replaced_and_expires(store):
    store.save_dialog(-1001, '{"question": "吐鲁番"}', 100.0)
    store.save_dialog(7, '{"question": "哈密"}', 100.0)
    store.save_dialog(7, '{"question": "克拉玛依"}', 200.0)
    assert store.dialog(7, 150.0) == '{"question": "克拉玛依"}'
    assert store.dialog(-1001, 150.0) is None and store.dialog(-1001, 100.0) == '{"question": "吐鲁番"}'
    store.forget_dialogs(150.0)
    assert store.dialog(-1001, 0.0) is None and store.dialog(7, 0.0) == '{"question": "克拉玛依"}'


def test_flood_allowance_notice_once_then_silence(store):
    verdicts = [store.flood_check(5, burst=3, window=60) for _ in range(6)]
    assert verdicts == [flood.OK] * 3 + [flood.NOTICE, flood.DROP, flood.DROP]
    assert store.flood_check(6, burst=3, window=60) == flood.OK  # others unaffected
    store.forget_idle(window=60)
    assert store.flood_check(5, burst=3, window=60) == flood.DROP  # still in the window


def test_flood_window_frees_up(store):
    assert [store.flood_check(5, burst=1, window=1.0) for _ in range(2)] == [flood.OK, flood.NOTICE]
    time.sleep(1.2)
    store.forget_idle(window=1.0)
    assert store.flood_check(5, burst=1, window=1.0) == flood.OK


def test_flood_allowance_holds_under_concurrent_questions(store):
    with ThreadPoolExecutor(8) as pool:
        verdicts = list(pool.map(lambda _: store.flood_check(9, burst=6, window=60), range(40)))
    assert verdicts.count(flood.OK) == 6 and verdicts.count(flood.NOTICE) == 1


def test_send_slots_keep_the_limit_in_every_window(store):
    period = 10.0  # the seven bookings take well under the 2 s of slack below
    waits = [store.reserve_send("global", 3, period) for _ in range(7)]
    assert waits[:3] == [0.0, 0.0, 0.0]  # a quiet limit lets a burst of three through
    assert all(period - 2 < w <= period for w in waits[3:6]) and 2 * period - 2 < waits[6] <= 2 * period
    assert store.reserve_send("chat:-5", 3, period) == 0.0  # each key its own window


def test_singleton_is_held_by_one_at_a_time(store):
    with store.singleton("reingest") as first:
        got: list[bool] = []
        thread = threading.Thread(target=lambda: got.append(store.singleton("reingest").__enter__()))
        thread.start()
        thread.join()
        assert first is True and got == [False]
    with store.singleton("reingest") as again:
        assert again is True


def test_meta_values(store):
    assert store.get_meta("webhook") is None
    store.set_meta("webhook", "a")
    store.set_meta("webhook", "b")
    assert store.get_meta("webhook") == "b" and store.ping() is True


def test_postgres_schema_migrates_once_under_concurrent_starts(pg_url):
    with ThreadPoolExecutor(4) as pool:
        stores = list(pool.map(lambda _: PostgresStore(pg_url), range(4)))
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    stores[0].subscribe(1, "08:00", None, 0.0)
    assert stores[3].subscription(1) is not None  # one shared state
    for s in stores:
        s.close()


def test_postgres_unreachable_names_the_database_not_the_password(pg_server):
    url = f"postgresql://newsbot:s3cret@127.0.0.1:{pg_server.port}/no_such_db"
    with pytest.raises(StoreError) as err:
        PostgresStore(url, timeout=0.5)
    assert "no_such_db" in str(err.value) and "s3cret" not in str(err.value)


def test_two_workers_share_one_window(pg_url):
    """Two stores on one database book from the same window: a group's 20 a minute holds."""
    a, b = PostgresStore(pg_url), PostgresStore(pg_url)
    slots = sorted(time.time() + (a if i % 2 else b).reserve_send("chat:-5", 20, 60.0) for i in range(25))
    assert all(sum(1 for t in slots if start <= t < start + 59.9) <= 20 for start in slots)
    assert slots[19] - slots[0] < 1 and slots[20] - slots[0] > 59  # 20 at once, the 21st a minute later
    a.close()
    b.close()


def test_migrated_group_keeps_its_subscription(store):
    store.subscribe(-5, "08:00", "葡萄", since=0.0)
    assert store.migrate(-5, -1005) is True
    assert store.subscription(-5) is None and store.subscription(-1005).query == "葡萄"
    store.subscribe(-6, "08:00", "旧", since=0.0)
    store.subscribe(-1006, "09:00", "新", since=0.0)
    store.migrate(-6, -1006)  # the supergroup's own subscription is kept
    assert store.subscription(-6) is None and store.subscription(-1006).query == "新"
