"""Stopping close to a limit (CLOSESPIDER_ITEMCOUNT, _PAGECOUNT, _TIMEOUT, _ERRORCOUNT ...).

Scrapy's CloseSpider extension starts closing the crawl when a limit is reached, and then lets
everything already under way finish: the responses downloaded and waiting to be parsed, the
requests in flight, their items. On a fast site that doubled or tripled CLOSESPIDER_ITEMCOUNT
(21-33 items for 10). Once the crawl is closing, here:

- the spider's output holds no more requests (they would never be fetched);
- with CLOSESPIDER_ITEMCOUNT, no item goes to the pipelines once as many are there or scraped
  (an item a pipeline drops frees its place), so the run writes the number asked for; the
  items held back are counted (`newscrawler/closespider/items_over_limit`), and an incremental
  run or a JOBDIR job fetches them next time, as nothing of them was written;
- no browser starts (newscrawler.fetch.handler asks `closing`): a page that needed one is
  counted as `newscrawler/render/failed/closing`.
"""

from __future__ import annotations

from itemadapter import is_item
from scrapy import Request, signals


def closing(crawler) -> bool:
    """Whether the crawl is closing (Scrapy's engine has begun to close the spider)."""
    slot = getattr(getattr(crawler, "engine", None), "_slot", None)
    return getattr(slot, "closing", None) is not None


class CloseToLimitMiddleware:
    """Spider middleware: with CLOSESPIDER_ITEMCOUNT, no item past the count; once the crawl is
    closing, no new request (see the module doc)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.item_limit = crawler.settings.getint("CLOSESPIDER_ITEMCOUNT")
        self.live = 0  # items let through that the pipelines have not dropped: scraped or on their way
        if self.item_limit:
            crawler.signals.connect(self._gone, signal=signals.item_dropped)
            crawler.signals.connect(self._gone, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _gone(self, item, **kwargs) -> None:
        self.live -= 1  # dropped by a pipeline: another item may take its place

    async def process_spider_output(self, response, result):
        async for r in result:
            if isinstance(r, Request):
                if closing(self.crawler):
                    self.crawler.stats.inc_value("newscrawler/closespider/requests_dropped")
                    continue
            elif self.item_limit and is_item(r):
                if self.live >= self.item_limit:  # scraped, or in the pipelines, already
                    self.crawler.stats.inc_value("newscrawler/closespider/items_over_limit")
                    continue
                self.live += 1
            yield r
