"""Revisits (NEWSCRAWLER_REVISIT): an incremental `scrapy crawl levant` over a copy of the replica,
then time "passes" (the state's fetch times are moved back to 30 minutes after publication, so
with the default schedule every stored article is due), two articles are edited on the site, and
the same command again writes exactly those two again, as revision 2; a third run finds nothing due."""

from __future__ import annotations

import re
import shutil
from datetime import datetime, timedelta, timezone

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.build import TRUTH_FILE
from replica.server import ReplicaServer
from tests.support.crawl import read_jsonl, run_crawl
from tests.support.servers import Served

MARK = " (تحديث)"


@pytest.fixture
def site_copy(tmp_path):
    """A private copy of the bundled replica, served."""
    import json

    site = tmp_path / "site"
    shutil.copytree(SITE_DIR, site)
    log = tmp_path / "requests.log"
    with ReplicaServer(site, log) as server:
        served = Served(server, log)
        served.dir = site
        served.truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
        yield served


def crawl(site, out, settings):
    proc = run_crawl(site.url, out, "-s", "NEWSCRAWLER_INCREMENTAL=True", *settings, "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stderr


def stat(log: str, name: str) -> int | None:
    m = re.search(rf"'newscrawler/{name}': (\d+)", log)
    return int(m.group(1)) if m else None


def edit_two_articles(site) -> dict[str, str]:
    """The body of two plain-HTML articles gets a word more: {url: the edited sentence}."""
    edited = {}
    for article in site.truth["articles"]:
        if len(edited) == 2:
            break
        if not article["listed"] or article["variant"] != "url-only" or article.get("needs_js"):
            continue
        page = site.dir / ("article/" + article["url"][len("/article/"):] + ".html")
        first = article["body"].split("\n\n")[0].split(".")[0]
        html = page.read_text(encoding="utf-8")
        if not first or html.count(first) != 1:
            continue
        page.write_text(html.replace(first, first + MARK, 1), encoding="utf-8")
        edited[site.origin + article["url"]] = first + MARK
    assert len(edited) == 2
    return edited


def age_state_file(path) -> int:
    """Every stored article fetched last 30 minutes after its publication (first fetched then
    too); the lines rewritten. Returns how many articles the file holds."""
    from newscrawler.fetch.incremental import parse_state_line

    lines, urls = [], set()
    long_ago = datetime.now(timezone.utc) - timedelta(days=30)
    for line in path.read_text(encoding="utf-8").splitlines():
        url, fields, _links = parse_state_line(line)
        assert fields is not None, line
        published = datetime.fromisoformat(fields["published_at"]) if fields["published_at"] else long_ago
        seen = (published + timedelta(minutes=30)).astimezone(timezone.utc).isoformat(timespec="seconds")
        line = re.sub(r"\tfirst_seen=[^\t]*", f"\tfirst_seen={seen}", line)
        lines.append(re.sub(r"\tlast_seen=[^\t]*", f"\tlast_seen={seen}", line))
        urls.add(url)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(urls)


def test_due_articles_are_fetched_again_and_only_the_changed_ones_written(site_copy, tmp_path):
    site = site_copy
    out, state = tmp_path / "feed.jsonl", tmp_path / "state" / "levant-seen.txt"
    settings = ["-s", f"NEWSCRAWLER_STATE_FILE={tmp_path}/state/%(name)s-seen.txt"]

    log1 = crawl(site, out, settings)
    first = read_jsonl(out)
    assert first and all(i["revision"] == 1 for i in first)
    assert stat(log1, "revisit/requested") is None  # nothing stored yet, nothing due

    stored = age_state_file(state)
    assert stored == len({i["url"] for i in first})
    edited = edit_two_articles(site)
    # and one article is removed from the site (404): recorded as revisited, not due every run
    gone = next(a for a in site.truth["articles"] if a["listed"] and not a["needs_js"]
                and site.origin + a["url"] not in edited)
    (site.dir / ("article/" + gone["url"][len("/article/"):] + ".html")).unlink()

    log2 = crawl(site, out, settings)
    second = read_jsonl(out)[len(first):]
    assert sorted(i["url"] for i in second) == sorted(edited)  # nothing else new in the feed
    for item in second:
        assert item["revision"] == 2 and edited[item["url"]] in item["body"]
        before = next(i for i in first if i["url"] == item["url"])
        assert MARK not in before["body"] and item["content_hash"] != before["content_hash"]
    assert stat(log2, "revisit/requested") == stored
    assert stat(log2, "revisit/changed") == 2
    assert stat(log2, "revisit/failed") == 1
    assert stat(log2, "revisit/unchanged") == stored - 3

    # Each article was fetched after its schedule's points: none is due any more.
    log3 = crawl(site, out, settings)
    assert read_jsonl(out)[len(first) + 2:] == []
    assert stat(log3, "revisit/requested") is None


def test_revisits_with_mongodb_keep_the_history(site_copy, mongo, tmp_path):
    site = site_copy
    out = tmp_path / "feed.jsonl"
    crawl(site, out, mongo.settings())
    first = read_jsonl(out)
    stored = mongo.db.articles.count_documents({})
    assert stored == len(first) > 2

    # time passes: every document was last (and first) fetched 30 minutes after publication
    long_ago = datetime.now(timezone.utc) - timedelta(days=30)
    for doc in mongo.db.articles.find({}, {"published_at": 1}):
        published = doc.get("published_at") or long_ago  # a BSON date (UTC)
        seen = (published + timedelta(minutes=30)).astimezone(timezone.utc)
        mongo.db.articles.update_one({"_id": doc["_id"]}, {"$set": {"first_seen": seen, "last_seen": seen}})
    edited = edit_two_articles(site)

    log2 = crawl(site, out, mongo.settings())
    second = read_jsonl(out)[len(first):]
    assert sorted(i["url"] for i in second) == sorted(edited)
    assert all(i["revision"] == 2 for i in second)
    assert stat(log2, "revisit/requested") == stored
    assert stat(log2, "revisit/changed") == 2 and stat(log2, "revisit/unchanged") == stored - 2
    assert "'newscrawler/mongo/changed': 2" in log2
    for url, sentence in edited.items():
        doc = mongo.db.articles.find_one({"_id": url})
        assert doc["revision"] == 2 and sentence in doc["body"]
        assert mongo.db.articles_revisions.count_documents({"url": url}) == 2
    assert mongo.db.articles.count_documents({"revision": 1}) == stored - 2
    # the unchanged ones were recorded as fetched now: not due again
    assert mongo.db.articles.count_documents({"last_seen": {"$lt": datetime.now(timezone.utc) - timedelta(days=1)}}) == 0

    log3 = crawl(site, out, mongo.settings())
    assert read_jsonl(out)[len(first) + 2:] == []
    assert stat(log3, "revisit/requested") is None
