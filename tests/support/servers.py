"""Servers on free loopback ports: the request log of a served replica, a free port, a test's
own little site (`handler_server`)."""

from __future__ import annotations

import socket
import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
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


@contextmanager
def handler_server(handler_class):
    """A ThreadingHTTPServer with `handler_class` on a free loopback port, for a test's own site
    (faults, redirects): yields its base URL, `http://127.0.0.1:<port>`; stopped on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_class)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def send(handler, status: int, body: bytes | str = b"", headers: dict | None = None) -> None:
    """Answer a BaseHTTPRequestHandler's request: status, headers (an HTML content type when
    there is a body), Content-Length, body."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    for name, value in {**({"Content-Type": "text/html; charset=utf-8"} if data else {}), **(headers or {})}.items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
