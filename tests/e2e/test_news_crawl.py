"""`scrapy crawl news -a start_url=...` on a site with no profile (WordPress-style)."""

import pytest

from replica.server import ReplicaServer
from tests.support import wpsite
from tests.support.crawl import read_jsonl, run_crawl


@pytest.fixture(scope="module")
def wp(tmp_path_factory):
    site = tmp_path_factory.mktemp("wpsite")
    truth = wpsite.build(site)
    log = site.parent / "wp-requests.log"
    with ReplicaServer(site, log) as server:
        out = site.parent / "news.jsonl"
        proc = run_crawl(server.url, out, "-s", "NEWSCRAWLER_TIMEZONE=Africa/Cairo", spider="news")
        assert proc.returncode == 0, proc.stderr[-3000:]
        yield {"items": read_jsonl(out), "truth": truth, "origin": server.url.rstrip("/"), "log": proc.stderr}


def test_finds_exactly_the_articles(wp):
    urls = sorted(i["url"] for i in wp["items"])
    assert urls == sorted(wp["origin"] + a["url"] for a in wp["truth"])


def test_fields_match(wp):
    by_url = {wp["origin"] + a["url"]: a for a in wp["truth"]}
    for item in wp["items"]:
        a = by_url[item["url"]]
        assert item["title"] == a["title"]
        assert item["body"] == a["body"]
        assert item["published_at"] == a["published_at"]
        assert item["section"] == (a["section"] if a["jsonld"] else None)
