"""Would a library's extraction make a better second opinion for the generic path? Measured.

    python -m evaluation.second_opinion [--readability PATH]

On mozilla/readability's real test pages (evaluation.realpages), our body is replaced by a
library's (readability-lxml, or trafilatura as its `extract` gives it) by the rule our own second
opinion follows for JSON-LD `articleBody` (newscrawler.extract.core.second_opinion), used as
trafilatura uses its fallbacks: only when ours is short (fewer than SHORT words), and only when
the library's text is LONGER times as long and holds AGREE of our words (ours a cut of it, not
other text). Printed: the mean token F1 of ours alone and with each rescue rule, and the pages a
rule changes. The library's time is spent on every page the rule looks at.
"""

from __future__ import annotations

import argparse
from collections import Counter

from evaluation.realpages import (VENDORED, Corpus, _trafilatura, html_text, ours, prf, readability_lxml,
                                  tokens)

RULES = [(short, longer, 0.8) for short in (200, 400, 800, None) for longer in (1.2, 1.5)]


def _agree(ours_words: list[str], theirs: list[str]) -> float:
    if not ours_words:
        return 1.0
    return sum((Counter(ours_words) & Counter(theirs)).values()) / len(ours_words)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--readability", default=VENDORED, help="as for evaluation.realpages")
    args = ap.parse_args(argv)
    corpus = Corpus(args.readability)
    libraries = {"readability-lxml": lambda d: readability_lxml(d)["body"],
                 "trafilatura": lambda d: _trafilatura(d)["body"]}
    rows = []
    for page in corpus.names():
        data, expected = corpus.read(page, "source.html"), corpus.read(page, "expected.html")
        if data is None or expected is None:
            continue
        want = tokens(html_text(expected.decode("utf-8")))
        if want:
            rows.append((page, want, tokens(ours(data)["body"]), {n: tokens(fn(data)) for n, fn in libraries.items()}))
    base = sum(prf(got, want)[2] for _, want, got, _ in rows) / len(rows)
    print(f"{len(rows)} pages; ours alone: F1 {base:.4f}")
    print(f"{'second opinion':<18}{'ours shorter than':>18}{'longer':>8}{'agree':>7}{'F1':>8}  pages changed (F1 before -> after)")
    for name in libraries:
        for short, longer, agree in RULES:
            total, changed = 0.0, []
            for page, want, got, theirs in rows:
                f0 = f1 = prf(got, want)[2]
                other = theirs[name]
                if ((short is None or len(got) < short) and len(other) >= longer * len(got)
                        and _agree(got, other) >= agree):
                    f1 = prf(other, want)[2]
                    if abs(f1 - f0) > 1e-9:
                        changed.append(f"{page} {f0:.2f}->{f1:.2f}")
                total += f1
            limit = f"{short} words" if short else "any length"
            print(f"{name:<18}{limit:>18}{longer:>7.1f}x{agree:>7.1f}{total / len(rows):>8.4f}  {', '.join(changed) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
