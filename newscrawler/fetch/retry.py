"""Retries that honour `Retry-After`: Scrapy's RetryMiddleware, waiting as long as the server asks.

A 429 or 503 (any of RETRY_HTTP_CODES) that carries `Retry-After` — seconds (`Retry-After: 3`)
or an HTTP date (`Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`) — is retried no sooner than it
says, and no later than NEWSCRAWLER_RETRY_AFTER_MAX seconds (default 60: a server asking for an
hour is waited for a minute, then the retry budget, RETRY_TIMES, decides). Without the header,
Scrapy's retry is unchanged. While a retry waits, it holds its place among the crawl's
concurrent requests, so a server that rate-limits everything slows the crawl down, as asked.

Stats: `newscrawler/retry_after/waited` (retries that waited), `newscrawler/retry_after/seconds`
(their total wait, rounded), `newscrawler/retry_after/capped` (asked for more than the cap).
"""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

from newscrawler.errors import number_setting

DEFAULT_MAX = 60.0


def retry_after_seconds(value: bytes | str | None, now: datetime | None = None) -> float | None:
    """The wait a `Retry-After` value asks for, in seconds (never negative), or None when it is
    absent or unreadable."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    value = value.strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def check_retry_after(settings) -> float:
    """NEWSCRAWLER_RETRY_AFTER_MAX as seconds >= 0 (ConfigError otherwise)."""
    return number_setting(settings, "NEWSCRAWLER_RETRY_AFTER_MAX", DEFAULT_MAX, low=0,
                          must="a number of seconds >= 0")


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that waits for `Retry-After` before it hands the retry back."""

    def __init__(self, settings, stats=None):
        super().__init__(settings)
        self.cap = check_retry_after(settings)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        middleware = cls(crawler.settings, crawler.stats)
        middleware.crawler = crawler
        return middleware

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if result is response or response.status not in self.retry_http_codes:
            return result
        wait = retry_after_seconds(response.headers.get(b"Retry-After"))
        if wait is None or wait <= 0:
            return result
        if wait > self.cap:
            wait = self.cap
            self._inc("newscrawler/retry_after/capped")
        self._inc("newscrawler/retry_after/waited")
        self._inc("newscrawler/retry_after/seconds", round(wait))
        from twisted.internet import reactor  # the crawl's, installed by now (never at import)

        await maybe_deferred_to_future(task.deferLater(reactor, wait, lambda: None))
        return result

    def _inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, count)
