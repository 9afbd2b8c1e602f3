"""Extraction quality on real public pages with ground truth: ours, trafilatura and readability-lxml.

    python -m evaluation.realpages [--readability PATH] [--worst N] [--only NAME,...]
    make eval-real READABILITY=PATH

The pages are mozilla/readability's (https://github.com/mozilla/readability, Apache-2.0): its
`test/test-pages/<name>/` folders hold a real page (`source.html`), the article readability.js
extracts from it (`expected.html`, reviewed by its maintainers) and its metadata
(`expected-metadata.json`: title, byline, publishedTime ...). A copy is committed under
`evaluation/real/readability/` (the HTML gzipped, with the project's LICENSE.md and NOTICE and the
commit it was taken from; read by default); PATH may instead be a checkout of the repository (a
newer one, say), and a git directory without a work tree is read with `git show`.

Extractors, every one on the same bytes and URL (`http://fakehost/test/page.html`, the URL the
test pages were saved under):
- ours:                 newscrawler.extract.extract_article(data, url): the generic path;
- trafilatura:          trafilatura.extract(data, url=url, output_format="json", with_metadata=True);
- trafilatura-precision: the same with favor_precision=True;
- readability-lxml:     readability.Document(data).summary(), and its .short_title() as title.

Metric (the same for all): the text is split into tokens, the maximal runs of word characters
(`\\w+`, Unicode), lower-cased. Per page, precision = |out ∩ truth| / |out| and recall =
|out ∩ truth| / |truth| over token multisets; F1 is their harmonic mean (0 when either is 0, and
for a page an extractor returns nothing for). The table gives the mean over the pages of each
figure. The truth is the text of `expected.html`. Titles are right when equal to the metadata
title after whitespace and case are evened out, or when that title is the extractor's with the
site's name before or after it behind a separator (`title_right`: the metadata titles are
readability.js's, which keeps "| eHow", "- Wikipedia"); dates when the calendar day of
`publishedTime` is the day the extractor gives (pages without one are left out of the date
figure). `none` counts the pages an extractor returns no text for (ours: pages it rejects as not
an article, such as a 3-word test page, or that have no title).

An evaluation, not a test: it prints figures and exits 0 unless the corpus is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newscrawler.extract import extract_article  # noqa: E402

URL = "http://fakehost/test/page.html"
PAGES = "test/test-pages"
_WORD = re.compile(r"\w+")


def tokens(text: str | None) -> list[str]:
    return _WORD.findall((text or "").lower())


def prf(got: list[str], want: list[str]) -> tuple[float, float, float]:
    if not got or not want:
        return 0.0, 0.0, 0.0
    overlap = sum((Counter(got) & Counter(want)).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    p, r = overlap / len(got), overlap / len(want)
    return p, r, 2 * p * r / (p + r)


def html_text(markup: str) -> str:
    from lxml import html as lxml_html

    from newscrawler.html import text_of

    if not markup or not markup.strip():
        return ""
    return text_of(lxml_html.fromstring(markup))


VENDORED = ROOT / "evaluation" / "real" / "readability"


class Corpus:
    """mozilla/readability's test pages: the committed copy (`VENDORED`, HTML gzipped), a checkout's
    work tree, or a git directory."""

    def __init__(self, path: Path = VENDORED):
        self.path = path
        self.tree = path / PAGES
        self.gzipped = False
        if (path / "pages").is_dir():
            self.tree, self.gzipped, self.git = path / "pages", True, None
        elif self.tree.is_dir():
            self.git = None
        elif (path / "HEAD").exists() or (path / ".git").exists():
            self.git = path
        else:
            raise SystemExit(f"evaluation.realpages: no {PAGES}/ under {path} (a checkout of mozilla/readability)")

    def names(self) -> list[str]:
        if self.git is None:
            source = "source.html.gz" if self.gzipped else "source.html"
            return sorted(p.name for p in self.tree.iterdir() if (p / source).exists())
        out = subprocess.run(["git", "--git-dir", str(self.git), "ls-tree", "--name-only", f"HEAD:{PAGES}"],
                             capture_output=True, text=True, check=True).stdout
        return sorted(out.split())

    def read(self, name: str, file: str) -> bytes | None:
        if self.git is None:
            p = self.tree / name / file
            if self.gzipped and file.endswith(".html"):
                p = p.with_name(file + ".gz")
                return gzip.decompress(p.read_bytes()) if p.exists() else None
            return p.read_bytes() if p.exists() else None
        r = subprocess.run(["git", "--git-dir", str(self.git), "show", f"HEAD:{PAGES}/{name}/{file}"],
                           capture_output=True)
        return r.stdout if r.returncode == 0 else None


def ours(data: bytes) -> dict:
    item = extract_article(data, URL)
    if not item:
        return {"title": None, "date": None, "body": ""}
    return {"title": item.get("title"), "date": item.get("published_at"), "body": item.get("body") or ""}


def _trafilatura(data: bytes, **kw) -> dict:
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = trafilatura.extract(data, url=URL, output_format="json", with_metadata=True,
                                  include_comments=False, **kw)
    if not out:
        return {"title": None, "date": None, "body": ""}
    d = json.loads(out)
    return {"title": d.get("title"), "date": d.get("date"), "body": d.get("text") or ""}


def trafilatura_default(data: bytes) -> dict:
    return _trafilatura(data)


def trafilatura_precision(data: bytes) -> dict:
    return _trafilatura(data, favor_precision=True)


def readability_lxml(data: bytes) -> dict:
    import logging

    from readability import Document

    logging.getLogger("readability").setLevel(logging.ERROR)
    try:
        doc = Document(data, url=URL)
        return {"title": doc.short_title() or None, "date": None, "body": html_text(doc.summary(html_partial=True))}
    except Exception:  # noqa: BLE001 - a peer failing on a page scores 0 there, as ours would
        return {"title": None, "date": None, "body": ""}


EXTRACTORS = {"ours": ours, "trafilatura": trafilatura_default,
              "trafilatura-precision": trafilatura_precision, "readability-lxml": readability_lxml}


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


_SEPARATOR = r"(?:\||-|–|—|::|:|_|·|»|«|@)"
_SITE_AFTER = re.compile(rf"^\s*{_SEPARATOR}\s*\S")
_SITE_BEFORE = re.compile(rf"\S\s*{_SEPARATOR}\s*$")


def title_right(got: str | None, want: str | None) -> bool:
    """Equal after whitespace and case are evened out, or the metadata title is the extractor's
    with the site's name before or after it behind a separator ("How to Build a Terrarium |
    eHow" for "How to Build a Terrarium"): the test pages' titles are readability.js's choice,
    which keeps the site name that news extractors strip."""
    got, want = _norm(got), _norm(want)
    if not got or not want:
        return False
    if got == want:
        return True
    if want.startswith(got) and _SITE_AFTER.match(want[len(got):]):
        return True
    return want.endswith(got) and bool(_SITE_BEFORE.search(want[:-len(got)]))


def _day(value: str | None) -> str | None:
    m = re.match(r"\d{4}-\d\d-\d\d", value or "")
    return m.group(0) if m else None


def evaluate(corpus: Corpus, only: set[str] | None = None, names=tuple(EXTRACTORS)) -> tuple[dict, dict]:
    """({extractor: {page: (p, r, f1, title_ok, date_ok|None, empty)}}, {extractor: seconds})"""
    results: dict = {name: {} for name in names}
    seconds: dict = {name: 0.0 for name in names}
    for page in corpus.names():
        if only and page not in only:
            continue
        data, expected = corpus.read(page, "source.html"), corpus.read(page, "expected.html")
        if data is None or expected is None:
            continue
        meta = json.loads(corpus.read(page, "expected-metadata.json") or b"{}")
        want = tokens(html_text(expected.decode("utf-8")))
        if not want:
            continue
        for name in names:
            fn = EXTRACTORS[name]
            t0 = time.perf_counter()
            got = fn(data)
            seconds[name] += time.perf_counter() - t0
            p, r, f = prf(tokens(got["body"]), want)
            title_ok = title_right(got["title"], meta.get("title"))
            day = _day(meta.get("publishedTime"))
            date_ok = None if day is None else _day(got["date"]) == day
            results[name][page] = (p, r, f, title_ok, date_ok, not got["body"].strip())
    return results, seconds


def print_table(results: dict, seconds: dict) -> None:
    print(f"{'extractor':<22} {'pages':>5} {'P':>6} {'R':>6} {'F1':>6} {'title':>7} {'date':>7} {'F1<0.5':>7} {'none':>5} {'pages/s':>8}")
    for name, pages in results.items():
        n = len(pages) or 1
        mean = [sum(v[i] for v in pages.values()) / n for i in range(3)]
        titles = sum(v[3] for v in pages.values())
        dated = [v[4] for v in pages.values() if v[4] is not None]
        low = sum(v[2] < 0.5 for v in pages.values())
        none = sum(v[5] for v in pages.values())
        rate = len(pages) / seconds[name] if seconds[name] else 0.0
        print(f"{name:<22} {len(pages):>5} {mean[0]:>6.3f} {mean[1]:>6.3f} {mean[2]:>6.3f} "
              f"{titles:>3}/{len(pages):<3} {sum(dated):>3}/{len(dated):<3} {low:>7} {none:>5} {rate:>8.1f}")


def print_worst(results: dict, n: int) -> None:
    mine = results["ours"]
    peers = [k for k in results if k != "ours"]
    print(f"\nour {n} worst pages (F1; P/R), with the peers' F1:")
    for page, v in sorted(mine.items(), key=lambda kv: kv[1][2])[:n]:
        others = "  ".join(f"{k} {results[k][page][2]:.2f}" for k in peers)
        print(f"  {page:<40} {v[2]:.3f} ({v[0]:.2f}/{v[1]:.2f})   {others}")
    bad = [p for p, v in mine.items() if v[2] < 0.5 and any(results[k][p][2] > 0.8 for k in peers)]
    print(f"pages below F1 0.5 where a peer is above 0.8: {len(bad)}" + (f" ({', '.join(bad)})" if bad else ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readability", type=Path, default=VENDORED,
                    help="a checkout (or git directory) of https://github.com/mozilla/readability "
                         "(default: the copy in evaluation/real/readability)")
    ap.add_argument("--worst", type=int, default=15, help="how many of our worst pages to list")
    ap.add_argument("--only", default="", help="comma-separated page names")
    ap.add_argument("--extractors", default=",".join(EXTRACTORS),
                    help=f"comma-separated, of {', '.join(EXTRACTORS)} (default: all)")
    args = ap.parse_args(argv)
    corpus = Corpus(args.readability)
    only = {p for p in args.only.split(",") if p} or None
    names = [n for n in args.extractors.split(",") if n]
    unknown = [n for n in names if n not in EXTRACTORS]
    if unknown or "ours" not in names:
        ap.error(f"--extractors: unknown {', '.join(unknown)}" if unknown else "--extractors must include ours")
    results, seconds = evaluate(corpus, only, names)
    print(f"mozilla/readability test pages ({args.readability}): token P/R/F1 per page, averaged")
    print_table(results, seconds)
    print_worst(results, args.worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
