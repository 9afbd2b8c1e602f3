"""Item pipelines, one per concern. Each wraps one pure step of `newscrawler.items.steps`.

Order (settings.ITEM_PIPELINES): normalise text -> strip chrome -> validate -> dates -> dedupe.
Every drop and every date that fails to parse is counted in the crawl stats under
`newscrawler/...`.
"""

from __future__ import annotations

import logging
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scrapy.exceptions import DropItem

from newscrawler.errors import ConfigError
from newscrawler.items.steps import (stamp_item, invalid_reason, normalise_dates_item,
                                     normalise_item_text, strip_chrome_item)
from newscrawler.urls import UrlSet

logger = logging.getLogger(__name__)


class _StatsPipeline:
    def __init__(self, stats=None):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"newscrawler/{key}")


class NormaliseTextPipeline:
    """Whitespace, zero-width characters and NBSP; Arabic letters untouched (newscrawler.items.text)."""

    def process_item(self, item):
        return normalise_item_text(item)


class StripChromePipeline:
    """Read-also lines, source line, captions, widget, newsletter ... out of `body`. The source
    line is the one of the site profile the item was extracted with (`ArticleItem._site`), else
    of the spider's profile (`SiteProfile.source_line`)."""

    def __init__(self, source_line=None):
        self.source_line = source_line

    @classmethod
    def from_crawler(cls, crawler):
        profile = getattr(crawler.spider, "profile", None)
        return cls(profile.source_line if profile is not None else None)

    def process_item(self, item):
        site = getattr(item, "_site", None)
        return strip_chrome_item(item, site.source_line if site is not None else self.source_line)


class ValidatePipeline(_StatsPipeline):
    """Drop items with no url, title or body; counted as newscrawler/dropped/<reason>."""

    def process_item(self, item):
        reason = invalid_reason(item)
        if reason:
            self.inc(f"dropped/{reason}")
            raise DropItem(f"{reason}: {item.get('url')}")
        return item


def resolve_timezone(setting: str | None, spider_zone: str | None) -> str | None:
    """The zone dates are read in: the setting if given, else the spider's. Bad names fail."""
    zone = (setting or "").strip() or spider_zone
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ConfigError(f"NEWSCRAWLER_TIMEZONE: unknown time zone {zone!r} "
                              "(use an IANA name such as Europe/London)") from exc
    return zone


class NormaliseDatesPipeline(_StatsPipeline):
    """`published_at` (ISO 8601 with offset) from `published_at_raw`; `modified_at` likewise."""

    def __init__(self, stats=None, tz: str | None = None):
        super().__init__(stats)
        self.tz = tz

    @classmethod
    def from_crawler(cls, crawler):
        spider_zone = getattr(crawler.spider, "timezone", None)
        return cls(crawler.stats, resolve_timezone(crawler.settings.get("NEWSCRAWLER_TIMEZONE"), spider_zone))

    def process_item(self, item):
        item, failed = normalise_dates_item(item, self.tz)
        for name in failed:
            self.inc(f"dates/unparsed_{name}")
            logger.warning("unparsed %s %r on %s", name, item.get("published_at_raw"), item.get("url"))
        if item.get("published_at") is None:
            self.inc("dates/missing_published_at")
        return item


class DedupePipeline(_StatsPipeline):
    """Drop a second item with the same canonical URL; stamp `content_hash` and `crawled_at`,
    and `revision` 1 unless a revisit set it (newscrawler.fetch.incremental: a changed article)."""

    def __init__(self, stats=None):
        super().__init__(stats)
        self.seen = UrlSet()

    def process_item(self, item):
        url = item.get("url")
        if url in self.seen:
            self.inc("dropped/duplicate")
            raise DropItem(f"duplicate: {url}")
        self.seen.add(url)
        self.inc("items")
        if not item.get("revision"):
            item["revision"] = 1
        return stamp_item(item)
