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
        # From its JSON-LD, or else from the category listing the crawl found it through (the
        # page itself does not name it). An article the home page links to may have been
        # extracted before any listing showed it: then it has none, never a wrong one.
        if a["jsonld"] or not a["home"]:
            assert item["section"] == a["section"], item["url"]
        else:
            assert item["section"] in (a["section"], None), item["url"]


def test_pages_with_a_known_sites_signature_get_that_sites_rules(replica, truth, tmp_path):
    """The replica of Levant News on 127.0.0.1 is a host without a profile: `news` finds the
    pages by their own shape and extracts each with the profile whose signature it shows, as
    extract_article does; its items then get that site's source line (StripChromePipeline)."""
    out = tmp_path / "news-on-levant.jsonl"
    proc = run_crawl(replica.url, out, "-s", "NEWSCRAWLER_TIMEZONE=Europe/London", spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    exp = {replica.origin + a["url"]: a for a in truth["articles"]}
    items = [i for i in read_jsonl(out) if i["url"] in exp]
    assert len(items) >= 0.9 * len(exp)
    for item in items:
        a = exp[item["url"]]
        assert (item["title"], item["section"], item["source"]) == (a["title"], a["section"], a["source"]), item["url"]
        assert item["body"] == a["body"], item["url"]
        assert item["published_at"] == a["published_at"], item["url"]
    assert sum(i["source"] is not None for i in items) >= 50
