"""End to end: `scrapy crawl levant` in a subprocess against the replica, compared to truth."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote

import pytest

from tests.support.crawl import read_jsonl, run_crawl


@pytest.fixture(scope="module")
def crawl(replica_module, tmp_path_factory):
    out = tmp_path_factory.mktemp("crawl") / "levant.jsonl"
    proc = run_crawl(replica_module.url, out, "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {"items": read_jsonl(out), "raw": out.read_text(encoding="utf-8"), "log": proc.stderr,
            "requests": replica_module.requests(), "origin": replica_module.origin}


def expected(truth, origin):
    return {origin + a["url"]: a for a in truth["articles"]}


def test_finds_exactly_the_truth_articles_none_twice(crawl, truth):
    urls = [i["url"] for i in crawl["items"]]
    assert len(urls) == len(set(urls)), [u for u, n in Counter(urls).items() if n > 1]
    assert set(urls) == set(expected(truth, crawl["origin"]))
    hidden = [a for a in truth["articles"] if not a["listed"]]
    assert len(hidden) >= 3
    assert {crawl["origin"] + a["url"] for a in hidden} <= set(urls)


def test_every_field_equals_truth(crawl, truth):
    exp = expected(truth, crawl["origin"])
    for item in crawl["items"]:
        a = exp[item["url"]]
        assert item["title"] == a["title"], item["url"]
        assert item["published_at"] == a["published_at"], (item["url"], item["published_at_raw"])
        assert item["section"] == a["section"], item["url"]
        assert item["source"] == a["source"], item["url"]
        assert item["body"] == a["body"], item["url"]
        assert item["read_also"] == [{"url": crawl["origin"] + r["url"], "title": r["title"]}
                                     for r in a["read_also"]], item["url"]
        assert item["authors"] == a["authors"] and item["tags"] == a["tags"], item["url"]


def test_no_chrome_in_any_body(crawl, truth):
    widget = re.compile(r"[٠-٩]{2} / \S+ / [٠-٩]{4}")
    for item in crawl["items"]:
        for s in truth["chrome_strings"]:
            assert s not in item["body"], (s, item["url"])
        for label in ("اقرأ أيضاً", "إقرأ أيضا", "شاهد أيضاً", "ليفانت نيوز_", "ليفانت نيوز/"):
            assert label not in item["body"], (label, item["url"])
        assert not widget.search(item["body"])


def test_each_url_requested_at_most_once_and_no_traps_fetched(crawl, truth):
    # A page that needs JavaScript is fetched twice (plain, then by the browser, whose own
    # requests for the page's script data and stylesheet are not the crawler's); so is the soft
    # 404 at an article URL (not an article: rendered once in case a script fills it).
    rendered = {a["url"] for a in truth["articles"] if a["needs_js"]} | {truth["soft_404_article"]}
    # robots.txt twice: Scrapy's robots.txt check, and the crawl's sitemap discovery
    assert sum(p == "/robots.txt" for p, _ in crawl["requests"]) == 2
    # Requested as the site links them (a link written with a trailing slash keeps it): one page
    # whatever the slash.
    paths = [p.rstrip("/") or "/" for p, _ in crawl["requests"]
             if not p.startswith(("/api/article/", "/static/")) and p != "/robots.txt"]
    counts = Counter(paths)
    assert {p for p, n in counts.items() if n == 2} == rendered
    assert all(n <= 2 for n in counts.values()), {p: n for p, n in counts.items() if n > 2}
    for prefix in truth["disallowed_prefixes"]:
        assert not [p for p in paths if p.startswith(prefix)], prefix
    assert sum(p.startswith(truth["missing_article"]) for p in paths) == 1
    for page in truth["non_article_pages"]:
        if page != "/caricature":  # in the navigation: a listing without articles
            assert page not in paths
    assert "robotstxt/forbidden" in crawl["log"]


def test_feed_is_readable_utf8_with_all_fields(crawl):
    assert "\\u06" not in crawl["raw"]
    assert "أخبار" in crawl["raw"]
    fields = {"url", "title", "body", "published_at", "published_at_raw", "modified_at", "section", "tags",
              "authors", "source", "images", "read_also", "language", "crawled_at", "content_hash", "revision"}
    for item in crawl["items"]:
        assert set(item) == fields
        assert item["revision"] == 1
        assert item["language"] == "ar"
        assert re.fullmatch(r"[0-9a-f]{64}", item["content_hash"])
        assert item["crawled_at"].endswith("+00:00")
        assert unquote(item["url"]) == item["url"]  # readable IRI, no %D8 escapes


def test_bad_page_counted_in_stats_and_crawl_goes_on(crawl, truth):
    assert "'newscrawler/extract_failed/not_article': 1" in crawl["log"]
    assert crawl["log"].count("not an article") == 1
    assert len(crawl["items"]) == len(truth["articles"])


def stats(log: str) -> dict[str, int]:
    return {k: int(v) for k, v in re.findall(r"'((?:newscrawler|playwright)/[^']+)': (\d+)", log)}


def test_renders_exactly_the_pages_that_need_javascript(crawl, truth):
    js = {crawl["origin"] + a["url"] for a in truth["articles"] if a["needs_js"]}
    assert len(js) >= 3
    s = stats(crawl["log"])
    # Every JavaScript article, and the soft 404 at an article URL, rendered once; why is counted.
    assert s["newscrawler/render/reason/empty_body"] == len(js)
    assert s["newscrawler/render/reason/not_article"] == 1
    assert s["newscrawler/render/total"] == s["newscrawler/render/rendered"] == len(js) + 1
    assert {k: v for k, v in s.items() if k.startswith("newscrawler/render/failed/")} == {
        "newscrawler/render/failed/still_not_article": 1}
    assert s["playwright/page_count"] == s["playwright/page_count/closed"] == len(js) + 1  # pages closed
    assert s["playwright/page_count/max_concurrent"] <= 4
    blocked = sum(s.get(f"playwright/request_count/resource_type/{t}", 0) for t in ("image", "font", "media"))
    assert blocked >= len(js) and s["playwright/request_count/aborted"] == blocked  # never fetched
    # The JavaScript-only articles come out with their real body (the script's, not empty).
    items = {i["url"]: i for i in crawl["items"]}
    for a in truth["articles"]:
        if a["needs_js"]:
            assert items[crawl["origin"] + a["url"]]["body"] == a["body"]


def test_load_more_section_articles_all_found_through_its_endpoint(crawl, truth):
    load_more = {crawl["origin"] + a["url"] for a in truth["articles"] if a["load_more"]}
    assert len(load_more) >= 10
    assert load_more <= {i["url"] for i in crawl["items"]}
    api_pages = sorted(p for p, _ in crawl["requests"] if p.startswith("/api/section/"))
    assert api_pages == ["/api/section/reports?page=1", "/api/section/reports?page=2",
                         "/api/section/reports?page=3"]
    # Found without a browser: the load-more page itself is never rendered.
    assert [p for p, _ in crawl["requests"]].count("/section/reports") == 1


def test_listing_pages_counted_by_kind(crawl):
    s = stats(crawl["log"])
    # The home page; 7 sections of its menu (the 8th, /archive, is disallowed by robots.txt);
    # news 3, politics 2, economy, opinion and files 1 further pages; 3 pages of the reports JSON list.
    assert (s["newscrawler/listing/home"], s["newscrawler/listing/section"], s["newscrawler/listing/pagination"],
            s["newscrawler/listing/endpoint"]) == (1, 7, 8, 3)
    assert s["newscrawler/pages/listing"] == 1 + 7 + 8
    assert "no section link found" not in crawl["log"]
