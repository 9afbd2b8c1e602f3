"""The report's figures, accumulated one item at a time (never all items in memory).

`Accumulator(zone, site_start, now)`; `add(item)` for each item (a dict with the item fields of
newscrawler.items.schema; `published_at` an ISO 8601 string or a `datetime`, as JSON lines and
MongoDB give it); `add_run(run)` for each run summary (newscrawler.runreport); `result()` gives
the figures as one JSON-ready dict (what `report.json` holds and the page draws).

What it keeps: counters per section and per day (in the site's zone), per section and day,
an hour-of-day histogram, bounded top-k counters of sources, tags and authors, a fixed-bin
histogram of body lengths, counts of missing fields, suspicious dates (in the future, before
the site existed, 1970) with a few examples, and the URLs already counted (their 64-bit hashes: an
article in several feeds counts once). Memory grows with the number of distinct days and
articles (a few dozen bytes each), not with the items' text.

Figures (Media Cloud's attention-over-time conventions): `per_day` holds every day from the
first to the last plausible publication day, the days with no article as 0 (a gap), never left
out; a date before the site started or after the report's time is suspicious and counted
apart (`dates`), not drawn on the days.
"""

from __future__ import annotations

import heapq
from collections import Counter
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

# Fields whose absence the report counts (`missing`): a None, an empty string or an empty list.
MISSING_FIELDS = ("title", "body", "published_at", "section", "authors", "source", "tags")
NO_SECTION = "(none)"          # `per_section` key of items without a section
BODY_BIN = 250                 # body-length histogram: bins of 250 characters ...
BODY_BINS = 40                 # ... up to 10,000; longer bodies fall in the last, open bin
TOP = 20                       # top sources, tags, authors shown
EXAMPLES = 10                  # example URLs kept per kind of suspicious date
AVERAGE_DAYS = 90              # the trailing average drawn over the days


class TopCounter:
    """Counts of values with memory bounded by `capacity` distinct values: past it, the rarer
    half is dropped (a Misra-Gries-style summary; `exact` says whether anything was dropped, and
    the top values of a skewed distribution survive)."""

    def __init__(self, capacity: int = 20_000):
        self.capacity, self.counts, self.exact = capacity, Counter(), True

    def add(self, value: str) -> None:
        self.counts[value] += 1
        if len(self.counts) > self.capacity:
            keep = heapq.nlargest(self.capacity // 2, self.counts.items(), key=lambda kv: kv[1])
            self.counts, self.exact = Counter(dict(keep)), False

    def top(self, n: int = TOP) -> list[list]:
        return [[k, v] for k, v in sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def _empty(value) -> bool:
    return value is None or (isinstance(value, (str, list, tuple, dict)) and not (
        value.strip() if isinstance(value, str) else value))


def to_datetime(value, zone: tzinfo) -> datetime | None:
    """An aware datetime from an item's date: an ISO 8601 string (without an offset: wall-clock
    time in `zone`, as the crawler reads dates), or a datetime (naive: UTC, as BSON dates come
    back). None for anything else or what does not parse."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=zone)
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=zone)


def _strings(value) -> list[str]:
    if not value:
        return []
    if isinstance(value, str):
        value = [value]
    elif not isinstance(value, (list, tuple)):
        return []
    return [v.strip() for v in value if isinstance(v, str) and v and not v.isspace()]


class Accumulator:
    """See the module doc. `zone`: IANA name of the site's zone; `site_start`: the first day the
    site can have published (a date; None: no check); `now`: the report's time (aware)."""

    def __init__(self, zone: str = "UTC", site_start: date | None = None, now: datetime | None = None):
        self.zone_name, self.zone = zone, ZoneInfo(zone)
        self.site_start = site_start
        self.now = now or datetime.now(timezone.utc)
        self.today = self.now.astimezone(self.zone).date()
        self.total = 0
        self.duplicates = 0
        self.per_section: Counter = Counter()
        self.per_day: Counter = Counter()                 # date -> count (plausible dates only)
        self.section_day: dict[str, Counter] = {}
        self.hours = [0] * 24
        self.weekdays = [0] * 7                           # Monday = 0
        self.sources, self.tags, self.authors = TopCounter(), TopCounter(), TopCounter()
        self.missing: Counter = Counter({f: 0 for f in MISSING_FIELDS})
        self.body_bins = [0] * (BODY_BINS + 1)
        self.body_sum = 0
        self.body_min: int | None = None
        self.body_max = 0
        self.dates = Counter({"ok": 0, "missing": 0, "unparsed": 0, "future": 0, "before_site": 0, "epoch": 0})
        self.examples: dict[str, list] = {"unparsed": [], "future": [], "before_site": [], "epoch": []}
        self.seen: set[int] = set()
        self.runs: list[dict] = []

    # --- items --------------------------------------------------------------------------
    def add(self, item: dict) -> None:
        get = item.get
        url = get("url")
        if isinstance(url, str) and url:
            key = hash(url)   # 64 bits: two of a million URLs collide with odds of one in 10^7
            if key in self.seen:
                self.duplicates += 1
                return
            self.seen.add(key)
        self.total += 1
        missing = self.missing
        for f in MISSING_FIELDS:
            v = get(f)
            if not v or (v.__class__ is str and v.isspace()):
                missing[f] += 1
        section = item.get("section")
        section = section.strip() if isinstance(section, str) and section.strip() else NO_SECTION
        self.per_section[section] += 1
        for s in _strings(item.get("source")):
            self.sources.add(s)
        for t in _strings(item.get("tags")):
            self.tags.add(t)
        for a in _strings(item.get("authors")):
            self.authors.add(a)
        body = item.get("body")
        n = len(body) if isinstance(body, str) else 0
        self.body_bins[min(n // BODY_BIN, BODY_BINS)] += 1
        self.body_sum += n
        self.body_min = n if self.body_min is None else min(self.body_min, n)
        self.body_max = max(self.body_max, n)
        self._date(item.get("published_at"), section, url)

    def _date(self, raw, section: str, url) -> None:
        if _empty(raw):
            self.dates["missing"] += 1
            return
        dt = to_datetime(raw, self.zone)
        if dt is None:
            return self._suspicious("unparsed", raw, url)
        try:
            local = dt.astimezone(self.zone)
            utc_year = dt.astimezone(timezone.utc).year
        except OverflowError:  # year 1 or 9999, past the calendar's edge in another zone
            if dt.year < 1970:
                return self._suspicious("before_site" if self.site_start is not None else "unparsed", dt, url)
            return self._suspicious("future", dt, url)
        day = local.date()
        if day.year == 1970 or utc_year == 1970:
            return self._suspicious("epoch", local, url)
        if self.site_start is not None and day < self.site_start:
            return self._suspicious("before_site", local, url)
        if dt > self.now:
            return self._suspicious("future", local, url)
        self.dates["ok"] += 1
        self.per_day[day] += 1
        self.section_day.setdefault(section, Counter())[day] += 1
        self.hours[local.hour] += 1
        self.weekdays[local.weekday()] += 1

    def _suspicious(self, kind: str, when, url) -> None:
        self.dates[kind] += 1
        if len(self.examples[kind]) < EXAMPLES:
            self.examples[kind].append({"url": url, "published_at": when.isoformat() if isinstance(when, datetime)
                                        else str(when)[:100]})

    # --- runs ---------------------------------------------------------------------------
    def add_run(self, run: dict) -> None:
        """One run summary (a `<feed>.summary.json`, or a `runs` document), with `finished_at`
        (ISO string or datetime) when known."""
        failures = run.get("failures") if isinstance(run.get("failures"), dict) else {}
        finished = run.get("finished_at")
        if isinstance(finished, datetime):
            finished = (finished if finished.tzinfo else finished.replace(tzinfo=timezone.utc)).isoformat()
        self.runs.append({
            "finished_at": finished if isinstance(finished, str) else None,
            "spider": run.get("spider"),
            "items": run.get("items") if isinstance(run.get("items"), int) else 0,
            "failures": sum(v for v in failures.values() if isinstance(v, (int, float))),
            "seconds": run.get("seconds") if isinstance(run.get("seconds"), (int, float)) else None,
            "exit_status": run.get("exit_status"),
            "healthy": run.get("healthy"),
            "failed_checks": [c for c in run.get("failed_checks") or [] if isinstance(c, str)][:5],
            "where": run.get("where"),
        })

    # --- figures ------------------------------------------------------------------------
    def result(self) -> dict:
        days = []
        if self.per_day:
            first, last = min(self.per_day), max(self.per_day)
            days = [first + timedelta(n) for n in range((last - first).days + 1)]
        per_day = {d.isoformat(): self.per_day.get(d, 0) for d in days}
        counts = list(per_day.values())
        average, window = [], 0
        for i, c in enumerate(counts):   # trailing 90-day average (fewer days at the start)
            window += c - (counts[i - AVERAGE_DAYS] if i >= AVERAGE_DAYS else 0)
            average.append(round(window / min(i + 1, AVERAGE_DAYS), 3))
        gaps, start = [], None
        for d, c in list(per_day.items()) + [("", 1)]:
            if c == 0 and start is None:
                start = prev = d
            elif c == 0:
                prev = d
            elif start is not None:
                gaps.append({"from": start, "to": prev,
                             "days": (date.fromisoformat(prev) - date.fromisoformat(start)).days + 1})
                start = None
        sections = [s for s, _ in sorted(self.per_section.items(), key=lambda kv: (-kv[1], kv[0]))]
        per_section_day = {s: {d.isoformat(): self.section_day.get(s, {}).get(d, 0) for d in days}
                           for s in sections if s in self.section_day}
        body_count = self.total
        return {
            "total": self.total,
            "duplicates_skipped": self.duplicates,
            "timezone": self.zone_name,
            "site_start": self.site_start.isoformat() if self.site_start else None,
            "generated_at": self.now.isoformat(timespec="seconds"),
            "first_day": days[0].isoformat() if days else None,
            "last_day": days[-1].isoformat() if days else None,
            "per_section": {s: self.per_section[s] for s in sections},
            "per_day": per_day,
            "average_90d": dict(zip(per_day, average)),
            "per_section_day": per_section_day,
            "gap_days": sum(g["days"] for g in gaps),
            "gaps": gaps,
            "hours": self.hours,
            "weekdays": self.weekdays,
            "top_sources": self.sources.top(),
            "top_tags": self.tags.top(),
            "top_authors": self.authors.top(),
            "distinct": {"sources": len(self.sources.counts), "tags": len(self.tags.counts),
                         "authors": len(self.authors.counts),
                         "exact": self.sources.exact and self.tags.exact and self.authors.exact},
            "missing": dict(self.missing),
            "missing_share": {f: round(v / self.total, 4) if self.total else 0.0 for f, v in self.missing.items()},
            "body_length": {
                "bin_chars": BODY_BIN,
                "bins": [{"from": i * BODY_BIN, "to": (i + 1) * BODY_BIN if i < BODY_BINS else None, "count": c}
                         for i, c in enumerate(self.body_bins)],
                "min": self.body_min or 0, "max": self.body_max,
                "mean": round(self.body_sum / body_count, 1) if body_count else 0,
                "median_bin": _median_bin(self.body_bins, body_count),
            },
            "dates": dict(self.dates),
            "suspicious": {k: self.dates[k] for k in ("future", "before_site", "epoch", "unparsed")},
            "suspicious_examples": self.examples,
            "runs": sorted(self.runs, key=lambda r: r["finished_at"] or ""),
        }


def _median_bin(bins: list[int], total: int) -> int | None:
    """The lower edge (characters) of the bin holding the median body length."""
    seen = 0
    for i, c in enumerate(bins):
        seen += c
        if total and seen * 2 >= total:
            return i * BODY_BIN
    return None
