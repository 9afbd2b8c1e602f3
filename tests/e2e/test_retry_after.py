"""End to end: a 503 or 429 with Retry-After is retried no sooner than it asks, up to the cap."""

from __future__ import annotations

import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler

import pytest

from tests.support.crawl import read_jsonl, run_crawl
from tests.support.servers import handler_server, send

ARTICLE = "/2024/01/05/plan"
PARA = "وقال المتحدث باسم الوزارة إن الخطة تشمل دعم المزارعين في المناطق الجنوبية خلال العام المقبل. " * 4
HOME = f"<html><head><title>موقع</title></head><body><ul><li><a href='{ARTICLE}'>خطة جديدة</a></li></ul></body></html>"
PAGE = (f"<html lang='ar'><head><title>الحكومة تعلن خطة جديدة | موقع</title>"
        f"<meta property='og:type' content='article'></head><body><article><h1>الحكومة تعلن خطة جديدة</h1>"
        f"<div class='c'><p>{PARA}</p><p>{PARA}</p></div></article></body></html>")


def site_handler(status: int, retry_after, hits: list):
    """A loopback site whose article answers `status` with `retry_after()` once, then the page;
    `hits` gets the time of each request for the article."""
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet
            pass

        def do_GET(self):  # noqa: N802 - stdlib name
            if self.path == ARTICLE:
                hits.append(time.monotonic())
                if len(hits) == 1:
                    return send(self, status, headers={"Retry-After": retry_after()})
                return send(self, 200, PAGE)
            return send(self, 200, HOME) if self.path == "/" else send(self, 404)

    return Handler


@pytest.mark.parametrize("status, retry_after, extra, at_least, at_most", [
    (503, lambda: "2", (), 1.9, 15),                                             # seconds
    (429, lambda: formatdate(time.time() + 3, usegmt=True), (), 1.5, 15),        # an HTTP date
    (503, lambda: "3600", ("-s", "NEWSCRAWLER_RETRY_AFTER_MAX=1"), 0.9, 10),      # capped
])
def test_retry_waits_for_retry_after(status, retry_after, extra, at_least, at_most, tmp_path):
    out, hits = tmp_path / "items.jsonl", []
    with handler_server(site_handler(status, retry_after, hits)) as url:
        proc = run_crawl(url + "/", out, *extra, spider="news", timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert len(hits) == 2, hits
    waited = hits[1] - hits[0]
    assert at_least <= waited <= at_most, waited
    assert [item["title"] for item in read_jsonl(out)] == ["الحكومة تعلن خطة جديدة"]
