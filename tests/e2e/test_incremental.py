"""Incremental runs (NEWSCRAWLER_INCREMENTAL=True): `scrapy crawl levant` three times against a
replica that later gains articles; the state is a local file (JSON lines only) or MongoDB."""

from __future__ import annotations

import pytest

from replica.build import build
from replica.server import ReplicaServer
from tests.support.crawl import read_jsonl, run_crawl, stored_urls
from tests.support.mongo import MONGO_KINDS, mongo_target
from tests.support.servers import Served


@pytest.fixture
def growing_site(tmp_path):
    """A private copy of the default replica, served; `grow(n)` re-renders it with n new articles."""
    site = tmp_path / "site"
    state = {"truth": build(site, truth_file=None)}
    log = tmp_path / "requests.log"
    with ReplicaServer(site, log) as server:
        served = Served(server, log)
        served.truth = lambda: state["truth"]

        def grow(n):
            state["truth"] = build(site, truth_file=None, extra=n)
        served.grow = grow
        yield served


def crawl(site, out, backend_settings):
    before = len(site.requests())
    proc = run_crawl(site.url, out, "-s", "NEWSCRAWLER_INCREMENTAL=True", *backend_settings, "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return read_jsonl(out), [p for p, _ in site.requests()[before:]], proc.stderr


@pytest.fixture(params=["state-file"] + [f"mongodb-{k}" for k in MONGO_KINDS])
def backend(request, tmp_path):
    if request.param == "state-file":
        return "file", ["-s", f"NEWSCRAWLER_STATE_FILE={tmp_path}/state/%(name)s-seen.txt"]
    mongo = mongo_target(request, request.param.split("-", 1)[1])
    return mongo, mongo.settings()


def test_second_run_fetches_only_listings_then_only_new_articles(growing_site, backend, tmp_path):
    store, settings = backend
    site = growing_site
    origin = site.origin
    truth = site.truth()
    all_urls = {origin + a["url"] for a in truth["articles"]}

    items1, paths1, _ = crawl(site, tmp_path / "run1.jsonl", settings)
    assert {i["url"] for i in items1} == all_urls
    # Listing pages (what the browser fetches for a JavaScript article, its body from
    # /api/article/ and its stylesheet, is part of that article, not a listing).
    listing1 = {p for p in paths1 if not p.startswith(("/article/", "/api/article/", "/static/"))}

    items2, paths2, log2 = crawl(site, tmp_path / "run2.jsonl", settings)
    assert items2 == []
    articles2 = {p for p in paths2 if p.startswith("/article/")}
    # Only the pages that never gave an article (a 404 and a removed one) are tried again.
    assert articles2 <= {truth["missing_article"], truth["soft_404_article"]}, articles2
    assert {p for p in paths2 if not p.startswith(("/article/", "/api/article/", "/static/"))} == listing1  # listings again
    assert f"'newscrawler/incremental/known': {len(all_urls)}" in log2
    assert "'newscrawler/incremental/skipped': " in log2

    site.grow(3)
    new_urls = {origin + a["url"] for a in site.truth()["articles"]} - all_urls
    assert len(new_urls) == 3
    items3, paths3, log3 = crawl(site, tmp_path / "run3.jsonl", settings)
    assert {i["url"] for i in items3} == new_urls and len(items3) == 3
    fetched3 = {origin + p for p in paths3 if p.startswith("/article/")}
    assert fetched3 - {origin + truth["missing_article"], origin + truth["soft_404_article"]} == new_urls
    if store != "file":
        assert "'newscrawler/mongo/inserted': 3" in log3
        assert {d["_id"] for d in store.db.articles.find({}, {"_id": 1})} == all_urls | new_urls
    else:
        state = stored_urls(tmp_path / "state" / "levant-seen.txt")
        assert sorted(state) == sorted(all_urls | new_urls)


def test_changed_article_updates_document_and_keeps_revisions(growing_site, mongo, tmp_path):
    """A full run after an article's text changed on the site: its document is updated,
    `revision` goes to 2, and both versions are in the history collection."""
    site = growing_site
    proc = run_crawl(site.url, tmp_path / "a.jsonl", *mongo.settings())
    assert proc.returncode == 0, proc.stderr[-2000:]
    article = next(a for a in site.truth()["articles"] if a["listed"] and a["variant"] == "url-only")
    page = tmp_path / "site" / ("article/" + article["url"][len("/article/"):] + ".html")
    first = article["body"].split("\n\n")[0].split(".")[0]
    html = page.read_text(encoding="utf-8")
    assert first in html
    page.write_text(html.replace(first, first + " (تحديث)", 1), encoding="utf-8")

    proc = run_crawl(site.url, tmp_path / "b.jsonl", *mongo.settings(), "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-2000:]
    url = site.origin + article["url"]
    doc = mongo.db.articles.find_one({"_id": url})
    assert doc["revision"] == 2 and "(تحديث)" in doc["body"] and doc["last_seen"] >= doc["first_seen"]
    assert mongo.db.articles.count_documents({"revision": {"$gt": 1}}) == 1
    assert mongo.db.articles.count_documents({}) == len(site.truth()["articles"])
    versions = list(mongo.db.articles_revisions.find({"url": url}).sort("first_seen", 1))
    assert len(versions) == 2 and "(تحديث)" not in versions[0]["body"] and "(تحديث)" in versions[1]["body"]
    assert "'newscrawler/mongo/changed': 1" in proc.stderr
