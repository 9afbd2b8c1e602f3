"""Crawl re-skins of the replica and check every article against their truth.

    python -m evaluation.reskins [--seeds 20] [--seed S ...] [--jobs 2] [--spiders levant,news] [--keep DIR]

Each seed is a site `replica.reskin.build_reskin` writes (the replica's truth under markup
nobody tuned the crawler for). It is served by `replica.server` with its request log on and
crawled the way a scheduler does, `scrapy crawl <spider> -a start_url=... -O out.jsonl`, once
with `levant` and once with `news` (`-s NEWSCRAWLER_TIMEZONE=Europe/London`, the site's zone,
as a user would give it). Each seed x spider passes only when every check holds:

- `crawl`    the crawl exits 0 within the time limit
- `once`     every truth article is in the feed exactly once (by canonical URL)
- `extra`    the feed holds no item that is not a truth article
- `listing`  every listing page of the truth (sections and their pagination) was requested
- `title`    title equal to the truth
- `date`     `published_at` equal to the truth's ISO string
- `section`  section equal to the truth
- `body`     body token F1 >= 0.98 against the truth (tokens: whitespace-separated words after
             the documented normalisation, counted as multisets)
- `chrome`   no chrome string of the skin (`truth["chrome_strings"]`) in the body of a truth article, as
             whole words (the other items already fail `extra`)

Without --seed, --seeds N seeds are drawn fresh (random.SystemRandom), so nothing is tuned to
a fixed seed; every line names its seed, and `--seed S` (or RESKIN_SEEDS=S1,S2 in the test)
runs it again. Prints one line per seed x spider, the failing checks with an example each,
then totals. Exit status 1 when anything fails.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from replica.demo import crawl_command  # noqa: E402
from replica.reskin import build_reskin, chrome_pattern, normalise  # noqa: E402
from replica.server import ReplicaServer, resolve  # noqa: E402

SPIDERS = ("levant", "news")
SPIDER_ARGS = {"levant": (), "news": ("-s", "NEWSCRAWLER_TIMEZONE=Europe/London")}
CHECKS = ("crawl", "once", "extra", "listing", "title", "date", "section", "body", "chrome")
F1_MIN = 0.98
CRAWL_TIMEOUT = 240.0


def draw_seeds(n: int) -> list[int]:
    rng = random.SystemRandom()
    return [rng.randrange(1, 1_000_000) for _ in range(n)]


def tokens(text: str | None) -> list[str]:
    return normalise(text or "").split()


def f1(truth: str, got: str | None) -> float:
    t, g = Counter(tokens(truth)), Counter(tokens(got))
    overlap = sum((t & g).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(t.values())
    return 2 * p * r / (p + r)


def _surplus(a: list[str], b: list[str]) -> list[str]:
    """Tokens of `a` beyond their count in `b`, in `a`'s order."""
    left = Counter(b)
    out = []
    for tok in a:
        if left[tok]:
            left[tok] -= 1
        else:
            out.append(tok)
    return out


def _short(words: list[str], k: int = 12) -> str:
    return " ".join(words[:k]) + (" …" if len(words) > k else "")


def _clip(text, k: int = 70) -> str:
    text = "" if text is None else str(text)
    return text if len(text) <= k else text[:k] + "…"


@dataclass
class Result:
    seed: int
    spider: str
    skin: str = ""
    articles: int = 0
    listing_pages: int = 0
    failures: dict = field(default_factory=dict)   # check -> [(count of failing articles or pages), examples]
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return not self.failures

    def fail(self, check: str, example: str) -> None:
        entry = self.failures.setdefault(check, [0, []])
        entry[0] += 1
        entry[1].append(example)

    def line(self, examples: int = 1) -> str:
        head = f"seed {self.seed:<7} {self.spider:<7}"
        if self.passed:
            return f"{head} pass  {self.articles} articles, {self.listing_pages} listing pages ({self.seconds:.0f} s)"
        total = {"listing": f"/{self.listing_pages}", "crawl": "", "extra": ""}
        summary = " · ".join(f"{c} {self.failures[c][0]}{total.get(c, f'/{self.articles}')}" for c in CHECKS if c in self.failures)
        out = [f"{head} FAIL  {summary} ({self.seconds:.0f} s)   [{self.skin}]"]
        for c in CHECKS:
            if c in self.failures:
                for ex in self.failures[c][1][:examples]:
                    out.append(f"      {c:<8} {ex}")
        return "\n".join(out)


def read_requests(log: Path) -> list[tuple[str, int]]:
    out = []
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            method, path, status = line.split(" ")
            out.append((path, int(status)))
    return out


def score(truth: dict, items: list[dict], requests: list[tuple[str, int]], site: Path, origin: str,
          result: Result) -> Result:
    """Every check of the module docstring, recorded on `result`."""
    arts = {origin + a["url"]: a for a in truth["articles"]}
    result.articles, result.listing_pages = len(arts), len(truth["listing_pages"])
    urls = [unquote(i.get("url") or "").rstrip("/") for i in items]
    counts = Counter(urls)
    for url, a in arts.items():
        if counts[url] == 0:
            result.fail("once", f"missing {a['url']} «{_clip(a['title'], 50)}»"
                        + (" (read-also only)" if not a["listed"] else "") + (f" (script body: {a['js_way']})" if a["needs_js"] else ""))
        elif counts[url] > 1:
            result.fail("once", f"{counts[url]} items for {a['url']}")
    for url in sorted(set(urls) - set(arts)):
        result.fail("extra", f"not a truth article: {url[len(origin):] if url.startswith(origin) else url}")
    served = set()
    for path, status in requests:
        if status == 200:
            try:
                f = resolve(site, path)
            except UnicodeDecodeError:
                f = None
            if f is not None:
                served.add(f)
    for page in truth["listing_pages"]:
        if resolve(site, page) not in served:
            result.fail("listing", f"never requested: {page}")
    patterns = [(s, chrome_pattern(s)) for s in truth["chrome_strings"]]
    seen: set[str] = set()
    for item, url in zip(items, urls):
        a = arts.get(url)
        if a is None or url in seen:   # other items fail `extra`, second ones `once`
            continue
        seen.add(url)
        body = item.get("body") or ""
        norm = normalise(body)
        leaked = [s for s, pat in patterns if pat.search(norm)]
        if leaked:
            result.fail("chrome", f"{a['url']}: " + ", ".join(f"«{s}»" for s in leaked[:4]) + (" …" if len(leaked) > 4 else ""))
        if item.get("title") != a["title"]:
            result.fail("title", f"{a['url']}: expected «{_clip(a['title'])}» got «{_clip(item.get('title'))}»")
        if item.get("published_at") != a["published_at"]:
            result.fail("date", f"{a['url']}: expected {a['published_at']} got {item.get('published_at')} "
                                f"(from «{_clip(item.get('published_at_raw'), 50)}»; page shows it as {a['date_form']})")
        if item.get("section") != a["section"]:
            result.fail("section", f"{a['url']}: expected «{a['section']}» got «{item.get('section')}»")
        score_ = f1(a["body"], body)
        if score_ < F1_MIN:
            got, exp = tokens(body), tokens(a["body"])
            detail = []
            extra, missing = _surplus(got, exp), _surplus(exp, got)
            if extra:
                detail.append(f"extra «{_short(extra)}»")
            if missing:
                detail.append(f"missing {len(missing)} of {len(exp)} words «{_short(missing, 8)}»")
            js = f" (script body: {a['js_way']})" if a["needs_js"] else ""
            result.fail("body", f"{a['url']}: F1 {score_:.3f}{js}; " + "; ".join(detail))
    return result


def crawl_seed(seed: int, spider: str, site: Path, truth: dict, work: Path, timeout: float = CRAWL_TIMEOUT) -> Result:
    """Serve the built skin in `site`, crawl it with `spider`, score the feed."""
    result = Result(seed, spider, skin=truth["skin"])
    work.mkdir(parents=True, exist_ok=True)
    log, out = work / "requests.log", work / "items.jsonl"
    for f in (log, out):
        if f.exists():
            f.unlink()
    started = time.monotonic()
    with ReplicaServer(site, log) as server:
        cmd = crawl_command(server.url, out, *SPIDER_ARGS[spider], spider=spider)
        try:
            proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
            if proc.returncode != 0:
                tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
                result.fail("crawl", f"exit status {proc.returncode}: {_clip(tail, 300)}")
        except subprocess.TimeoutExpired:
            result.fail("crawl", f"timed out after {timeout:.0f} s")
        origin = server.url.rstrip("/")
    result.seconds = time.monotonic() - started
    items = []
    if out.exists():
        items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    (work / "skin.txt").write_text(truth["skin"] + "\n", encoding="utf-8")
    return score(truth, items, read_requests(log), site, origin, result)


def run(seeds: list[int], spiders=SPIDERS, jobs: int = 2, workdir: Path | None = None,
        timeout: float = CRAWL_TIMEOUT, on_result=None) -> list[Result]:
    """Build every seed's skin under `workdir` (a temporary folder when None), crawl each with
    each spider (`jobs` crawls at a time), return the results in seed x spider order."""
    tmp = None
    if workdir is None:
        tmp = tempfile.TemporaryDirectory(prefix="reskins-")
        workdir = Path(tmp.name)
    try:
        skins = {}
        for seed in seeds:
            site = workdir / f"seed-{seed}" / "site"
            skins[seed] = (site, build_reskin(site, seed))
        tasks = [(seed, spider) for seed in seeds for spider in spiders]

        def one(task):
            seed, spider = task
            site, truth = skins[seed]
            r = crawl_seed(seed, spider, site, truth, workdir / f"seed-{seed}" / spider, timeout)
            if on_result:
                on_result(r)
            return r

        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            return list(pool.map(one, tasks))
    finally:
        if tmp is not None:
            tmp.cleanup()


def totals(results: list[Result]) -> str:
    lines = []
    per_spider = []
    for spider in sorted({r.spider for r in results}, key=SPIDERS.index):
        rs = [r for r in results if r.spider == spider]
        per_spider.append(f"{spider}: {sum(r.passed for r in rs)}/{len(rs)} seeds pass")
    lines.append(" · ".join(per_spider) + f" · all: {sum(r.passed for r in results)}/{len(results)}")
    failing = []
    for c in CHECKS:
        runs = [r for r in results if c in r.failures]
        if runs:
            n = sum(r.failures[c][0] for r in runs)
            unit = "pages" if c == "listing" else "" if c == "crawl" else "articles"
            failing.append(f"{c} {len(runs)} runs" + (f" ({n} {unit})" if unit else ""))
    if failing:
        lines.append("failing checks (seed x spider runs, and what failed in them): " + " · ".join(failing))
    lines.append("seeds: " + ",".join(str(s) for s in sorted({r.seed for r in results})))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=20, help="how many fresh seeds to draw (default 20)")
    ap.add_argument("--seed", action="append", default=[], help="a seed to run (repeat, or S1,S2); no fresh ones then")
    ap.add_argument("--jobs", type=int, default=2, help="crawls at a time (default 2)")
    ap.add_argument("--spiders", default=",".join(SPIDERS))
    ap.add_argument("--examples", type=int, default=1, help="examples printed per failing check")
    ap.add_argument("--keep", type=Path, default=None, help="keep sites, feeds and request logs in this folder")
    ap.add_argument("--timeout", type=float, default=CRAWL_TIMEOUT)
    args = ap.parse_args(argv)
    seeds = [int(s) for arg in args.seed for s in str(arg).split(",") if s.strip()] or draw_seeds(args.seeds)
    spiders = tuple(s for s in args.spiders.split(",") if s)
    print(f"re-skins: {len(seeds)} seeds x {', '.join(spiders)}, {args.jobs} crawls at a time", flush=True)
    started = time.monotonic()

    def show(r: Result) -> None:
        print(r.line(args.examples), flush=True)

    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    results = run(seeds, spiders, args.jobs, args.keep, args.timeout, on_result=show)
    print(f"\n{totals(results)}\ntook {time.monotonic() - started:.0f} s")
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
