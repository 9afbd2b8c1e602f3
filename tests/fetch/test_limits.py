"""Stopping close to a CLOSESPIDER_* limit (newscrawler.fetch.limits); the crawl is in
tests/e2e/test_limits.py."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

import pytest
from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newscrawler.fetch.limits import CloseToLimitMiddleware, closing


def run(middleware, outputs, response=None):
    async def result():
        for r in outputs:
            yield r

    async def collect():
        return [r async for r in middleware.process_spider_output(response, result())]

    return asyncio.run(collect())


def test_no_item_past_the_count_and_its_page_is_requested_again():
    crawler = get_crawler(settings_dict={"CLOSESPIDER_ITEMCOUNT": 2})
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = CloseToLimitMiddleware.from_crawler(crawler)
    request, a, b, c = Request("http://x/1"), {"url": "http://x/a"}, {"url": "http://x/b"}, {"url": "http://x/c"}
    assert run(middleware, [request, a]) == [request, a]
    page = HtmlResponse("http://x/c", request=Request("http://x/c", meta={"newscrawler_kind": "article"}))
    [again] = run(middleware, [b, c], page)[1:]  # two on their way: the third waits for none
    assert isinstance(again, Request) and again.url == "http://x/c" and again.dont_filter
    assert again.meta["newscrawler_kind"] == "article"
    crawler.signals.send_catch_log(signals.item_dropped, item=b, response=None, spider=None, exception=None)
    assert run(middleware, [c]) == [c]  # a dropped item frees its place
    assert crawler.stats.get_value("newscrawler/closespider/items_over_limit") == 1


def test_off_without_an_item_count():
    with pytest.raises(NotConfigured):
        CloseToLimitMiddleware.from_crawler(get_crawler())


def test_closing_is_the_engine_s_close_begun():
    crawler = get_crawler()
    crawler.engine = SimpleNamespace(_slot=SimpleNamespace(closing=None))
    assert not closing(crawler)
    crawler.engine._slot.closing = object()
    assert closing(crawler)
