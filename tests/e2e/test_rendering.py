"""End to end: crawls whose pages need JavaScript, with no browser, a broken one, a hanging one, or none needed."""

from __future__ import annotations

import time

from newscrawler.fetch.rendering import find_chromium
from tests.support.crawl import read_jsonl, run_crawl


def test_without_a_browser_the_crawl_goes_on_and_reports_it_once(replica, truth, tmp_path):
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={tmp_path / 'no-chromium'}",
                     timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1, errors
    assert "apt-get install -y chromium" in errors[0] and "NEWSCRAWLER_CHROMIUM" in errors[0]
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/no_browser': {len(js)}" in proc.stderr
    assert "Starting download handler" not in proc.stderr  # no Playwright driver was started
    got = {i["url"] for i in read_jsonl(out)}
    assert got == {replica.origin + a["url"] for a in truth["articles"] if not a["needs_js"]}


def test_a_browser_that_fails_to_start_counts_pages_failed_and_the_crawl_goes_on(replica, truth, tmp_path):
    broken = tmp_path / "chromium"
    broken.write_text("#!/bin/sh\necho 'cannot start' >&2\nexit 1\n")
    broken.chmod(0o755)
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={broken}", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1 and "rendering failed (browser_error)" in errors[0], errors
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/browser_error': {len(js)}" in proc.stderr
    assert len(read_jsonl(out)) == len(truth["articles"]) - len(js)


def test_a_browser_that_hangs_at_start_is_given_up_and_never_hangs_the_crawl(replica, truth, tmp_path):
    hanging = tmp_path / "chromium"
    hanging.write_text("#!/bin/sh\nexec sleep 600\n")
    hanging.chmod(0o755)
    out = tmp_path / "levant.jsonl"
    started = time.monotonic()
    proc = run_crawl(replica.url, out, "-s", "LOG_LEVEL=INFO", "-s", f"NEWSCRAWLER_CHROMIUM={hanging}",
                     "-s", 'PLAYWRIGHT_LAUNCH_OPTIONS={"headless": true, "timeout": 3000}', timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert time.monotonic() - started < 60  # one launch attempt (3 s), not one per page
    errors = [ln for ln in proc.stderr.splitlines() if "] ERROR:" in ln]
    assert len(errors) == 1 and "rendering failed (timeout)" in errors[0], errors
    js = [a for a in truth["articles"] if a["needs_js"]]
    assert f"'newscrawler/render/failed/timeout': {len(js)}" in proc.stderr
    assert len(read_jsonl(out)) == len(truth["articles"]) - len(js)


def test_a_crawl_that_meets_no_javascript_page_never_starts_the_browser(tmp_path):
    """Chromium installed, a site with no page that needs JavaScript: no driver, no browser."""
    from replica.build import build
    from replica.server import ReplicaServer

    assert find_chromium("") is not None  # `make test` installs it: the browser could start
    site_truth = build(tmp_path / "site", truth_file=tmp_path / "truth.json", js_articles=0)
    assert not any(a["needs_js"] for a in site_truth["articles"])
    out = tmp_path / "levant.jsonl"
    with ReplicaServer(tmp_path / "site") as server:
        proc = run_crawl(server.url, out, "-s", "LOG_LEVEL=INFO", timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Starting download handler" not in proc.stderr and "playwright/" not in proc.stderr
    assert "newscrawler/render/" not in proc.stderr
    assert len(read_jsonl(out)) == len(site_truth["articles"])
