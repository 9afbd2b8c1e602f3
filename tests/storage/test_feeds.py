"""Feed file paths (newscrawler.storage.feeds); the crawls that write feeds are in tests/e2e/test_feeds.py."""

from __future__ import annotations

from pathlib import Path

from newscrawler.storage.feeds import local_feed_path


def test_local_feed_path():
    assert local_feed_path("out/%(name)s.jsonl", "levant") == Path("out/levant.jsonl")
    assert local_feed_path("file:///var/feeds/%(name)s-%(time)s.jsonl", "news").name.startswith("news-20")
    assert local_feed_path("s3://bucket/%(name)s.jsonl", "levant") is None
    assert local_feed_path("ftp://host/x.jsonl", "levant") is None
    assert local_feed_path("C:/feeds/x.jsonl", "levant") == Path("C:/feeds/x.jsonl")
    assert local_feed_path("100%.jsonl", "levant") == Path("100%.jsonl")
