"""Revisits: an incremental run fetches stored articles again on a schedule, to catch edits.

One setting, NEWSCRAWLER_REVISIT: ages after publication, comma-separated, each a whole number
and a unit (`m` minutes, `h` hours, `d` days, `w` weeks). The default, "1h,1d,7d" (GDELT's),
fetches an article again 1 hour, 1 day and 7 days after it was published; "" or "off": never.

An article is *due* when a point of its schedule (reference + age) has passed and its last
fetch was before that point. The reference is its `published_at`, or, without one, its first
fetch. So each point causes at most one fetch, and an article fetched long after publication
(a first crawl of an archive) is due at no point already behind it.

What is known of a stored article (`Stored`) comes from the state file (its lines carry
`published_at=`, `first_seen=`, `last_seen=`, `content_hash=`, `revision=` fields; lines of
older versions hold URLs only and are never due) or from MongoDB's documents (the same names).
The requests, the comparison of the content and the bookkeeping are in
newscrawler.fetch.incremental (`IncrementalMiddleware`); this module is the pure part.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from newscrawler.errors import ConfigError

DEFAULT = "1h,1d,7d"
OFF = ("", "off", "none", "no", "false", "0")
UNITS = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
_AGE = re.compile(r"\s*(\d{1,6})\s*([mhdw])\s*", re.I)
META = "newscrawler_revisit"  # Request.meta: the request fetches a stored article again


def parse_schedule(value) -> tuple[timedelta, ...]:
    """The ages of NEWSCRAWLER_REVISIT, ascending, without repeats; () = revisits off.
    ConfigError names the bad part."""
    if value is None or value is False:
        return ()
    parts = [str(p) for p in value] if isinstance(value, (list, tuple)) else str(value).split(",")
    if len(parts) == 1 and parts[0].strip().lower() in OFF:
        return ()
    ages = set()
    for part in parts:
        m = _AGE.fullmatch(part)
        if not m or int(m.group(1)) == 0:
            raise ConfigError(f"NEWSCRAWLER_REVISIT must be ages after publication such as {DEFAULT!r} "
                              f"(a whole number > 0 and m, h, d or w, comma-separated) or 'off', got {value!r}")
        ages.add(int(m.group(1)) * UNITS[m.group(2).lower()])
    return tuple(sorted(ages))


def schedule_from_settings(settings) -> tuple[timedelta, ...]:
    return parse_schedule(settings.get("NEWSCRAWLER_REVISIT", DEFAULT))


def check_revisit(settings) -> None:
    """Before the crawl: NEWSCRAWLER_REVISIT parses (ConfigError otherwise)."""
    schedule_from_settings(settings)


def parse_time(value) -> datetime | None:
    """An aware UTC datetime from an ISO 8601 string or a datetime (naive: UTC); None if not one."""
    if isinstance(value, str) and value.strip():
        try:
            value = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
    if not isinstance(value, datetime):
        return None
    return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def iso(dt: datetime | None) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="seconds") if dt is not None else ""


@dataclass(frozen=True)
class Stored:
    """What a revisit needs to know of a stored article."""

    published_at: datetime | None = None
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    content_hash: str | None = None
    revision: int = 1

    @classmethod
    def of(cls, published_at=None, first_seen=None, last_seen=None, content_hash=None, revision=None) -> "Stored":
        try:
            rev = max(1, int(revision)) if revision not in (None, "") else 1
        except (TypeError, ValueError):
            rev = 1
        first, last = parse_time(first_seen), parse_time(last_seen)
        return cls(parse_time(published_at), first or last, last or first, content_hash or None, rev)


def due_point(stored: Stored, schedule, now: datetime) -> datetime | None:
    """The latest point of the schedule that has passed and that the article's last fetch is
    before (it is due for it), else None. Reference: `published_at`, else the first fetch."""
    reference = stored.published_at or stored.first_seen
    if not schedule or reference is None or stored.last_seen is None or stored.content_hash is None:
        return None
    passed = [reference + age for age in schedule if reference + age <= now]
    if passed and stored.last_seen < passed[-1]:
        return passed[-1]
    return None


def due(records: dict, schedule, now: datetime | None = None) -> list[str]:
    """The URLs of `records` (URL -> Stored) that are due, the longest waiting first."""
    now = now or datetime.now(timezone.utc)
    points = [(point, url) for url, stored in records.items() if (point := due_point(stored, schedule, now))]
    return [url for _, url in sorted(points)]


def fresh_hash(item, source_line=None) -> str:
    """The `content_hash` the item pipelines will give the item (the same steps, on a copy)."""
    from newscrawler.items.steps import content_hash, normalise_item_text, strip_chrome_item

    data = {key: item.get(key) for key in ("title", "body", "section", "source", "published_at_raw")}
    data["images"] = copy.deepcopy(list(item.get("images") or []))
    return content_hash(strip_chrome_item(normalise_item_text(data), source_line))
