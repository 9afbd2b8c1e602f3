"""End to end: CLOSESPIDER_ITEMCOUNT stops the crawl close to the number, and no browser starts
once the crawl is closing (newscrawler.fetch.limits)."""

from __future__ import annotations

from tests.support.crawl import read_jsonl, run_crawl


def test_itemcount_stops_close_to_the_number_and_starts_no_browser_after(replica, tmp_path):
    out = tmp_path / "items.jsonl"
    proc = run_crawl(replica.url, out, "-s", "CLOSESPIDER_ITEMCOUNT=10", "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "'finish_reason': 'closespider_itemcount'" in proc.stderr
    items = read_jsonl(out)
    assert len(items) == 10 and len({i["url"] for i in items}) == 10  # was 21-33
    lines = proc.stderr.splitlines()
    closing = next(n for n, line in enumerate(lines) if "Closing spider (closespider_itemcount)" in line)
    assert not [line for line in lines[closing:] if "Launching browser" in line]
    # the crawl did stop: a whole crawl of the replica fetches ~185 pages (with robots.txt, its 49
    # sitemaps and 2 feeds, read first); the sitemaps made the old bound of 60 a race (61 seen)
    assert len([p for p, _ in replica.requests()]) < 90


def test_a_job_stopped_at_its_limit_goes_on_from_there(replica, truth, tmp_path):
    """With JOBDIR, the same command with the limit writes N more each time; without it, the rest:
    every article once in the end (the pages of items held back at the limit were kept)."""
    out = tmp_path / "items.jsonl"
    job = ["-s", f"JOBDIR={tmp_path / 'job'}", "-s", "LOG_LEVEL=INFO"]
    for expected in (10, 20):
        proc = run_crawl(replica.url, out, *job, "-s", "CLOSESPIDER_ITEMCOUNT=10")
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert len(read_jsonl(out)) == expected
    proc = run_crawl(replica.url, out, *job)
    assert proc.returncode == 0, proc.stderr[-3000:]
    urls = [i["url"] for i in read_jsonl(out)]
    assert len(urls) == len(set(urls))
    assert set(urls) == {replica.origin + a["url"] for a in truth["articles"]}
