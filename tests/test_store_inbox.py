"""The store's inbox of updates (issue 28): kept once, claimed with a lease, taken over
from a dead worker once more; on SQLite and PostgreSQL alike."""
from __future__ import annotations

import time


def test_the_inbox_keeps_an_update_once_and_lets_it_go_when_handled(store):
    assert store.inbox_put(501, '{"update_id": 501}', 1.0, "w1", 60.0) is True
    assert store.inbox_put(501, '{"update_id": 501}', 2.0, "w2", 60.0) is False  # Telegram's retry
    assert store.inbox_put(502, '{"update_id": 502}', 1.0, "w1", 60.0) is True
    assert store.inbox_depth() == 2
    assert store.inbox_claim("w2", 60.0, 10, 2) == []  # w1's leases hold
    store.inbox_done(501)
    assert store.inbox_depth() == 1
    assert store.inbox_put(501, '{"update_id": 501}', 3.0, "w2", 60.0) is False  # a late retry: still known
    store.inbox_forget(2.0)
    assert store.inbox_put(501, '{"update_id": 501}', 3.0, "w2", 60.0) is True  # forgotten a day later


def test_a_dead_workers_updates_are_taken_over_once_more_and_no_more(store):
    store.inbox_put(601, '{"update_id": 601}', 1.0, "dead", 0.01)
    store.inbox_put(602, '{"update_id": 602}', 1.0, "alive", 60.0)
    wait_until = time.monotonic() + 5
    while not (taken := store.inbox_claim("w2", 0.01, 10, 2)) and time.monotonic() < wait_until:
        time.sleep(0.02)
    assert taken == [(601, '{"update_id": 601}')]  # the live worker's update stays with it
    while not (gone := store.inbox_give_up(2)) and time.monotonic() < wait_until:
        time.sleep(0.02)
    assert gone == [601] and store.inbox_claim("w3", 60.0, 10, 2) == []
    assert store.inbox_depth() == 1


def test_a_renewed_lease_keeps_an_update_and_a_released_one_passes_on(store):
    store.inbox_put(701, "{}", 1.0, "w1", 0.3)
    store.inbox_renew([701], "w1", 60.0)
    store.inbox_renew([701], "someone-else", 0.0)  # not theirs: no effect
    time.sleep(0.4)  # past the first lease: the renewed one still holds
    assert store.inbox_claim("w2", 60.0, 10, 2) == []
    assert store.inbox_release("w1") == 1
    assert store.inbox_claim("w2", 60.0, 10, 2) == [(701, "{}")]
