"""End to end: a 503 or 429 with Retry-After is retried no sooner than it asks, up to the cap."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.support.crawl import read_jsonl, run_crawl

ARTICLE = "/2024/01/05/plan"
PARA = "وقال المتحدث باسم الوزارة إن الخطة تشمل دعم المزارعين في المناطق الجنوبية خلال العام المقبل. " * 4
HOME = f"<html><head><title>موقع</title></head><body><ul><li><a href='{ARTICLE}'>خطة جديدة</a></li></ul></body></html>"
PAGE = (f"<html lang='ar'><head><title>الحكومة تعلن خطة جديدة | موقع</title>"
        f"<meta property='og:type' content='article'></head><body><article><h1>الحكومة تعلن خطة جديدة</h1>"
        f"<div class='c'><p>{PARA}</p><p>{PARA}</p></div></article></body></html>")


class Site:
    """A loopback site whose article answers `status` with `retry_after()` once, then the page."""

    def __init__(self, status: int, retry_after):
        self.status, self.retry_after, self.hits = status, retry_after, []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802 - stdlib name
                if self.path == ARTICLE:
                    site.hits.append(time.monotonic())
                    if len(site.hits) == 1:
                        self.send_response(site.status)
                        self.send_header("Retry-After", site.retry_after())
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    body = PAGE
                elif self.path == "/":
                    body = HOME
                else:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"


@pytest.mark.parametrize("status, retry_after, extra, at_least, at_most", [
    (503, lambda: "2", (), 1.9, 15),                                             # seconds
    (429, lambda: formatdate(time.time() + 3, usegmt=True), (), 1.5, 15),        # an HTTP date
    (503, lambda: "3600", ("-s", "NEWSCRAWLER_RETRY_AFTER_MAX=1"), 0.9, 10),      # capped
])
def test_retry_waits_for_retry_after(status, retry_after, extra, at_least, at_most, tmp_path):
    out = tmp_path / "items.jsonl"
    with Site(status, retry_after) as site:
        proc = run_crawl(site.url, out, *extra, spider="news", timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(site.hits) == 2, site.hits
    waited = site.hits[1] - site.hits[0]
    assert at_least <= waited <= at_most, waited
    assert [item["title"] for item in read_jsonl(out)] == ["الحكومة تعلن خطة جديدة"]
