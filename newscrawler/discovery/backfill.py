"""Archive backfill by date: `-a since=YYYY-MM-DD` and `-a until=YYYY-MM-DD` (either alone).

Days are read in the site's zone and are inclusive. What decides, before a page is fetched:

1. a publication date the link came with (a news sitemap's `publication_date`, a feed item's
   `pubDate`/`published`);
2. a date in the URL, as extraction reads it (the site profile's `url_date`, e.g. levant's
   `...june-6,-2024,-9:35-am`, or a `/2024/06/06/` path);
3. a sitemap's `lastmod` (or a feed's `updated`): an article is seldom modified before it is
   published, so a lastmod more than two days (`SLACK`: a UTC day, a post scheduled after its
   last edit) before `since` rules it out; a later one decides nothing. A sitemap an index
   lists is skipped the same way, or when its name is a month (and only a month) outside the
   range by more than the slack (`sitemaps/2024-06.xml`).

With sitemaps on (the default), a backfill goes by them: the home page's navigation is held
until the sitemaps are read and followed only if they listed no article (a site without
sitemaps is paged through its listings).

A link that none of these places out of the range is fetched. After extraction the item's own
`published_at` decides (`DateRangePipeline`): an item outside the range, or with no date at all,
is not stored (stats `newscrawler/backfill/out_of_range_fetched`, `.../undated`); links ruled
out before fetching are counted as `newscrawler/backfill/skipped`. A listing page whose article
links all carry dates before `since` is the last page of its listing that is followed (listings
run newest first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.exceptions import DropItem

from newscrawler.dates import parse_date
from newscrawler.extract import generic
from newscrawler.errors import ConfigError
from newscrawler.sites import SiteProfile
from newscrawler.urls import URL_CACHE

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A month in a sitemap's name (its last path segment, or the folder before it) or query.
# Only a name that is a month and nothing more after it: `2024-06.xml`, `sitemap-2024_06.xml.gz`,
# `/2024/06.xml`, `?yyyy=2024&mm=06`; `sitemap-2024-06-15.xml` or a range decides nothing.
_MONTH = re.compile(r"(?:(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[-_/](?P<m>0[1-9]|1[0-2])(?:\.xml)?(?:\.gz)?$)"
                    r"|(?:^yyyy=(?P<qy>(?:19|20)[0-9]{2})&mm=(?P<qm>0?[1-9]|1[0-2])$)")
# Slack for what may be written in another zone than the site's (a UTC day, a UTC month), or
# a little before publication (a post scheduled after its last edit).
SLACK = timedelta(days=2)


def parse_day(value: str | None, name: str) -> date | None:
    """A `-a since=`/`-a until=` value: None when absent; ConfigError for anything but a real
    YYYY-MM-DD day."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        if not _DAY.fullmatch(text):
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"-a {name}= must be a day as YYYY-MM-DD, got {text!r}") from None


@dataclass(frozen=True)
class DateRange:
    since: date | None
    until: date | None
    zone: ZoneInfo

    @classmethod
    def from_args(cls, since: str | None, until: str | None, timezone: str) -> "DateRange | None":
        start, end = parse_day(since, "since"), parse_day(until, "until")
        if start is None and end is None:
            return None
        if start is not None and end is not None and start > end:
            raise ConfigError(f"-a since={start} is after -a until={end}")
        return cls(start, end, ZoneInfo(timezone))

    def day(self, dt: datetime) -> date:
        return dt.astimezone(self.zone).date() if dt.tzinfo is not None else dt.date()

    def holds(self, dt: datetime) -> bool:
        d = self.day(dt)
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)

    def before(self, dt: datetime) -> bool:
        return self.since is not None and self.day(dt) < self.since

    def long_before(self, dt: datetime) -> bool:
        """Before `since` by more than the slack: what a lastmod (maybe a UTC day, maybe set
        before a scheduled publication) can rule out."""
        return self.since is not None and self.day(dt) + SLACK < self.since

    def rules_out(self, url: str, profile: SiteProfile, published: datetime | None = None,
                  modified: datetime | None = None) -> bool:
        """Whether a link is surely outside the range, before fetching it (see module doc)."""
        when = published or url_date(url, profile)
        if when is not None:
            return not self.holds(when)
        return modified is not None and self.long_before(modified)

    def rules_out_sitemap(self, url: str, modified: datetime | None = None) -> bool:
        """Whether a sitemap an index lists holds no article of the range: last modified before
        `since`, or named after a month outside the range (`2024-06.xml`, `sitemap-2024_06.xml`,
        `/2024/06.xml`, `?yyyy=2024&mm=06`)."""
        if modified is not None and self.long_before(modified):
            return True
        parts = urlsplit(url)
        m = _MONTH.search(parts.path) or _MONTH.search(parts.query.lower())
        if m is None:
            return False
        year, month = int(m["y"] or m["qy"]), int(m["m"] or m["qm"])
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return ((self.since is not None and last + SLACK < self.since)
                or (self.until is not None and first - SLACK > self.until))

    def __str__(self) -> str:
        return f"{self.since or '…'} to {self.until or '…'}"


@lru_cache(maxsize=URL_CACHE)
def url_date(url: str, profile: SiteProfile) -> datetime | None:
    """The publication date a URL carries: the profile's glued timestamp, else a /YYYY/MM/DD/ path."""
    raw = profile.url_date(url) or generic.url_date(url)  # the same URL dates extraction reads
    if not raw:
        return None
    try:
        return parse_date(raw, tz=profile.timezone)
    except ValueError:
        return None


def listing_exhausted(urls, rng: DateRange, profile: SiteProfile) -> bool:
    """Whether a listing page's articles all carry dates before `since` (its next pages are older)."""
    if rng.since is None:
        return False
    dates = [url_date(u, profile) for u in urls]
    return bool(dates) and all(d is not None and rng.before(d) for d in dates)


class DateRangePipeline:
    """With `-a since=`/`-a until=`: items published outside the range, or undated, are not stored."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        rng = getattr(self.crawler.spider, "date_range", None)
        if rng is None:
            return item
        stats = self.crawler.stats
        raw = item.get("published_at")
        try:
            when = datetime.fromisoformat(raw) if raw else None
        except (TypeError, ValueError):
            when = None
        if when is None:
            stats.inc_value("newscrawler/backfill/undated")
            raise DropItem(f"backfill {rng}: no publication date")
        if not rng.holds(when):
            stats.inc_value("newscrawler/backfill/out_of_range_fetched")
            raise DropItem(f"backfill {rng}: published {raw}")
        return item
