"""Which URLs a crawl follows: links of HTML pages (`links`), the JSON lists that scripts load
(`endpoints`), the site's sitemaps and feeds (`sitemaps`), and the date range of a backfill
(`backfill`). Pure functions over parsed pages; the spiders only turn URLs into requests.

All of them feed one frontier with one dedupe (the spider's `seen_urls`, then Scrapy's
dupefilter). Which are used is the spider argument `-a discover=` (`parse_discover`)."""

from __future__ import annotations

from newscrawler.errors import ConfigError

# `-a discover=` values: navigation (menus, listings, pagination, read-also links, script-loaded
# lists), sitemaps (robots.txt, the usual places, news sitemaps), feeds (RSS, Atom).
SOURCES = ("nav", "sitemaps", "feeds")


def parse_discover(value: str | None) -> frozenset[str]:
    """The discovery sources a `-a discover=` value names (comma-separated; "all" or absent:
    every one). ConfigError names the known ones."""
    if value is None or not str(value).strip() or str(value).strip().lower() == "all":
        return frozenset(SOURCES)
    names = [v.strip().lower() for v in str(value).split(",") if v.strip()]
    unknown = [n for n in names if n not in SOURCES]
    if unknown or not names:
        raise ConfigError(f"-a discover= takes a comma-separated list of {', '.join(SOURCES)} (or all), "
                          f"got {value!r}")
    return frozenset(names)
