"""Serve a built replica on 127.0.0.1 (stdlib only, threaded).

    python -m replica.server [--site DIR] [--port 0] [--log FILE] [--slash-redirect]

Prints `serving http://127.0.0.1:PORT/` once it listens (port 0 picks a free port). Every
request is appended to --log as `METHOD PATH STATUS` (one line each), so tests can count
what a crawl fetched. `ReplicaServer` runs the same server in a thread for in-process use.

Paths map to files of the built site (`resolve`): the replica's own routes (`/section/<slug>?page=N`,
`/article/<slug>`, `/api/...`), else one folder per path (`<path>/index.html`), where a page of
its own for a query may stand beside it (`<path>/index@<sorted query>.html`, see `query_file`):
the re-skins (`replica.reskin`) list sections at `?page=N`, `?id=3&page=2` and the like.
A folder may hold `index.xml` instead (the feeds: `/feed/` -> feed/index.xml).

`__ORIGIN__` is filled in HTML, XML (sitemaps, feeds) and text (robots.txt) files. A request
for `X.xml.gz` whose site holds the template `X.xml.gz.tmpl` gets it filled, then gzipped.
Types: application/xml, application/rss+xml or application/atom+xml (by the root element),
application/x-gzip, text/plain.

`slash_redirect=True` (`--slash-redirect`) acts like WordPress: a page path without a trailing
slash (not `/`, not a file with an extension such as robots.txt or a sitemap, not /api/) is
answered `301 Location: <path>/` (query kept) when the slashed path exists; the slashed path
serves the page. Use it with a `build(slash_links=True)` site.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, unquote, urlsplit

from replica.build import DEFAULT_OUT
from replica.content import MONTHS_AR, WEEKDAYS_AR, ARABIC_DIGITS


def today_widget(day: date | None = None) -> str:
    day = day or date.today()
    return f"{WEEKDAYS_AR[day.weekday()]} {day.day:02d} / {MONTHS_AR[day.month - 1]} / {day.year}".translate(ARABIC_DIGITS)


def resolve(site: Path, raw_path: str) -> Path | None:
    """Map a request path to a file of the built site, or None (404)."""
    parts = urlsplit(raw_path)
    path = unquote(parts.path, errors="strict")
    if ".." in path:
        return None
    if len(path) > 1:
        path = path.rstrip("/")
    query = parse_qs(parts.query)
    if path == "/":
        rel = "index.html"
    elif path == "/robots.txt":
        rel = "robots.txt"
    elif path.endswith(".gz") and path.count("/") <= 2 and (site / (path[1:] + ".tmpl")).is_file():
        rel = path[1:] + ".tmpl"   # a gzipped sitemap: the server fills the template and compresses it
    elif path.endswith((".xml", ".xml.gz", ".txt")) and path.count("/") <= 2:
        rel = path[1:]             # sitemaps and other discovery files, served as they are
    elif path.startswith("/section/") and path.count("/") == 2:
        page = query.get("page", ["1"])[0]
        if not page.isdigit():
            return None
        rel = f"section/{path.split('/')[2]}/page-{int(page)}.html"
    elif path.startswith("/api/article/") and path.count("/") == 3:   # a JS article's body
        rel = f"api/article/{path.split('/')[3]}.json"
    elif path.startswith("/api/section/") and path.count("/") == 3:   # a load-more list page
        page = query.get("page", ["1"])[0]
        if not page.isdigit():
            return None
        rel = f"api/section/{path.split('/')[3]}/page-{int(page)}.json"
    elif path.startswith("/article/") and path.count("/") == 2:
        rel = f"article/{path[len('/article/'):]}.html"
    elif path.count("/") == 1 and (site / (path[1:] + ".html")).is_file():
        rel = path[1:] + ".html"
    else:
        rel = path.strip("/") + "/index.html"  # other sites' layouts: one folder per path
        if not (site / rel).is_file() and (site / (path.strip("/") + "/index.xml")).is_file():
            rel = path.strip("/") + "/index.xml"   # a feed (/feed/, /feed/atom/)
        key = query_key(parts.query)
        if key and (site / query_file(path, key)).is_file():
            rel = query_file(path, key)  # a page of its own for this query (?page=2, ?id=3&page=2)
    f = site / rel
    return f if f.is_file() else None


def slash_target(raw_path: str) -> str | None:
    """Where a WordPress-like server redirects `raw_path` (the path plus "/", query kept), or None
    when it serves it as it is: `/`, paths ending in "/", files with an extension, /api/."""
    parts = urlsplit(raw_path)
    path = parts.path
    if path.endswith("/") or "." in path.rsplit("/", 1)[-1] or path.startswith("/api/"):
        return None
    return path + "/" + ("?" + parts.query if parts.query else "")


def xml_type(data: bytes) -> str:
    """The Content-Type of an XML file by its root element: RSS, Atom or plain XML (sitemaps)."""
    head = data[:400]
    if b"<rss" in head:
        return "application/rss+xml; charset=utf-8"
    if b"<feed" in head:
        return "application/atom+xml; charset=utf-8"
    return "application/xml; charset=utf-8"


def query_key(query: str) -> str:
    """The query as a file name part: parameters sorted, tracking ones (utm_*) left out, so the
    order a client writes them in does not matter; "" for none (or one that cannot name a file)."""
    pairs = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not k.startswith("utm_"))
    key = "&".join(f"{k}={v}" for k, v in pairs)
    return "" if "/" in key or "\x00" in key or len(key.encode()) > 200 else key


def query_file(path: str, key: str) -> str:
    """The file that serves `path?<query>` in a folder-per-path layout: <path>/index@<key>.html."""
    base = path.strip("/")
    return (base + "/" if base else "") + f"index@{key}.html"


class Handler(BaseHTTPRequestHandler):
    server_version = "LevantReplica/1.0"
    protocol_version = "HTTP/1.1"  # keep-alive, like a real site
    disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed-ACK stalls)
    site: Path = DEFAULT_OUT
    log_file = None
    latency = 0.0  # seconds added before each response (to model a remote site)
    slash_redirect = False  # WordPress-like: 301 from a page path without trailing slash to path + "/"
    lock = threading.Lock()

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

    def _record(self, status: int) -> None:
        if self.log_file is not None:
            with self.lock:
                self.log_file.write(f"{self.command} {self.path} {status}\n")
                self.log_file.flush()

    def do_GET(self):  # noqa: N802 - stdlib name
        if self.latency:
            time.sleep(self.latency)
        if self.slash_redirect:
            target = slash_target(self.path)
            try:
                found = target is not None and resolve(self.site, target) is not None
            except UnicodeDecodeError:
                found = False
            if found:
                self._record(301)
                self.send_response(301)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
        try:
            f = resolve(self.site, self.path)
        except UnicodeDecodeError:
            f = None
        if f is None:
            body, status, ctype = "<html><body><h1>404</h1><p>الصفحة غير موجودة</p></body></html>".encode(), 404, "text/html; charset=utf-8"
        else:
            data = f.read_bytes()
            status = 200
            host = self.headers.get("Host") or f"127.0.0.1:{self.server.server_address[1]}"
            origin = f"http://{host}".encode()
            if f.name.endswith(".gz.tmpl"):
                data = gzip.compress(data.replace(b"__ORIGIN__", origin), mtime=0)
                ctype = "application/x-gzip"
            elif f.suffix == ".gz":
                ctype = "application/x-gzip"
            elif f.suffix == ".xml":
                data = data.replace(b"__ORIGIN__", origin)
                ctype = xml_type(data)
            elif f.suffix == ".txt":
                data = data.replace(b"__ORIGIN__", origin)
                ctype = "text/plain; charset=utf-8"
            elif f.suffix == ".html":
                data = (data.replace(b"__ORIGIN__", origin)
                        .replace(b"__TODAY__", today_widget().encode()))
                try:  # like most servers: a charset only when the file is UTF-8
                    data.decode("utf-8")
                    ctype = "text/html; charset=utf-8"
                except UnicodeDecodeError:
                    ctype = "text/html"
            elif f.suffix == ".json":
                ctype = "application/json; charset=utf-8"
            else:
                ctype = "text/plain; charset=utf-8"
            body = data
        self._record(status)
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler went away mid-body (killed, or closing): nothing to report

    do_HEAD = do_GET


class ReplicaServer:
    """Context manager: the replica served in a background thread on 127.0.0.1:free port."""

    def __init__(self, site: Path = DEFAULT_OUT, log_path: Path | None = None, port: int = 0,
                 latency: float = 0.0, slash_redirect: bool = False):
        self.site, self.log_path, self.port, self.latency = Path(site), log_path, port, latency
        self.slash_redirect = slash_redirect

    def __enter__(self) -> "ReplicaServer":
        log = open(self.log_path, "a", encoding="utf-8") if self.log_path else None
        handler = type("BoundHandler", (Handler,), {"site": self.site, "log_file": log, "latency": self.latency,
                                                     "slash_redirect": self.slash_redirect})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        self.httpd.daemon_threads = True
        self._log = log
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)
        if self._log:
            self._log.close()


def main() -> None:
    ap = argparse.ArgumentParser(description="Serve the Levant News replica on 127.0.0.1.")
    ap.add_argument("--site", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--log", type=Path, default=None)
    ap.add_argument("--latency-ms", type=float, default=0.0, help="delay added to every response")
    ap.add_argument("--slash-redirect", action="store_true",
                    help="301 page paths without a trailing slash to path + '/' (WordPress style)")
    args = ap.parse_args()
    if not (args.site / "index.html").is_file():
        sys.exit(f"error: no built replica in {args.site} (run: python -m replica.build)")
    with ReplicaServer(args.site, args.log, args.port, args.latency_ms / 1000, args.slash_redirect) as srv:
        print(f"serving {srv.url}", flush=True)
        try:
            srv.thread.join()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
