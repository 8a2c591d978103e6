"""Every Store method returns the same shape on SQLite and on PostgreSQL (types, and each
dataclass field as declared): the two dialects of the one SQL store cannot drift apart."""
from __future__ import annotations

import dataclasses
import types
import typing

from bot.store import Alert, PostgresStore, SqliteStore, Store
from tests.support.stores import push


def _every_method(store: Store) -> dict[str, object]:
    """What each Store method returns for the same calls (close aside)."""
    out: dict[str, object] = {}

    def call(method: str, *args: object, **kwargs: object) -> object:
        out[method] = getattr(store, method)(*args, **kwargs)
        return out[method]

    call("subscribe", -1001, "08:00", "葡萄", since=1.5, traditional=True)
    store.subscribe(2, "07:00", None, since=0.0)
    for method, args in [("ping", ()), ("subscription", (-1001,)), ("count", ()), ("due", ("2024-09-01", "09:00")),
                         ("claim_due", ("2024-09-01", "09:00", "A", 60, 10)), ("renew", (-1001, "A", 60)),
                         ("release", (2, "A")), ("mark_sent", (2, "2024-09-01", 3.0)), ("migrate", (2, 3)),
                         ("unsubscribe", (3,)), ("flood_check", (5, 3, 60.0)), ("forget_idle", (60.0,)),
                         ("reserve_send", ("global", 3, 1.0)), ("set_meta", ("webhook", "a")),
                         ("get_meta", ("webhook",))]:
        call(method, *args)
    call("query", call("remember_query", "吐鲁番"))
    call("add_alert", Alert(-1001, "葡萄 -广告", 7, 1.5), 20, True)
    call("alerts", -1001)
    call("set_quiet", -1001, "23:00-07:00")
    call("alert_chat", -1001)
    call("queue_pushes", [push(-1001, "a1", 1.0), push(-1001, "a2", 2.0)])
    call("claim_alert_chats", "A", 60, 10)
    call("renew_alert_chat", -1001, "A", 60)
    call("pushes", -1001)
    call("mark_pushes", -1001, ["a1"], "sent", 5.0)
    call("sent_since", -1001, 0.0)
    call("release_alert_chat", -1001, "A")
    call("remove_alert", -1001, 1)
    call("forget_alerts", -1001, 7)
    call("forget_pushes", 0.0)
    call("save_dialog", -1001, '{"question": "吐鲁番"}', 10.0)
    call("dialog", -1001, 5.0)
    call("forget_dialogs", 1.0)
    call("inbox_put", 901, '{"update_id": 901}', 1.0, "A", 60.0)
    call("inbox_renew", [901], "A", 60.0)
    call("inbox_release", "A")
    call("inbox_claim", "B", 60.0, 10, 2)
    call("inbox_give_up", 1)
    call("inbox_done", 901)
    call("inbox_forget", 0.0)
    call("inbox_depth")
    call("remember_query", "吐鲁番葡萄")
    call("forget_queries", 1)
    call("counts")
    call("lease_take", "ingest", "A", 60.0)
    call("lease_holder", "ingest")
    call("lease_release", "ingest", "A")
    with store.singleton("shape") as held:
        out["singleton"] = held
    return out


def _shape(value: object) -> object:
    """The value with its type at every level (a dataclass's fields one by one)."""
    if isinstance(value, list):
        return [_shape(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _shape(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return type(value).__name__, value


def _undeclared(value: object) -> list[str]:
    """The dataclass fields in *value* whose value is not of the field's declared type."""
    items = value if isinstance(value, list) else [value]
    found = [item for item in items if dataclasses.is_dataclass(item) and not isinstance(item, type)]
    wrong = []
    for item in found:
        for name, hint in typing.get_type_hints(type(item)).items():
            allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
            if type(getattr(item, name)) not in allowed:
                wrong.append(f"{name}: {type(getattr(item, name)).__name__}")
    return wrong


def test_every_method_returns_the_same_shape_on_both(tmp_path, pg_url):
    """The same calls on SQLite and on PostgreSQL return the same types and values, and each
    field of a Subscription has its declared type (`traditional` a bool) on both."""
    stores = [SqliteStore(tmp_path / "s.sqlite3"), PostgresStore(pg_url)]
    sqlite, postgres = (_every_method(s) for s in stores)
    for s in stores:
        s.close()
    methods = {name for name in dir(Store) if not name.startswith("_")} - {"close"}
    assert set(sqlite) == set(postgres) == methods
    differ = {m: (_shape(sqlite[m]), _shape(postgres[m])) for m in sorted(methods)
              if _shape(sqlite[m]) != _shape(postgres[m])}
    assert differ == {}
    undeclared = {(name, m): _undeclared(got[m]) for name, got in (("sqlite", sqlite), ("postgres", postgres))
                  for m in sorted(methods) if _undeclared(got[m])}
    assert undeclared == {}
