"""Rendering speed and memory: N pages rendered through scrapy-playwright on Debian's Chromium.

    python bench/bench_render.py [--pages 200] [--warmup 50]

Serves the bundled replica on 127.0.0.1 and runs `scrapy runspider bench/render_spider.py`
with the project settings: it renders the replica's JavaScript-only articles, each under
--pages different query strings (the server ignores them, the browser does not), with the
same requests the crawl builds (newscrawler.fetch.rendering), and extracts each article.

A thread samples the memory of the whole process tree every 0.25 s (scrapy, the Playwright
node driver, every Chromium process), from /proc: RSS summed over the processes (counts
shared pages once per process, so it overstates) and PSS (shared pages split between the
processes that share them: the honest total). Progress is the number of pages the browser
has requested, read from the replica's request log. Prints rendered pages/s (overall, and
after warm-up), peak memory, and the peak memory of each stretch of the run after warm-up, overall and by process.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from replica.build import DEFAULT_OUT, TRUTH_FILE  # noqa: E402
from replica.demo import LOOPBACK_SETTINGS  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

STATS = re.compile(r"'([a-z_/]+)': ([0-9.]+)")


def tree(root: int) -> list[int]:
    """`root` and all its descendants (from /proc/*/stat)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        out.append(pid)
        stack += children.get(pid, [])
    return out


def kind(pid: int) -> str:
    """scrapy / driver / browser / renderer / other, from the command line."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ")
    except OSError:
        return "other"
    if b"--type=renderer" in cmd:
        return "renderer"
    if b"chrom" in cmd:
        return "browser" if b"--type=" not in cmd else "other"
    if b"node" in cmd or b"playwright" in cmd:
        return "driver"
    return "scrapy" if b"python" in cmd else "other"


def memory(pids: list[int]) -> tuple[int, int, int, dict[str, int]]:
    """(RSS sum, PSS sum, process count, PSS by kind of process) in bytes over `pids`."""
    rss = pss = n = 0
    by_kind: dict[str, int] = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
                for line in f:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1]) * 1024
                    elif line.startswith("Pss:"):
                        value = int(line.split()[1]) * 1024
                        pss += value
                        k = kind(pid)
                        by_kind[k] = by_kind.get(k, 0) + value
            n += 1
        except (OSError, ValueError):
            continue
    return rss, pss, n, by_kind


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--warmup", type=int, default=50, help="pages after which memory should be flat")
    ap.add_argument("--interval", type=float, default=0.25, help="seconds between memory samples")
    ap.add_argument("-s", dest="settings", action="append", default=[], help="extra Scrapy setting NAME=VALUE")
    args = ap.parse_args()
    import json

    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    js_paths = [a["url"] for a in truth["articles"] if a["needs_js"]]
    with tempfile.TemporaryDirectory() as tmp, ReplicaServer(DEFAULT_OUT, Path(tmp) / "requests.log") as server:
        tmp = Path(tmp)
        log = tmp / "requests.log"
        urls = [server.url.rstrip("/") + quote(js_paths[i % len(js_paths)], safe="/,:-") + f"?bench={i}"
                for i in range(args.pages)]
        (tmp / "urls.txt").write_text("\n".join(urls), encoding="utf-8")
        settings = [s if s != "LOG_LEVEL=WARNING" else "LOG_LEVEL=INFO" for s in LOOPBACK_SETTINGS]
        cmd = [sys.executable, "-m", "scrapy", "runspider", str(ROOT / "bench" / "render_spider.py"),
               "-a", f"urls_file={tmp / 'urls.txt'}", *settings, *(x for kv in args.settings for x in ("-s", kv))]
        samples: list[tuple] = []  # (t, pages, rss, pss, processes, pss by kind)
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                pages = sum(1 for line in log.read_text(encoding="utf-8").splitlines() if "?bench=" in line)
                samples.append((time.monotonic() - t0, pages, *memory(tree(proc.pid))))
                time.sleep(args.interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, stderr = proc.communicate()
        done.set()
        sampler.join()
    if proc.returncode != 0:
        sys.exit(f"benchmark crawl failed:\n{stderr[-2000:]}")
    stats = {k: float(v) for k, v in STATS.findall(stderr)}
    ok = int(stats.get("bench/body_ok", 0))
    elapsed = stats["elapsed_time_seconds"]
    peak_rss = max(x[2] for x in samples)
    peak_pss = max(x[3] for x in samples)
    def at(pages: int):  # the first sample once the browser had been asked for `pages` pages
        return next((x for x in samples if x[1] >= pages), samples[-1])

    warm, end = at(args.warmup), at(args.pages)
    steady = (end[1] - warm[1]) / (end[0] - warm[0]) if end[0] > warm[0] else float("nan")
    mb = 1024 * 1024
    print(f"rendered {ok}/{args.pages} pages with the right body in {elapsed:.1f} s: "
          f"{ok / elapsed:.1f} pages/s overall (browser start included), {steady:.1f} pages/s after warm-up; "
          f"{stats.get('bench/latency_ms', 0) / max(ok, 1):.0f} ms a page from request to rendered HTML")
    print(f"peak memory of the process tree (scrapy + node driver + chromium, up to {max(x[4] for x in samples)} "
          f"processes): PSS {peak_pss / mb:.0f} MB, RSS sum {peak_rss / mb:.0f} MB")
    # Renderer processes come and go with the pages, so single samples jump: compare the peak
    # of each stretch of the run after warm-up (three equal stretches).
    step = max(1, (args.pages - args.warmup) // 3)
    bounds = [args.warmup + i * step for i in range(3)] + [args.pages + 1]
    windows = []
    for lo, hi in zip(bounds, bounds[1:]):
        inside = [x for x in samples if lo <= x[1] < hi] or [at(lo)]
        kinds = {k: max(x[5].get(k, 0) for x in inside) for k in sorted({k for x in inside for k in x[5]})}
        windows.append((lo, min(hi - 1, args.pages), max(x[3] for x in inside), max(x[2] for x in inside), kinds))
    print("peak PSS / RSS sum while rendering pages " + ", ".join(
        f"{lo}-{hi}: {pss / mb:.0f} / {rss / mb:.0f} MB" for lo, hi, pss, rss, _ in windows))
    first, last = windows[0][4], windows[-1][4]
    print("peak PSS by process, first -> last stretch: " + ", ".join(
        f"{k} {first.get(k, 0) / mb:.0f} -> {last.get(k, 0) / mb:.0f} MB" for k in sorted(set(first) | set(last))))
    print("settings: PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=4, one context, images/fonts/media blocked; "
          "machine shared with other work, so figures are noisy")


if __name__ == "__main__":
    main()
