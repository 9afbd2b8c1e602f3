"""A backfill of one month out of a 20,000-article replica with sitemaps: requests made per
article stored, time and peak RSS, against the same backfill by navigation only.

    python bench/bench_backfill.py [--articles 20000] [--month YYYY-MM]

Builds a replica of at least --articles articles (no JavaScript pages) with its sitemap index
of monthly sitemaps, news sitemap and feeds, serves it on 127.0.0.1 and runs
`scrapy crawl levant -a since=<first day> -a until=<last day>` twice: with every discovery
source (the default: the sitemaps decide) and with `-a discover=nav` (the listings are paged
until their dates are older than the month: what a crawl without sitemaps can do). The month
is the one of the median article unless given. Every request the server answered is counted
(robots.txt, sitemaps, feeds, the home page and articles included). Goals: requests per article
stored <= 1.05; peak RSS <= 300 MB; exactly the month's articles stored.
"""

from __future__ import annotations

import argparse
import calendar
import json
import sys
import tempfile
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_scale import build_replica, crawl  # noqa: E402

from replica.server import ReplicaServer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--month", default=None, help="YYYY-MM (default: the median article's month)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        started = time.monotonic()
        truth, scale = build_replica(tmp / "site", args.articles)
        zone = ZoneInfo(truth["site_timezone"])
        days = sorted(datetime.fromisoformat(a["published_at"]).astimezone(zone).date() for a in truth["articles"])
        month = args.month or f"{days[len(days) // 2]:%Y-%m}"
        year, mon = map(int, month.split("-"))
        since, until = date(year, mon, 1), date(year, mon, calendar.monthrange(year, mon)[1])
        expected = {a["url"] for a in truth["articles"]
                    if since <= datetime.fromisoformat(a["published_at"]).astimezone(zone).date() <= until}
        months = Counter(f"{d:%Y-%m}" for d in days)
        print(f"replica: {len(days)} articles (scale {scale}) in {len(months)} months, built in "
              f"{time.monotonic() - started:.0f} s; backfill of {month}: {len(expected)} articles", flush=True)
        results = {}
        for way, extra in (("sitemaps (default)", []), ("navigation only", ["-a", "discover=nav"])):
            log = tmp / f"requests-{len(results)}.log"
            with ReplicaServer(tmp / "site", log) as server:
                out = tmp / f"out-{len(results)}.jsonl"
                r = crawl(server.url, out, ["-a", f"since={since}", "-a", f"until={until}", *extra], len(expected))
                got = {json.loads(line)["url"].replace(server.url.rstrip("/"), "")
                       for line in out.read_text(encoding="utf-8").splitlines() if line.strip()}
            requests = sum(1 for _ in log.read_text(encoding="utf-8").splitlines())
            exact = "exactly the month's articles" if got == expected else (
                f"{len(expected - got)} of the month's articles missing, {len(got - expected)} outside it")
            results[way] = requests / max(len(got), 1)
            print(f"{way:>20}: {len(got)} stored ({exact}); {requests} requests = "
                  f"{results[way]:.3f} a stored article; {r['elapsed_time_seconds']:.1f} s; "
                  f"peak RSS {r['peak_rss']:.0f} MB", flush=True)
        ours, peer = results["sitemaps (default)"], results["navigation only"]
        print(f"requests per stored article: {ours:.3f} (goal <= 1.05); navigation only: {peer:.3f} "
              f"({peer / ours:.1f}x as many)")


if __name__ == "__main__":
    main()
