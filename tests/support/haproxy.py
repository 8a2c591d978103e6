"""Debian's haproxy running `deploy/haproxy.cfg` as shipped, for the scale tests: only the
addresses and paths a test must own are replaced (the public port, the certificate, the
runtime socket, the stats port, the workers' ports). The certificate is a self-signed one
made with openssl, as the README's self-signed route makes it.

`.ci/run` installs haproxy (`apt-get install -y haproxy`); where it is missing the tests
that need it are skipped with a message saying so."""
from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from tests.support.pgserver import free_port

ROOT = Path(__file__).resolve().parent.parent.parent
SHIPPED = ROOT / "deploy" / "haproxy.cfg"
BACKEND = "workers"
MISSING = "haproxy is not installed (Debian: apt-get install -y haproxy; .ci/run does it)"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), ROOT / "deploy" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rolling = _script("rolling-restart")  # deploy/rolling-restart.py, as the operator runs it


def available() -> bool:
    """True when an haproxy binary and openssl are on PATH."""
    return shutil.which("haproxy") is not None and shutil.which("openssl") is not None


def self_signed(folder: Path, host: str = "bot.example.test") -> tuple[Path, Path]:
    """(public certificate for setWebhook, certificate + key for haproxy), as the README says."""
    cert, key, both = folder / "public.pem", folder / "private.key", folder / "newsbot.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={host}"],
                   check=True, capture_output=True)
    both.write_bytes(cert.read_bytes() + key.read_bytes())
    return cert, both


def render(workers: dict[str, int], folder: Path, port: int, stats_port: int, pem: Path) -> str:
    """The shipped configuration with this run's ports and paths (server names a, b, ...)."""
    text = SHIPPED.read_text("utf-8")
    text = text.replace("bind :8443 ", f"bind 127.0.0.1:{port} ")
    text = text.replace("/etc/haproxy/newsbot.pem", str(pem))
    text = text.replace("/run/haproxy/admin.sock", str(folder / "admin.sock"))
    text = text.replace("127.0.0.1:8404", f"127.0.0.1:{stats_port}")
    servers = "".join(f"    server {name.lower()} 127.0.0.1:{p}\n" for name, p in workers.items())
    text = re.sub(r"(    server \S+ 127\.0\.0\.1:\d+\n)+", lambda _: servers, text)
    if os.geteuid() != 0:
        text = re.sub(r"    (user|group) haproxy\n", "", text)  # only root may switch users
    return text


class Haproxy:
    """haproxy in the foreground (master-worker, as Debian's unit runs it), its log in a file."""

    def __init__(self, workers: dict[str, int], folder: Path) -> None:
        self.folder = folder
        self.port, self.stats_port = free_port(), free_port()
        self.public_cert, pem = self_signed(folder)
        self.config = folder / "haproxy.cfg"
        self.config.write_text(render(workers, folder, self.port, self.stats_port, pem), "utf-8")
        self.socket = folder / "admin.sock"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        """Check the configuration (`haproxy -c`), start, and wait for the runtime socket."""
        check = subprocess.run(["haproxy", "-c", "-f", str(self.config)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"haproxy -c refused the configuration:\n{check.stdout}{check.stderr}")
        with open(self.folder / "haproxy.log", "ab") as log:
            self.proc = subprocess.Popen(["haproxy", "-W", "-db", "-f", str(self.config)],
                                         stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 20
        while not self.socket.exists() or not self._answers():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("haproxy did not start:\n" + self.log()[-3000:])
            time.sleep(0.05)

    def _answers(self) -> bool:
        try:
            self.command("show info")
            return True
        except OSError:
            return False

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)

    def log(self) -> str:
        path = self.folder / "haproxy.log"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def command(self, line: str) -> str:
        """One runtime API command on the stats socket; its answer."""
        return rolling.command(str(self.socket), line)

    def url(self, path: str = "/telegram") -> str:
        return f"https://127.0.0.1:{self.port}{path}"
