"""What the learned chrome model costs a crawl: the same `scrapy crawl levant` with it on and off.

    python bench/bench_chrome.py [--scale 20] [--rounds 3] [--latency-ms 0,20]

Builds a larger replica (--scale x the articles, no JavaScript pages), serves it on 127.0.0.1,
then alternates the full crawl with the model on (the default) and off
(`-s NEWSCRAWLER_LEARN_CHROME=False`), same settings otherwise. Reports the best round's
pages/s (responses / Scrapy's elapsed_time_seconds) and the crawl process's CPU per page
(user + system, the server excluded), and checks that both crawls wrote the same items.
Target: on/off >= 0.90 (the model adds under 10 % to a crawl's time).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import build  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

STATS = re.compile(r"'(response_received_count|elapsed_time_seconds|item_scraped_count|"
                   r"newscrawler/chrome/[a-z_]+)': ([0-9.]+)")


def run(cmd: list[str]) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"benchmark crawl failed:\n{proc.stderr[-2000:]}")
    stats = {k: float(v) for k, v in STATS.findall(proc.stderr)}
    stats["pages_per_s"] = stats["response_received_count"] / stats["elapsed_time_seconds"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stats["cpu_ms_per_page"] = 1000 * cpu / stats["response_received_count"]
    return stats


def bodies(path: Path) -> dict[str, str]:
    return {d["url"]: d["body"] for d in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--latency-ms", default="0,20", help="comma-separated response delays the replica adds")
    args = ap.parse_args()
    settings = [s if s != "LOG_LEVEL=WARNING" else "LOG_LEVEL=INFO" for s in LOOPBACK_SETTINGS]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        truth = build(tmp / "site", scale=args.scale, truth_file=tmp / "truth.json", js_articles=0)
        for latency in (float(x) for x in args.latency_ms.split(",")):
            with ReplicaServer(tmp / "site", None, latency=latency / 1000) as server:
                base = [sys.executable, "-m", "scrapy", "crawl", "levant", "-a", f"start_url={server.url}", *settings]
                on_cmd = base + ["-O", str(tmp / "on.jsonl")]
                off_cmd = base + ["-O", str(tmp / "off.jsonl"), "-s", "NEWSCRAWLER_LEARN_CHROME=False"]
                run(on_cmd)  # warm-up
                on, off = [], []
                for _ in range(args.rounds):
                    on.append(run(on_cmd))
                    off.append(run(off_cmd))
                if bodies(tmp / "on.jsonl") != bodies(tmp / "off.jsonl"):
                    sys.exit("the crawls with and without the model wrote different bodies")
            best = [max(runs, key=lambda s: s["pages_per_s"]) for runs in (on, off)]
            cpu = [min(s["cpu_ms_per_page"] for s in runs) for runs in (on, off)]
            results.append((latency, *best, *cpu))
    first = results[0][1]
    print(f"replica: {len(truth['articles'])} articles (scale {args.scale}), "
          f"{first['response_received_count']:.0f} pages, best of {args.rounds} rounds, same items on and off; "
          f"model: {first.get('newscrawler/chrome/pages', 0):.0f} pages learned, "
          f"{first.get('newscrawler/chrome/templates', 0):.0f} templates tracked, "
          f"{first.get('newscrawler/chrome/blocks_learned', 0):.0f} judged chrome, "
          f"{first.get('newscrawler/chrome/buffered', 0):.0f} items held back")
    print(f"{'latency':>8} {'on p/s':>7} {'off p/s':>8} {'on/off':>7}   {'CPU ms/page on':>14} {'off':>5} {'on/off':>7}")
    for latency, on, off, cpu_on, cpu_off in results:
        print(f"{latency:>6.0f}ms {on['pages_per_s']:>7.0f} {off['pages_per_s']:>8.0f} "
              f"{on['pages_per_s'] / off['pages_per_s']:>7.2f}   {cpu_on:>14.2f} {cpu_off:>5.2f} {cpu_on / cpu_off:>7.2f}")
    print("on = scrapy crawl levant (learned chrome on, the default); off = -s NEWSCRAWLER_LEARN_CHROME=False. "
          "Target: on/off >= 0.90 pages/s. CPU: the crawl process only, best round.")


if __name__ == "__main__":
    main()
