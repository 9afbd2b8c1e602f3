"""A 20,000-article crawl: peak memory, whether it stays flat, pages/s, and what durable resume
state costs.

    python bench/bench_scale.py [--articles 20000] [--rounds 2] [--latency-ms 0]

Builds a replica of at least --articles articles (no JavaScript pages), serves it on 127.0.0.1
and crawls all of it with `scrapy crawl levant -o FILE` three ways, in the same run, taking
turns for --rounds rounds (the machine is shared: the best round of each way is compared):
  plain:        no resume state;
  jobdir:       -s JOBDIR=... (the job's list of written articles, the chrome model's file,
                Scrapy's spider state: what `kill -9` and the same command need);
  incremental:  -s NEWSCRAWLER_INCREMENTAL=True (the state file and the chrome model's file).
The crawl's RSS is sampled from /proc every 0.5 s: the peak, and the RSS when a quarter, half,
three quarters and all of the articles were out (flat after warm-up: the last three close).
Cost of resume state = plain pages/s / jobdir pages/s - 1 (goal: <= 10 %).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import build  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

STATS = re.compile(r"'(response_received_count|elapsed_time_seconds|item_scraped_count)': ([0-9.]+)")
ARTICLES_PER_SCALE = 92  # the replica's scaled sections (a few articles do not scale)


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def crawl(url: str, out: Path, extra: list[str], articles: int) -> dict:
    settings = [s if s != "LOG_LEVEL=WARNING" else "LOG_LEVEL=INFO" for s in LOOPBACK_SETTINGS]
    cmd = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={url}", "-o", str(out),
           *settings, *extra]
    err = out.with_suffix(".log")
    samples: list[tuple[int, float]] = []  # (items out, RSS MB)
    with open(err, "w") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)

        def sample():
            while proc.poll() is None:
                samples.append((lines(out), rss_mb(proc.pid)))
                time.sleep(0.5)

        thread = threading.Thread(target=sample, daemon=True)
        thread.start()
        proc.wait()
        thread.join()
    text = err.read_text(encoding="utf-8")
    if proc.returncode != 0:
        sys.exit(f"benchmark crawl failed ({' '.join(extra)}):\n{text[-2000:]}")
    stats = {k: float(v) for k, v in STATS.findall(text)}
    stats["pages_per_s"] = stats["response_received_count"] / stats["elapsed_time_seconds"]
    stats["peak_rss"] = max(r for _, r in samples)
    stats["rss_at"] = []
    for quarter in (0.25, 0.5, 0.75, 1.0):
        here = [r for n, r in samples if n >= quarter * stats["item_scraped_count"]]
        stats["rss_at"].append(here[0] if here else samples[-1][1])
    return stats


def build_replica(site: Path, articles: int) -> tuple[dict, int]:
    """A replica of at least `articles` articles, none needing JavaScript, built into `site`
    (its truth file beside it): (truth, scale)."""
    scale = -(-articles // ARTICLES_PER_SCALE)
    return build(site, scale=scale, truth_file=site.parent / "truth.json", js_articles=0), scale


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--latency-ms", type=float, default=0.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.monotonic()
        truth, scale = build_replica(tmp / "site", args.articles)
        n = len(truth["articles"])
        print(f"replica: {n} articles (scale {scale}), built in {time.monotonic() - started:.0f} s; "
              f"latency {args.latency_ms:.0f} ms, 16 concurrent requests, no politeness delay", flush=True)
        results: dict[str, dict] = {}
        with ReplicaServer(tmp / "site", None, latency=args.latency_ms / 1000) as server:
            for round_ in range(args.rounds):
                ways = {"plain": [], "jobdir": ["-s", f"JOBDIR={tmp / f'job{round_}'}"],
                        "incremental": ["-s", "NEWSCRAWLER_INCREMENTAL=True",
                                        "-s", f"NEWSCRAWLER_STATE_FILE={tmp / f'state{round_}' / '%(name)s.txt'}"]}
                for way, extra in ways.items():
                    out = tmp / f"{way}-{round_}.jsonl"
                    r = crawl(server.url, out, extra, n)
                    out.unlink()
                    print(f"{way:>12}: {r['item_scraped_count']:.0f} items, {r['response_received_count']:.0f} pages "
                          f"in {r['elapsed_time_seconds']:.0f} s = {r['pages_per_s']:.0f} pages/s; peak RSS "
                          f"{r['peak_rss']:.0f} MB; RSS at 1/4, 1/2, 3/4, all items: "
                          + ", ".join(f"{x:.0f}" for x in r["rss_at"]) + " MB", flush=True)
                    if way not in results or r["pages_per_s"] > results[way]["pages_per_s"]:
                        results[way] = {**r, "peak_rss": max(r["peak_rss"], results.get(way, {}).get("peak_rss", 0))}
        plain = results["plain"]["pages_per_s"]
        for way in ("jobdir", "incremental"):
            print(f"cost of resume state ({way}): {plain / results[way]['pages_per_s'] - 1:+.1%} "
                  f"(best of {args.rounds}: plain pages/s / this pages/s - 1; goal <= +10 %)")
        worst = max(r["peak_rss"] for r in results.values())
        print(f"peak RSS, all three: {worst:.0f} MB (goal <= 300 MB)")


if __name__ == "__main__":
    main()
