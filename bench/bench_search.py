"""Arabic search speed: queries/s over 100,000 generated article documents on the test server.

    python bench/bench_search.py [--docs 100000] [--words 120] [--seconds 5] [--batch 2000]

MongoDB is the suite's secantusd-py (pip package secantusdb, test-only), started here on a
free loopback port with a temporary storage dir, or the server in $MONGO_URI when set (a
throwaway database is used and dropped). Documents are generated from the replica's
vocabulary (newscrawler.storage.mongo.item_to_document: typed dates, `search` terms; title 8
words, body --words words drawn Zipf-like, spelling variants as the site writes them), bulk
inserted, then the indexes are built (storage.mongo.INDEXES). Each query is then run for
--seconds with `newscrawler.search.search` (limit 20): an indexed `$in` per query word
returning `_id` and `published_at`, ranking here, then the 20 hits read; and with the
documented aggregation (`search_pipeline`). Printed: documents matched, queries/s, ms a query.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_mongo import start_secantus  # noqa: E402

from newscrawler.search import search, search_pipeline  # noqa: E402
from newscrawler.storage.mongo import INDEXES, item_to_document  # noqa: E402
from replica.build import TRUTH_FILE  # noqa: E402

QUERIES = ["الاسد", "المدرسه", "دمشق", "وزير الخارجية", "الأسد دمشق", "مستشفى", "اللاجئين السوريين"]


def vocabulary() -> list[str]:
    truth = json.loads(TRUTH_FILE.read_text(encoding="utf-8"))
    vocab = []
    for a in truth["articles"]:
        vocab.extend(f"{a['title']} {a['body']}".split())
    seen = list(dict.fromkeys(w.strip(".,،؛:!?()«»\"'") for w in vocab))
    return [w for w in seen if w]


def generate(n: int, body_words: int, seed: int = 7):
    rng = random.Random(seed)
    vocab = vocabulary()
    extra = ["الأسد", "الاسد", "بالأسد", "مدرسة", "المدرسة", "بمدرسة", "مستشفى", "المستشفي", "دمشق", "وزير", "الخارجية"]
    weights = [1 / (i + 1) for i in range(len(vocab))]  # Zipf-like: the replica's first words commonest
    start = datetime(2020, 1, 1, tzinfo=timezone.utc)
    sections = ["أخبار", "سياسة", "اقتصاد", "رأي", "تقارير"]
    for i in range(n):
        title = " ".join(rng.choices(vocab, weights, k=8))
        body = rng.choices(vocab, weights, k=body_words)
        if rng.random() < 0.05:
            body[rng.randrange(len(body))] = rng.choice(extra)
        published = start + timedelta(minutes=37 * i)
        item = {"url": f"https://thelevantnews.com/article/bench-{i}", "title": title, "body": " ".join(body),
                "published_at": published.astimezone(timezone(timedelta(hours=1))).isoformat(timespec="seconds"),
                "modified_at": None, "section": rng.choice(sections), "tags": [rng.choice(vocab)], "authors": [],
                "source": None, "images": [], "read_also": [], "language": "ar",
                "crawled_at": published.isoformat(timespec="seconds"), "content_hash": f"h{i}", "revision": 1}
        doc = item_to_document(item)
        doc["_id"] = item["url"]
        doc["first_seen"] = doc["last_seen"] = published
        yield doc


def rate(fn, seconds: float) -> tuple[float, int]:
    n, t0 = 0, time.perf_counter()
    result = fn()
    n += 1
    while time.perf_counter() - t0 < seconds:
        fn()
        n += 1
    return n / (time.perf_counter() - t0), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--words", type=int, default=120)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--batch", type=int, default=2000)
    ap.add_argument("--index-first", action="store_true", help="create the indexes before inserting")
    args = ap.parse_args()

    import pymongo

    tmp = Path(tempfile.mkdtemp(prefix="bench-search-"))
    proc, uri = (None, os.environ["MONGO_URI"]) if os.environ.get("MONGO_URI") else start_secantus(tmp)
    client = pymongo.MongoClient(uri, tz_aware=True)
    name = f"bench_search_{uuid.uuid4().hex[:8]}"
    coll = client[name].articles
    try:
        def make_indexes():
            for idx, (keys, unique) in INDEXES.items():
                coll.create_index(keys, name=idx, unique=unique)

        if args.index_first:
            make_indexes()
        t0 = time.perf_counter()
        batch, terms = [], 0
        for doc in generate(args.docs, args.words):
            terms += len(doc["search"])
            batch.append(doc)
            if len(batch) >= args.batch:
                coll.insert_many(batch, ordered=False)
                batch = []
        if batch:
            coll.insert_many(batch, ordered=False)
        t_insert = time.perf_counter() - t0
        t0 = time.perf_counter()
        if not args.index_first:
            make_indexes()
        t_index = time.perf_counter() - t0
        server = "MONGO_URI server" if proc is None else "secantusd-py"
        print(f"{args.docs:,} documents ({terms / args.docs:.0f} search terms each) on {server}: "
              f"inserted in {t_insert:.0f} s, indexes built in {t_index:.0f} s")
        print(f"{'query':<22} {'matched':>8} {'search() q/s':>13} {'ms':>7} {'aggregate q/s':>14} {'ms':>7}")
        for q in QUERIES:
            qps, hits = rate(lambda: search(coll, q, limit=20), args.seconds)
            pipe = search_pipeline(q, limit=20)
            matched = coll.count_documents(pipe[0]["$match"])
            aqps, _ = rate(lambda: list(coll.aggregate(pipe)), args.seconds)
            print(f"{q:<22} {matched:>8,} {qps:>13.1f} {1000 / qps:>7.1f} {aqps:>14.1f} {1000 / aqps:>7.1f}")
    finally:
        if proc is None:  # someone's server: drop the throwaway database (ours goes with its storage dir)
            client.drop_database(name)
        client.close()
        if proc is not None:
            proc.terminate()
            proc.wait(30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
