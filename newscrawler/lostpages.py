"""The pages a run gave up on, by reason, for the end-of-run summary (newscrawler.runreport).

Scrapy's stats count failures, retried ones included (a 503 that came right on the second try
counts as a 503), and name no URL. This records only what was lost for good, with its URL:

- `download/<error>`: no answer after the retries (a timeout, a refused connection, a reset or
  cut body), and `http/<status>`: an answer of 400 or more after the retries
  (`LostDownloadsMiddleware`, placed before Scrapy's retry middleware, sees the last attempt only);
- `redirect/loop`, `redirect/too_long` (newscrawler.fetch.redirect), `oversize` (a body past
  DOWNLOAD_MAXSIZE, inflated or not: newscrawler.fetch.compression);
- `extract/<reason>`: an article page that gave no article (not HTML, empty, not an article ...)
  and `render/<cause>`: a page whose rendering failed (newscrawler.spiders.base);
- `dropped`: an item a pipeline dropped (Scrapy's item_dropped signal).

Robots.txt and the crawl's own filters (IgnoreRequest raised before a download) are choices,
not losses: not recorded. Up to MAX_LISTED URLs are kept per reason; the count is always whole.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

MAX_LISTED = 100


class LostPages:
    """Extension: the URLs lost, by reason."""

    def __init__(self):
        self.counts: Counter[str] = Counter()
        self.urls: dict[str, list[str]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        lost = cls()
        crawler.signals.connect(lost.item_dropped, signal=signals.item_dropped)
        return lost

    def record(self, url: str, reason: str) -> None:
        self.counts[reason] += 1
        listed = self.urls.setdefault(reason, [])
        if len(listed) < MAX_LISTED:
            listed.append(url)

    def item_dropped(self, item, response=None, exception=None, spider=None, **kwargs) -> None:
        url = item.get("url") if hasattr(item, "get") else None
        self.record(url or getattr(response, "url", "?"), "dropped")

    def report(self) -> dict:
        """{reason: {"count": n, "urls": [...]}}, the most frequent first."""
        return {reason: {"count": n, "urls": self.urls.get(reason, [])} for reason, n in self.counts.most_common()}


def record_lost(crawler, url: str, reason: str) -> None:
    """Record a lost page when the crawl has a LostPages extension (not in unit tests' stubs)."""
    try:
        lost = crawler.get_extension(LostPages)
    except (AttributeError, RuntimeError, KeyError):
        return
    if lost is not None:
        lost.record(url, reason)


class LostDownloadsMiddleware:
    """Downloader middleware before the retry middleware: the last attempt's failure of a page."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response, spider=None):
        if response.status >= 400 and not _robots(request):
            record_lost(self.crawler, _first_url(request), f"http/{response.status}")
        return response

    def process_exception(self, request, exception, spider=None):
        if not isinstance(exception, IgnoreRequest) and not _robots(request):
            record_lost(self.crawler, _first_url(request), f"download/{type(exception).__name__}")
        return None


def _robots(request) -> bool:
    """A robots.txt request, or a probe of a usual place (a sitemap or feed a site may not have,
    `meta["newscrawler_probe"]`): a missing one loses no page."""
    return urlsplit(request.url).path == "/robots.txt" or bool(request.meta.get("newscrawler_probe"))


def _first_url(request) -> str:
    """The URL the crawl asked for (before redirects)."""
    return (request.meta.get("redirect_urls") or [request.url])[0]
