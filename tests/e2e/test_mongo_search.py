"""End to end: `scrapy mongo_upgrade` and `scrapy search` in subprocesses against a real
MongoDB wire-protocol server (secantusd-py; also $MONGO_URI when set). `scrapy search` on a
crawl of the replica: tests/e2e/test_mongo.py (the crawl into MongoDB)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from newscrawler.search import search, search_pipeline
from newscrawler.storage.mongo import INDEXES, document_to_item
from tests.support.crawl import ROOT
from tests.support.items import sample_item

UTC = timezone.utc


def scrapy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)


def one_error_line(proc) -> str:
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    return lines[0]


def test_upgrade_command_types_old_string_dated_documents(mongo):
    items = [sample_item(i, title=f"بشار الأسد {i}", published_at=f"2024-06-{10 + i:02d}T23:30:00+03:00")
             for i in range(12)]
    items[11]["title"] = "بشار\tالأسد\n11"  # a title with a tab and a newline: still one output line
    old = [{**i, "_id": i["url"], "first_seen": datetime(2026, 1, 1, tzinfo=UTC),
            "last_seen": datetime(2026, 1, 1, tzinfo=UTC), "revision": 1} for i in items]  # strings, no search
    mongo.db.articles.insert_many(old)
    mongo.db.articles.create_index([("url", 1)], name="url_unique", unique=True)
    june_12 = {"$gte": datetime(2024, 6, 12, tzinfo=UTC), "$lt": datetime(2024, 6, 13, tzinfo=UTC)}
    assert mongo.db.articles.count_documents({"published_at": june_12}) == 0  # the issue: strings

    proc = scrapy("search", "الاسد", *mongo.settings())  # old documents: no hit, but a hint
    assert proc.returncode == 0 and proc.stdout == "", proc.stderr
    assert "run scrapy mongo_upgrade once" in proc.stderr

    proc = scrapy("mongo_upgrade", "--dry-run", *mongo.settings())
    assert proc.returncode == 0 and "would convert 12 of 12 articles" in proc.stdout, proc.stdout + proc.stderr
    assert mongo.db.articles.count_documents({"published_at": {"$type": "string"}}) == 12

    proc = scrapy("mongo_upgrade", "--batch-size", "5", *mongo.settings())
    assert proc.returncode == 0, proc.stderr
    assert f"{mongo.database}.articles at {mongo.uri}: converted 12 of 12 articles" in proc.stdout
    assert "dropped url_unique" in proc.stdout
    assert mongo.db.articles.count_documents({"published_at": june_12}) == 1
    assert set(mongo.db.articles.index_information()) == {"_id_", *INDEXES}
    for doc in mongo.db.articles.find():
        assert doc["published_at_offset"] == "+03:00" and doc["crawled_at_offset"] == "+00:00"
        assert document_to_item(doc) == {**items[int(doc["_id"].rsplit("-", 1)[1])], "revision": 1}

    proc = scrapy("mongo_upgrade", *mongo.settings())  # idempotent
    assert proc.returncode == 0 and "converted 0 of 12 articles" in proc.stdout and "dropped none" in proc.stdout
    proc = scrapy("search", "الاسد", "-n", "1", *mongo.settings())
    assert proc.returncode == 0 and proc.stdout.count("\n") == 1 and "mongo_upgrade" not in proc.stderr, proc.stderr
    assert proc.stdout.rstrip("\n").split("\t")[2:] == [items[11]["url"], "بشار الأسد 11"]
    hits = search(mongo.db.articles, "الاسد", limit=3)  # search terms built for the old documents
    assert [h.url for h in hits] == [items[11]["url"], items[10]["url"], items[9]["url"]]


UNREACHABLE = "mongodb://u:Sekr1t@127.0.0.1:1/?serverSelectionTimeoutMS=300"


@pytest.mark.parametrize("command, uri, message", [
    (["mongo_upgrade"], UNREACHABLE, "error: MONGO_URI: cannot use MongoDB at mongodb://u:***@127.0.0.1:1/"),
    (["search", "الاسد"], UNREACHABLE, "error: MONGO_URI: cannot use MongoDB at mongodb://u:***@127.0.0.1:1/"),
    (["search", "الاسد"], "mongodb//u:Sekr1t@127.0.0.1", "error: MONGO_URI is not a valid MongoDB URI"),
    (["mongo_upgrade"], "", "error: MONGO_URI is not set"),
    (["search", "في", "من"], "mongodb://127.0.0.1:1", "error: give a query with at least one word"),
])
def test_bad_input_is_one_line_and_exit_2(command, uri, message):
    proc = scrapy(*command, "-s", f"MONGO_URI={uri}")
    assert proc.returncode == 2 and one_error_line(proc).startswith(message)
    assert "Sekr1t" not in proc.stdout + proc.stderr


def test_search_query_option_prints_the_documented_aggregation():
    proc = scrapy("search", "الاسد", "المدرسه", "--query", "-n", "5")  # no server needed
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == search_pipeline("الاسد المدرسه", limit=5)
