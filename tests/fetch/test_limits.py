"""Stopping close to a CLOSESPIDER_* limit (newscrawler.fetch.limits); the crawl is in
tests/e2e/test_limits.py."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from scrapy import Request, signals
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newscrawler.fetch.limits import CloseToLimitMiddleware, closing


def run(middleware, outputs):
    async def result():
        for r in outputs:
            yield r

    async def collect():
        return [r async for r in middleware.process_spider_output(None, result())]

    return asyncio.run(collect())


def test_nothing_new_once_closing_and_no_item_past_the_count():
    crawler = get_crawler(settings_dict={"CLOSESPIDER_ITEMCOUNT": 2})
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = CloseToLimitMiddleware.from_crawler(crawler)
    slot = SimpleNamespace(closing=None)
    crawler.engine = SimpleNamespace(_slot=slot)
    request, a, b, c = Request("http://x/1"), {"url": "http://x/a"}, {"url": "http://x/b"}, {"url": "http://x/c"}
    assert not closing(crawler) and run(middleware, [request, a]) == [request, a]
    assert run(middleware, [b, c]) == [b]  # two on their way: the third waits for none
    crawler.signals.send_catch_log(signals.item_dropped, item=b, response=None, spider=None, exception=None)
    assert run(middleware, [c]) == [c]  # a dropped item frees its place
    slot.closing = object()
    assert run(middleware, [request]) == []  # closing: no new request
    assert crawler.stats.get_value("newscrawler/closespider/requests_dropped") == 1
    assert crawler.stats.get_value("newscrawler/closespider/items_over_limit") == 1


def test_without_an_item_count_items_are_never_held_back():
    crawler = get_crawler()
    middleware = CloseToLimitMiddleware.from_crawler(crawler)
    crawler.engine = SimpleNamespace(_slot=SimpleNamespace(closing=None))
    items = [{"url": f"http://x/{i}"} for i in range(50)]
    assert run(middleware, items) == items
