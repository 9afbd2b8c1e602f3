"""End to end: `scrapy crawl levant ... -s MONGO_URI=...` in a subprocess against the replica and
a real MongoDB wire-protocol server (secantusd-py; also $MONGO_URI when set)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime

import pytest

from evaluation.search_eval import labels
from newscrawler.search import search, search_pipeline
from newscrawler.storage.mongo import document_to_item
from replica.build import DEFAULT_OUT as SITE_DIR
from replica.demo import crawl_command
from replica.server import ReplicaServer
from tests.support.crawl import ROOT, read_jsonl, run_crawl
from tests.support.items import sample_item

FIELDS = {"url", "title", "body", "published_at", "published_at_raw", "modified_at", "section", "tags",
          "authors", "source", "images", "read_also", "language", "crawled_at", "content_hash"}


def replay(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "replay", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def test_crawl_into_mongodb_equals_truth(mongo, replica, truth, tmp_path):
    out = tmp_path / "levant.jsonl"
    proc = run_crawl(replica.url, out, *mongo.settings(), "-s", "LOG_LEVEL=INFO")
    assert proc.returncode == 0, proc.stderr[-3000:]
    docs = list(mongo.db.articles.find())
    exp = {replica.origin + a["url"]: a for a in truth["articles"]}
    assert Counter(d["_id"] for d in docs) == Counter(set(exp))  # each article once
    for d in docs:
        a = exp[d["_id"]]
        assert d["url"] == d["_id"]
        item = document_to_item(d)  # dates back as the ISO strings, at the site's offset
        assert (item["title"], item["body"], item["section"], item["published_at"]) == (
            a["title"], a["body"], a["section"], a["published_at"]), d["_id"]
        assert set(d) == FIELDS | {"_id", "first_seen", "last_seen", "revision", "search", "published_at_offset",
                                   "modified_at_offset", "crawled_at_offset"}
        assert isinstance(d["crawled_at"], datetime) and d["search"]
        assert d["revision"] == 1 and d["first_seen"] == d["last_seen"]
    # The JSON lines feed of the same run is unchanged: exactly the item fields.
    items = read_jsonl(out)
    assert {i["url"] for i in items} == set(exp) and all(set(i) == FIELDS | {"revision"} for i in items)
    assert f"'newscrawler/mongo/inserted': {len(exp)}" in proc.stderr
    assert mongo.db.articles_revisions.count_documents({}) == len(exp)
    # The run's summary, in the runs collection
    (run,) = list(mongo.db.runs.find())
    assert (run["spider"], run["exit_status"], run["healthy"], run["items"], run["new"]) == (
        "levant", 0, True, len(exp), len(exp))
    assert run["start_url"] == replica.url and run["finished_at"] >= run["started_at"]

    # A second full run: the same documents, seen again, no new revision, no duplicates.
    proc = run_crawl(replica.url, tmp_path / "again.jsonl", *mongo.settings())
    assert proc.returncode == 0, proc.stderr[-3000:]
    docs2 = {d["_id"]: d for d in mongo.db.articles.find()}
    assert set(docs2) == set(exp)
    assert all(d["revision"] == 1 and d["last_seen"] >= d["first_seen"] for d in docs2.values())
    assert mongo.db.articles_revisions.count_documents({}) == len(exp)

    check_search(mongo, replica, truth, tmp_path)


def scrapy_search(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "search", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def check_search(mongo, replica, truth, tmp_path):
    """`scrapy search` (and the function and aggregation behind it) on the crawl stored in MongoDB."""
    # The replica never names al-Assad: an item that does arrives by replay (the same upsert).
    extra = sample_item(1, url=replica.origin + "/article/assad", title="بشار الأسد يلتقي وفداً",
                        body="التقى الرئيس السوري بشار الأسد وفداً.", published_at="2026-12-01T10:00:00+02:00")
    (tmp_path / "extra.jsonl").write_text(json.dumps(extra, ensure_ascii=False) + "\n", encoding="utf-8")
    assert replay(str(tmp_path / "extra.jsonl"), *mongo.settings()).returncode == 0

    proc = scrapy_search("الاسد", *mongo.settings())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [f"1\t2026-12-01\t{extra['url']}\t{extra['title']}"]

    # «ادلب» (no hamza): exactly the articles whose text says إدلب, newest first
    docs = {replica.origin + a["url"]: f"{a['title']}\n{a['body']}" for a in truth["articles"]}
    want = labels(["[إا]دلب"], docs)
    proc = scrapy_search("ادلب", "-n", "100", *mongo.settings())
    rows = [line.split("\t") for line in proc.stdout.splitlines()]
    assert want and {r[2] for r in rows} == want and all(r[0] == "1" for r in rows)
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert f"{len(want)} hits for 'ادلب'" in proc.stderr

    # «الكهرباء المدينه»: documents with both words first (the function analysts call)
    hits = search(mongo.db.articles, "الكهرباء المدينه", limit=200)
    both = labels(["كهرباء", "مدين[ةه]"], docs)
    assert {h.url for h in hits if h.matches == 2} == both and both
    assert [h.matches for h in hits] == sorted((h.matches for h in hits), reverse=True)

    # the documented aggregation (what `scrapy search --query` prints for mongosh) finds the same
    assert {d["_id"] for d in mongo.db.articles.aggregate(search_pipeline("ادلب", limit=100))} == want


def one_error_line(proc) -> str:
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("uri, message", [
    ("mongodb://analyst:Hunter2pw@127.0.0.1:{port}/?serverSelectionTimeoutMS=500",
     "error: MONGO_URI: cannot use MongoDB at mongodb://analyst:***@127.0.0.1:{port}/"),
    ("mongodb//analyst:Hunter2pw@127.0.0.1", "error: MONGO_URI is not a valid MongoDB URI"),
    ("mongodb://analyst:Hunter2pw@127.0.0.1/?replicaSett=rs0", "Unknown option: replicasett"),
])
@pytest.mark.parametrize("spider", ["levant", "news"])
def test_bad_or_unreachable_mongo_stops_before_any_fetch(uri, message, spider, replica, tmp_path):
    from tests.support.servers import free_port

    port = free_port()  # nothing listens there
    out = tmp_path / "x.jsonl"
    proc = run_crawl(replica.url, out, "-s", "MONGO_URI=" + uri.format(port=port), spider=spider)
    assert proc.returncode == 2
    line = one_error_line(proc)
    assert message.format(port=port) in line
    assert "Hunter2pw" not in proc.stderr + proc.stdout
    assert replica.requests() == []
    assert not out.exists() or out.read_text() == ""


def test_unknown_mongo_setting_is_one_error_line(replica, tmp_path):
    proc = run_crawl(replica.url, tmp_path / "x.jsonl", "-s", "MONGO_URI=mongodb://127.0.0.1:1",
                     "-s", "MONGO_COLECTION=news")
    assert proc.returncode == 2
    assert one_error_line(proc).startswith("error: unknown setting MONGO_COLECTION (known: ")
    assert replica.requests() == []


def test_password_never_in_logs_stats_or_output(mongo, replica, truth, tmp_path):
    if mongo.kind != "secantus":
        pytest.skip("creates a user: only on the suite's own server")
    password = "Pa55:w@rd-Zq7"
    mongo.client.admin.command("createUser", f"u_{mongo.database}", pwd=password, roles=["root"])
    try:
        from urllib.parse import quote
        uri = mongo.uri.replace("mongodb://", f"mongodb://u_{mongo.database}:{quote(password, safe='')}@") + "/?authSource=admin"
        out = tmp_path / "out.jsonl"
        proc = run_crawl(replica.url, out, "-s", f"MONGO_URI={uri}", "-s", f"MONGO_DATABASE={mongo.database}",
                         "-s", "LOG_LEVEL=DEBUG")
        assert proc.returncode == 0, proc.stderr[-2000:]
        assert mongo.db.articles.count_documents({}) == len(truth["articles"])
        text = proc.stderr + proc.stdout + out.read_text(encoding="utf-8")
        assert f"u_{mongo.database}:***@" in text  # the masked URI is what is shown
        for secret in (password, quote(password, safe="")):
            assert secret not in text
        # A wrong password: one masked error line, before any page.
        bad = uri.replace(quote(password, safe=""), "Wr0ngSecret")
        n = len(replica.requests())
        proc = run_crawl(replica.url, tmp_path / "y.jsonl", "-s", f"MONGO_URI={bad}")
        assert proc.returncode == 2 and "Wr0ngSecret" not in proc.stderr + proc.stdout
        assert "***@" in one_error_line(proc)
        assert len(replica.requests()) == n
    finally:
        mongo.client.admin.command("dropUser", f"u_{mongo.database}")


def test_server_killed_mid_crawl_then_replayed_equals_truth(mongo_server, truth, tmp_path):
    """Kill MongoDB mid-crawl, start it again (same port and storage), replay the dead letter."""
    import pymongo

    dead = tmp_path / "dead"
    settings = ["-s", f"MONGO_URI={mongo_server.uri}", "-s", "MONGO_DATABASE=news",
                "-s", "MONGO_BUFFER_SIZE=5", "-s", "MONGO_FLUSH_SECONDS=0.2", "-s", "MONGO_TIMEOUT=0.5",
                "-s", "MONGO_RETRY_TIMES=2", "-s", "MONGO_RETRY_BACKOFF=0.1",
                "-s", f"MONGO_DEAD_LETTER={dead}/%(name)s-%(time)s.jsonl",
                "-s", "CONCURRENT_REQUESTS=2", "-s", "LOG_LEVEL=INFO"]
    client = pymongo.MongoClient(mongo_server.uri, serverSelectionTimeoutMS=500)
    out = tmp_path / "levant.jsonl"
    # 40 ms a response, 2 at a time: the crawl takes a few seconds, long enough to kill MongoDB in it.
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log", latency=0.04) as site:
        crawl = subprocess.Popen(crawl_command(site.url, out, *settings), cwd=ROOT, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while client.news.articles.count_documents({}) < 10:
                assert crawl.poll() is None and time.monotonic() < deadline, "crawl ended before 10 documents"
                time.sleep(0.05)
            mongo_server.kill()
            while not list(dead.glob("*.jsonl")) and crawl.poll() is None:
                time.sleep(0.05)
            mongo_server.start()
            _, stderr = crawl.communicate(timeout=120)
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.wait()
    # The run did not store everything where it was asked to: a scheduler must hear it.
    assert crawl.returncode == 1, stderr[-3000:]
    assert re.search(r"^error: run: \d+ items went to the dead-letter file", stderr, re.M), stderr[-3000:]
    exp = {site.url.rstrip("/") + a["url"] for a in truth["articles"]}
    assert {i["url"] for i in read_jsonl(out)} == exp  # the feed lost nothing either
    files = list(dead.glob("*.jsonl"))
    assert len(files) == 1, stderr[-3000:]
    spilled = read_jsonl(files[0])
    stored_before = {d["_id"] for d in client.news.articles.find({}, {"_id": 1})}
    # A batch whose write reached MongoDB just before the kill, but whose acknowledgement did
    # not, is spilled and stored both: replaying it is idempotent. What must hold is that
    # nothing is missing from both.
    assert spilled and stored_before <= exp
    assert exp - stored_before <= {i["url"] for i in spilled}  # every missing article is in the dead letter
    assert "MongoDB unreachable" in stderr and f"scrapy replay {files[0]}" in stderr
    assert "'newscrawler/mongo/dead_letter': %d" % len(spilled) in stderr
    written = int(re.search(r"'newscrawler/mongo/written': (\d+)", stderr).group(1))
    assert written + len(spilled) == len(exp)  # every item either acknowledged or spilled

    proc = replay(str(files[0]), "-s", f"MONGO_URI={mongo_server.uri}", "-s", "MONGO_DATABASE=news")
    assert proc.returncode == 0, proc.stderr
    assert f"{len(spilled)} items written to news.articles" in proc.stdout
    docs = list(client.news.articles.find())
    assert Counter(d["_id"] for d in docs) == Counter(exp)
    assert {d["_id"]: d["content_hash"] for d in docs} == {i["url"]: i["content_hash"] for i in read_jsonl(out)}
    # Idempotent: replaying again adds nothing.
    proc = replay(str(files[0]), "-s", f"MONGO_URI={mongo_server.uri}", "-s", "MONGO_DATABASE=news")
    assert proc.returncode == 0 and "(0 new, 0 changed," in proc.stdout, proc.stdout + proc.stderr
    assert client.news.articles.count_documents({}) == len(exp)
    assert client.news.articles_revisions.count_documents({}) == len(exp)
    client.close()


def test_replay_needs_a_reachable_server_and_a_file(tmp_path):
    f = tmp_path / "dl.jsonl"
    f.write_text('{"url": "https://x/a"}\n', encoding="utf-8")
    proc = replay(str(f), "-s", "MONGO_URI=mongodb://u:Sekr1t@127.0.0.1:1/?serverSelectionTimeoutMS=300")
    assert proc.returncode == 2 and proc.stderr.startswith("error: MONGO_URI: cannot use MongoDB at mongodb://u:***@")
    assert "Sekr1t" not in proc.stderr
    proc = replay(str(tmp_path / "missing.jsonl"), "-s", "MONGO_URI=mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")
    assert proc.returncode == 2


def test_buffer_flushed_by_time_during_the_crawl_and_at_close(mongo, truth, tmp_path):
    """A buffer larger than the crawl: documents still arrive while it runs (every
    MONGO_FLUSH_SECONDS), and the rest at close."""
    import pymongo

    client = pymongo.MongoClient(mongo.uri, serverSelectionTimeoutMS=2000)
    coll = client[mongo.database].articles
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log", latency=0.03) as site:
        crawl = subprocess.Popen(crawl_command(site.url, tmp_path / "out.jsonl", *mongo.settings(),
                                               "-s", "MONGO_BUFFER_SIZE=1000", "-s", "MONGO_FLUSH_SECONDS=0.2",
                                               "-s", "CONCURRENT_REQUESTS=2"),
                                 cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        log = tmp_path / "requests.log"
        pages_when_first_stored = None
        try:
            while crawl.poll() is None:
                if pages_when_first_stored is None and coll.count_documents({}):
                    pages_when_first_stored = len(log.read_text(encoding="utf-8").splitlines())
                time.sleep(0.05)
            _, stderr = crawl.communicate(timeout=60)
        finally:
            if crawl.poll() is None:
                crawl.kill()
                crawl.wait()
    assert crawl.returncode == 0, stderr[-2000:]
    # Documents were in MongoDB while pages were still being fetched.
    assert pages_when_first_stored is not None
    assert pages_when_first_stored < len(log.read_text(encoding="utf-8").splitlines()) - 20
    assert coll.count_documents({}) == len(truth["articles"])
    client.close()
