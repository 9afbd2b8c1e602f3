"""`scrapy report` over many items: time and peak RSS, from JSON lines and from MongoDB.

    python bench/bench_report.py [--items 100000] [--no-mongo] [--keep DIR]

Generates --items articles (seeded; Arabic bodies of the replica's paragraphs, 1 to 30 of them,
so from a few hundred to some ten thousand characters; 9 sections; dates over 2019-2026 with
quiet weeks, a few dated 1970 or in the future; some without author or source; a few hundred
tags and authors), writes them as one JSON lines feed and loads them into MongoDB in the shape
the pipeline stores them (secantusd-py started here on a free loopback port, or the server in
$MONGO_URI, in a throwaway database). Then runs `scrapy report` on each, as a subprocess, and
prints its wall time, CPU time and peak RSS (the report process alone, from wait4's rusage).
Goal: under 30 s and 500 MB each, whatever the number of items (streaming).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_mongo import start_secantus  # noqa: E402

SECTIONS = ["أخبار", "سياسة", "اقتصاد", "تقارير", "رأي", "ملفات", "ثقافة", "رياضة", "منوعات"]
SOURCES = ["رويترز", "أسوشيتد برس", "فرانس برس", "وكالات", "رصد", "خاص", "الأناضول", "سانا", "د ب أ",
           "بي بي سي", "سكاي نيوز", "الجزيرة"]


def generate(n: int, path: Path, seed: int = 7) -> float:
    """Write `n` items to `path`; return the seconds it took."""
    t0 = time.perf_counter()
    rng = random.Random(seed)
    truth = json.loads((ROOT / "replica" / "truth.json").read_text(encoding="utf-8"))
    paragraphs = [p for a in truth["articles"] for p in a["body"].split("\n\n") if p.strip()]
    titles = [a["title"] for a in truth["articles"]]
    tags = [f"{w} {i}" for i, w in enumerate(["سوريا", "لبنان", "العراق", "تركيا", "إيران", "اللاجئين", "الطاقة",
                                               "الانتخابات", "حقوق الإنسان", "الأمم المتحدة"] * 40)]
    authors = [f"كاتب {i}" for i in range(250)]
    start = datetime(2019, 2, 1, tzinfo=timezone.utc)
    span = (datetime(2026, 12, 1, tzinfo=timezone.utc) - start).total_seconds()
    quiet = {rng.randrange(0, 400) for _ in range(20)}    # weeks without news (gaps)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            r = rng.random()
            if r < 0.0005:
                published = "1970-01-01T00:00:00+00:00"
            elif r < 0.001:
                published = "2027-03-01T10:00:00+03:00"
            elif r < 0.01:
                published = None
            else:
                while True:
                    when = start + timedelta(seconds=rng.random() * span)
                    if (when - start).days // 7 not in quiet:
                        break
                offset = rng.choice(["+00:00", "+01:00", "+03:00"])
                published = when.astimezone(timezone(timedelta(hours=int(offset[1:3])))).isoformat(timespec="seconds")
            body = "\n\n".join(rng.choice(paragraphs) for _ in range(max(1, int(rng.expovariate(1 / 8)) % 30 + 1)))
            item = {
                "url": f"https://thelevantnews.com/article/خبر-رقم-{i}", "title": rng.choice(titles) + f" {i}",
                "body": body, "published_at": published, "published_at_raw": published, "modified_at": None,
                "section": rng.choice(SECTIONS) if rng.random() > 0.02 else None,
                "tags": rng.sample(tags, rng.randrange(0, 4)),
                "authors": [rng.choice(authors)] if rng.random() > 0.7 else [],
                "source": rng.choice(SOURCES) if rng.random() > 0.25 else None,
                "images": [{"url": "https://thelevantnews.com/static/x.jpg", "caption": "صورة من الأرشيف"}],
                "read_also": [], "language": "ar", "crawled_at": "2026-12-07T10:00:00+00:00",
                "content_hash": uuid.UUID(int=rng.getrandbits(128)).hex * 2, "revision": 1,
            }
            f.write(json.dumps(item, ensure_ascii=False) + "\n")
    return time.perf_counter() - t0


def load_mongo(path: Path, uri: str, database: str) -> float:
    """The items into MongoDB in the shape the pipeline stores them (`item_to_document` when the
    storage has it: typed dates, search tokens; plus `_id`, `first_seen`, `last_seen`,
    `revision`), by bulk inserts (the pipeline's upserts are far slower on the test server and
    store the same documents); seconds."""
    import pymongo

    from newscrawler.storage import mongo

    to_document = getattr(mongo, "item_to_document", lambda item: mongo.sanitize(dict(item)))
    t0 = time.perf_counter()
    seen = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)
    with pymongo.MongoClient(uri, tz_aware=True) as client:
        collection = client[database]["articles"]
        batch = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                item = json.loads(line)
                batch.append({"_id": item["url"], **to_document(item), "first_seen": seen, "last_seen": seen,
                              "revision": 1})
                if len(batch) == 1000:
                    collection.insert_many(batch, ordered=False)
                    batch = []
        if batch:
            collection.insert_many(batch, ordered=False)
    return time.perf_counter() - t0


def run_report(*args: str) -> tuple[float, float, float, str]:
    """`scrapy report ARGS` in a child reaped with wait4: (seconds, its CPU seconds, peak RSS MB, stdout)."""
    t0 = time.perf_counter()
    out_file = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    err_file = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "scrapy", "report", *args], cwd=ROOT,
                            stdout=out_file, stderr=err_file)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    out_file.seek(0)
    err_file.seek(0)
    if proc.returncode != 0:
        sys.exit(f"scrapy report failed ({proc.returncode}): {err_file.read()[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out_file.read().strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--no-mongo", action="store_true", help="JSON lines only")
    ap.add_argument("--keep", type=Path, default=None, help="keep the feed and reports in this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmpdir:
        tmp = args.keep or Path(tmpdir)
        tmp.mkdir(parents=True, exist_ok=True)
        feed = tmp / "items.jsonl"
        took = generate(args.items, feed)
        print(f"generated {args.items:,} items, {feed.stat().st_size / 1e6:,.0f} MB of JSON lines, in {took:.1f} s",
              flush=True)
        seconds, cpu, rss, line = run_report(str(feed), "-o", str(tmp / "report-jsonl.html"))
        print(f"report from JSON lines: {seconds:.1f} s ({cpu:.1f} s CPU), peak RSS {rss:.0f} MB  ({line})", flush=True)
        if args.no_mongo:
            return
        server = None
        if os.environ.get("MONGO_URI"):
            uri = os.environ["MONGO_URI"]
        else:
            server, uri = start_secantus(tmp)
        database = f"bench_report_{uuid.uuid4().hex[:8]}"
        try:
            took = load_mongo(feed, uri, database)
            print(f"loaded into MongoDB ({'$MONGO_URI' if server is None else 'secantusd-py on loopback'}) "
                  f"in {took:.1f} s", flush=True)
            seconds, cpu, rss, line = run_report(uri, "-s", f"MONGO_DATABASE={database}", "-o",
                                                 str(tmp / "report-mongo.html"))
            print(f"report from MongoDB: {seconds:.1f} s ({cpu:.1f} s CPU; the rest is the server's), "
                  f"peak RSS {rss:.0f} MB  ({line})", flush=True)
        finally:
            import pymongo

            with pymongo.MongoClient(uri, serverSelectionTimeoutMS=2000) as c:
                c.drop_database(database)
            if server is not None:
                server.terminate()
                server.wait(30)


if __name__ == "__main__":
    main()
