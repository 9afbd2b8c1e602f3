"""Start-up checks, in one place: every spider argument and setting is checked before the crawl
fetches anything.

`scrapy crawl` (newscrawler.commands.crawl) runs `check_crawl`; the first problem raises
ConfigError, printed as one line (`error: ...`), and the command exits with status 2. Each
component checks the settings it reads, next to the code that reads them; this module runs
those checks in order:

1. every local feed file can be written (`newscrawler.storage.feeds.check_feed_targets`);
2. the start URL (`-a start_url=`): an http(s) URL; required by spiders with no site of their
   own (`news`);
3. no unknown `NEWSCRAWLER_*` setting (a misspelt name would otherwise be ignored);
4. the time zone (`NEWSCRAWLER_TIMEZONE`, `newscrawler.items.pipelines.resolve_timezone`);
5. the rendering numbers (`newscrawler.fetch.rendering.check_rendering`);
6. incremental runs (`newscrawler.fetch.incremental.check_incremental`) and the learned chrome
   (`newscrawler.spiders.chrome.check_learn_chrome`);
7. MongoDB (`newscrawler.storage.mongo.check_mongo`): no unknown `MONGO_*` setting; when
   `MONGO_URI` is set, its settings, then the server answers (last: it contacts the server).
"""

from __future__ import annotations

from newscrawler.errors import ConfigError
from newscrawler.fetch.incremental import check_incremental
from newscrawler.fetch.rendering import check_rendering
from newscrawler.items.pipelines import resolve_timezone
from newscrawler.sites import SiteProfile
from newscrawler.spiders.chrome import check_learn_chrome
from newscrawler.storage.feeds import check_feed_targets
from newscrawler.storage.mongo import check_mongo
from newscrawler.urls import InvalidURL, canonical_url

EXAMPLE_START_URL = "https://example.com/"


def check_crawl(spider_name: str, site: SiteProfile | None, spider_args: dict, settings) -> None:
    """Every check of a `scrapy crawl <spider_name>` run (see module doc); raises ConfigError.

    `site` is the spider's own site profile (`levant`), None for a spider of any site (`news`).
    """
    check_feed_targets(settings.getdict("FEEDS"), spider_name)
    check_start_url(spider_args.get("start_url"), site.start_url if site else None, spider_name)
    check_known_settings(settings)
    resolve_timezone(settings.get("NEWSCRAWLER_TIMEZONE"), site.timezone if site else None)
    check_rendering(settings)
    check_incremental(settings)
    check_learn_chrome(settings)
    check_mongo(settings)  # last: it contacts the server


def check_start_url(value: str | None, default: str | None, spider_name: str) -> str:
    """The start URL, canonical: `value`, else the spider's `default`. A spider without a
    default needs one. ConfigError says what is wrong."""
    if default is None and not (value or "").strip():
        raise ConfigError(f"the {spider_name} spider needs -a start_url=URL (the site's home page)")
    value = default if value is None else value.strip()
    try:
        return canonical_url(value)
    except (InvalidURL, ValueError):
        raise ConfigError(f"start_url must be an http(s) URL such as {default or EXAMPLE_START_URL}, "
                          f"got {value!r}") from None


def check_known_settings(settings) -> None:
    """A NEWSCRAWLER_* setting this project does not have is a typo: say so (ConfigError)."""
    from newscrawler import settings as defaults

    known = {name for name in dir(defaults) if name.startswith("NEWSCRAWLER_")}
    unknown = sorted(str(k) for k in settings if str(k).startswith("NEWSCRAWLER_") and k not in known)
    if unknown:
        raise ConfigError(f"unknown setting {', '.join(unknown)} (known: {', '.join(sorted(known))})")
