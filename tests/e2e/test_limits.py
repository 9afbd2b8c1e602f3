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
    assert len([p for p, _ in replica.requests()]) < 60  # the crawl did stop (the replica: ~130 pages)
