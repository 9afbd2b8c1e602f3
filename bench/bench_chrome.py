"""What the learned chrome model costs a crawl: the same `scrapy crawl levant` with it on and off.

    python bench/bench_chrome.py [--scale 20] [--rounds 3] [--latency-ms 0,20]

Builds a larger replica (--scale x the articles, no JavaScript pages), serves it on 127.0.0.1,
then alternates the full crawl with the model on (the default) and off
(`-s NEWSCRAWLER_LEARN_CHROME=False`), same settings otherwise. Reports the best round's
pages/s (responses / Scrapy's elapsed_time_seconds) and the crawl process's CPU per page
(user + system, the server excluded; best and median round), and checks that both crawls
wrote the same items. Target: on/off >= 0.90 (the model adds under 10 % to a crawl's time).

On a shared machine the crawl figures move by more than the model costs, so the model's own
CPU is also measured in one process, alternating: parsing and `extract_tree` of the same
article pages with a model (ChromePass, then `update`) and without, best of --rounds.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import build  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402
from newscrawler.extract import extract_tree  # noqa: E402
from newscrawler.extract.chrome import ChromeModel, ChromePass  # noqa: E402
from newscrawler.html import parse_html  # noqa: E402
from newscrawler.sites.levant import PROFILE  # noqa: E402

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


def in_process(site: Path, truth: dict, rounds: int, limit: int = 600) -> tuple[float, float]:
    """(µs a page without the model, with it): parse + extract_tree (+ the model's update)."""
    origin = "http://127.0.0.1:8080"
    pages = []
    for a in truth["articles"][:limit]:
        html = (site / ("article/" + a["url"][len("/article/"):] + ".html")).read_text(encoding="utf-8")
        pages.append((html.replace("__ORIGIN__", origin), origin + a["url"]))

    def once(on: bool) -> float:
        model = ChromeModel()
        start = time.process_time()
        for html, url in pages:
            root = parse_html(html)
            if on:
                seen = ChromePass(model)
                extract_tree(root, url, PROFILE, chrome=seen)
                model.update(seen.page)
            else:
                extract_tree(root, url, PROFILE)
        return 1e6 * (time.process_time() - start) / len(pages)

    off, on = [], []
    for _ in range(rounds):
        off.append(once(False))
        on.append(once(True))
    return min(off), min(on)


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
            median = [statistics.median(s["cpu_ms_per_page"] for s in runs) for runs in (on, off)]
            results.append((latency, *best, *cpu, *median))
        us_off, us_on = in_process(tmp / "site", truth, args.rounds)
    first = results[0][1]
    print(f"replica: {len(truth['articles'])} articles (scale {args.scale}), "
          f"{first['response_received_count']:.0f} pages, best of {args.rounds} rounds, same items on and off; "
          f"model: {first.get('newscrawler/chrome/pages', 0):.0f} pages learned, "
          f"{first.get('newscrawler/chrome/templates', 0):.0f} templates tracked, "
          f"{first.get('newscrawler/chrome/blocks_learned', 0):.0f} judged chrome, "
          f"{first.get('newscrawler/chrome/buffered', 0):.0f} items held back")
    print(f"{'latency':>8} {'on p/s':>7} {'off p/s':>8} {'on/off':>7}   {'CPU ms/page on':>14} {'off':>5} {'on/off':>7}"
          f"   {'median on':>9} {'off':>5} {'on/off':>7}")
    for latency, on, off, cpu_on, cpu_off, med_on, med_off in results:
        print(f"{latency:>6.0f}ms {on['pages_per_s']:>7.0f} {off['pages_per_s']:>8.0f} "
              f"{on['pages_per_s'] / off['pages_per_s']:>7.2f}   {cpu_on:>14.2f} {cpu_off:>5.2f} {cpu_on / cpu_off:>7.2f}"
              f"   {med_on:>9.2f} {med_off:>5.2f} {med_on / med_off:>7.2f}")
    print("on = scrapy crawl levant (learned chrome on, the default); off = -s NEWSCRAWLER_LEARN_CHROME=False. "
          "Target: on/off >= 0.90 pages/s. CPU: the crawl process only.")
    crawl_cpu = min(r[4] for r in results) * 1000
    print(f"in one process, parse + extract_tree of {min(600, len(truth['articles']))} article pages, best of "
          f"{args.rounds}: {us_off:.0f} µs a page without the model, {us_on:.0f} with it (+{us_on - us_off:.0f} µs, "
          f"{100 * (us_on - us_off) / crawl_cpu:.1f} % of the crawl's {crawl_cpu / 1000:.2f} ms of CPU a page)")


if __name__ == "__main__":
    main()
