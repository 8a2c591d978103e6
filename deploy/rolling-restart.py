#!/usr/bin/env python3
"""Restart the newsbot workers one at a time, each only once haproxy sees the previous one
up again (not merely its /healthz answering): haproxy's runtime API, `show servers state`.

    sudo python3 deploy/rolling-restart.py
    sudo python3 deploy/rolling-restart.py --socket /run/haproxy/admin.sock --backend workers \\
        --restart 'systemctl restart newsbot@{port}' --timeout 60

For each server of the backend: stop sending it new updates (`set server ... state drain`),
run the restart command (systemd sends SIGTERM: the worker answers 503, finishes what it
accepted, exits; then starts again), wait until haproxy's health checks report it UP, put it
back in rotation (`state ready`), then go on to the next. Exits 1, leaving the rest alone,
when a worker does not come back within --timeout seconds. Standard library only: it runs
with the system's python3.
"""
from __future__ import annotations

import argparse
import shlex
import socket
import subprocess
import sys
import time
from collections.abc import Callable

RUNNING = "2"  # srv_op_state: 0 stopped, 1 starting, 2 running, 3 stopping


def command(path: str, line: str) -> str:
    """One runtime API command on haproxy's stats socket; its answer."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(path)
        s.sendall(line.encode() + b"\n")
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks).decode()


def servers(path: str, backend: str) -> list[dict[str, str]]:
    """`show servers state BACKEND` as one dict per server (srv_name, srv_op_state, srv_port ...)."""
    lines = [line for line in command(path, f"show servers state {backend}").splitlines() if line.strip()]
    header = next(line for line in lines if line.startswith("# be_id")).lstrip("# ").split()
    return [dict(zip(header, line.split(), strict=False)) for line in lines[1:] if not line.startswith("#")]


def is_up(path: str, backend: str, name: str) -> bool:
    """True when haproxy's checks report server *name* running and it is not in maintenance."""
    state = next(s for s in servers(path, backend) if s["srv_name"] == name)
    return state["srv_op_state"] == RUNNING and int(state["srv_admin_state"]) == 0


def restart_one(path: str, backend: str, server: dict[str, str], restart: Callable[[str, str], None],
                timeout: float) -> float:
    """Drain, restart and wait for *server* to be UP in haproxy again; seconds it took."""
    name, start = server["srv_name"], time.monotonic()
    command(path, f"set server {backend}/{name} state drain")
    restart(name, server["srv_port"])
    # the old process answered /healthz 503 while it drained, so haproxy marked it down; the
    # new one is UP after `rise` good checks
    command(path, f"set server {backend}/{name} state ready")
    while not is_up(path, backend, name):
        if time.monotonic() - start > timeout:
            state = next(s for s in servers(path, backend) if s["srv_name"] == name)
            raise TimeoutError(f"{backend}/{name} not up after {timeout:g}s (operational state "
                               f"{state['srv_op_state']}, admin state {state['srv_admin_state']})")
        time.sleep(0.1)
    return time.monotonic() - start


def rolling_restart(path: str, backend: str, restart: Callable[[str, str], None], timeout: float = 60.0,
                    say: Callable[[str], None] = print) -> dict[str, float]:
    """Restart every server of *backend* in turn; seconds each took until haproxy saw it up."""
    took: dict[str, float] = {}
    for server in servers(path, backend):
        took[server["srv_name"]] = round(restart_one(path, backend, server, restart, timeout), 1)
        say(f"{backend}/{server['srv_name']} (port {server['srv_port']}) up again after "
            f"{took[server['srv_name']]:g}s")
    return took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--socket", default="/run/haproxy/admin.sock", help="haproxy's stats socket")
    parser.add_argument("--backend", default="workers")
    parser.add_argument("--restart", default="systemctl restart newsbot@{port}",
                        help="command restarting one worker; {name} and {port} are filled in")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a worker may take to be up")
    args = parser.parse_args(argv)

    def restart(name: str, port: str) -> None:
        subprocess.run(shlex.split(args.restart.format(name=name, port=port)), check=True)

    try:
        rolling_restart(args.socket, args.backend, restart, args.timeout)
    except (OSError, TimeoutError, subprocess.CalledProcessError) as exc:
        print(f"rolling-restart: stopped: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
