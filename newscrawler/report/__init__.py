"""`scrapy report`: what a crawl's articles say to an analyst, as one HTML page and its figures.

- `aggregate.Accumulator`: the figures, fed one item at a time (streaming; pure);
- `sources`: items from JSON lines files (malformed lines counted and skipped) or MongoDB;
- `html.render`: the self-contained page (plotly.js inlined, right to left);
- `build_report`: the three together; the command is newscrawler.commands.report.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

from newscrawler.report.aggregate import Accumulator


def build_report(sources: list, out: Path, *, zone: str, site_start: date | None, site: str,
                 now: datetime | None = None) -> dict:
    """Read every source (opened, checked: newscrawler.report.sources), write `out` (HTML) and
    `out` with `.json` beside it; return the figures. A source read error (ConfigError)
    propagates before anything is written."""
    from newscrawler.report.html import render

    acc = Accumulator(zone, site_start, now)
    for source in sources:
        for item in source.items():
            acc.add(item)
        for run in source.runs():
            acc.add_run(run)
    figures = acc.result()
    malformed = {s.name: [s.malformed, s.malformed_lines] for s in sources}
    figures["sources"] = [s.name for s in sources]
    figures["lines_read"] = sum(s.lines for s in sources)
    figures["malformed"] = sum(s.malformed for s in sources)
    figures["malformed_lines"] = {name: lines for name, (n, lines) in malformed.items() if n}
    figures["site"] = site
    page = render(figures, {"sources": figures["sources"], "malformed": malformed, "site": site})
    _write(out, page)
    _write(json_path(out), json.dumps(figures, ensure_ascii=False, indent=1) + "\n")
    return figures


def json_path(out: Path) -> Path:
    """`report.html` -> `report.json` (beside it)."""
    return out.with_suffix(".json") if out.suffix.lower() != ".json" else out.with_name(out.name + ".json")


def _write(path: Path, text: str) -> None:
    """Write whole or not at all (a temporary file renamed over the target)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
