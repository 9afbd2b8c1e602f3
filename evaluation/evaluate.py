"""Extraction quality on the evaluation corpus: our extractor against trafilatura, same pages.

    python -m evaluation.evaluate [--corpus {main,heldout}] [--show-failures] [--style STYLE]
    make eval     (both corpora: main first, then held-out)

Corpora: `main` is evaluation/truth.json (the corpus the extractor was tuned on); `heldout` is
evaluation/heldout/truth.json (written without looking at the extractor, never tuned on).

For every page in the truth file both extractors get the page's saved bytes and its URL:
- ours:        newscrawler.extract.extract_article(data, url, tz=<the site's zone>) — the zone a
               user gives `scrapy crawl news -s NEWSCRAWLER_TIMEZONE=...` for that site; it only
               decides how a date printed without an offset is read
- trafilatura: trafilatura.extract(data, url=url, output_format="json", with_metadata=True,
               include_comments=False), its JSON `title`, `date` and `text`.

Measures, per style and overall:
- title: exact match after the project's text normalisation (newscrawler.items.text: NBSP -> space,
  invisible characters removed, spaces collapsed);
- date: ours must give the same instant as the truth (aware datetimes compared). trafilatura
  returns a calendar date without a time (`YYYY-MM-DD`), so it is counted right when that is the
  truth's calendar date in the page's own zone (`timezone` in the truth) - a weaker test;
  the `day` column applies that weaker test to both, for a like-for-like comparison;
- body: tokens are the whitespace-separated words of the normalised text; precision, recall and F1
  over token multisets, micro-averaged over the pages (sums of overlaps and of lengths), plus the
  mean of the per-page F1 (`mF1`). A page an extractor returns nothing for counts as empty output.

Pages whose truth has `"article": false` (listings: category, tag, section pages) are not
articles: an extractor is right on them when it returns nothing or no title (`rej`, correct
rejections over non-article pages). They are left out of the title, date and body figures, which
are over the article pages only; `pages` counts both. The `rej` column is printed only for a
corpus that has such pages (the main corpus has none, so its table is unchanged).

This is an evaluation, not a test: it prints figures and always exits 0 unless the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newscrawler.extract import extract_article  # noqa: E402
from newscrawler.items.text import normalise_line, normalise_text  # noqa: E402

HERE = Path(__file__).resolve().parent
TRUTH_FILE = HERE / "truth.json"
CORPORA = {"main": HERE, "heldout": HERE / "heldout"}
CORPUS_LABEL = {"main": "evaluation corpus", "heldout": "held-out corpus"}
F1_MISS = 0.97   # --show-failures lists pages whose body F1 is below this


def tokens(text: str | None) -> list[str]:
    return (normalise_text(text) or "").split()


def ours(data: bytes, url: str, tz: str | None = None) -> dict:
    item = extract_article(data, url, tz=tz)
    if not item:
        return {"title": None, "date": None, "body": ""}
    return {"title": item.get("title"), "date": item.get("published_at"), "body": item.get("body") or ""}


def theirs(data: bytes, url: str) -> dict:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = trafilatura.extract(data, url=url, output_format="json", with_metadata=True, include_comments=False)
    if not out:
        return {"title": None, "date": None, "body": ""}
    doc = json.loads(out)
    return {"title": doc.get("title"), "date": doc.get("date"), "body": doc.get("text") or ""}


def date_right(got: str | None, truth: dict, *, calendar_day: bool) -> bool:
    want = truth["published_at"]
    if want is None:
        return got is None
    if not got:
        return False
    want_dt = datetime.fromisoformat(want)
    zone = ZoneInfo(truth["timezone"])
    if calendar_day and len(got) == 10:  # trafilatura: YYYY-MM-DD, the truth's day in the site's zone
        return got == want_dt.astimezone(zone).date().isoformat()
    try:
        got_dt = datetime.fromisoformat(got)
    except ValueError:
        return False
    if got_dt.tzinfo is None:
        return False
    if calendar_day:
        return got_dt.astimezone(zone).date() == want_dt.astimezone(zone).date()
    return got_dt == want_dt


@dataclass
class Score:
    pages: int = 0
    titles: int = 0
    dates: int = 0
    days: int = 0
    overlap: int = 0
    predicted: int = 0
    expected: int = 0
    f1s: list[float] = field(default_factory=list)
    nonarticles: int = 0
    rejected: int = 0

    def add_nonarticle(self, rejected: bool) -> None:
        self.nonarticles += 1
        self.rejected += rejected

    def add(self, title_ok: bool, date_ok: bool, got: list[str], want: list[str], day_ok: bool | None = None) -> float:
        common = sum((Counter(got) & Counter(want)).values())
        p = common / len(got) if got else 0.0
        r = common / len(want) if want else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        self.pages += 1
        self.titles += title_ok
        self.dates += date_ok
        self.days += date_ok if day_ok is None else day_ok
        self.overlap += common
        self.predicted += len(got)
        self.expected += len(want)
        self.f1s.append(f1)
        return f1

    def rejection(self) -> float | None:
        return self.rejected / self.nonarticles if self.nonarticles else None

    def row(self) -> tuple:
        p = self.overlap / self.predicted if self.predicted else 0.0
        r = self.overlap / self.expected if self.expected else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mf1 = sum(self.f1s) / len(self.f1s) if self.f1s else 0.0
        n = self.pages or 1
        return (self.titles / n, self.dates / n, self.days / n, p, r, f1, mf1)


def evaluate(truth: dict, style: str | None = None, base: Path = HERE):
    scores: dict[tuple[str, str], Score] = {}
    failures = []
    for t in truth["pages"]:
        if style and t["style"] != style:
            continue
        data = (base / t["file"]).read_bytes()
        if t.get("article", True) is False:
            for name, fn in (("ours", lambda d, u: ours(d, u, t["timezone"])), ("trafilatura", theirs)):
                got = fn(data, t["url"])
                # ours: nothing returned (an item without a title still counts as taken);
                # trafilatura, which extracts text from any page: nothing or no title
                rejected = (not got["body"].strip() if name == "ours"
                            else not normalise_line(got["title"] or ""))
                for key in (t["style"], "all"):
                    scores.setdefault((name, key), Score()).add_nonarticle(rejected)
                if name == "ours" and not rejected:
                    failures.append((t, got, False, True, 1.0, tokens(got["body"]), []))
            continue
        want_title = normalise_line(t["title"])
        want_body = tokens(t["body"])
        for name, fn in (("ours", lambda d, u: ours(d, u, t["timezone"])), ("trafilatura", theirs)):
            got = fn(data, t["url"])
            title_ok = normalise_line(got["title"]) == want_title
            date_ok = date_right(got["date"], t, calendar_day=name == "trafilatura")
            day_ok = date_right(got["date"], t, calendar_day=True)
            got_body = tokens(got["body"])
            for key in (t["style"], "all"):
                f1 = scores.setdefault((name, key), Score()).add(title_ok, date_ok, got_body, want_body, day_ok)
            if name == "ours" and (not title_ok or not date_ok or f1 < F1_MISS):
                failures.append((t, got, title_ok, date_ok, f1, got_body, want_body))
    return scores, failures


def print_table(scores, styles) -> None:
    with_rej = any(s.nonarticles for s in scores.values())
    print(f"{'style':<12}{'pages':>6}  {'extractor':<12}{'title':>7}{'date':>7}{'day':>7}{'P':>7}{'R':>7}{'F1':>7}{'mF1':>7}"
          + (f"{'rej':>7}" if with_rej else ""))
    for st in list(styles) + ["all"]:
        for name in ("ours", "trafilatura"):
            s = scores.get((name, st))
            if s is None:
                continue
            t, d, day, p, r, f1, mf1 = s.row()
            label = st if name == "ours" else ""
            pages = str(s.pages + s.nonarticles) if name == "ours" else ""
            rej = s.rejection()
            extra = (f"{rej:>7.1%}" if rej is not None else f"{'-':>7}") if with_rej else ""
            print(f"{label:<12}{pages:>6}  {name:<12}{t:>7.1%}{d:>7.1%}{day:>7.1%}{p:>7.3f}{r:>7.3f}{f1:>7.3f}{mf1:>7.3f}"
                  + extra)


def _sample(tokens_: Counter, n: int = 12) -> str:
    words = list(tokens_.elements())[:n]
    return " ".join(words) + (" …" if sum(tokens_.values()) > n else "")


def print_failures(failures) -> None:
    print(f"\npages where ours misses (title, date, or body F1 < {F1_MISS}): {len(failures)}")
    for t, got, title_ok, date_ok, f1, got_body, want_body in failures:
        print(f"- {t['id']}  [{t['style']}, date from {t['date_from']}, zone {t['timezone']}]  {t['url']}")
        if t.get("article", True) is False:
            print(f"    not an article, but got title {got['title']!r}, date {got['date']}, {len(got_body)} body tokens")
            continue
        if not title_ok:
            print(f"    title: got {got['title']!r}\n           want {t['title']!r}")
        if not date_ok:
            print(f"    date:  got {got['date']}, want {t['published_at']}")
        if f1 < F1_MISS:
            extra = Counter(got_body) - Counter(want_body)
            missing = Counter(want_body) - Counter(got_body)
            print(f"    body:  F1 {f1:.3f}; extra {sum(extra.values())} tokens: {_sample(extra)}")
            if missing:
                print(f"           missing {sum(missing.values())} tokens: {_sample(missing)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Extraction quality: ours vs trafilatura on evaluation/truth.json")
    ap.add_argument("--show-failures", action="store_true", help="list the pages where our extractor misses")
    ap.add_argument("--style", help="only pages of this style")
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="main",
                    help="main: evaluation/ (tuned on); heldout: evaluation/heldout/ (never tuned on)")
    args = ap.parse_args(argv)
    base = CORPORA[args.corpus]
    truth_file = base / "truth.json"
    if not truth_file.exists():
        module = "evaluation.corpus" if args.corpus == "main" else "evaluation.heldout.corpus"
        print(f"error: {truth_file.relative_to(ROOT)} is missing; run python -m {module}", file=sys.stderr)
        return 2
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    import trafilatura

    styles = list(dict.fromkeys(p["style"] for p in truth["pages"] if not args.style or p["style"] == args.style))
    if not styles:
        print(f"{CORPUS_LABEL[args.corpus]}: no pages of style {args.style!r}")
        return 0
    scores, failures = evaluate(truth, args.style, base)
    s_all = scores[("ours", "all")]
    print(f"{CORPUS_LABEL[args.corpus]}: {s_all.pages + s_all.nonarticles} pages"
          + (f" ({s_all.pages} articles, {s_all.nonarticles} non-articles)" if s_all.nonarticles else "")
          + f", {len(styles)} styles; trafilatura {trafilatura.__version__}")
    print_table(scores, styles)
    print("title = exact match; date = same instant (trafilatura, which gives no time: same calendar day in the\n"
          "site's zone); day = same calendar day in the site's zone, for both; P/R/F1 = body tokens\n"
          "micro-averaged over pages; mF1 = mean per-page F1.")
    if s_all.nonarticles:
        print("title/date/day/P/R/F1/mF1 are over the article pages; rej = non-article pages (listings) for which\n"
              "ours returned nothing (trafilatura: nothing or no title).")
    if args.show_failures:
        print_failures(failures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
