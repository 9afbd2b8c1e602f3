"""Many workers, one crawl (README "Many workers: Redis"): pages/s of 1, 2 and 4 `scrapy crawl`
workers sharing a frontier in Redis, Redis round trips per page, Redis memory per 100,000 URLs.

    python bench/bench_redis.py [--articles 2000] [--latency-ms 50] [--concurrency 2] [--workers 0,1,2,4]

Builds a replica of at least --articles articles (bench_scale.py's generator), serves it on
127.0.0.1 with --latency-ms added to every response (a remote site), starts Debian's
redis-server on a free port (persistence off) and crawls the whole replica with N workers at
once, each `CONCURRENT_REQUESTS=2` (--concurrency: with 2, one worker waits on the site's
latency, not on the CPU, on a 2-core machine), the site's shared limit `CONCURRENT_REQUESTS_PER_DOMAIN=64`
(one for all workers: newscrawler.distributed.worker.SharedPoliteness), no delay. Pages/s =
every worker's responses / the crawl's time (the first worker's start to the last one's end,
the crawl summary's `seconds`). Round trips per page: the workers' own count of calls to Redis
(a pipeline or script is one) / pages, and Redis's INFO commandstats calls (commands inside
scripts included) / pages. Memory: INFO used_memory before and after adding 100,000
fingerprints to a seen set (as the dupefilter stores them), and 100,000 queued article requests
(as the frontier stores them, its peak if every URL waited at once).
--workers 0 is one crawl without Redis (the in-memory frontier), for reference.
A worker is one Python process: on a machine with C cores, more than C workers share them.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import build_replica  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402
from tests.support.redis import RedisTestServer  # noqa: E402

STAT = re.compile(r"'(response_received_count|newscrawler/redis/round_trips)': ([0-9.]+)")


def crawl(n: int, url: str, redis_url: str, folder: Path, concurrency: int = 16) -> dict:
    """`n` workers on Redis; n = 0: one crawl without Redis (the in-memory frontier), for reference."""
    folder.mkdir(parents=True, exist_ok=True)
    procs = []
    for i in range(max(n, 1)):
        cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={url}",
               "-o", str(folder / f"w{i}.jsonl"), *LOOPBACK_SETTINGS, "-s", "LOG_LEVEL=INFO",
               *(["-s", f"REDIS_URL={redis_url}"] if n else []), "-s", f"CONCURRENT_REQUESTS={concurrency}",
               "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=64"]
        procs.append(subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                      stderr=open(folder / f"w{i}.log", "w")))
    for proc in procs:
        proc.wait()
    pages = trips = 0
    for i, proc in enumerate(procs):
        text = (folder / f"w{i}.log").read_text(encoding="utf-8")
        if proc.returncode != 0:
            sys.exit(f"worker {i} of {n} failed:\n{text[-2000:]}")
        stats = dict(STAT.findall(text))
        pages += int(stats.get("response_received_count", 0))
        trips += int(stats.get("newscrawler/redis/round_trips", 0))
    summaries = list(folder.glob("*.crawl-summary.json" if n else "*.summary.json"))
    seconds = json.loads(summaries[0].read_text())["seconds"]
    items = sum(1 for i in range(max(n, 1)) for _ in open(folder / f"w{i}.jsonl", encoding="utf-8"))
    return {"pages": pages, "items": items, "seconds": seconds, "pages_per_s": pages / seconds, "trips": trips}


def memory(server) -> tuple[float, float]:
    """Bytes of Redis memory per URL: in the seen set, and queued (100,000 each)."""
    import hashlib
    import pickle

    r = server.client()
    r.flushall()
    before = r.info("memory")["used_memory"]
    pipe = r.pipeline(transaction=False)
    for i in range(100_000):
        pipe.sadd("bench:dupefilter", hashlib.sha1(f"https://example.com/article/{i}".encode()).hexdigest())
    pipe.execute()
    seen = r.info("memory")["used_memory"] - before
    before = r.info("memory")["used_memory"]
    for i in range(100_000):
        request = {"url": f"https://www.levant-news.example/article/%D8%AE%D8%A8%D8%B1-{i:06d}-march-2,-2024",
                   "callback": "parse", "errback": None, "headers": {}, "method": "GET", "body": b"",
                   "cookies": {}, "meta": {"newscrawler_kind": "article", "newscrawler_section": "سياسة",
                                           "newscrawler_source": "listing"},
                   "encoding": "utf-8", "priority": 0, "dont_filter": False, "flags": [], "cb_kwargs": {}}
        pipe.zadd("bench:requests", {pickle.dumps(request, protocol=-1): 0})
        if i % 1000 == 999:
            pipe.execute()
    pipe.execute()
    queued = r.info("memory")["used_memory"] - before
    r.flushall()
    return seen / 100_000, queued / 100_000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--latency-ms", type=float, default=50.0)
    ap.add_argument("--concurrency", type=int, default=2,
                    help="CONCURRENT_REQUESTS of each worker (2: one worker is latency-bound, not CPU-bound)")
    ap.add_argument("--workers", default="0,1,2,4", help="worker counts; 0: one crawl without Redis, for reference")
    args = ap.parse_args()
    counts = [int(x) for x in args.workers.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.monotonic()
        truth, scale = build_replica(tmp / "site", args.articles)
        print(f"replica: {len(truth['articles'])} articles (scale {scale}), built in "
              f"{time.monotonic() - started:.0f} s; latency {args.latency_ms:.0f} ms; "
              f"each worker {args.concurrency} concurrent "
              f"requests, the site 64 for all; {os.cpu_count()} cores", flush=True)
        redis = RedisTestServer(tmp / "redis").start()
        try:
            base = None
            with ReplicaServer(tmp / "site", None, latency=args.latency_ms / 1000) as server:
                for n in counts:
                    client = redis.client()
                    client.flushall()
                    client.config_resetstat()
                    r = crawl(n, server.url, redis.url, tmp / f"crawl-{n}", args.concurrency)
                    calls = sum(v["calls"] for v in client.info("commandstats").values())
                    if n == 0:
                        print(f"no Redis : {r['items']} items, {r['pages']} pages in {r['seconds']:.1f} s = "
                              f"{r['pages_per_s']:.0f} pages/s (one process, in-memory frontier)", flush=True)
                        continue
                    base = base or r["pages_per_s"]
                    ratio = r["pages_per_s"] / base
                    print(f"{n} worker{'s' if n > 1 else ' '}: {r['items']} items, {r['pages']} pages in "
                          f"{r['seconds']:.1f} s = {r['pages_per_s']:.0f} pages/s, {ratio:.2f}x one worker; "
                          f"Redis round trips/page {r['trips'] / r['pages']:.1f} "
                          f"(commands incl. inside scripts {calls / r['pages']:.1f})", flush=True)
            seen, queued = memory(redis)
            print(f"Redis memory per 100,000 URLs: {seen * 100_000 / 2**20:.1f} MiB seen (dupefilter), "
                  f"{queued * 100_000 / 2**20:.1f} MiB if all queued at once (frontier); "
                  f"{seen:.0f} + {queued:.0f} bytes a URL")
        finally:
            redis.stop()


if __name__ == "__main__":
    main()
