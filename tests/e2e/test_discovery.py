"""Finding every article the site has: sitemaps, news sitemaps, feeds, and a backfill by date,
end to end (`scrapy crawl` in a subprocess against the replica, which serves robots.txt
`Sitemap:` lines, a sitemap index of monthly sitemaps, one gzipped, a news sitemap, RSS and
Atom feeds, and archive articles that only the sitemaps list)."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.server import ReplicaServer
from tests.support.crawl import read_jsonl, run_crawl
from tests.support.servers import Served


def _summary(out):
    return json.loads(out.with_name(out.name + ".summary.json").read_text(encoding="utf-8"))


def _article_paths(served) -> list[str]:
    return [path for path, _ in served.requests() if path.startswith("/article/")]


@pytest.mark.parametrize("spider", ["levant", "news"])
def test_sitemaps_alone_find_every_article(replica, truth, tmp_path, spider):
    out = tmp_path / "out.jsonl"
    proc = run_crawl(replica.url, out, "-a", "discover=sitemaps", spider=spider)
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = sorted(i["url"] for i in read_jsonl(out))
    assert got == sorted(replica.origin + a["url"] for a in truth["articles"])
    report = _summary(out)
    assert set(report["found"]) == {"sitemap"}  # no navigation, no feed
    assert report["found"]["sitemap"] >= len(truth["articles"])
    archive = [a for a in truth["articles"] if a["sitemap_only"]]
    assert archive and all(replica.origin + a["url"] in got for a in archive)
    # the home page is fetched (the start-page check), but none of its links
    assert not [p for p, _ in replica.requests() if p.startswith("/section/")]


def test_the_default_crawl_uses_every_source_once(replica, truth, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_crawl(replica.url, out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = read_jsonl(out)
    assert sorted(i["url"] for i in items) == sorted(replica.origin + a["url"] for a in truth["articles"])
    # one frontier, one dedupe: no page twice, but for the second fetch of a page that needs
    # JavaScript (by the browser)
    paths = [p.rstrip("/") for p in _article_paths(replica)]
    js = {a["url"] for a in truth["articles"] if a["needs_js"]} | {truth["soft_404_article"]}
    assert {p: n for p in set(paths) if (n := paths.count(p)) > (2 if p in js else 1)} == {}
    found = _summary(out)["found"]
    assert {"listing", "sitemap"} <= set(found)


def test_feeds_alone_find_the_latest_articles(replica, truth, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_crawl(replica.url, out, "-a", "discover=feeds")
    assert proc.returncode == 0, proc.stderr[-3000:]
    got = {i["url"] for i in read_jsonl(out)}
    assert len(got) == 20  # the RSS feed's 20 latest (the Atom feed lists the same ones)
    newest = sorted((a for a in truth["articles"] if not a["sitemap_only"]),
                    key=lambda a: a["published_at"], reverse=True)
    assert got <= {replica.origin + a["url"] for a in newest}


def _in_range(truth, since: date, until: date) -> set[str]:
    zone = ZoneInfo(truth["site_timezone"])
    return {a["url"] for a in truth["articles"]
            if since <= datetime.fromisoformat(a["published_at"]).astimezone(zone).date() <= until}


@pytest.mark.parametrize("since,until,discover", [
    ("2024-01-01", "2024-01-31", "all"),
    ("2019-01-01", "2020-12-31", "all"),   # the archive: only the sitemaps list it
    ("2025-05-01", None, "all"),           # since alone, a page that needs JavaScript among them
    (None, "2022-03-31", "nav"),           # until alone, by the listings only (no sitemap)
])
def test_a_backfill_stores_exactly_the_range_and_fetches_nothing_outside(replica, truth, tmp_path, since, until,
                                                                         discover):
    args = ["-a", f"discover={discover}"]
    args += ["-a", f"since={since}"] if since else []
    args += ["-a", f"until={until}"] if until else []
    out = tmp_path / "out.jsonl"
    proc = run_crawl(replica.url, out, *args)
    expected = _in_range(truth, date.fromisoformat(since or "1900-01-01"), date.fromisoformat(until or "2100-01-01"))
    if discover == "nav":  # the archive articles are in no listing: only the sitemaps know them
        expected -= {a["url"] for a in truth["articles"] if a["sitemap_only"]}
    # none in the range: exit 1, the health check of "zero items where articles were expected"
    assert proc.returncode == (0 if expected else 1), proc.stderr[-3000:]
    got = sorted(i["url"] for i in read_jsonl(out)) if out.exists() else []
    if discover == "nav":  # listings reach what they list; an article linked only from articles
        # outside the range (a read-also line) is out of a navigation backfill's reach
        listed = {a["url"] for a in truth["articles"] if a["listed"] or a["load_more"]} & expected
        assert set(got) <= {replica.origin + u for u in expected}
        assert {replica.origin + u for u in listed} <= set(got)
    else:
        assert got == sorted(replica.origin + u for u in expected)
    fetched = {p.rstrip("/") for p in _article_paths(replica)}  # as the site links them: some with a slash
    assert fetched <= expected, sorted(fetched - expected)[:5]  # nothing outside the range
    report = _summary(out)
    assert "out_of_range_fetched" not in report["backfill"]
    if discover == "all":  # sitemaps, not the navigation: an article a request, and the monthly
        # sitemaps of the range beside robots.txt (twice: Scrapy's and ours), the home page, the
        # sitemap index, the news sitemap and two feeds; a page that needs JavaScript costs two
        # more (the browser's fetch and its script's JSON)
        months = {a["published_at"][:7] for a in truth["articles"] if a["url"] in expected}
        js = sum(1 for a in truth["articles"] if a["url"] in expected and a["needs_js"])
        # (and the months next to the range: a sitemap grouped by UTC month may hold its first day)
        assert len(replica.requests()) <= len(expected) + 2 * js + len(months) + 2 + 8, replica.requests()


def test_a_backfill_by_the_news_spider(replica, truth, tmp_path):
    """The spider of any site: no URL dates of its own, the sitemaps' names and dates decide."""
    out = tmp_path / "out.jsonl"
    proc = run_crawl(replica.url, out, "-a", "since=2024-02-01", "-a", "until=2024-03-31", spider="news")
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = _in_range(truth, date(2024, 2, 1), date(2024, 3, 31))
    assert sorted(i["url"] for i in read_jsonl(out)) == sorted(replica.origin + u for u in expected)
    assert {p.rstrip("/") for p in _article_paths(replica)} <= expected


def test_bad_backfill_and_discover_arguments_fail_at_start(tmp_path):
    # (every bad value: tests/discovery/test_backfill.py, tests/test_checks.py)
    for args, words in [(["-a", "since=2024-13-01"], "since= must be a day as YYYY-MM-DD"),
                        (["-a", "discover=sitemap"], "discover= takes a comma-separated list")]:
        proc = run_crawl("http://127.0.0.1:9/", tmp_path / "x.jsonl", *args)
        assert proc.returncode == 2, proc.stderr[-2000:]
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1 and words in lines[0], proc.stderr


# --- hostile discovery input --------------------------------------------------------------


@pytest.fixture
def hostile(tmp_path):
    """The replica with robots.txt listing, beside its own sitemaps: a gzip bomb, a sitemap over
    the cap, broken XML, an index that lists itself, an off-site sitemap and a loop of two."""
    site = tmp_path / "site"
    shutil.copytree(SITE_DIR, site)
    (site / "bomb.xml.gz").write_bytes(gzip.compress(b"<urlset>" + b" " * (64 << 20) + b"</urlset>", 1))
    big = "".join(f"<url><loc>__ORIGIN__/tag/x{i}</loc></url>" for i in range(40000))  # not articles: skipped
    (site / "big.xml").write_text(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{big}</urlset>')
    (site / "broken.xml").write_text('<urlset><url><loc>__ORIGIN__/tag/broken-entry</loc></url><url><loc>')
    (site / "self.xml").write_text('<sitemapindex><sitemap><loc>__ORIGIN__/self.xml</loc></sitemap>'
                                   '<sitemap><loc>https://elsewhere.example/sitemap.xml</loc></sitemap>'
                                   '<sitemap><loc>__ORIGIN__/loop.xml</loc></sitemap></sitemapindex>')
    (site / "loop.xml").write_text('<sitemapindex><sitemap><loc>__ORIGIN__/self.xml</loc></sitemap></sitemapindex>')
    (site / "notxml.xml").write_text("<html><body>Not found</body></html>")
    robots = (site / "robots.txt").read_text()
    robots += "".join(f"Sitemap: __ORIGIN__/{name}\n" for name in
                      ("bomb.xml.gz", "big.xml", "broken.xml", "self.xml", "notxml.xml"))
    (site / "robots.txt").write_text(robots)
    log = tmp_path / "requests.log"
    with ReplicaServer(site, log) as server:
        yield Served(server, log)


def test_hostile_sitemaps_are_bounded_counted_and_skipped(hostile, truth, tmp_path):
    out = tmp_path / "out.jsonl"
    proc = run_crawl(hostile.url, out, "-a", "discover=sitemaps", "-s", "NEWSCRAWLER_SITEMAP_MAX_BYTES=1000000",
                     "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert sorted(i["url"] for i in read_jsonl(out)) == sorted(hostile.origin + a["url"] for a in truth["articles"])
    stats = "\n".join(line for line in proc.stderr.splitlines() if "newscrawler/discovery/sitemap/" in line)
    assert "'newscrawler/discovery/sitemap/cut': 2" in stats  # the bomb and the big one, each at the cap
    assert "'newscrawler/discovery/sitemap/malformed': 4" in stats, stats  # broken, bomb and big (cut), not XML
    assert "'newscrawler/discovery/sitemap/offsite': 1" in stats
    served = [p for p, _ in hostile.requests()]
    assert served.count("/self.xml") == 1 and served.count("/loop.xml") == 1
    assert served.count("/bomb.xml.gz") == 1
    assert "Traceback" not in proc.stderr


# --- requests as the site links them --------------------------------------------------------


def test_a_site_that_redirects_slashless_paths_costs_no_redirect(tmp_path):
    """A WordPress-like site: every link written with a trailing slash, and a 301 for the path
    without it. The crawl requests what the site writes (the canonical URL, without the slash,
    stays the identity): no 301 at all, every article once."""
    from replica.build import build

    site = tmp_path / "site"
    truth = build(site, truth_file=None, slash_links=True)
    log = tmp_path / "requests.log"
    out = tmp_path / "out.jsonl"
    with ReplicaServer(site, log, slash_redirect=True) as server:
        served = Served(server, log)
        proc = run_crawl(server.url, out)
        assert proc.returncode == 0, proc.stderr[-3000:]
        statuses = served.requests()
    redirected = [p for p, status in statuses if status == 301]
    assert redirected == []
    assert len(statuses) > 150
    items = read_jsonl(out)
    assert sorted(i["url"] for i in items) == sorted(server.url.rstrip("/") + a["url"] for a in truth["articles"])
    assert all(not i["url"].endswith("/") for i in items)  # the canonical form


def _replica_with_robots(tmp_path, sitemap_lines: str):
    site = tmp_path / "site"
    shutil.copytree(SITE_DIR, site)
    robots = "".join(line + "\n" for line in (site / "robots.txt").read_text().splitlines()
                     if not line.startswith("Sitemap:"))
    (site / "robots.txt").write_text(robots + sitemap_lines)
    log = tmp_path / "requests.log"
    return ReplicaServer(site, log), log


def test_sitemaps_robots_lists_on_another_host_send_the_crawl_to_the_usual_places(tmp_path, truth):
    server, log = _replica_with_robots(tmp_path, "Sitemap: https://cdn.elsewhere.example/sitemap.xml\n")
    out = tmp_path / "out.jsonl"
    with server:
        proc = run_crawl(server.url, out, "-a", "discover=sitemaps")
        origin = server.url.rstrip("/")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert sorted(i["url"] for i in read_jsonl(out)) == sorted(origin + a["url"] for a in truth["articles"])


def test_a_backfill_with_only_a_news_sitemap_follows_the_navigation(tmp_path, truth):
    """A news sitemap (the last two days) says nothing of the archive: the listings are paged."""
    server, log = _replica_with_robots(tmp_path, "Sitemap: __ORIGIN__/news-sitemap.xml\n")
    out = tmp_path / "out.jsonl"
    with server:
        proc = run_crawl(server.url, out, "-a", "since=2024-01-01", "-a", "until=2024-01-31")
        origin = server.url.rstrip("/")
    assert proc.returncode == 0, proc.stderr[-3000:]
    listed = {a["url"] for a in truth["articles"] if a["listed"] or a["load_more"]}
    expected = _in_range(truth, date(2024, 1, 1), date(2024, 1, 31))
    got = {i["url"] for i in read_jsonl(out)}
    assert {origin + u for u in listed & expected} <= got <= {origin + u for u in expected}
