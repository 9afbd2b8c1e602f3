"""The download handler's browser settings (newscrawler.fetch.handler, settings.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newscrawler.fetch.handler import abort_request, driver_node_options
from tests.support.settings import project_settings


@pytest.mark.parametrize("current, heap, expected", [
    ("", 64, "--max-old-space-size=64"),
    ("--trace-warnings", 64, "--trace-warnings --max-old-space-size=64"),
    ("--max-old-space-size=512", 64, "--max-old-space-size=512"),  # the user's own cap is kept
    ("", 0, ""),
])
def test_driver_heap_cap(current, heap, expected):
    assert driver_node_options(current, heap) == expected


def test_browser_settings_in_one_place():
    s = project_settings()
    opts = s.getdict("PLAYWRIGHT_LAUNCH_OPTIONS")
    assert opts["headless"] is True and "executable_path" not in opts  # from NEWSCRAWLER_CHROMIUM / PATH
    for flag in ("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic"):
        assert flag in opts["args"]
    assert s["PLAYWRIGHT_ABORT_REQUEST"] == "newscrawler.fetch.handler.abort_request"
    assert 1 <= s.getint("PLAYWRIGHT_MAX_PAGES_PER_CONTEXT") <= 8 and s.getint("PLAYWRIGHT_MAX_CONTEXTS") == 1
    assert 0 < s.getint("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT") <= 60000
    assert s["TWISTED_REACTOR"] == "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    assert set(s.getdict("DOWNLOAD_HANDLERS")) == {"http", "https"}


@pytest.mark.parametrize("kind, blocked", [("image", True), ("font", True), ("media", True),
                                           ("document", False), ("script", False), ("fetch", False),
                                           ("xhr", False), ("stylesheet", False)])
def test_abort_request_blocks_images_fonts_media(kind, blocked):
    assert abort_request(SimpleNamespace(resource_type=kind)) is blocked


def test_no_browser_starts_once_the_crawl_is_closing():
    """A render request met after a CLOSESPIDER_* limit started the close: refused, no launch.
    (The handler is made without Scrapy's HTTP/1.1 part, which needs a running reactor.)"""
    import asyncio

    from scrapy import Request

    from newscrawler.fetch.handler import RenderingDownloadHandler
    from newscrawler.fetch.rendering import CrawlClosing, RenderConfig

    handler = RenderingDownloadHandler.__new__(RenderingDownloadHandler)
    handler._crawler = SimpleNamespace(engine=SimpleNamespace(_slot=SimpleNamespace(closing=object())))
    handler.render_config = RenderConfig(chromium="/bin/true", chromium_setting="", wait_ms=700)
    handler._browser_handler, handler._browser_ready, handler._launch_error = None, False, None

    async def render():
        handler._lock = asyncio.Lock()
        await handler.download_request(Request("http://127.0.0.1:9/a", meta={"playwright": True}))

    with pytest.raises(CrawlClosing):
        asyncio.run(render())
    assert handler._browser_handler is None
