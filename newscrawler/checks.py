"""Start-up checks, in one place: every spider argument and setting is checked before the crawl
fetches anything.

`scrapy crawl` (newscrawler.commands.crawl) runs `check_crawl`; the first problem raises
ConfigError, printed as one line (`error: ...`), and the command exits with status 2. Each
component checks the settings it reads, next to the code that reads them; this module runs
those checks in order:

1. every local feed file can be written (`newscrawler.storage.feeds.check_feed_targets`);
2. the spider arguments: none but the known ones (`SPIDER_ARGUMENTS`; a misspelt `-a strat_url=`
   would otherwise be ignored and the crawl go to the default site); the start URL
   (`-a start_url=`): an http(s) URL whose host is a valid host name or IP address; required
   by spiders with no site of their own (`news`);
3. no unknown `NEWSCRAWLER_*` setting (a misspelt name would otherwise be ignored), and every
   Scrapy setting whose default is a number or a boolean parses as one
   (`CONCURRENT_REQUESTS=abc` would otherwise end in a traceback once the crawl starts);
4. the time zone (`NEWSCRAWLER_TIMEZONE`, `newscrawler.items.pipelines.resolve_timezone`);
5. the rendering numbers (`newscrawler.fetch.rendering.check_rendering`), the Retry-After cap
   (`newscrawler.fetch.retry.check_retry_after`) and the health checks
   (`newscrawler.runreport.check_health`);
6. incremental runs (`newscrawler.fetch.incremental.check_incremental`), revisits
   (`newscrawler.fetch.revisits.check_revisit`), the learned chrome
   (`newscrawler.spiders.chrome.check_learn_chrome`) and CSV feeds
   (`newscrawler.storage.csv.check_csv_excel`); the discovery arguments and the sitemap cap
   (`check_discovery`);
7. Redis (`newscrawler.distributed.check_redis`): the lease and key settings; when `REDIS_URL`
   is set, it parses and the server answers (its password masked in the message);
8. MongoDB (`newscrawler.storage.mongo.check_mongo`): no unknown `MONGO_*` setting; when
   `MONGO_URI` is set, its settings, then the server answers (last: it contacts the server).
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

from newscrawler.discovery import parse_discover
from newscrawler.discovery.backfill import DateRange
from newscrawler.distributed import check_redis
from newscrawler.errors import ConfigError, number_setting
from newscrawler.fetch.incremental import check_incremental
from newscrawler.fetch.rendering import check_rendering
from newscrawler.fetch.retry import check_retry_after
from newscrawler.fetch.revisits import check_revisit
from newscrawler.items.pipelines import resolve_timezone
from newscrawler.runreport import check_health
from newscrawler.sites import SiteProfile
from newscrawler.spiders.chrome import check_learn_chrome
from newscrawler.storage.csv import check_csv_excel
from newscrawler.storage.feeds import check_feed_targets
from newscrawler.storage.mongo import check_mongo
from newscrawler.urls import InvalidURL, canonical_url

EXAMPLE_START_URL = "https://example.com/"


def check_crawl(spider_name: str, site: SiteProfile | None, spider_args: dict, settings) -> None:
    """Every check of a `scrapy crawl <spider_name>` run (see module doc); raises ConfigError.

    `site` is the spider's own site profile (`levant`), None for a spider of any site (`news`).
    """
    check_feed_targets(settings.getdict("FEEDS"), spider_name)
    check_spider_args(spider_args, spider_name)
    check_start_url(spider_args.get("start_url"), site.start_url if site else None, spider_name)
    check_known_settings(settings)
    check_setting_types(settings)
    zone = resolve_timezone(settings.get("NEWSCRAWLER_TIMEZONE"), site.timezone if site else None)
    check_discovery(spider_args, settings, zone or "UTC")
    check_rendering(settings)
    check_retry_after(settings)
    check_health(settings)
    check_incremental(settings)
    check_revisit(settings)
    check_learn_chrome(settings)
    check_csv_excel(settings)
    check_redis(settings)  # REDIS_URL: it contacts the server
    check_mongo(settings)  # last: it contacts the server


def check_discovery(spider_args: dict, settings, timezone: str) -> None:
    """`-a discover=`, `-a since=`/`-a until=` and the sitemap size cap (ConfigError)."""
    parse_discover(spider_args.get("discover"))
    DateRange.from_args(spider_args.get("since"), spider_args.get("until"), timezone)
    number_setting(settings, "NEWSCRAWLER_SITEMAP_MAX_BYTES", whole=True, low=1,
                   must="a positive whole number of bytes")


def check_start_url(value: str | None, default: str | None, spider_name: str) -> str:
    """The start URL, canonical: `value`, else the spider's `default`. A spider without a
    default needs one. ConfigError says what is wrong."""
    if default is None and not (value or "").strip():
        raise ConfigError(f"the {spider_name} spider needs -a start_url=URL (the site's home page)")
    value = default if value is None else value.strip()
    try:
        url = canonical_url(value)
        if not valid_host(urlsplit(value).hostname):
            raise InvalidURL(value)
        return url
    except (InvalidURL, ValueError):
        raise ConfigError(f"start_url must be an http(s) URL such as {default or EXAMPLE_START_URL}, "
                          f"got {value!r}") from None


_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}(?<!-)", re.I)


def valid_host(host: str | None) -> bool:
    """A host name (letters, digits, hyphens and underscores in dot-separated labels, IDN
    included) or an IP address: not "exa mple.com", "-bad.com", "a..b"."""
    if not host:
        return False
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    labels = ascii_host[:-1].split(".") if ascii_host.endswith(".") else ascii_host.split(".")
    return len(ascii_host) <= 253 and all(_LABEL.fullmatch(label) for label in labels)


# Spider arguments (`-a NAME=VALUE`) the project's spiders read, and scrapyd's job id.
SPIDER_ARGUMENTS = {"start_url": "the site's home page",
                    "discover": "nav,sitemaps,feeds or all (the default)",
                    "since": "first publication day of a backfill, YYYY-MM-DD",
                    "until": "last publication day of a backfill, YYYY-MM-DD",
                    "_job": "scrapyd's job id"}


def check_spider_args(spider_args: dict, spider_name: str) -> None:
    """An argument no spider reads is a typo (ConfigError naming the known ones)."""
    unknown = sorted(k for k in spider_args if k not in SPIDER_ARGUMENTS)
    if unknown:
        known = ", ".join(f"{k} ({what})" for k, what in SPIDER_ARGUMENTS.items())
        raise ConfigError(f"unknown argument -a {unknown[0]}=… for the {spider_name} spider (known: {known})")


# Scrapy settings with a number default that Scrapy reads as a float (the others: whole numbers).
_FLOAT_SETTINGS = {"DOWNLOAD_DELAY", "DOWNLOAD_TIMEOUT", "DNS_TIMEOUT", "AUTOTHROTTLE_START_DELAY",
                   "AUTOTHROTTLE_MAX_DELAY", "AUTOTHROTTLE_TARGET_CONCURRENCY", "CLOSESPIDER_TIMEOUT",
                   "CLOSESPIDER_TIMEOUT_NO_ITEM", "LOGSTATS_INTERVAL", "MEMUSAGE_CHECK_INTERVAL_SECONDS"}


def check_setting_types(settings) -> None:
    """Every Scrapy setting whose default is a boolean or a number parses as one: ConfigError
    with the setting's name, its value and the type it needs. (The project's own settings are
    checked by the components that read them, with their ranges.)"""
    from scrapy.settings import default_settings

    for name in sorted(k for k in dir(default_settings) if k.isupper()):
        default = getattr(default_settings, name)
        if name not in settings or not isinstance(default, (bool, int, float)):
            continue
        if isinstance(default, bool):
            read, kind = settings.getbool, "True or False"
        elif isinstance(default, float) or name in _FLOAT_SETTINGS:
            read, kind = settings.getfloat, "a number"
        else:
            read, kind = settings.getint, "a whole number"
        try:
            read(name)
        except (TypeError, ValueError):
            raise ConfigError(f"{name} must be {kind}, got {settings.get(name)!r}") from None
    level = settings.get("LOG_LEVEL")
    if isinstance(level, str) and not level.isdigit() and level not in _LOG_LEVELS:  # case counts to logging
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)}, got {level!r}")


_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


def check_known_settings(settings) -> None:
    """A NEWSCRAWLER_* setting this project does not have is a typo: say so (ConfigError)."""
    from newscrawler import settings as defaults

    known = {name for name in dir(defaults) if name.startswith("NEWSCRAWLER_")}
    unknown = sorted(str(k) for k in settings if str(k).startswith("NEWSCRAWLER_") and k not in known)
    if unknown:
        raise ConfigError(f"unknown setting {', '.join(unknown)} (known: {', '.join(sorted(known))})")
