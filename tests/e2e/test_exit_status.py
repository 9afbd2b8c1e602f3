"""End to end: `scrapy crawl`'s exit status a scheduler can trust, and the run's summary.

0: finished and healthy; 1: ran but a health check failed (one `error: run: …` line each);
2: bad arguments or settings, nothing fetched (tests/e2e/test_start_checks.py).
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

import pytest

from tests.support.crawl import read_jsonl, run_crawl
from tests.support.servers import free_port, handler_server, send


def test_a_good_crawl_exits_0_with_its_summary_beside_the_feed(tmp_path, replica):
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads((tmp_path / "levant.jsonl.summary.json").read_text(encoding="utf-8"))
    assert report["exit_status"] == 0 and report["healthy"] and report["failed_checks"] == []
    assert report["items"] == len(read_jsonl(out)) > 0
    assert report["pages"]["article"] >= report["items"] and report["pages"]["listing"] > 0
    assert "[newscrawler.run] INFO: run healthy, exit status 0" in proc.stderr


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - stdlib name
        if self.path.startswith("/moved"):
            send(self, 301, headers={"Location": f"http://localhost:{self.server.server_address[1]}/elsewhere"})
        elif self.path.startswith("/empty"):
            send(self, 200, "<html><body><p>nothing here</p></body></html>")
        else:
            send(self, 404)


@pytest.fixture
def site():
    with handler_server(Handler) as url:
        yield url


@pytest.mark.parametrize("path, first", [
    ("/gone", "error: run: the start URL {url} answered 404"),
    ("/moved", "error: run: the start URL {url} led to another host (http://localhost:"),
    ("/empty", "error: run: 0 articles, expected at least 1"),
])
def test_a_crawl_that_did_not_do_its_job_exits_1(path, first, site, tmp_path):
    url = site + path
    proc = run_crawl(url, tmp_path / "x.jsonl", spider="news")
    assert proc.returncode == 1, proc.stderr[-2000:]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert errors and errors[0].startswith(first.format(url=url)), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    report = json.loads((tmp_path / "x.jsonl.summary.json").read_text(encoding="utf-8"))
    assert report["exit_status"] == 1 and not report["healthy"]


def test_nothing_listening_exits_1_without_a_traceback(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/"
    proc = run_crawl(url, tmp_path / "x.jsonl", "-s", "RETRY_TIMES=0", spider="news")
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error: ")]
    assert errors[0] == f"error: run: the start URL {url} was not fetched", proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr  # "Connection refused" in one line, not sixty
