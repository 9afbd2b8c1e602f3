"""Stopping close to a limit (CLOSESPIDER_ITEMCOUNT, _PAGECOUNT, _TIMEOUT, _ERRORCOUNT ...).

Scrapy's CloseSpider extension starts closing the crawl when a limit is reached, and then lets
everything already under way finish: the responses downloaded and waiting to be parsed, the
requests in flight, their items. On a fast site that doubled or tripled CLOSESPIDER_ITEMCOUNT
(21-33 items for 10). Here:

- with CLOSESPIDER_ITEMCOUNT, no item goes to the pipelines once as many are there or scraped
  (an item a pipeline drops frees its place), so the run writes the number asked for. The page
  of an item held back is requested again instead (`newscrawler/closespider/items_over_limit`):
  fetched later in this run if a place frees up, else left in the scheduler, which a JOBDIR job
  keeps for the next run; nothing of it was written, so an incremental run fetches it next time;
- once the crawl is closing, no browser starts (newscrawler.fetch.handler asks `closing`): a
  render request met then is counted as `newscrawler/render/failed/closing`. The requests the
  spider makes meanwhile still go to the scheduler (JOBDIR keeps them; Scrapy fetches no more).
"""

from __future__ import annotations

from itemadapter import is_item
from scrapy import signals
from scrapy.exceptions import NotConfigured


def closing(crawler) -> bool:
    """Whether the crawl is closing (Scrapy's engine has begun to close the spider)."""
    slot = getattr(getattr(crawler, "engine", None), "_slot", None)
    return getattr(slot, "closing", None) is not None


class CloseToLimitMiddleware:
    """Spider middleware: with CLOSESPIDER_ITEMCOUNT, no item past the count (see the module doc)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.item_limit = crawler.settings.getint("CLOSESPIDER_ITEMCOUNT")
        self.live = 0  # items let through that the pipelines have not dropped: scraped or on their way
        if self.item_limit:
            crawler.signals.connect(self._gone, signal=signals.item_dropped)
            crawler.signals.connect(self._gone, signal=signals.item_error)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getint("CLOSESPIDER_ITEMCOUNT"):
            raise NotConfigured  # no message: Scrapy would log a warning on every crawl
        return cls(crawler)

    def _gone(self, item, **kwargs) -> None:
        self.live -= 1  # dropped by a pipeline: another item may take its place

    async def process_spider_output(self, response, result):
        async for r in result:
            if is_item(r):
                if self.live >= self.item_limit:  # scraped, or in the pipelines, already
                    self.crawler.stats.inc_value("newscrawler/closespider/items_over_limit")
                    if response is not None and response.request is not None:
                        yield response.request.replace(dont_filter=True)  # the page, for later
                    continue
                self.live += 1
            yield r
