"""`make demo`: serve the bundled replica on 127.0.0.1, crawl it with `scrapy crawl levant`,
write JSON lines under output/, print the file's path and a one-line summary.

    python -m replica.demo [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

from replica.server import ReplicaServer

ROOT = Path(__file__).resolve().parent.parent
# The replica is on loopback: no politeness delay needed there (real sites keep the defaults).
LOOPBACK_SETTINGS = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
                     "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", "LOG_LEVEL=WARNING"]


def crawl_command(start_url: str | None, out: Path | None, *extra: str, spider: str = "levant") -> list[str]:
    """`scrapy crawl` on loopback; `out` None: no -O (the caller's -o or FEEDS, or the default feed).
    An incremental run or a job (`NEWSCRAWLER_INCREMENTAL=True` or `JOBDIR=` among `extra`) appends
    with -o: the crawl refuses -O with them."""
    args = ["-a", f"start_url={start_url}"] if start_url is not None else []
    if out is not None:
        appends = "NEWSCRAWLER_INCREMENTAL=True" in extra or any(e.startswith("JOBDIR=") for e in extra)
        args += ["-o" if appends else "-O", str(out)]
    return [sys.executable, "-m", "scrapy", "crawl", spider, *args, *LOOPBACK_SETTINGS, *extra]


def summary(path: Path) -> str:
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sections = Counter(i.get("section") for i in items)
    dated = sum(1 for i in items if i.get("published_at"))
    sourced = sum(1 for i in items if i.get("source"))
    return (f"{len(items)} articles, {dated} with published_at, {sourced} with a source line, "
            f"{len(sections)} sections ({', '.join(f'{k}: {v}' for k, v in sections.most_common())})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    out = args.out or ROOT / "output" / f"levant-{datetime.now():%Y%m%d-%H%M%S}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with ReplicaServer() as server:
        print(f"replica served at {server.url}", flush=True)
        rc = subprocess.call(crawl_command(server.url, out), cwd=ROOT)
    if rc != 0:
        print(f"crawl failed with exit status {rc}", file=sys.stderr)
        return rc
    print(f"wrote {out}")
    print(summary(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
