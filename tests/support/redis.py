"""Redis for the tests: Debian's `redis-server` (installed by `make test`) on a free loopback
port, persistence off, as a separate process; stopped after. REDIS_URL is taken out of the
environment for subprocesses when this module is imported (crawls get Redis only when a test
passes `-s REDIS_URL=...`)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

from tests.support.servers import free_port

os.environ.pop("REDIS_URL", None)


class RedisTestServer:
    def __init__(self, folder: Path, port: int | None = None):
        self.folder, self.port, self.proc = Path(folder), port or free_port(), None
        self.log = self.folder / "redis.log"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self, timeout: float = 15) -> "RedisTestServer":
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        assert Path(exe).exists(), "redis-server not installed (make test installs Debian's redis-server)"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.proc = subprocess.Popen([exe, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                                      "--appendonly", "no", "--dir", str(self.folder), "--logfile", str(self.log)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as s:
                    s.sendall(b"PING\r\n")
                    if s.recv(16).startswith(b"+PONG"):
                        return self
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                log = self.log.read_text()[-2000:] if self.log.exists() else ""
                raise RuntimeError(f"redis-server did not start: {log}")
            time.sleep(0.05)

    def client(self):
        import redis

        return redis.Redis.from_url(self.url)

    def pause(self) -> None:
        """The server stops answering (SIGSTOP), its data kept in memory."""
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        self.proc.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.proc = None
