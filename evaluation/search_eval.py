"""Precision and recall of the Arabic search (newscrawler.search) on a labelled query set.

    python -m evaluation.search_eval [--queries evaluation/search_queries.json] [--show]

The documents are the replica's articles (replica/truth.json: title and body). Labels come from
hand-written spelling patterns (see search_queries.json), never from the normaliser. A
document is retrieved when the search would return it: each query word's forms meet the
document's `search` terms (any word; every word for an `all` query), exactly what the MongoDB
filter of `newscrawler.search.search_filter` selects. Printed per query: labels, retrieved,
true positives, precision, recall; then the macro averages (mean over queries) and micro
(pooled) figures. Not a test; tests/test_search.py asserts a floor on the same numbers.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from pathlib import Path

from newscrawler.search import document_terms, query_words
from replica.build import TRUTH_FILE

QUERIES_FILE = Path(__file__).with_name("search_queries.json")
# The clitics an Arabic word may carry: (و|ف)? (ب|ك|ل)? ال? — or (و|ف)? لل (ل + ال).
CLITICS = r"(?:[وف]?[بكل]?(?:ال)?|[وف]?لل)"
LETTER = r"\u0621-\u064A\u0660-\u0669\u0671-\u06D3\w"
MARKS = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def label_pattern(stem: str) -> re.Pattern:
    return re.compile(rf"(?<![{LETTER}]){CLITICS}(?:{stem})(?![{LETTER}])")


def labels(stems: list[str], docs: dict[str, str]) -> set[str]:
    pats = [label_pattern(s) for s in stems]
    return {url for url, text in docs.items() if all(p.search(MARKS.sub("", text)) for p in pats)}


def retrieved(query: str, terms: dict[str, set[str]], require_all: bool) -> set[str]:
    words = query_words(query)
    pick = all if require_all else any
    return {url for url, t in terms.items() if pick(not t.isdisjoint(forms) for forms in words)}


@dataclass
class Score:
    query: str
    labelled: int
    retrieved: int
    hits: int

    @property
    def precision(self) -> float:
        return self.hits / self.retrieved if self.retrieved else (1.0 if not self.labelled else 0.0)

    @property
    def recall(self) -> float:
        return self.hits / self.labelled if self.labelled else 1.0


def evaluate(queries_file: Path = QUERIES_FILE, truth_file: Path = TRUTH_FILE) -> list[Score]:
    truth = json.loads(Path(truth_file).read_text(encoding="utf-8"))
    docs = {a["url"]: f"{a['title']}\n{a['body']}" for a in truth["articles"]}
    terms = {a["url"]: set(document_terms(a["title"], a["body"])) for a in truth["articles"]}
    scores = []
    for q in json.loads(Path(queries_file).read_text(encoding="utf-8"))["queries"]:
        want = labels(q["stems"], docs)
        got = retrieved(q["query"], terms, q.get("all", False))
        scores.append(Score(q["query"], len(want), len(got), len(want & got)))
    return scores


def summary(scores: list[Score]) -> dict:
    n = len(scores)
    hits, got, want = (sum(getattr(s, k) for s in scores) for k in ("hits", "retrieved", "labelled"))
    return {"queries": n, "macro_precision": sum(s.precision for s in scores) / n,
            "macro_recall": sum(s.recall for s in scores) / n,
            "micro_precision": hits / got if got else 1.0, "micro_recall": hits / want if want else 1.0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--queries", type=Path, default=QUERIES_FILE)
    args = ap.parse_args()
    scores = evaluate(args.queries)
    print(f"{'query':<18} {'labels':>6} {'found':>6} {'right':>6} {'precision':>9} {'recall':>7}")
    for s in scores:
        print(f"{s.query:<18} {s.labelled:>6} {s.retrieved:>6} {s.hits:>6} {s.precision:>9.3f} {s.recall:>7.3f}")
    m = summary(scores)
    print(f"\n{m['queries']} queries over the replica's articles: precision {m['macro_precision']:.3f}, "
          f"recall {m['macro_recall']:.3f} (mean of the queries); pooled: precision "
          f"{m['micro_precision']:.3f}, recall {m['micro_recall']:.3f}")


if __name__ == "__main__":
    main()
