"""End to end: `kill -9` at random moments, then the same command again, until the crawl ends by
itself. The output of all the runs together holds every article of the replica exactly once and
right (JSON lines, or MongoDB), among them the articles reachable only through other articles
(read-also links), the pages only a browser can render, and the ones a JSON list loads.

The way the README gives: the same `scrapy crawl ... -s JOBDIR=...` again (and an incremental
run's, `-s NEWSCRAWLER_INCREMENTAL=True`). Each kill happens once the output has grown by a
random number of articles, after a random pause; the seed is printed (and in the failure message)
so that a failing run can be repeated with NEWSCRAWLER_RESUME_SEED=<seed>.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections import Counter

import pytest

from newscrawler.storage.mongo import document_to_item
from replica.build import DEFAULT_OUT as SITE_DIR
from replica.demo import crawl_command
from replica.server import ReplicaServer
from tests.support.crawl import ROOT, read_jsonl
from tests.support.mongo import mongo_target

KILLS = 3
SLOW = ["-s", "CONCURRENT_REQUESTS=2", "-s", "LOG_LEVEL=INFO"]


def _count_lines(path) -> int:
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def _kill_group(proc: subprocess.Popen) -> None:
    """SIGKILL the crawl and everything it started (the browser, Playwright's driver)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(30)


def crash_and_resume(cmd, progress, rng, note, folder) -> list[str]:
    """Run `cmd` KILLS times, each killed (-9) once `progress()` has grown by a random amount and a
    random pause has passed, then once more to its end. The logs of the runs."""
    logs = []
    for kill in range(KILLS + 1):
        err = folder / f"run-{kill + 1}.log"
        with open(err, "w") as log:
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        try:
            if kill < KILLS:
                target, pause = progress() + rng.randint(4, 18), rng.uniform(0, 0.6)
                note.append(f"run {kill + 1}: kill after {target} articles + {pause:.2f} s")
                deadline = time.monotonic() + 120
                while progress() < target and proc.poll() is None and time.monotonic() < deadline:
                    time.sleep(0.02)
                time.sleep(pause)
                _kill_group(proc)
            else:
                proc.wait(240)
                note.append(f"run {kill + 1}: exit {proc.returncode}")
        finally:
            if proc.poll() is None:
                _kill_group(proc)
            logs.append(err.read_text(encoding="utf-8"))
    print("; ".join(note))
    assert proc.returncode == 0, "; ".join(note) + "\n" + logs[-1][-3000:]
    return logs


@pytest.fixture
def seed():
    value = int(os.environ.get("NEWSCRAWLER_RESUME_SEED") or random.SystemRandom().randrange(1_000_000))
    print(f"resume test seed: {value} (NEWSCRAWLER_RESUME_SEED={value} repeats it)")
    return value


@pytest.fixture
def slow_replica(tmp_path):
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log", latency=0.05) as server:
        yield server


def expected(server, truth) -> dict:
    return {server.url.rstrip("/") + a["url"]: a for a in truth["articles"]}


def check(items, exp, note):
    urls = Counter(i["url"] for i in items)
    assert [u for u, n in urls.items() if n > 1] == [], note  # nothing twice
    assert sorted(set(exp) - set(urls)) == [], note           # nothing lost
    assert set(urls) == set(exp), note
    for item in items:
        a = exp[item["url"]]
        assert (item["title"], item["body"], item["section"], item["published_at"]) == (
            a["title"], a["body"], a["section"], a["published_at"]), (note, item["url"])


@pytest.mark.parametrize("way", ["jobdir", "incremental"])
def test_killed_crawls_resumed_write_every_article_once_to_json_lines(way, slow_replica, truth, tmp_path, seed):
    rng, note = random.Random(seed), [f"seed {seed}"]
    out = tmp_path / "items.jsonl"
    state = (["-s", f"JOBDIR={tmp_path / 'job'}"] if way == "jobdir" else
             ["-s", "NEWSCRAWLER_INCREMENTAL=True", "-s", f"NEWSCRAWLER_STATE_FILE={tmp_path / 'state' / '%(name)s.txt'}"])
    cmd = crawl_command(slow_replica.url, out, *state, *SLOW)
    logs = crash_and_resume(cmd, lambda: _count_lines(out), rng, note, tmp_path)
    check(read_jsonl(out), expected(slow_replica, truth), "; ".join(note))
    assert "'newscrawler/incremental/known': " in logs[-1]  # the last run resumed from what was written
    if way == "jobdir":
        assert "the last run did not close (killed?)" in logs[-1]


def test_killed_crawls_resumed_store_every_article_once_in_mongodb(request, slow_replica, truth, tmp_path, seed):
    mongo = mongo_target(request, "secantus")
    rng, note = random.Random(seed), [f"seed {seed}"]
    cmd = crawl_command(slow_replica.url, None, *mongo.settings(), "-s", "NEWSCRAWLER_FEED=",
                        "-s", f"JOBDIR={tmp_path / 'job'}", *SLOW)
    crash_and_resume(cmd, lambda: mongo.db.articles.count_documents({}), rng, note, tmp_path)
    docs = list(mongo.db.articles.find())
    check([document_to_item(d) for d in docs], expected(slow_replica, truth), "; ".join(note))
    assert all(d["revision"] == 1 and d["first_seen"] == d["last_seen"] for d in docs), "; ".join(note)  # written once
