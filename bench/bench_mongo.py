"""MongoDB storage cost: items/s into MongoDB against JSON lines, and the crawl rate with the
MongoDB pipeline on and off, in one run.

    python bench/bench_mongo.py [--items 2000] [--scale 10] [--rounds 3] [--latency-ms 0,20,50]

MongoDB is the suite's secantusd-py (pip package secantusdb, test-only), started here on a
free loopback port with a temporary storage dir, or the server in $MONGO_URI when set (a
throwaway database is used and dropped).

1. Items/s: the same items (replica articles, repeated under distinct URLs) written
   - to JSON lines with Scrapy's JsonLinesItemExporter,
   - to MongoDB as the pipeline writes them (unordered bulk upserts of MONGO_BUFFER_SIZE,
     plus the history collection), first as new documents, then again unchanged.
2. Crawl rate: `scrapy crawl levant` on a --scale x replica, with and without
   `-s MONGO_URI=...` (a fresh database each run), alternating, best of --rounds; pages/s
   is responses / Scrapy's elapsed_time_seconds. Target: MongoDB costs <= 10 % of the rate.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import build  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

STATS = re.compile(r"'(response_received_count|elapsed_time_seconds|item_scraped_count)': ([0-9.]+)")


def start_secantus(tmp: Path):
    import socket

    import pymongo

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).parent / "secantusd-py"
    proc = subprocess.Popen([str(exe), "--host", "127.0.0.1", "--port", str(port), "--storage-path", str(tmp / "db")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    uri = f"mongodb://127.0.0.1:{port}"
    for _ in range(300):
        try:
            with pymongo.MongoClient(uri, serverSelectionTimeoutMS=200) as c:
                c.admin.command("ping")
            return proc, uri
        except pymongo.errors.PyMongoError:
            time.sleep(0.1)
    proc.kill()
    sys.exit("secantusd-py did not start")


def sample_items(truth: dict, n: int) -> list[dict]:
    from newscrawler.items.schema import new_item
    from newscrawler.items.steps import content_hash

    base = truth["articles"]
    items = []
    for i in range(n):
        a = base[i % len(base)]
        item = new_item(url=f"https://thelevantnews.com{a['url']}-{i}", title=a["title"], body=a["body"],
                        published_at=a["published_at"], published_at_raw=a["published_at"], section=a["section"],
                        tags=a["tags"], authors=a["authors"], source=a["source"],
                        images=[{"url": "https://thelevantnews.com/static/x.jpg", "caption": a["caption"]}],
                        read_also=[{"url": "https://thelevantnews.com" + r["url"], "title": r["title"]}
                                   for r in a["read_also"]], language="ar", crawled_at="2026-11-25T10:00:00+00:00")
        item["content_hash"] = content_hash(item)
        items.append(item)
    return items


def items_per_second(items: list[dict], uri: str, tmp: Path, buffer: int) -> dict:
    from scrapy.exporters import JsonLinesItemExporter

    from newscrawler.storage.mongo import MongoConfig, MongoStore, batches

    t = time.perf_counter()
    with open(tmp / "bench.jsonl", "wb") as f:
        exporter = JsonLinesItemExporter(f, encoding="utf-8")
        exporter.start_exporting()
        for item in items:
            exporter.export_item(item)
        exporter.finish_exporting()
    jsonl = len(items) / (time.perf_counter() - t)

    db = f"bench_{uuid.uuid4().hex[:8]}"
    config = MongoConfig(uri=uri, database=db, collection="articles", history_collection="articles_revisions",
                         buffer_size=buffer)
    store = MongoStore(config).open()
    store.ensure_indexes()
    out = {"jsonl": jsonl}
    for label in ("mongo_new", "mongo_unchanged"):
        t = time.perf_counter()
        for batch in batches(items, buffer):
            store.write(batch)
        out[label] = len(items) / (time.perf_counter() - t)
    store.client.drop_database(db)
    store.close()
    return out


def crawl(url: str, out: Path, extra: list[str]) -> dict:
    settings = [s if s != "LOG_LEVEL=WARNING" else "LOG_LEVEL=INFO" for s in LOOPBACK_SETTINGS]
    cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={url}", "-O", str(out),
           *settings, *extra]
    env = {k: v for k, v in os.environ.items() if k != "MONGO_URI"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"benchmark crawl failed:\n{proc.stderr[-2000:]}")
    stats = {k: float(v) for k, v in STATS.findall(proc.stderr)}
    stats["pages_per_s"] = stats["response_received_count"] / stats["elapsed_time_seconds"]
    # CPU of the crawl process itself (not of the MongoDB server), per page.
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stats["cpu_ms_per_page"] = 1000 * cpu / stats["response_received_count"]
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=2000)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--latency-ms", default="0,20,50")
    ap.add_argument("--buffer", type=int, default=100, help="MONGO_BUFFER_SIZE")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        server, uri = (None, os.environ["MONGO_URI"]) if os.environ.get("MONGO_URI") else start_secantus(tmp)
        try:
            truth = build(tmp / "site", scale=args.scale, truth_file=None)
            ips = items_per_second(sample_items(truth, args.items), uri, tmp, args.buffer)
            rows = []
            for latency in (float(x) for x in args.latency_ms.split(",")):
                with ReplicaServer(tmp / "site", None, latency=latency / 1000) as site:
                    crawl(site.url, tmp / "warm.jsonl", [])  # warm-up
                    off, on = [], []
                    for _ in range(args.rounds):
                        off.append(crawl(site.url, tmp / "off.jsonl", []))
                        db = f"bench_{uuid.uuid4().hex[:8]}"
                        on.append(crawl(site.url, tmp / "on.jsonl", ["-s", f"MONGO_URI={uri}", "-s", f"MONGO_DATABASE={db}",
                                                                    "-s", f"MONGO_BUFFER_SIZE={args.buffer}"]))
                        import pymongo
                        with pymongo.MongoClient(uri) as c:
                            stored = c[db].articles.count_documents({})
                            c.drop_database(db)
                        if stored != on[-1]["item_scraped_count"]:
                            sys.exit(f"MongoDB holds {stored} articles, the crawl scraped {on[-1]['item_scraped_count']:.0f}")
                    rows.append((latency, max(off, key=lambda s: s["pages_per_s"]), max(on, key=lambda s: s["pages_per_s"])))
        finally:
            if server is not None:
                server.terminate()
                server.wait(10)
    where = "$MONGO_URI" if server is None else "secantusd-py on loopback (same 2 cores)"
    print(f"MongoDB: {where}; buffer {args.buffer} items per bulk write")
    print(f"items/s, {args.items} items: JSON lines {ips['jsonl']:,.0f} | MongoDB new {ips['mongo_new']:,.0f} | "
          f"MongoDB unchanged (re-upsert) {ips['mongo_unchanged']:,.0f} | "
          f"MongoDB/JSON lines {ips['mongo_new'] / ips['jsonl']:.3f}")
    print(f"crawl: {len(truth['articles'])} articles, {rows[0][1]['response_received_count']:.0f} pages, "
          f"best of {args.rounds} rounds, 16 concurrent requests")
    print(f"{'latency':>8} {'off pages/s':>12} {'on pages/s':>11} {'on/off':>7} "
          f"{'crawl CPU ms/page off':>22} {'on':>5} {'on/off':>7}")
    for latency, off, on in rows:
        print(f"{latency:>6.0f}ms {off['pages_per_s']:>12.0f} {on['pages_per_s']:>11.0f} "
              f"{on['pages_per_s'] / off['pages_per_s']:>7.2f} {off['cpu_ms_per_page']:>22.2f} "
              f"{on['cpu_ms_per_page']:>5.2f} {on['cpu_ms_per_page'] / off['cpu_ms_per_page']:>7.2f}")
    print("on = the same crawl with -s MONGO_URI (MongoPipeline after the other pipelines). "
          "Target on/off >= 0.90 (pages/s). Crawl CPU counts the Scrapy process only (rounds summed "
          "per best run), not the MongoDB server. Shared machine: figures are noisy.")


if __name__ == "__main__":
    main()
