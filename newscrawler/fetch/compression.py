"""Compressed responses inflated with a cap, and counted when cut.

Scrapy's HttpCompressionMiddleware inflates gzip, deflate, brotli and zstd bodies in chunks and
gives up past DOWNLOAD_MAXSIZE, which the project sets to 32 MiB (Scrapy's default, 1 GiB, let a
"gzip bomb" of a few hundred kilobytes take a gigabyte). This subclass only counts the
responses it gives up on (`newscrawler/oversize/decompressed`), so a crawl's stats say what it
lost and why (and the run's summary lists the URL: newscrawler.lostpages); Scrapy logs each
one as a warning with its URL.
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.exceptions import IgnoreRequest

from newscrawler.lostpages import record_lost


class CountedHttpCompressionMiddleware(HttpCompressionMiddleware):
    def __init__(self, stats=None, *, crawler=None):
        super().__init__(stats, crawler=crawler)
        self.crawler = crawler

    def process_response(self, request, response, spider=None):
        try:
            return super().process_response(request, response)
        except IgnoreRequest:
            if self.stats is not None:
                self.stats.inc_value("newscrawler/oversize/decompressed")
            record_lost(self.crawler, (request.meta.get("redirect_urls") or [request.url])[0], "oversize")
            raise
