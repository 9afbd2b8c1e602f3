"""Crawl rate of the full levant crawl against a bare Scrapy spider fetching the same pages.

    python bench/bench_crawl.py [--scale 20] [--rounds 3] [--latency-ms 0,20,50]

Builds a larger replica (--scale x the articles), serves it on 127.0.0.1, then alternates:
  full: `scrapy crawl levant` (link discovery, extraction, all pipelines, JSON lines feed)
  bare: `scrapy runspider bench/bare_spider.py` over the exact URLs the full crawl fetched
  items-only: the same, yielding a constant item per page through the pipelines and feed
Both run with the same project settings (loopback politeness relaxed). Pages/s is
responses / Scrapy's elapsed_time_seconds; the best round of each is reported.

Each comparison is made at several response latencies the replica adds: 0 ms makes the
crawl purely CPU-bound (Scrapy's own per-page cost against ours, on a machine shared with
the server); 20-50 ms is what a real news site answers in from a nearby data centre.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import build  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

STATS = re.compile(r"'(response_received_count|elapsed_time_seconds|item_scraped_count)': ([0-9.]+)")


def run(cmd: list[str]) -> dict:
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"benchmark crawl failed:\n{proc.stderr[-2000:]}")
    stats = {k: float(v) for k, v in STATS.findall(proc.stderr)}
    stats["pages_per_s"] = stats["response_received_count"] / stats["elapsed_time_seconds"]
    return stats


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--latency-ms", default="0,20,50",
                    help="comma-separated response delays the replica adds (0 = CPU-bound)")
    args = ap.parse_args()
    settings = [s if s != "LOG_LEVEL=WARNING" else "LOG_LEVEL=INFO" for s in LOOPBACK_SETTINGS]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # No JavaScript articles: this measures the plain crawl (bench_render.py measures rendering).
        truth = build(tmp / "site", scale=args.scale, truth_file=tmp / "truth.json", js_articles=0)
        for latency in (float(x) for x in args.latency_ms.split(",")):
            log = tmp / f"requests-{latency}.log"
            with ReplicaServer(tmp / "site", log, latency=latency / 1000) as server:
                full_cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={server.url}",
                            "-O", str(tmp / "out.jsonl"), *settings]
                run(full_cmd)  # warm-up, and the list of pages the bare spider will fetch
                urls = []
                for line in log.read_text(encoding="utf-8").splitlines():
                    _, path, _ = line.split(" ")
                    if path != "/robots.txt":
                        urls.append(server.url.rstrip("/") + quote(path, safe="/%,:?=&-"))
                (tmp / "urls.txt").write_text("\n".join(dict.fromkeys(urls)), encoding="utf-8")
                bare_cmd = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "bare_spider.py"),
                            "-a", f"urls_file={tmp / 'urls.txt'}", *settings]
                items_cmd = bare_cmd + ["-a", "mode=items", "-O", str(tmp / "items.jsonl")]
                full, bare, items = [], [], []
                for _ in range(args.rounds):
                    full.append(run(full_cmd))
                    bare.append(run(bare_cmd))
                    items.append(run(items_cmd))
            best = [max(runs, key=lambda s: s["pages_per_s"]) for runs in (full, bare, items)]
            results.append((latency, *best))
    print(f"replica: {len(truth['articles'])} articles (scale {args.scale}), "
          f"{results[0][1]['response_received_count']:.0f} pages, best of {args.rounds} rounds, "
          "16 concurrent requests, no politeness delay")
    print(f"{'latency':>8} {'full':>7} {'bare':>7} {'ratio':>6}   {'items-only':>10} {'ratio':>6}   (pages/s)")
    for latency, f, b, i in results:
        print(f"{latency:>6.0f}ms {f['pages_per_s']:>7.0f} {b['pages_per_s']:>7.0f} "
              f"{f['pages_per_s'] / b['pages_per_s']:>6.2f}   {i['pages_per_s']:>10.0f} {i['pages_per_s'] / b['pages_per_s']:>6.2f}")
    print("full = scrapy crawl levant (links, extraction, 5 pipelines, JSON lines); bare = same pages, "
          "no extraction (target: full/bare >= 0.80); items-only = same pages, a constant item per page "
          "through the same pipelines and feed, no parsing (the ceiling for any spider that stores items).")


if __name__ == "__main__":
    main()
