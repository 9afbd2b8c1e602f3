"""The http/https download handler: plain requests through Scrapy's HTTP/1.1 handler, render
requests (meta["playwright"]) through scrapy-playwright on Debian's Chromium, started on the
first page that needs it. What decides that a page needs rendering is `newscrawler.fetch.rendering`.
"""

from __future__ import annotations

import asyncio
import os

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

from newscrawler.fetch.limits import closing
from newscrawler.fetch.rendering import (BrowserMissing, BrowserUnavailable, CrawlClosing, RenderConfig,
                                         missing_browser_message)

# Resource types the browser never fetches while rendering (text extraction needs none of them).
BLOCKED_RESOURCE_TYPES = frozenset({"image", "font", "media"})


def driver_node_options(current: str, heap_mb: int) -> str:
    """NODE_OPTIONS for Playwright's driver: without a cap its V8 heap grows lazily with every
    page rendered (+60 MB over 600 pages, bench_render.py); with one it stays flat. A cap the
    user set already is kept."""
    if heap_mb <= 0 or "--max-old-space-size" in current:
        return current
    return f"{current} --max-old-space-size={heap_mb}".strip()


def abort_request(request) -> bool:
    """PLAYWRIGHT_ABORT_REQUEST: images, fonts and media are never fetched while rendering."""
    return request.resource_type in BLOCKED_RESOURCE_TYPES


class RenderingDownloadHandler(HTTP11DownloadHandler):
    """http/https handler: plain requests go to Scrapy's HTTP/1.1 handler; requests with
    meta["playwright"] go to scrapy-playwright, created (Playwright driver + Chromium) on the
    first such request, so a crawl that meets no JavaScript page never starts a browser, and one
    that is closing (a CLOSESPIDER_* limit reached) starts none either."""

    lazy = True

    def __init__(self, crawler):
        super().__init__(crawler)
        self.render_config = RenderConfig.from_settings(crawler.settings)
        self._browser_handler = None
        self._browser_ready = False  # the driver and Chromium have started
        self._launch_error: Exception | None = None
        self._lock = asyncio.Lock()

    async def download_request(self, request):
        if not request.meta.get("playwright"):
            return await super().download_request(request)
        handler = await self._playwright(request)
        return await handler.download_request(request)

    async def _playwright(self, request):
        async with self._lock:
            if self._launch_error is not None:  # fail fast: one launch attempt per crawl
                raise BrowserUnavailable(f"the browser failed to start: {self._launch_error}")
            if self._browser_ready:
                return self._browser_handler
            if closing(self._crawler):
                raise CrawlClosing(f"the crawl is closing: {request.url} is not rendered")
            if self.render_config.chromium is None:
                raise BrowserMissing(missing_browser_message(self.render_config.chromium_setting))
            try:
                if self._browser_handler is None:
                    from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

                    handler = ScrapyPlaywrightDownloadHandler(self._crawler)
                    handler.config.launch_options = {**handler.config.launch_options,
                                                     "executable_path": self.render_config.chromium}
                    self._browser_handler = handler  # closed in close() even if the launch fails
                    # scrapy-playwright starts its driver on engine_started, which has passed
                    # when this lazy handler is built: start it and the browser now (pinned
                    # scrapy-playwright 0.0.48; tests/e2e/test_levant_crawl.py covers it).
                    # The driver inherits the environment when it starts, here.
                    os.environ["NODE_OPTIONS"] = driver_node_options(
                        os.environ.get("NODE_OPTIONS", ""), self.render_config.driver_heap_mb)
                    await handler._launch()
                if closing(self._crawler):  # the driver took a while: the crawl began to close meanwhile
                    raise CrawlClosing(f"the crawl is closing: {request.url} is not rendered")
                await self._browser_handler._maybe_launch_browser()
            except CrawlClosing:
                raise
            except Exception as exc:
                self._launch_error = exc
                raise
            self._browser_ready = True
        return self._browser_handler

    async def close(self) -> None:
        await super().close()
        if self._browser_handler is not None:
            await self._browser_handler.close()
