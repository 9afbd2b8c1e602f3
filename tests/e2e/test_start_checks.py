"""End to end: a bad argument or setting stops `scrapy crawl` before any fetch, with one line and exit status 2."""

from __future__ import annotations

import pytest

from tests.support.crawl import run_crawl


@pytest.mark.parametrize("arg", ["ftp://example.com/", "", "thelevantnews.com", "http://", "http://exa mple.com/"])
def test_bad_start_url_exits_with_one_line(arg, tmp_path, replica):
    out = tmp_path / "x.jsonl"
    proc = run_crawl(arg, out)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: start_url must be an http(s) URL"), proc.stderr
    assert not out.exists() or out.read_text() == ""
    assert replica.requests() == []


def test_bad_timezone_setting_exits_with_one_line(tmp_path, replica):
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-s", "NEWSCRAWLER_TIMEZONE=Mars/Olympus")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "error: NEWSCRAWLER_TIMEZONE: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/London)"]
    assert replica.requests() == []


@pytest.mark.parametrize("setting, message", [
    ("NEWSCRAWLER_RENDER_WAIT_MS=abc", "error: NEWSCRAWLER_RENDER_WAIT_MS must be a whole number >= 1, got 'abc'"),
    ("NEWSCRAWLER_DRIVER_HEAP_MB=-1", "error: NEWSCRAWLER_DRIVER_HEAP_MB must be a whole number >= 0, got '-1'"),
    ("NEWSCRAWLER_INCREMENTL=True", "error: unknown setting NEWSCRAWLER_INCREMENTL (known: NEWSCRAWLER_CHROMIUM, "),
    ("CONCURRENT_REQUESTS=abc", "error: CONCURRENT_REQUESTS must be a whole number, got 'abc'"),
    ("DOWNLOAD_DELAY=x", "error: DOWNLOAD_DELAY must be a number, got 'x'"),
])
def test_bad_or_misspelt_setting_exits_with_one_line(setting, message, tmp_path, replica):
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-s", setting)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message), proc.stderr
    assert replica.requests() == []


def test_news_spider_needs_a_start_url(tmp_path):
    proc = run_crawl(None, tmp_path / "x.jsonl", spider="news")
    assert proc.returncode == 2
    assert proc.stderr.strip() == "error: the news spider needs -a start_url=URL (the site's home page)"


@pytest.mark.parametrize("setting, message", [
    ("NEWSCRAWLER_INCREMENTAL=maybe", "error: NEWSCRAWLER_INCREMENTAL must be True or False, got 'maybe'"),
    ("NEWSCRAWLER_TIMEZONE=Mars/Olympus", "error: NEWSCRAWLER_TIMEZONE: unknown time zone 'Mars/Olympus'"),
])
def test_news_spider_checks_settings_before_any_fetch(setting, message, replica, tmp_path):
    # The same start checks as the site spiders (a traceback here once, for MONGO_URI too).
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-s", setting, spider="news")
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith(message), proc.stderr
    assert replica.requests() == []


def test_misspelt_spider_argument_exits_with_one_line(tmp_path, replica):
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-a", f"strat_url={replica.url}")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "error: unknown argument -a strat_url=… for the levant spider (known: start_url"), proc.stderr
    assert replica.requests() == []


def test_overwrite_with_incremental_exits_with_one_line(tmp_path, replica):
    out = tmp_path / "levant.jsonl"
    out.write_text('{"url": "kept"}\n')
    proc = run_crawl(replica.url, None, "-O", str(out), "-s", "NEWSCRAWLER_INCREMENTAL=True",
                     "-s", f"NEWSCRAWLER_STATE_FILE={tmp_path}/seen.txt")
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"error: -O (overwrite) with NEWSCRAWLER_INCREMENTAL=True would replace {out}"), proc.stderr
    assert out.read_text() == '{"url": "kept"}\n' and replica.requests() == []
