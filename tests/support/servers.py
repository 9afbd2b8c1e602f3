"""Servers on free loopback ports: the request log of a served replica, a free port."""

from __future__ import annotations

import socket
from pathlib import Path
from urllib.parse import unquote

from replica.server import ReplicaServer


class Served:
    def __init__(self, server: ReplicaServer, log: Path):
        self.server, self.log = server, log

    @property
    def url(self) -> str:
        return self.server.url

    @property
    def origin(self) -> str:
        return self.server.url.rstrip("/")

    def requests(self) -> list[tuple[str, int]]:
        """(decoded path with query, status) of every request served so far."""
        out = []
        for line in self.log.read_text(encoding="utf-8").splitlines():
            _method, path, status = line.split(" ")
            out.append((unquote(path), int(status)))
        return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
