"""End to end: several `scrapy crawl` processes sharing one frontier through a real Redis
(Debian's redis-server, tests/support/redis.py; README "Many workers: Redis").

- 2 workers on the replica, 3 on a generated 2,000-article replica: the union of their JSON lines
  files is the site, no item twice, no article requested twice (the server's request log; a
  page that needs JavaScript is requested twice by design: plain, then by the browser); every
  worker exits 0 with its summary, the last one writes the crawl's;
- one worker SIGKILLed mid-crawl: the others finish (after its leases expire) and nothing is lost;
- Redis stops answering mid-crawl: one `error: redis: ...` line, exit 1; once it answers again,
  the same command resumes the crawl to its end;
- MongoDB with 2 workers (the same crawl as the first): each article once, revision 1;
- incremental without MongoDB, each worker its own state file: what 2 workers stored outlives the
  crawl in Redis (`:stored`), so a later worker with an empty state file writes and fetches no article;
- bad REDIS_URL: one line, password masked, exit 2; without REDIS_URL no Redis module is loaded.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from replica.build import DEFAULT_OUT as SITE_DIR
from replica.demo import crawl_command
from replica.server import ReplicaServer
from tests.support.crawl import ROOT

sys.path.insert(0, str(ROOT / "bench"))


def whole_lines(path: Path) -> list[dict]:
    """The items of a JSON lines file (a killed worker's last line may be cut: not an item)."""
    items = []
    if not path.exists():
        return items
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            items.append(json.loads(line))
        except ValueError:
            pass
    return items


def start_workers(n: int, url: str, folder: Path, redis_url: str, *extra: str, tag: str = "w") -> list:
    procs = []
    for i in range(n):  # "{worker}" in `extra`: the worker's number
        cmd = crawl_command(url, None, "-o", str(folder / f"{tag}{i}.jsonl"), "-s", f"REDIS_URL={redis_url}",
                            "-s", "LOG_LEVEL=INFO", *(e.replace("{worker}", str(i)) for e in extra))
        log = open(folder / f"{tag}{i}.log", "w")
        procs.append((subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log, start_new_session=True),
                      folder / f"{tag}{i}.log"))
    return procs


def wait_all(procs, timeout: float = 180) -> list[int]:
    deadline = time.monotonic() + timeout
    codes = []
    for proc, log in procs:
        try:
            proc.wait(max(1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)
            raise AssertionError(f"worker did not end: {log.read_text()[-3000:]}")
        codes.append(proc.returncode)
    return codes


def expected(origin: str, truth: dict) -> dict:
    return {origin + a["url"]: a for a in truth["articles"]}


def article_requests(served_log: Path, truth: dict) -> dict[str, int]:
    """How many times each article page was requested (with or without its trailing slash)."""
    from urllib.parse import unquote

    counts = Counter()
    for line in served_log.read_text(encoding="utf-8").splitlines():
        path = unquote(line.split(" ")[1])
        counts[path.rstrip("/") or "/"] += 1
    return {a["url"]: counts[a["url"].rstrip("/")] for a in truth["articles"]}


def check_union(items: list[dict], exp: dict, allowed_twice: int = 0) -> None:
    urls = Counter(i["url"] for i in items)
    assert sorted(set(exp) - set(urls)) == []                     # nothing lost
    assert set(urls) == set(exp)                                  # nothing else
    twice = [u for u, n in urls.items() if n > 1]
    assert len(twice) <= allowed_twice, twice


def logs(procs) -> list[str]:
    return [log.read_text(encoding="utf-8") for _, log in procs]


def test_two_workers_crawl_the_replica_once_between_them(request, redis_server, tmp_path, truth):
    """Both storages at once: each worker its JSON lines file, and one MongoDB for both."""
    from tests.support.mongo import mongo_target

    mongo = mongo_target(request, "secantus")
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log") as server:
        procs = start_workers(2, server.url, tmp_path, redis_server.url, *mongo.settings())
        codes = wait_all(procs)
        texts = logs(procs)
        assert codes == [0, 0], texts[0][-3000:] + texts[1][-3000:]
        origin = server.url.rstrip("/")
    items = [i for k in range(2) for i in whole_lines(tmp_path / f"w{k}.jsonl")]
    check_union(items, expected(origin, truth))
    assert all(whole_lines(tmp_path / f"w{k}.jsonl") for k in range(2))  # both worked
    requested = article_requests(tmp_path / "requests.log", truth)
    for a in truth["articles"]:  # each article requested once (a JavaScript page: plain, then rendered)
        assert requested[a["url"]] <= (2 if a["needs_js"] else 1), a["url"]
    assert sum("seeding the crawl" in t for t in texts) == 1
    assert sum("joining the crawl" in t for t in texts) == 1
    assert all("run healthy, exit status 0" in t for t in texts)  # each its own summary
    crawl = [json.loads((tmp_path / f"w{k}.jsonl.crawl-summary.json").read_text())
             for k in range(2) if (tmp_path / f"w{k}.jsonl.crawl-summary.json").exists()]
    assert len(crawl) == 1 and crawl[0]["items"] == len(items) and crawl[0]["workers"] == 2
    assert redis_server.client().keys("*") == []  # the last worker cleared the crawl
    # MongoDB: each article once, revision 1; a `runs` document per worker and one for the crawl
    docs = list(mongo.db.articles.find())
    check_union(docs, expected(origin, truth))
    assert all(d["revision"] == 1 for d in docs)
    runs = list(mongo.db.runs.find())
    assert len(runs) == 3 and [r["items"] for r in runs if r.get("crawl")] == [len(docs)]


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory):
    from bench_scale import build_replica

    site = tmp_path_factory.mktemp("generated") / "site"
    truth, _scale = build_replica(site, 2000)
    return site, truth


def test_three_workers_crawl_a_2000_article_replica_once(redis_server, tmp_path, generated_site):
    site, truth = generated_site
    with ReplicaServer(site, tmp_path / "requests.log") as server:
        procs = start_workers(3, server.url, tmp_path, redis_server.url, "-s", "LOG_LEVEL=WARNING")
        codes = wait_all(procs, 240)
        assert codes == [0, 0, 0], "\n".join(t[-2000:] for t in logs(procs))
        origin = server.url.rstrip("/")
    items = [i for k in range(3) for i in whole_lines(tmp_path / f"w{k}.jsonl")]
    assert len(truth["articles"]) >= 2000
    check_union(items, expected(origin, truth))
    requested = article_requests(tmp_path / "requests.log", truth)
    assert [u for u, n in requested.items() if n != 1] == []
    assert sum(1 for k in range(3) if whole_lines(tmp_path / f"w{k}.jsonl")) >= 2


def test_a_killed_worker_loses_nothing(redis_server, tmp_path, truth):
    """(An incremental crawl, each worker its own state file: what they stored is shared in Redis.)"""
    slow = ["-s", "CONCURRENT_REQUESTS=2", "-s", "NEWSCRAWLER_REDIS_LEASE=4", "-s", "NEWSCRAWLER_INCREMENTAL=True",
            "-s", f"NEWSCRAWLER_STATE_FILE={tmp_path / 'state-%(name)s'}-{{worker}}.txt"]
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log", latency=0.05) as server:
        procs = start_workers(3, server.url, tmp_path, redis_server.url, *slow)
        victim, _ = procs[1]
        deadline = time.monotonic() + 120
        while len(whole_lines(tmp_path / "w1.jsonl")) < 8 and victim.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait(10)
        codes = wait_all([procs[0], procs[2]])
        texts = logs(procs)
        assert codes == [0, 0], texts[0][-3000:] + texts[2][-3000:]
        origin = server.url.rstrip("/")
    requeued = sum(int(n) for t in texts for n in re.findall(r"put back (\d+) requests", t))
    assert requeued >= 1  # the killed worker's leases went back to the frontier
    items = [i for k in range(3) for i in whole_lines(tmp_path / f"w{k}.jsonl")]
    # nothing lost; twice at most a page the killed worker had written and not yet released
    check_union(items, expected(origin, truth), allowed_twice=requeued)
    requested = article_requests(tmp_path / "requests.log", truth)
    twice = [a["url"] for a in truth["articles"] if requested[a["url"]] > (2 if a["needs_js"] else 1)]
    assert len(twice) <= requeued, twice  # fetched again: only what the killed worker had taken
    stored = {k.decode() for k in redis_server.client().hkeys("newscrawler:levant:stored")}
    assert stored == set(expected(origin, truth))  # the next incremental run of any worker skips them


def test_redis_going_away_stops_the_workers_and_a_restart_resumes(redis_server, tmp_path, truth):
    slow = ["-s", "CONCURRENT_REQUESTS=2", "-s", "NEWSCRAWLER_REDIS_LEASE=4",
            "-s", 'REDIS_PARAMS={"socket_timeout": 1, "socket_connect_timeout": 1}']
    with ReplicaServer(SITE_DIR, tmp_path / "requests.log", latency=0.05) as server:
        procs = start_workers(2, server.url, tmp_path, redis_server.url, *slow)
        deadline = time.monotonic() + 120
        while (sum(len(whole_lines(tmp_path / f"w{k}.jsonl")) for k in range(2)) < 15
               and time.monotonic() < deadline):
            time.sleep(0.05)
        # Redis stops answering (SIGSTOP: as a server gone from the network; its memory kept, as
        # a Redis restarted with its persistence on would have it)
        redis_server.pause()
        codes = wait_all(procs, 120)
        texts = logs(procs)
        assert all(c == 1 for c in codes), codes
        for text in texts:
            errors = [line for line in text.splitlines() if line.startswith("error: redis:")]
            assert len(errors) == 1, text[-3000:]
            assert "lost Redis at redis://127.0.0.1" in errors[0]
        redis_server.resume()
        # the same commands again: the crawl goes on from the frontier in Redis
        again = start_workers(2, server.url, tmp_path, redis_server.url, *slow)
        codes = wait_all(again, 180)
        assert codes == [0, 0], "\n".join(t[-3000:] for t in logs(again))
        origin = server.url.rstrip("/")
    items = [i for k in range(2) for i in whole_lines(tmp_path / f"w{k}.jsonl")]
    texts = logs(procs) + logs(again)
    assert any("joining the crawl" in t for t in logs(again))  # not seeded again
    # twice at most a page the stopped workers had written and could not release: put back
    requeued = sum(int(n) for t in texts for n in re.findall(r"put back (\d+) requests", t))
    check_union(items, expected(origin, truth), allowed_twice=requeued)


@pytest.mark.parametrize("url, shown", [
    ("redis://user:s3cret@127.0.0.1:1/0", "redis://user:***@127.0.0.1:1/0"),
    ("redis://:s3cret@127.0.0.1:bad/0", "redis://***@127.0.0.1:bad/0"),
])
def test_bad_redis_url_is_one_line_and_exit_2(url, shown, tmp_path):
    result = subprocess.run(crawl_command("http://127.0.0.1:9/", tmp_path / "o.jsonl", "-s", f"REDIS_URL={url}"),
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: REDIS_URL") and shown in lines[0], lines
    assert "s3cret" not in result.stderr


def test_without_redis_url_no_redis_module_is_loaded(replica, tmp_path):
    out = tmp_path / "o.jsonl"
    probe = ("import sys; sys.argv=['scrapy','crawl','levant','-a','start_url=" + replica.url + "',"
             f"'-O','{out}','-s','CLOSESPIDER_PAGECOUNT=1','-s','NEWSCRAWLER_HEALTH_MIN_ITEMS=0'];\n"
             "import atexit; atexit.register(lambda: print('LOADED', sorted(m for m in sys.modules "
             "if m.split('.')[0] in ('redis','scrapy_redis') or m.startswith('newscrawler.distributed.')), "
             "file=sys.stderr))\n"
             "from scrapy.cmdline import execute; execute()")
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    result = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=env)
    assert "LOADED []" in result.stderr, result.stderr[-3000:]
    assert "Spider closed (closespider_pagecount)" in result.stderr  # it crawled


def test_incremental_state_is_shared_through_redis_and_outlives_the_crawl(redis_server, tmp_path, truth):
    """Incremental without MongoDB, each worker its own state file (one machine each): what the two
    workers of a first crawl stored is in Redis (`:stored`) after the crawl's keys are cleared, so a
    later worker with a new, empty state file (a third machine) writes nothing and requests no
    article again (README "Many workers: Redis", Storage; newscrawler.distributed.state)."""
    from tests.support.crawl import stored_urls

    def state(machine: str) -> list[str]:
        return ["-s", "NEWSCRAWLER_INCREMENTAL=True",
                "-s", f"NEWSCRAWLER_STATE_FILE={tmp_path / machine / '%(name)s-seen.txt'}"]

    log = tmp_path / "requests.log"
    with ReplicaServer(SITE_DIR, log) as server:
        origin = server.url.rstrip("/")
        procs = start_workers(2, server.url, tmp_path, redis_server.url, *state("machine{worker}"))
        codes = wait_all(procs)
        assert codes == [0, 0], "\n".join(t[-3000:] for t in logs(procs))
        first = article_requests(log, truth)
        # the crawl's keys are cleared, its stored articles' state lines kept
        client = redis_server.client()
        assert client.keys("*") == [b"newscrawler:levant:stored"]
        assert client.hlen("newscrawler:levant:stored") == len(truth["articles"])

        again = start_workers(1, server.url, tmp_path, redis_server.url, *state("machine3"), tag="third")
        codes = wait_all(again)
        text = logs(again)[0]
        assert codes == [0], text[-3000:]
        second = article_requests(log, truth)
    items = [i for k in range(2) for i in whole_lines(tmp_path / f"w{k}.jsonl")]
    check_union(items, expected(origin, truth))
    for k in range(2):  # each machine's own state file: what its worker wrote
        assert sorted(stored_urls(tmp_path / f"machine{k}" / "levant-seen.txt")) == \
            sorted(i["url"] for i in whole_lines(tmp_path / f"w{k}.jsonl"))
    # the third machine: a new crawl (seeded), every article known from Redis, none fetched or written
    assert [i["url"] for i in whole_lines(tmp_path / "third0.jsonl")] == []
    assert [u for u in second if second[u] != first[u]] == []
    assert "seeding the crawl" in text
    assert f"'newscrawler/incremental/known': {len(truth['articles'])}" in text, text[-3000:]
    assert stored_urls(tmp_path / "machine3" / "levant-seen.txt") == []
    assert client.hlen("newscrawler:levant:stored") == len(truth["articles"])
