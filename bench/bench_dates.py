"""Benchmark newscrawler.dates.parse_date against dateparser on the same corpus.

Run from the project root:  python bench/bench_dates.py [--reps N]

Both parsers see the same strings (bench/dates_corpus.py), in one process,
after a warm-up pass.  parse_date has no cache, so repetitions measure the
full work every time; dateparser keeps its own internal caches (language data,
compiled patterns), which the warm-up fills, as it would in a long crawl.
Accuracy compares timezone-aware instants; an expected None is right only
when the parser returns None.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from datetime import datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from bench.dates_corpus import CASES, NOW, TZ  # noqa: E402
from newscrawler.dates import parse_date  # noqa: E402


def _ours(text: str):
    return parse_date(text, now=NOW, tz=TZ)


def _make_dateparser():
    import dateparser

    settings = {
        "TIMEZONE": TZ,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "RELATIVE_BASE": NOW.replace(tzinfo=None),  # dateparser wants a naive base
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
    }

    def _theirs(text: str):
        try:
            return dateparser.parse(text, languages=["ar"], settings=settings)
        except Exception:  # count a crash as a wrong answer, do not stop the bench
            return None

    return _theirs


def _accuracy(fn, cases, failures=None):
    right = 0
    for text, expected in cases:
        got = fn(text)
        if expected is None:
            ok = got is None
        else:
            ok = isinstance(got, datetime) and got.tzinfo is not None and got == datetime.fromisoformat(expected)
        right += ok
        if not ok and failures is not None:
            failures.append((text, expected, got.isoformat() if isinstance(got, datetime) else got))
    return right


def _rate(fn, texts, reps):
    for t in texts:  # warm-up
        fn(t)
    best = 0.0
    for _ in range(reps):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        best = max(best, len(texts) / dt)
    return best


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=0, help="timed passes (default: 50 for parse_date, 3 for dateparser)")
    ap.add_argument("--show-failures", action="store_true", help="list the strings each parser gets wrong")
    ap.add_argument("--no-dateparser", action="store_true")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    texts = [t for t, _ in CASES]
    n = len(CASES)
    print(f"corpus: {n} strings ({sum(e is None for _, e in CASES)} non-dates), tz={TZ}, now={NOW.isoformat()}")

    fails_ours: list = []
    ours_right = _accuracy(_ours, CASES, fails_ours)
    ours_rate = _rate(_ours, texts, args.reps or 50)
    print(f"parse_date: {ours_rate:,.0f} strings/s, accuracy {100 * ours_right / n:.1f}% ({ours_right}/{n})  [no cache]")
    if args.show_failures:
        for f in fails_ours:
            print("  parse_date wrong:", f)

    if args.no_dateparser:
        return
    theirs = _make_dateparser()
    fails_theirs: list = []
    theirs_right = _accuracy(theirs, CASES, fails_theirs)
    theirs_rate = _rate(theirs, texts, args.reps or 3)
    print(f"dateparser: {theirs_rate:,.0f} strings/s, accuracy {100 * theirs_right / n:.1f}% ({theirs_right}/{n})")
    if args.show_failures:
        for f in fails_theirs:
            print("  dateparser wrong:", f)
    print(f"speed ratio: {ours_rate / theirs_rate:.1f}x")


if __name__ == "__main__":
    main()
